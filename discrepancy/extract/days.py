"""A written day made as precise as the article allows.

Turns a parsed time expression into a `Day`: relative days ('the day before', 'yesterday')
counted from the day just written or from the article's own day, and how a clock time was
hedged. Separate from `anchors`, which decides which day belongs to an event.
"""

from __future__ import annotations

import bisect
from datetime import timedelta

import regex

from discrepancy.extract.text import _Text
from discrepancy.model import Day, When

# "The day before" counts from the day just written; "overnight" from the article's own day.
_ANAPHORIC = regex.compile(
    r"\b(?:before|after|earlier|later|previous|prior|next|following|that)\b", regex.I
)


def _resolve_day(text: _Text, item: When) -> Day:
    """A day as precisely as the article allows: relative days against what came just before."""
    if item.date is not None or item.relative_days is None:
        return Day(
            item.date,
            item.weekday,
            item.time,
            item.part_of_day,
            item.earliest,
            item.latest,
            _time_hedge(item),
            item.misnamed_weekday,
        )
    anaphoric = item.kind == "relative" and _ANAPHORIC.search(item.text) is not None
    reference = _context_day(text, item.start) if anaphoric else None
    if item.earliest is not None:  # "overnight": the parser resolved a window itself
        return Day(None, None, item.time, "night", item.earliest, item.latest)
    base = reference or text.reference
    return _shift(base, item.relative_days, item)


def _shift(base: Day | None, days: int, item: When) -> Day:
    part = "night" if "night" in item.text.lower() else item.part_of_day
    hedge = _time_hedge(item)
    if base is None:
        return Day(time=item.time, part_of_day=part, time_hedge=hedge)
    if base.date is not None:
        d = base.date + timedelta(days=days)
        return Day(d, d.weekday(), item.time, part, d, d, hedge)
    weekday = None if base.weekday is None else (base.weekday + days) % 7
    return Day(weekday=weekday, time=item.time, part_of_day=part, time_hedge=hedge)


_TIME_BEFORE = regex.compile(
    r"\b(?:shortly|just|soon|moments|minutes|a\s+little)\s+before\b", regex.I
)
_TIME_AFTER = regex.compile(
    r"\b(?:shortly|just|soon|moments|minutes|a\s+little)\s+after\b", regex.I
)
_TIME_ABOUT = regex.compile(r"\b(?:about|around|approximately|roughly|some|circa)\b", regex.I)


def _time_hedge(item: When) -> str:
    """How a clock time was hedged: 'shortly before 3am' is a window up to 3am."""
    if not item.time:
        return ""
    if _TIME_BEFORE.search(item.text):
        return "before"
    if _TIME_AFTER.search(item.text):
        return "after"
    return "about" if item.approximate or _TIME_ABOUT.search(item.text) else ""


def _context_day(text: _Text, pos: int) -> Day | None:
    """The last resolved day written before `pos`: "The day before" counts back from it."""
    index = bisect.bisect_left(text.when_starts, pos) - 1
    while index >= 0:
        prior = text.whens[index]
        if prior.kind in ("day", "date") and (prior.date or prior.weekday is not None):
            return Day(prior.date, prior.weekday, earliest=prior.date, latest=prior.date)
        index -= 1
    return None
