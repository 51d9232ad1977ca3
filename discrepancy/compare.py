"""Compare aligned claims with interval logic and say, in words, whether and why they conflict."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta
from itertools import combinations

from discrepancy.align import Group, days_overlap
from discrepancy.model import (
    Claim,
    Day,
    Finding,
    FindingKind,
    Interval,
    Severity,
    ValueKind,
)
from discrepancy.names import NameVerdict, compare_tokens
from discrepancy.rulebook import NAME_SLOT, Rulebook, name_key

# An exact figure that touches another source's open bound ("5000" vs "more than 5,000") is a
# rounding, not a contradiction, once figures are this large; small counts are counted exactly.
ROUNDED_FROM = 10
_PARTS_OF_DAY = {
    "morning": (0, 12 * 60),  # "at 2:30 this morning": news counts the small hours as morning
    "afternoon": (12 * 60, 17 * 60),
    "evening": (17 * 60, 22 * 60),
    "night": (18 * 60, 30 * 60),  # "twenty to seven last night": news nights start early
}


def compare(
    group: Group, rulebook: Rulebook, *, published: Mapping[str, date] | None = None
) -> list[Finding]:
    """The findings for one aligned group: one, or for names one per part of the name.

    `published` maps article ids to their days, so a conflict can say which figure is newer."""
    if group.slot == NAME_SLOT:
        return _compare_names(group, rulebook)
    label, severity, tolerance = _rule_label(group.slot, rulebook)
    updates = _updates(group.slot, rulebook)
    if len({c.article for c in group.claims}) < 2:
        message = f"only {group.claims[0].article} states this"
        return [_finding(group, group.claims, label, FindingKind.SINGLE, Severity.INFO, message)]
    if group.claims[0].value_kind == ValueKind.DAY:
        return [_compare_days(group, label, severity)]
    if group.claims[0].value_kind == ValueKind.SCORE:
        return [_compare_scores(group, label, severity)]
    dates = (published or {}) if updates else {}
    return [_compare_intervals(group, label, severity, tolerance, dates)]


def _updates(slot: str, rulebook: Rulebook) -> bool:
    try:
        return rulebook.rule(slot).updates
    except KeyError:
        return False


def _rule_label(slot: str, rulebook: Rulebook) -> tuple[str, Severity, float]:
    try:
        rule = rulebook.rule(slot)
    except KeyError:
        return slot, Severity.MEDIUM, 0.0
    return rule.label, rule.severity, rule.tolerance


def _finding(
    group: Group,
    claims: Sequence[Claim],
    label: str,
    kind: FindingKind,
    severity: Severity,
    message: str,
    consensus: str = "",
) -> Finding:
    return Finding(
        id=fingerprint(group.slot, claims),
        story=group.story,
        slot=group.slot,
        label=label,
        kind=kind,
        severity=severity,
        claims=tuple(c.id for c in claims),
        message=message,
        consensus=consensus,
    )


def fingerprint(slot: str, claims: Sequence[Claim]) -> str:
    """A finding's id, from the fact and what each article says of it, not from where it stands:
    an edit elsewhere in an article keeps the id (so an accepted finding stays accepted), and a
    changed value gives a new one."""
    said = sorted({f"{c.article}\t{c.subject}\t{describe_claim(c)}" for c in claims})
    digest = hashlib.sha1("\n".join([slot, *said]).encode()).hexdigest()[:8]
    return f"F{digest}"


# --- numbers and durations ---------------------------------------------------------------------


def _compare_intervals(
    group: Group,
    label: str,
    severity: Severity,
    tolerance: float,
    published: Mapping[str, date],
) -> Finding:
    claims = group.claims
    clashes = [
        (a, b)
        for a, b in combinations(claims, 2)
        if a.article != b.article and _contradict(a, b, tolerance)
    ]
    consensus = _consensus(claims, tolerance)
    if clashes:
        a, b = min(clashes, key=_definite_first)
        update = _update(a, b, published, _newest(claims, published), tolerance)
        message = f"{_says(a)}; {_says(b)}: {_why_apart(a, b)}{update}"
        return _finding(group, claims, label, FindingKind.CONFLICT, severity, message, consensus)
    written = {(_describe(c), c.distributive) for c in claims}
    if len(written) == 1:
        message = f"{len({c.article for c in claims})} sources agree: {_describe(claims[0])}"
        return _finding(
            group, claims, label, FindingKind.AGREEMENT, Severity.INFO, message, consensus
        )
    notes = "; ".join(_says(c) for c in _one_per_article(claims))
    per_side = " (one figure is per side)" if any(c.distributive for c in claims) else ""
    message = f"compatible, stated differently{per_side}: {notes}"
    return _finding(group, claims, label, FindingKind.VARIANT, Severity.LOW, message, consensus)


def _contradict(a: Claim, b: Claim, tolerance: float = 0.0) -> bool:
    """Can the two figures not both be true? `tolerance` (the rule's) widens each by a share."""
    if a.interval is None or b.interval is None:
        return False
    a_value, b_value = _compared(a, b)
    first, second = _widen(a_value, tolerance), _widen(b_value, tolerance)
    if _is_age(a) and _is_age(b):
        first = _older_by(first, _birthdays_between(a, b))
    if a.distributive == b.distributive:
        return _disjoint(first, second)
    # "1,000 from each side" may be 2,000 in all: only a clash with both readings counts.
    doubled = _scaled(first, 2) if a.distributive else first
    other = _scaled(second, 2) if b.distributive else second
    return _disjoint(first, second) and _disjoint(doubled, other)


def _compared(a: Claim, b: Claim) -> tuple[Interval, Interval]:
    """The figures two claims are weighed by: two counts of bodies found are counts of the
    same finds (seven, then nine, is news); otherwise the tolls they bound."""
    if a.found is not None and b.found is not None:
        return a.found, b.found
    assert a.interval is not None and b.interval is not None
    return a.interval, b.interval


def _scaled(i: Interval, factor: float) -> Interval:
    low = None if i.low is None else i.low * factor
    high = None if i.high is None else i.high * factor
    return Interval(low, high, i.low_inclusive, i.high_inclusive)


def _widen(i: Interval, share: float) -> Interval:
    if not share:
        return i
    low = None if i.low is None else i.low * (1 - share)
    high = None if i.high is None else i.high * (1 + share)
    return Interval(low, high, i.low_inclusive, i.high_inclusive)


def _disjoint(a: Interval, b: Interval) -> bool:
    return _below(a, b) or _below(b, a)


def _below(a: Interval, b: Interval) -> bool:
    """Does all of `a` lie below all of `b`?"""
    if a.high is None or b.low is None:
        return False
    if a.high < b.low:
        return True
    if a.high > b.low:
        return False
    touching_open = not (a.high_inclusive and b.low_inclusive)
    return touching_open and (a.high < ROUNDED_FROM or (a.low != a.high and b.low != b.high))


def _definite_first(pair: tuple[Claim, Claim]) -> tuple[int, int]:
    """The clash to put in words: two figures without a vague word, attributed, say most
    ('10,000, police said' vs '50,000, the organisers said'), before 'tens of thousands'."""
    definite = sum(1 for c in pair if c.qualifier in ("", *_HEDGES))
    attributed = sum(1 for c in pair if c.attribution)
    return -definite, -attributed


def _newest(claims: Sequence[Claim], published: Mapping[str, date]) -> Claim | None:
    dated = [c for c in claims if c.article in published]
    return max(dated, key=lambda c: published[c.article]) if dated else None


def _update(
    a: Claim,
    b: Claim,
    published: Mapping[str, date],
    newest: Claim | None,
    tolerance: float,
) -> str:
    """When the two articles were published on different days, which figure is the newer."""
    day_a, day_b = published.get(a.article), published.get(b.article)
    # Only rules marked `updates` (tolls, a fire's area) get here: a magnitude is not updated.
    if day_a is None or day_b is None or day_a == day_b:
        return ""
    old, new = (a, b) if day_a < day_b else (b, a)
    # A later report that still has the old figure makes it a disagreement, not a rise.
    later = newest is not None and published[newest.article] > published[new.article]
    if later and newest is not None and not _contradict(newest, old, tolerance):
        day = published[newest.article].isoformat()
        return f"; the newest report ({newest.article}, {day}) has {_describe(newest)}"
    moved = "rose" if _below_claim(old, new) else "fell"
    return (
        f"; the newer report ({new.article}, {published[new.article].isoformat()}) has it "
        f"{moved} from {_describe(old)} to {_describe(new)}"
    )


def source_of(claim: Claim) -> str:
    """Who vouches for a figure: its attribution ('police', 'the health ministry'), else its
    article. Two outlets quoting the same police statement are one source, not two."""
    who = claim.attribution.lower().removeprefix("the ").strip()
    return f"said:{who}" if who else f"article:{claim.article}"


def _consensus(claims: Sequence[Claim], tolerance: float) -> str:
    """The value most independent sources allow; one original source quoted by several
    articles counts once."""
    sources = len({source_of(c) for c in claims})
    if sources < 3:
        return ""
    # A bounded figure is a candidate; "at least 5" allows much but commits to little.
    bounded = [c for c in claims if c.interval and c.interval.high is not None]
    candidates = bounded or list(claims)
    support = {
        c.id: len({source_of(o) for o in claims if not _contradict(c, o, tolerance)})
        for c in candidates
    }
    best = max(candidates, key=lambda c: support[c.id])
    if support[best.id] <= sources / 2:
        return ""
    outliers = [c for c in _one_per_article(claims) if _contradict(best, c, tolerance)]
    odd = "; outliers: " + ", ".join(f"{c.article} ({_describe(c)})" for c in outliers)
    return f"{_describe(best)} ({support[best.id]} of {sources} sources){odd if outliers else ''}"


def _says(claim: Claim) -> str:
    who = f" ({claim.attribution})" if claim.attribution else ""
    value = _describe_found(claim) if claim.found is not None else _describe(claim)
    return f"{claim.article}{who} says {value}"


def _is_age(claim: Claim) -> bool:
    return claim.unit == "years" and claim.value_kind == ValueKind.MEASURE


# Reports of one person's age this many days apart or fewer are read as of one day.
SAME_AGE_DAYS = 31


def _birthdays_between(a: Claim, b: Claim) -> int:
    """How many years one person's age may have changed by between two reports: "58" in
    October and "59" in December can both be true; "58" and "61" cannot."""
    if a.event.reported is None or b.event.reported is None:
        return 0
    days = abs((a.event.reported - b.event.reported).days)
    return 0 if days <= SAME_AGE_DAYS else 1 + days // 365


def _older_by(i: Interval, years: int) -> Interval:
    if not years:
        return i
    low = None if i.low is None else i.low - years
    high = None if i.high is None else i.high + years
    return replace(i, low=low, high=high)


def _why_apart(a: Claim, b: Claim) -> str:
    if _is_age(a):
        return "one person cannot have two ages"
    low, high = (a, b) if _below_claim(a, b) else (b, a)
    if a.found is not None and b.found is not None:
        return f"{_describe_found(low)} is below {_describe_found(high)}; they cannot both be true"
    return f"{_describe(low)} is below {_describe(high)}; they cannot both be true"


def _below_claim(a: Claim, b: Claim) -> bool:
    if a.interval is None or b.interval is None:
        return False
    return _below(*_compared(a, b))


def _describe_found(claim: Claim) -> str:
    assert claim.found is not None
    return f"{describe_interval(claim.found)} found"


def describe_claim(claim: Claim) -> str:
    """A claim's value in an editor's words, whatever its kind."""
    if claim.value_kind == ValueKind.NAME:
        return claim.name or ""
    if claim.value_kind == ValueKind.DAY:
        return describe_day(claim.day)
    return _describe(claim)


# Canonical units a written figure may have been converted into, and how to spot them written.
_CONVERTED = {"km/h": ("km/h", "kph", "kilometres an hour", "kilometers per hour"),
              "ha": ("hectare", " ha"), "kg": ("kg", "kilo")}  # fmt: skip


def _describe_measure(claim: Claim) -> str:
    figure = claim.figure
    if claim.value_kind == ValueKind.SCORE:
        return figure
    i = claim.interval
    if claim.unit == "years" and i is not None and i.low is not None and i.low == i.high:
        return f"aged {i.low:.0f}"
    spellings = _CONVERTED.get(claim.unit)
    bounded = i is not None and i.low is not None and i.high is not None
    if spellings and bounded and not any(s in figure.lower() for s in spellings):
        assert i is not None and i.low is not None and i.high is not None
        return f"{figure} (about {(i.low + i.high) / 2:,.0f} {claim.unit})"
    return figure


def _describe(claim: Claim) -> str:
    each = " from each side" if claim.distributive else ""
    per = f" a {claim.per}" if claim.per in _PERIODS else f" ({claim.per})" if claim.per else ""
    if claim.figure:
        return _describe_measure(claim) + each + per
    if claim.interval is None:
        return claim.text
    unit = claim.value_kind == ValueKind.DURATION
    value = describe_interval(claim.interval, seconds=unit, qualifier=claim.qualifier)
    side = claim.subject.removeprefix("tally:") if claim.subject.startswith("tally:") else ""
    return f"{value} votes {side}" if side else f"{value}{each}{per}"


def describe_interval(interval: Interval, *, seconds: bool = False, qualifier: str = "") -> str:
    """An interval in editor's words: '1', 'at least 2', 'more than 5,000', 'between 9 and 11'."""

    def fmt(x: float) -> str:
        if seconds:
            return _format_duration(x)
        return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0").rstrip(".")

    low, high = interval.low, interval.high
    if low is not None and high is not None and low == high:
        return fmt(low)
    if qualifier and qualifier not in _HEDGES and low is not None:
        # a vague count as written, then what it allows: "dozens (24 to 99)"
        return (
            f"{qualifier} ({fmt(low)} or more)"
            if high is None
            else (f"{qualifier} ({fmt(low)} to {fmt(high)})")
        )
    if qualifier == "about" and low is not None and high is not None:
        return f"about {fmt((low + high) / 2)} ({fmt(low)} to {fmt(high)})"
    if qualifier == "nearly" and high is not None:
        return f"nearly {fmt(high)}"
    if qualifier == "just over" and low is not None:
        return f"just over {fmt(low)}"
    if high is None and low is not None:
        return f"at least {fmt(low)}" if interval.low_inclusive else f"more than {fmt(low)}"
    if low in (None, 0) and high is not None:
        return f"up to {fmt(high)}" if interval.high_inclusive else f"fewer than {fmt(high)}"
    if low is not None and high is not None:
        return f"between {fmt(low)} and {fmt(high)}"
    return "any number"


def _format_duration(seconds: float) -> str:
    hours, rest = divmod(round(seconds), 3600)
    if 0 < hours < 24 and rest and rest % 60 == 0 and rest % 900:
        return f"{hours} h {rest // 60} min"  # "3 h 41 min", not "3.7 hours"
    for unit, size in (("years", 31_557_600), ("days", 86_400), ("hours", 3600), ("minutes", 60)):
        if seconds >= size:
            value = seconds / size
            shown = f"{value:.0f}" if value.is_integer() else f"{value:.1f}"
            return f"{shown} {unit.rstrip('s') if shown == '1' else unit}"
    return f"{seconds:.0f} seconds"


def _one_per_article(claims: Sequence[Claim]) -> list[Claim]:
    seen: dict[str, Claim] = {}
    for claim in claims:
        seen.setdefault(claim.article, claim)
    return list(seen.values())


# --- scores ------------------------------------------------------------------------------------


def _compare_scores(group: Group, label: str, severity: Severity) -> Finding:
    claims = group.claims
    results = {c.name for c in claims}
    said = "; ".join(f"{c.article} says {c.figure}" for c in _one_per_article(claims))
    if len(results) > 1:
        message = f"{said}: not the same result"
        return _finding(group, claims, label, FindingKind.CONFLICT, severity, message)
    message = f"{len({c.article for c in claims})} sources agree: {claims[0].name}"
    return _finding(group, claims, label, FindingKind.AGREEMENT, Severity.INFO, message)


# --- days --------------------------------------------------------------------------------------


def _compare_days(group: Group, label: str, severity: Severity) -> Finding:
    claims = group.claims
    clashes = [
        (a, b)
        for a, b in combinations(claims, 2)
        if a.article != b.article and a.day and b.day and not days_agree(a.day, b.day)
    ]
    if clashes:
        a, b = clashes[0]
        message = (
            f"{a.article} says {describe_day(a.day)} ('{a.text}'); "
            f"{b.article} says {describe_day(b.day)} ('{b.text}'): not the same day or time"
        )
        return _finding(group, claims, label, FindingKind.CONFLICT, severity, message)
    days = "; ".join(f"{c.article}: '{c.text}'" for c in _one_per_article(claims))
    message = f"same day: {describe_day(claims[0].day)} ({days})"
    return _finding(group, claims, label, FindingKind.AGREEMENT, Severity.INFO, message)


def days_agree(a: Day, b: Day) -> bool:
    """Two days agree when they can be the same day and the same time of day.

    An event near midnight is dated either side of it by outlets in other time zones
    ('11:45 p.m. local time Wednesday' is Thursday in New York): a day without a clock time
    may then be the next or the day before."""
    if not days_overlap(a, b):
        return _near_midnight(a, b) or _near_midnight(b, a)
    if _misnamed(a) or _misnamed(b):
        # "Thursday, July 25" when July 25 is a Friday: one of the two is wrong, and a report of
        # Friday, July 25 cannot confirm both
        return (a.date, a.misnamed_weekday) == (b.date, b.misnamed_weekday)
    if a.date is not None and b.date is not None:
        # Both dated: compare the stretches of time they name. "Saturday night" runs into
        # Sunday's small hours but not into "late on Sunday".
        (a_low, a_high), (b_low, b_high) = _stretch(a), _stretch(b)
        return (a_low < b_high and b_low < a_high) or _near_midnight(a, b) or _near_midnight(b, a)
    return _times_agree(a, b)


def _misnamed(day: Day) -> bool:
    """A date written with a weekday it does not fall on."""
    return day.date is not None and day.misnamed_weekday is not None


_MINUTES_A_DAY = 24 * 60
# Parts of a day as stretches of minutes from its midnight; night runs into the next morning.
_STRETCHES = {
    "morning": (0, 12 * 60),
    "afternoon": (12 * 60, 18 * 60),
    "evening": (17 * 60, 24 * 60),
    "night": (18 * 60, 30 * 60),
    "late": (17 * 60, 24 * 60),
    "early": (0, 10 * 60),
    "overnight": (19 * 60, 30 * 60),
}


def _stretch(day: Day) -> tuple[int, int]:
    """The minutes a dated day can mean, counted from 0001-01-01."""
    assert day.date is not None
    base = day.date.toordinal() * _MINUTES_A_DAY
    if day.time:
        low, high = _clock_window(day)
        return base + low, base + high + 1
    low, high = _STRETCHES.get(day.part_of_day or "", (0, _MINUTES_A_DAY))
    return base + low, base + high


def _clock_words(clock: str) -> str:
    """'24:00' is the midnight that ends the day ('shortly before midnight on Tuesday')."""
    return "midnight (end of the day)" if clock == "24:00" else clock


def _near_midnight(timed: Day, other: Day) -> bool:
    if not timed.time or other.time or timed.date is None or other.date is None:
        return False
    minute = _minute(timed.time)
    step = 1 if minute >= 24 * 60 - MIDNIGHT_MINUTES else -1 if minute < MIDNIGHT_MINUTES else 0
    return step != 0 and other.date == timed.date + timedelta(days=step)


# How near midnight a clock time must be for another time zone's date to be the next day.
MIDNIGHT_MINUTES = 120
# How far each way a clock time reaches: written to the minute, reporters still round to five.
_TIME_REACH = {"": (-5, 5), "about": (-15, 15), "before": (-30, 0), "after": (0, 30)}


def _minute(clock: str) -> int:
    hours, minutes = (int(x) for x in clock.split(":"))
    return hours * 60 + minutes


def _clock_window(day: Day) -> tuple[int, int]:
    assert day.time is not None
    low, high = _TIME_REACH.get(day.time_hedge, (-5, 5))
    return _minute(day.time) + low, _minute(day.time) + high


def _times_agree(a: Day, b: Day) -> bool:
    if a.time and b.time:
        (a_low, a_high), (b_low, b_high) = _clock_window(a), _clock_window(b)
        return a_low <= b_high and b_low <= a_high
    for timed, vague in ((a, b), (b, a)):
        if timed.time and vague.part_of_day in _PARTS_OF_DAY:
            lo, hi = _PARTS_OF_DAY[vague.part_of_day]
            minute = _minute(timed.time)
            return lo <= minute < hi or lo <= minute + 24 * 60 < hi
    return True


_PERIODS = frozenset({"hour", "day", "week", "month", "year"})
# The hedges describe_interval words itself; any other qualifier is a vague count ("dozens").
_HEDGES = frozenset(
    {
        "about",
        "nearly",
        "at least",
        "more than",
        "up to",
        "fewer than",
        "between",
        "over",
        "almost",
        "just over",
    }
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def describe_day(day: Day | None) -> str:
    if day is None:
        return "an unknown day"
    if day.date and day.misnamed_weekday is not None:
        text = (
            f"{_WEEKDAYS[day.misnamed_weekday]} {day.date.isoformat()} (a "
            f"{_WEEKDAYS[day.date.weekday()]}: the weekday and the date disagree)"
        )
    elif day.date:
        text = f"{_WEEKDAYS[day.date.weekday()]} {day.date.isoformat()}"
    elif day.weekday is not None:
        text = _WEEKDAYS[day.weekday]
    elif day.earliest and day.latest:
        text = f"between {day.earliest.isoformat()} and {day.latest.isoformat()}"
    elif day.time:
        return f"at {_clock_words(day.time)} (no day given)"
    else:
        text = "an unresolved day"
    if day.time:
        text += f" at {_clock_words(day.time)}"
    elif day.part_of_day:
        text += f" ({day.part_of_day})"
    return text


# --- names -------------------------------------------------------------------------------------


def _compare_names(group: Group, rulebook: Rulebook) -> list[Finding]:
    claims = group.claims
    articles = {c.article for c in claims}
    spellings = {c.name for c in claims if c.name}
    if len(articles) < 2 or len(spellings) < 2:
        return []

    def person(name: str) -> str:  # spellings the desk lists as one person count as one
        return rulebook.person(name) or name

    own = {s: len({c.article for c in claims if c.name == s}) for s in spellings}
    support = {
        s: len({c.article for c in claims if c.name and person(c.name) == person(s)})
        for s in spellings
    }
    # The spelling most sources use; among a desk's listed spellings, the one it lists first.
    first = {s: rulebook.person(s) == name_key(s) for s in spellings}
    majority = max(spellings, key=lambda s: (support[s], own[s], first[s], s))
    tied = len({person(s) for s in spellings if support[s] == support[majority]}) > 1
    findings = []
    for verdict, kind, severity in (
        (NameVerdict.MISSPELLING, FindingKind.CONFLICT, rulebook.name_severity),
        (NameVerdict.VARIANT, FindingKind.VARIANT, Severity.INFO),
    ):
        odd = [c for c in claims if c.name and _name_verdict(c.name, majority, rulebook) == verdict]
        if not odd:
            continue
        usual = [c for c in claims if c.name == majority]
        message = _name_message(verdict, odd, usual, majority, tied=tied)
        consensus = "" if tied else majority
        findings.append(
            _finding(
                group, [*odd, *usual], "Spelling of a name", kind, severity, message, consensus
            )
        )
    return findings


def _name_verdict(name: str, majority: str, rulebook: Rulebook) -> str:
    """The strongest difference between two spellings, word by word; none between spellings
    the desk lists as one person."""
    person = rulebook.person(name)
    if person is not None and person == rulebook.person(majority):
        return NameVerdict.SAME
    verdicts = {
        compare_tokens(x, y, rulebook.folds)
        for x, y in zip(name.split(), majority.split(), strict=False)
    }
    for verdict in (NameVerdict.MISSPELLING, NameVerdict.VARIANT):
        if verdict in verdicts:
            return verdict
    return NameVerdict.SAME


def _name_message(
    verdict: str, odd: Sequence[Claim], usual: Sequence[Claim], majority: str, *, tied: bool
) -> str:
    odd_text = ", ".join(f"'{c.name}' ({c.article})" for c in odd)
    usual_articles = ", ".join(sorted({c.article for c in usual}))
    if tied:  # as many sources each way: say which differ, not which is right
        what = (
            "one is likely misspelt" if verdict == NameVerdict.MISSPELLING else "transliterations"
        )
        return f"{odd_text} vs '{majority}' ({usual_articles}): {what}"
    if verdict == NameVerdict.MISSPELLING:
        return f"{odd_text}: likely a misspelling of '{majority}' ({usual_articles})"
    return f"{odd_text}: a known transliteration of '{majority}' ({usual_articles})"
