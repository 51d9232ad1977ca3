"""The `discrepancy/report@1` JSON document: the machine-readable contract."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from discrepancy.compare import describe_day
from discrepancy.model import (
    Article,
    Claim,
    Day,
    Event,
    Finding,
    FindingKind,
    Interval,
    Report,
    ValueKind,
)
from discrepancy.report.sources import Span, claim_spans

SCHEMA_ID = "discrepancy/report@1"


def to_document(report: Report) -> dict[str, Any]:
    return {key: list(value) if key in _STREAMED else value for key, value in _parts(report)}


# The long arrays: written a record at a time, so a report of a day's wire is never held twice.
_STREAMED = frozenset({"articles", "claims", "findings"})


def _parts(report: Report) -> Iterator[tuple[str, Any]]:
    """The document's keys in order, the long arrays as generators of their records."""
    story_of = {a: s.id for s in report.stories for a in s.articles}
    spans = claim_spans(report)
    yield "schema", SCHEMA_ID
    yield "summary", summary(report)
    yield "articles", (_article(a, story_of.get(a.id)) for a in report.articles)
    stories = [{"id": s.id, "title": s.title, "articles": list(s.articles)} for s in report.stories]
    yield "stories", stories
    yield "claims", (_claim(c, spans.get(c.id)) for c in report.claims)
    yield "findings", (_finding(f) for f in report.findings)
    yield "problems", list(report.problems)


def json_pieces(report: Report) -> Iterator[str]:
    """The document as `json.dumps(..., indent=2)` writes it, in pieces: one record of a long
    array at a time, so memory holds the report and one record's text, not the whole text."""
    yield "{"
    for n, (key, value) in enumerate(_parts(report)):
        yield ("," if n else "") + f"\n  {_dumps(key)}: "
        if key not in _STREAMED:
            yield _indented(_dumps(value, indent=2), "  ")
            continue
        empty = True
        for record in value:
            yield ("[" if empty else ",") + "\n    " + _indented(_dumps(record, indent=2), "    ")
            empty = False
        yield "[]" if empty else "\n  ]"
    yield "\n}\n"


def _dumps(value: Any, indent: int | None = None) -> str:
    return json.dumps(value, indent=indent, ensure_ascii=False)


def _indented(text: str, prefix: str) -> str:
    return text.replace("\n", "\n" + prefix)


def _article(article: Article, story: str | None) -> dict[str, Any]:
    document: dict[str, Any] = {
        "id": article.id,
        "path": article.path,
        "published": article.published.isoformat() if article.published else None,
        "story": story,
        "title": article.title,
        "outlet": article.outlet,
    }
    # Only where the input gave one (a web page, a JSON record, front matter), so the reports of
    # plain-text articles read as they always have.
    if article.url is not None:
        document["url"] = article.url
    return document


def to_json(report: Report) -> str:
    return "".join(json_pieces(report))


def summary(report: Report) -> dict[str, Any]:
    by_kind = {kind.value: 0 for kind in FindingKind}
    conflicts_by_severity: dict[str, int] = {}
    for finding in report.findings:
        by_kind[finding.kind.value] += 1
        if finding.kind == FindingKind.CONFLICT:
            key = finding.severity.value
            conflicts_by_severity[key] = conflicts_by_severity.get(key, 0) + 1
    return {
        "articles": len(report.articles),
        "stories": len(report.stories),
        "claims": len(report.claims),
        "findings": by_kind,
        "conflicts_by_severity": conflicts_by_severity,
    }


def claim_value(claim: Claim) -> dict[str, Any] | None:
    if claim.value_kind == ValueKind.NAME:
        return {"name": claim.name}
    if claim.value_kind == ValueKind.DAY:
        return _day(claim.day) if claim.day else None
    if claim.value_kind == ValueKind.SCORE:
        return {"score": claim.name}
    if claim.interval is None:
        return None
    value = _interval(claim.interval)
    if claim.value_kind == ValueKind.DURATION:
        value["unit"] = "seconds"
    elif claim.unit:
        value["unit"] = claim.unit
    return value


def _interval(interval: Interval) -> dict[str, Any]:
    return {
        "low": interval.low,
        "high": interval.high,
        "low_inclusive": interval.low_inclusive,
        "high_inclusive": interval.high_inclusive,
    }


def _day(day: Day) -> dict[str, Any]:
    return {
        "date": day.date.isoformat() if day.date else None,
        "weekday": day.weekday,
        "time": day.time,
        "part_of_day": day.part_of_day,
        "earliest": day.earliest.isoformat() if day.earliest else None,
        "latest": day.latest.isoformat() if day.latest else None,
        "text": describe_day(day),
    }


def _event(event: Event) -> dict[str, Any]:
    return {
        "category": event.category or None,
        "anchor": _day(event.anchor) if event.anchor else None,
        "places": list(event.places),
        "participants": list(event.participants),
        "another_event": event.distinct,
    }


def _claim(claim: Claim, span: Span | None) -> dict[str, Any]:
    return {
        "id": claim.id,
        "article": claim.article,
        "slot": claim.slot,
        "value_kind": claim.value_kind.value,
        "text": claim.text,
        "sentence": claim.sentence,
        "start": claim.start,
        "end": claim.end,
        "line": span.line if span else None,
        "column": span.column if span else None,
        "value": claim_value(claim),
        "qualifier": claim.qualifier or None,
        "counted": claim.counted or None,
        "per": claim.per or None,
        "distributive": claim.distributive,
        "attribution": claim.attribution or None,
        "figure": claim.figure or None,
        "subject": claim.subject or None,
        "event": _event(claim.event),
    }


def _finding(finding: Finding) -> dict[str, Any]:
    return {
        "id": finding.id,
        "story": finding.story,
        "slot": finding.slot,
        "label": finding.label,
        "kind": finding.kind.value,
        "severity": finding.severity.value,
        "claims": list(finding.claims),
        "message": finding.message,
        "consensus": finding.consensus or None,
    }
