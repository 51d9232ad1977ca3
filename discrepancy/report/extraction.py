"""What the parsers and rules read in each article: for debugging rules and parsers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from discrepancy import quantities, when
from discrepancy.compare import describe_claim
from discrepancy.extract import CompiledRules, extract_claims
from discrepancy.model import Article, Quantity, When
from discrepancy.textnorm import normalise

SHOWABLE = ("quantities", "time", "claims")


@dataclass(frozen=True, slots=True)
class Reading:
    """One thing read in an article: which parser or rule, where, the words, and the value."""

    article: str
    what: str
    start: int
    end: int
    text: str
    value: str
    detail: str


def readings(
    articles: Iterable[Article], rules: CompiledRules, show: Sequence[str]
) -> list[Reading]:
    found: list[Reading] = []
    for article in articles:
        body = normalise(article.text[article.body_start :])

        def place(
            start: int, end: int, body: Any = body, article: Article = article
        ) -> tuple[int, int]:
            s, e = body.span_to_original(start, end)
            return s + article.body_start, e + article.body_start

        if "quantities" in show:
            for q in quantities.parse(body.text):
                s, e = place(q.start, q.end)
                bounds = _bounds(q)
                detail = " ".join(x for x in (q.kind, q.qualifier, q.unit) if x)
                found.append(
                    Reading(article.id, "quantity", s, e, article.text[s:e], bounds, detail)
                )
        if "time" in show:
            for w in when.parse(body.text, article.published):
                s, e = place(w.start, w.end)
                found.append(
                    Reading(article.id, "time", s, e, article.text[s:e], _when_value(w), w.kind)
                )
        if "claims" in show:
            for c in extract_claims(article, rules):
                detail = f"{c.event.category or '-'} {c.attribution}".strip()
                found.append(
                    Reading(article.id, c.slot, c.start, c.end, c.text, describe_claim(c), detail)
                )
    found.sort(key=lambda r: (r.article, r.start, r.what))
    return found


def _num(x: float | None) -> str:
    return "∞" if x is None else f"{x:g}"


def _bounds(q: Quantity) -> str:
    left = "[" if q.low_inclusive and q.low is not None else "("
    right = "]" if q.high_inclusive and q.high is not None else ")"
    return f"{left}{_num(q.low)}, {_num(q.high)}{right}"


def _when_value(w: When) -> str:
    parts = [
        w.date.isoformat() if w.date else "",
        ""
        if w.weekday is None or w.date
        else ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[w.weekday],
        w.time or "",
        f"{w.duration:g}s" if w.duration is not None else "",
        f"{w.earliest}..{w.latest}" if w.earliest and w.latest and w.earliest != w.latest else "",
        f"{w.relative_days:+d}d" if w.relative_days is not None and w.date is None else "",
        "~" if w.approximate else "",
    ]
    return " ".join(p for p in parts if p)


def as_records(found: Iterable[Reading]) -> list[dict[str, Any]]:
    return [
        {
            "article": r.article,
            "what": r.what,
            "start": r.start,
            "end": r.end,
            "text": r.text,
            "value": r.value,
            "detail": r.detail,
        }
        for r in found
    ]
