"""Name claims: one per distinct spelling of a person's full name, at its first use.

Compared across articles to catch one person spelled two ways; they need no rules and no
figures, so they stand apart from the number and day readers.
"""

from __future__ import annotations

from collections.abc import Iterator

from discrepancy.extract.text import _Text
from discrepancy.model import Claim, ValueKind
from discrepancy.rulebook import NAME_SLOT


def _name_claims(text: _Text) -> Iterator[Claim]:
    """One claim per distinct spelling of a person's full name, at its first use."""
    seen: set[str] = set()
    for name in text.names:
        if name.text in seen:
            continue
        seen.add(name.text)
        index = text.sentence_of(name.start)
        start, end = text.original_span(name.start, name.end)
        yield Claim(
            id=f"{text.article.id}#{start}-{NAME_SLOT}",
            article=text.article.id,
            slot=NAME_SLOT,
            value_kind=ValueKind.NAME,
            text=text.article.text[start:end],
            sentence=text.sentence_text(index, start, end),
            start=start,
            end=end,
            name=name.text,
        )
