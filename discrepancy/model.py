"""The frozen records that flow through the pipeline: articles, quantities, claims, findings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

INF = float("inf")


# Joins an unnamed person's word to what befell them in a subject key:
# "woman~casualties.killed". Such keys meet only their equal: "woman" and "man" are no
# spellings of one name, and someone unnamed is known only by the event that befell them.
FATE_MARK = "~"
# Someone unnamed known by where they were: "woman@haffouz" ("an 81-year-old woman found in
# her home in Haffouz"). Two such keys of two places are two people.
PLACE_MARK = "@"


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read: the original text, where its body starts, and its metadata.

    Offsets everywhere in the pipeline index `text`, the text as decoded from the file, so an
    editor's tool can find a quote where it was written. For a web page `text` is the text taken
    out of the HTML, and for a JSON record its `text` field: offsets index that, not the file.
    """

    id: str
    path: str
    text: str
    body_start: int = 0
    published: dt.date | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None  # where the article was published, when the input says


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as news writes it, read as an interval.

    `low`/`high` are None where the interval is unbounded ("more than 5" has no `high`).
    `value` is the figure as written (1000 for "roughly 1,000"); `total` links "88 out of 273".
    """

    start: int
    end: int
    text: str
    low: float | None
    high: float | None
    low_inclusive: bool = True
    high_inclusive: bool = True
    qualifier: str = ""
    kind: str = "count"
    unit: str = ""
    value: float | None = None
    total: Quantity | None = None


@dataclass(frozen=True, slots=True)
class When:
    """A time expression: a day, a clock time, a window of days, or a duration.

    `earliest`/`latest` bound the calendar days the expression can mean ("February" in an
    article of May 2025 is 2025-02-01..2025-02-28; a resolved day has earliest == latest == date).
    `relative_days` keeps an offset that needs a reference day the parser did not have
    ("the day before" is -1): the extractor resolves it against the sentence's context.
    """

    start: int
    end: int
    text: str
    date: dt.date | None = None
    weekday: int | None = None
    time: str | None = None
    duration: float | None = None
    approximate: bool = False
    kind: str = "day"
    part_of_day: str | None = None
    earliest: dt.date | None = None
    latest: dt.date | None = None
    relative_days: int | None = None
    qualifier: str = ""  # the hedge of a duration, normalised as in quantities: "more than"
    # A weekday written with the date that the date does not fall on ("Thursday, July 25" of a
    # Friday): `weekday` stays the date's, this keeps what was written.
    misnamed_weekday: int | None = None


class ValueKind(StrEnum):
    COUNT = "count"
    DAY = "day"
    DURATION = "duration"
    MEASURE = "measure"  # a figure in a unit: a speed, an area, a share, money, an age
    SCORE = "score"  # a match result, "2-1"
    NAME = "name"


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed or open interval of reals; None is unbounded."""

    low: float | None
    high: float | None
    low_inclusive: bool = True
    high_inclusive: bool = True


@dataclass(frozen=True, slots=True)
class Day:
    """When something happened, as precisely as the article says it."""

    date: dt.date | None = None
    weekday: int | None = None
    time: str | None = None
    part_of_day: str | None = None
    earliest: dt.date | None = None
    latest: dt.date | None = None
    # How the clock time was hedged: "about", "before" ("shortly before 3am"), "after", or "".
    time_hedge: str = ""
    # A weekday written with the date that the date does not fall on (see `When`).
    misnamed_weekday: int | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """What a claim is about: what happened, when, where, and who took part.

    Two claims are compared only when their events can be the same event.
    """

    trigger: str = ""
    category: str = ""
    anchor: Day | None = None
    places: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    distinct: bool = False  # introduced as another event: "a smaller quake", "another attack"
    article_places: frozenset[str] = frozenset()  # every place the claim's article names
    is_lead: bool = False  # the event the article's lead reports, not one it recalls
    name: str = ""  # a named event: "ciara" for Storm Ciara
    reported: dt.date | None = None  # the day the claim's article was published
    # The event word stood in a sentence before the claim's, not in its own: weaker evidence
    # of what the figure is about ("serving a 25-year sentence. ... two officers were hurt").
    word_before: bool = False


@dataclass(frozen=True, slots=True)
class Lead:
    """What an article's lead says happened, when, and the names it gives: its own event."""

    category: str
    day: Day
    names: frozenset[str] = frozenset()
    dated: bool = True  # False: the lead gives no day; `day` is the days before publication
    runs_days: int = 0  # how long an event of its kind can run on (events.toml): a strike's days
    # Other words the lead uses for its event ("ran aground ... oil spilled"): its other kinds.
    kinds: frozenset[str] = frozenset()
    # The event's own name, when it has one ("saranai" of Typhoon Saranai): it names the story.
    event_name: str = ""
    # The days of an earlier event of its kind that the lead sets its own apart from ("after
    # last week's deadly earthquake in neighbouring Akhisar"): another story's event.
    earlier: Day | None = None
    # The day the lead gives its own event when its news is a later moment of it ("certified
    # the results of the March 17 referendum"): the day of the story's event.
    recalled: Day | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """One source's statement of one fact (a slot) with its own words and where they stand."""

    id: str
    article: str
    slot: str
    value_kind: ValueKind
    text: str
    sentence: str
    start: int
    end: int
    interval: Interval | None = None
    day: Day | None = None
    name: str | None = None
    qualifier: str = ""
    counted: str = ""
    per: str = ""
    distributive: bool = False
    attribution: str = ""
    event: Event = field(default_factory=Event)
    unit: str = ""  # the unit the interval is in: "km/h", "USD", "%"; claims of two never meet
    figure: str = ""  # the figure as written, for a measure: "80 mph", "$4.2bn"
    subject: str = ""  # whose figure: "smith|suspect" (keys joined by |), for per-person facts
    # A count of what was found ("seven bodies recovered"): `interval` is the toll it bounds
    # (at least seven dead), `found` the figure as written (seven found), which another
    # report's count of bodies found can contradict.
    found: Interval | None = None
    # "nationwide" when the figure is told of the whole country around the event ("1,100
    # arrested across France"), a people's name when it counts their share ("14 Jordanian
    # pilgrims"): compared only with figures of the same reach.
    scope: str = ""


class FindingKind(StrEnum):
    CONFLICT = "conflict"
    VARIANT = "variant"
    AGREEMENT = "agreement"
    SINGLE = "single"
    MISSING = "missing"  # draft mode: most sources state the fact, the draft does not


class Severity(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    INFO = "info"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.HIGH: 3, Severity.MEDIUM: 2, Severity.LOW: 1, Severity.INFO: 0}


@dataclass(frozen=True, slots=True)
class Finding:
    """A group of aligned claims and the verdict on them, with the reason in words."""

    id: str
    story: str
    slot: str
    label: str
    kind: FindingKind
    severity: Severity
    claims: tuple[str, ...]
    message: str
    consensus: str = ""


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    articles: tuple[str, ...]
    title: str = ""


@dataclass(frozen=True, slots=True)
class Report:
    """Everything one run found; every output format is written from this."""

    articles: tuple[Article, ...]
    stories: tuple[Story, ...]
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    problems: tuple[str, ...] = ()
