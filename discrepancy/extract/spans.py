"""A count claim made from a span of the text: an ordinal, a tally, the Nth death.

The readers that find a count by its own pattern rather than by a number and a trigger all
build the claim the same way: its words, its sentence, who said it and its event.
"""

from __future__ import annotations

from discrepancy.extract.attribution import _attribution
from discrepancy.extract.events import _event_for
from discrepancy.extract.text import _Text
from discrepancy.model import Claim, Interval, ValueKind
from discrepancy.rulebook import Rule


def _span_claim(
    text: _Text,
    rule: Rule,
    span: tuple[int, int],
    interval: Interval,
    counted: str,
    *,
    number_at: int | None = None,
    qualifier: str = "",
    subject: str = "",
) -> Claim:
    """The count `interval` of `rule`, stated by the words at `span`; `number_at` (a body
    offset) keys its id when the number stands inside a longer span."""
    index = text.sentence_of(span[0])
    start, end = text.original_span(*span)
    key = start if number_at is None else text.original_span(number_at, number_at)[0]
    return Claim(
        id=f"{text.article.id}#{key}-{rule.id}",
        article=text.article.id,
        slot=rule.id,
        value_kind=ValueKind.COUNT,
        text=text.article.text[start:end],
        sentence=text.sentence_text(index, start, end),
        start=start,
        end=end,
        interval=interval,
        qualifier=qualifier,
        counted=counted,
        attribution=_attribution(text, index, span),
        event=_event_for(text, span, index),
        subject=subject,
    )
