"""Align claims: within one story and one slot, group the claims that speak of the same event."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from rapidfuzz import fuzz

from discrepancy.model import FATE_MARK, PLACE_MARK, Claim, Day, Event, ValueKind
from discrepancy.names import fold, same_person
from discrepancy.rulebook import Rulebook

# Place names this close (rapidfuzz ratio, 0..100) are one place: "Kyiv"/"Kiev" is 80.
SAME_PLACE = 80
# Surnames this close are one person's, one misspelt: "Kowalski"/"Kowalsky".
SAME_NAME = 80


@dataclass(frozen=True, slots=True)
class Group:
    """Claims of one slot about one event (or one person's name), from one story."""

    story: str
    slot: str
    claims: tuple[Claim, ...]


def align(story: str, claims: Sequence[Claim], rulebook: Rulebook) -> list[Group]:
    """Block by slot, then join claims whose events can be the same (every pair must agree)."""
    by_slot: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_slot[claim.slot].append(claim)
    groups = []
    for slot in sorted(by_slot):
        for members in _cluster(by_slot[slot], rulebook):
            groups.append(Group(story, slot, tuple(members)))
    return groups


def _cluster(claims: Iterable[Claim], rulebook: Rulebook) -> list[list[Claim]]:
    """Complete linkage, looking only at clusters that share a blocking key with the claim.

    A cluster is tested through one claim per kind of claim it holds (the same fact, event
    and subject, told by one article with one value): a story whose articles repeat a figure
    hundreds of times costs as much as one that gives it once, not the square of it."""
    clusters: list[list[Claim]] = []
    kinds: list[dict[tuple[object, ...], Claim]] = []
    places: list[Counter[tuple[str, ...]]] = []  # how many of a cluster's claims name each place
    by_key: dict[str, list[int]] = defaultdict(list)
    for claim in claims:
        keys = _blocking_keys(claim, rulebook)
        candidates = sorted({i for key in keys for i in by_key[key]})
        fitting = [
            i
            for i in candidates
            if all(_same_fact(claim, other, rulebook) for other in kinds[i].values())
            and not any(_own_other_value(claim, other) for other in kinds[i].values())
        ]
        # Of the groups it fits, the one whose claims were made where it was: "two arrests in
        # Halmstead" joins Halmstead's two, not Eastport's fourteen that it could also be.
        home = max(fitting, key=lambda i: (_places_shared(claim, places[i]), -i), default=None)
        if home is None:
            home = len(clusters)
            clusters.append([])
            kinds.append({})
            places.append(Counter())
        clusters[home].append(claim)
        kinds[home].setdefault(_kind_of(claim), claim)
        places[home][claim.event.places] += 1
        for key in keys:
            if home not in by_key[key]:
                by_key[key].append(home)
    return clusters


def _kind_of(claim: Claim) -> tuple[object, ...]:
    """What `_same_fact` and `_own_other_value` read of a claim: two claims alike in all of it
    fit the same clusters."""
    return (
        claim.article,
        claim.value_kind,
        claim.name,
        claim.per,
        claim.scope,
        claim.attribution,
        claim.unit,
        claim.counted,
        claim.subject,
        claim.interval,
        claim.event,
    )


def _own_other_value(claim: Claim, other: Claim) -> bool:
    """The same article giving a figure that cannot be this one is telling of another fact:
    "about two thousand customers lost power in Thunder Bay" beside 110,000 in Minnesota."""
    if claim.article != other.article or claim.interval is None or other.interval is None:
        return False
    if _a_dispute_told(claim, other):
        return False
    a, b = claim.interval, other.interval
    below = a.high is not None and b.low is not None and a.high < b.low
    above = b.high is not None and a.low is not None and b.high < a.low
    return below or above


def _a_dispute_told(claim: Claim, other: Claim) -> bool:
    """ "Police estimated the crowd at 12,000, while the union said 40,000": one sentence giving
    one fact two sources' figures tells a dispute, not two facts."""
    return (
        claim.sentence == other.sentence
        and bool(claim.attribution)
        and bool(other.attribution)
        and claim.attribution != other.attribution
    )


def _places_shared(claim: Claim, named: Counter[tuple[str, ...]]) -> int:
    """How many of a cluster's claims name a place the claim names."""
    if not claim.event.places:
        return 0
    return sum(n for theirs, n in named.items() if _share_place(claim.event.places, theirs))


def _blocking_keys(claim: Claim, rulebook: Rulebook) -> tuple[str, ...]:
    """Names of one person share a first or a last name (after folding); other facts share
    their slot, which the caller has already blocked on."""
    if claim.value_kind != ValueKind.NAME or not claim.name:
        return ("",)
    words = claim.name.split()
    keys = (f"first:{fold(words[0], rulebook.folds)}", f"last:{fold(words[-1], rulebook.folds)}")
    person = rulebook.person(claim.name)  # spellings the desk says are one person meet
    return keys if person is None else (*keys, f"person:{person}")


def _same_fact(a: Claim, b: Claim, rulebook: Rulebook) -> bool:
    if a.value_kind == ValueKind.NAME:
        if a.name is None or b.name is None:
            return False
        person = rulebook.person(a.name)
        if person is not None and person == rulebook.person(b.name):
            return True
        return same_person(tuple(a.name.split()), tuple(b.name.split()), rulebook.folds)
    if a.per != b.per or a.unit != b.unit or a.scope != b.scope:
        return False  # a nation's arrests are not one town's
    if not _same_counted(a, b, rulebook):
        return False
    if not _same_subject(a, b, rulebook):
        return False
    if _same_named_person(a, b, rulebook):
        # an age is the person's, whatever the event, and a year on it is a year more at most
        return _reported_together(a.event, b.event, AGE_WINDOW_DAYS)
    if _same_role(a, b, rulebook):
        # "the captain, 28" on the day of his arrest and "the captain, 26" of the sinking two
        # days before: one man, though his two figures were dated by two events.
        return same_event(_undated(a.event), _undated(b.event), rulebook) and _days_near(
            a.event.anchor, b.event.anchor
        )
    if a.per:  # a rate or a running total describes a period, not one event...
        return _reported_together(a.event, b.event)  # ...the period around its article's day
    if a.article == b.article and a.event.is_lead and b.event.is_lead:
        # One article's own event, placed at two grains ("Gate 7", "a gate on Mill Lane"): the
        # article says it is one event; only a second category or a day apart says otherwise.
        a_own, b_own = replace(a.event, places=()), replace(b.event, places=())
        return same_event(a_own, b_own, rulebook, value_is_day=a.value_kind == ValueKind.DAY)
    return same_event(a.event, b.event, rulebook, value_is_day=a.value_kind == ValueKind.DAY)


def _same_subject(a: Claim, b: Claim, rulebook: Rulebook) -> bool:
    """Per-person figures meet only when they share a key: a surname (fuzzily: 'Kowalski' and
    'Kowalsky' are one man) or a role ('suspect')."""
    if not a.subject and not b.subject:
        return True
    if rulebook.rule(a.slot).teams:
        # A score names its sides when it can; two that name them must share one.
        if not a.subject or not b.subject:
            return True
        return any(
            _same_key(x, y, rulebook) for x in a.subject.split("|") for y in b.subject.split("|")
        )
    ours, theirs = _keys(a, rulebook), _keys(b, rulebook)
    if _other_first_names(ours, theirs, rulebook):
        return False  # Janice Pettifer, the mother, is not Aaron Pettifer, her son
    if _other_places(ours["names"], theirs["names"]):
        return False  # a woman found dead in Haffouz is not the woman who died in Gafsa
    for kind in ("names", "firsts", "roles"):
        if ours[kind] and theirs[kind]:
            # Two surnames decide alone: 'Smith, the suspect' is not 'Jones, the suspect'.
            return any(_same_key(x, y, rulebook) for x in ours[kind] for y in theirs[kind])
    return False


def _other_places(ours: list[str], theirs: list[str]) -> bool:
    """Both know someone unnamed by where they were ('woman@haffouz'), and not one place."""
    mine = {k for k in ours if PLACE_MARK in k}
    yours = {k for k in theirs if PLACE_MARK in k}
    return bool(mine and yours) and not mine & yours


def _other_first_names(
    ours: dict[str, list[str]], theirs: dict[str, list[str]], rulebook: Rulebook
) -> bool:
    """Both give a first name and no two are alike: two people of one family."""
    if not (ours["firsts"] and theirs["firsts"] and ours["names"] and theirs["names"]):
        return False
    return not any(_same_key(x, y, rulebook) for x in ours["firsts"] for y in theirs["firsts"])


def _keys(claim: Claim, rulebook: Rulebook) -> dict[str, list[str]]:
    """A subject's keys by strength: surnames and proper names, first names, roles."""
    roles = rulebook.vocab.get("roles", frozenset()) | {"suspect"}
    keys = claim.subject.split("|") if claim.subject else []
    return {
        "names": [k for k in keys if k not in roles and not k.startswith("first:")],
        "firsts": [k for k in keys if k.startswith("first:")],
        "roles": [k for k in keys if k in roles],
    }


def _same_named_person(a: Claim, b: Claim, rulebook: Rulebook) -> bool:
    if not a.subject or not b.subject or not rulebook.rule(a.slot).of_person:
        return False
    if FATE_MARK in a.subject or FATE_MARK in b.subject:
        return False  # someone unnamed is known only by the event that befell them
    ours, theirs = _keys(a, rulebook), _keys(b, rulebook)
    if _other_first_names(ours, theirs, rulebook):
        return False
    if ours["names"] and theirs["names"]:
        return any(_same_key(x, y, rulebook) for x in ours["names"] for y in theirs["names"])
    return any(_same_key(x, y, rulebook) for x in ours["firsts"] for y in theirs["firsts"])


def _same_role(a: Claim, b: Claim, rulebook: Rulebook) -> bool:
    """Known by one role each ('the captain', 'the pilot'), named by neither. 'Suspect' is too
    common a word for two people in one story to be one by it."""
    if not a.subject or not b.subject or not rulebook.rule(a.slot).of_person:
        return False
    ours, theirs = _keys(a, rulebook), _keys(b, rulebook)
    if ours["names"] or theirs["names"] or ours["firsts"] or theirs["firsts"]:
        return False
    return bool((set(ours["roles"]) & set(theirs["roles"])) - {"suspect"})


def _undated(event: Event) -> Event:
    return replace(event, anchor=None)


# Days of the one person's figures: an arrest two days after the sinking he steered.
ROLE_DAYS = 3


def _days_near(a: Day | None, b: Day | None) -> bool:
    return a is None or b is None or days_overlap(a, b, runs_days=ROLE_DAYS)


def _same_key(x: str, y: str, rulebook: Rulebook) -> bool:
    if x == y:
        return True
    if FATE_MARK in x or FATE_MARK in y:
        return False  # "woman~casualties.killed" is not "man~casualties.killed"
    short, long = sorted((x.split(), y.split()), key=len)
    if 1 < len(short) < len(long) and long[-len(short) :] == short:
        return True  # "civic union" and "estmark civic union" name one party
    # As written or folded: a fold can part two close spellings ("Daley" folds to "dalei",
    # away from "Daly") as well as join two far ones.
    folded = fuzz.ratio(fold(x, rulebook.folds), fold(y, rulebook.folds))
    return len(x) > 3 and max(folded, fuzz.ratio(x, y)) >= SAME_NAME


def _same_counted(a: Claim, b: Claim, rulebook: Rulebook) -> bool:
    """Soldiers and civilians are counted apart; a woman and two civilians are both civilians.
    A measure's variant word keeps 'operating profit' from 'net profit', and a length's aspect
    keeps how long the power was off from how long the storm raged, and a moment's (the
    standoff's end) its time from the time the standoff began."""
    measured = (ValueKind.MEASURE, ValueKind.SCORE, ValueKind.DURATION, ValueKind.DAY)
    if a.value_kind in measured and a.counted != b.counted:
        return False
    soldiers = rulebook.vocab.get("soldiers", frozenset())
    return (a.counted in soldiers) == (b.counted in soldiers)


def same_event(a: Event, b: Event, rulebook: Rulebook, *, value_is_day: bool = False) -> bool:
    """Can two claims' events be one event? Any clear difference says no.

    For a claim whose value is the day itself, the day cannot tell events apart (that would hide
    the very conflict we look for), so the event must share a participant or the venue instead.
    """
    if a.category != b.category and _a_moment(a, b, rulebook):
        return False  # the first 911 call's time is not the shooting's
    if a.category != b.category and not _leads_of_one_story(a, b):
        if a.category and b.category and not _one_covers_the_other(a, b, rulebook):
            return False
        if a.category and b.category and not _covered_is_a_lead(a, b, rulebook):
            return False  # "the search" belongs to the event its article leads with, not to
            # another one recalled in a rival's article ("an avalanche on Sunday")
        a, b = _reach_back(a, rulebook), _reach_back(b, rulebook)
    if a.distinct != b.distinct:  # "a smaller quake last week" is not the quake of the story
        return False
    if a.name and b.name and fuzz.ratio(a.name, b.name) < SAME_NAME:
        return False  # Storm Dennis is not Storm Ciara
    category = rulebook.category(a.category or b.category)
    venue_matters = category is not None and category.venue_identifies
    # A meeting's venue names it. For attacks, places differ in grain ("Kyiv", "Ukraine"),
    # so only places that both articles tell apart ("Kharkiv" and "Odesa") split events.
    places_differ = a.places and b.places and not _share_place(a.places, b.places)
    if places_differ and (venue_matters or _both_tell_apart(a, b)):
        return False
    if category is not None and category.cast_identifies and _casts_differ(a, b, rulebook):
        return False  # the women's final is not the men's
    if value_is_day:
        if _months_apart(a.anchor, b.anchor):
            return False  # "in 2019" against Tuesday: an older event recalled, not a misdating
        if _undated_and_apart(a.anchor, b.anchor, rulebook.runs_days(a.category)):
            return False  # a time "this afternoon" in a report of Saturday's quake: not Tuesday's
        if _share_participant(a, b, rulebook):
            return True
        if venue_matters and a.places and b.places:
            return _share_place(a.places, b.places)
        # An attack or a quake is named by no venue: only the events both leads report, in
        # the same place when both say where, are known to be one.
        return a.is_lead and b.is_lead and not (places_differ and _both_tell_apart(a, b))
    if a.anchor is not None and b.anchor is not None:
        # A strike or a flood runs on for days, but only one in the same place is the same one.
        runs = rulebook.runs_days(a.category) if _same_ground(a, b) else 0
        if a.is_lead and b.is_lead and not (places_differ and _both_tell_apart(a, b)):
            # The events two articles of one story lead with, a day apart: an outlet that
            # misdates the event by a day still reports it (the story's grouping says as much);
            # an event that runs on (an outbreak, a strike) is the story's for as long. Places
            # of two grains ("Hollin Moss", "Cumbria") do not make two events of it.
            same_kind = a.category == b.category
            runs = max(runs, 1, rulebook.runs_days(a.category) if same_kind else 0)
        return days_overlap(a.anchor, b.anchor, runs_days=runs)
    # A figure given no day is news of its article's own days; a figure dated to 2021 is not.
    return _near_report(a.anchor, b.reported) and _near_report(b.anchor, a.reported)


def _a_moment(a: Event, b: Event, rulebook: Rulebook) -> bool:
    return any(
        (kind := rulebook.category(event.category)) is not None and kind.part_of_lead
        for event in (a, b)
    )


def _leads_of_one_story(a: Event, b: Event) -> bool:
    """Two articles of one story that lead with different words for one event ('the tanker
    ran aground', 'oil leaked') on the same day or the next: the same event, told two ways."""
    if not (a.is_lead and b.is_lead) or a.anchor is None or b.anchor is None:
        return False
    return days_overlap(a.anchor, b.anchor, runs_days=1)


# Two days further apart than this belong to two events, whatever the cast: outlets misdate an
# event by a day or two, not by weeks (a verdict and the sentence a month on are two hearings).
FAR_APART_DAYS = 21


def _undated_and_apart(a: Day | None, b: Day | None, runs_days: int) -> bool:
    """One of the two knows its day only as the days before its report, and they lie more
    than a day apart: two events, not one misdated."""
    if a is None or b is None or None in (a.earliest, a.latest, b.earliest, b.latest):
        return False
    assert a.earliest and a.latest and b.earliest and b.latest
    if a.date is not None and b.date is not None:
        return False
    gap = max((b.earliest - a.latest).days, (a.earliest - b.latest).days)
    return gap > max(1, runs_days)


def _months_apart(a: Day | None, b: Day | None) -> bool:
    if a is None or b is None or None in (a.earliest, a.latest, b.earliest, b.latest):
        return False
    assert a.earliest and a.latest and b.earliest and b.latest
    gap = max((b.earliest - a.latest).days, (a.earliest - b.latest).days)
    return gap > FAR_APART_DAYS


def _one_covers_the_other(a: Event, b: Event, rulebook: Rulebook) -> bool:
    """'The search' after a ferry capsized and 'the capsizing' can be one event."""
    first, second = rulebook.category(a.category), rulebook.category(b.category)
    return (first is not None and b.category in first.covers) or (
        second is not None and a.category in second.covers
    )


def _covered_is_a_lead(a: Event, b: Event, rulebook: Rulebook) -> bool:
    """A broad word reaches back only to the event its article leads with, or to one on its
    own day: not to 'an avalanche in the next valley on Sunday' two days before."""
    first = rulebook.category(a.category)
    narrow, broad = (b, a) if first is not None and b.category in first.covers else (a, b)
    if narrow.is_lead or narrow.anchor is None or broad.anchor is None:
        return True
    return days_overlap(narrow.anchor, broad.anchor)


def _reach_back(event: Event, rulebook: Rulebook) -> Event:
    """A search on Wednesday can belong to Tuesday's collapse: its days reach back."""
    category = rulebook.category(event.category)
    anchor = event.anchor
    if category is None or not category.reach_days or anchor is None or anchor.earliest is None:
        return event
    earlier = anchor.earliest - timedelta(days=category.reach_days)
    wider = Day(earliest=earlier, latest=anchor.latest or anchor.earliest)
    return replace(event, anchor=wider, category="")


# A rate is stated for the weeks around its report: "5,000 soldiers a week" in April is
# another claim from "more than 5,000 a week" in May.
RATE_WINDOW_DAYS = 14


# A named person's age told in reports this far apart is still one fact (compare allows for a
# birthday in between).
AGE_WINDOW_DAYS = 366


def _reported_together(a: Event, b: Event, window: int = RATE_WINDOW_DAYS) -> bool:
    if a.reported is None or b.reported is None:
        return True
    return abs((a.reported - b.reported).days) <= window


# How far back an undated figure may reach: a follow-up a week or two on still reports the event.
UNDATED_REACH_DAYS = 14


def _near_report(anchor: Day | None, reported: date | None) -> bool:
    if anchor is None or reported is None:
        return True
    window = Day(earliest=reported - timedelta(days=UNDATED_REACH_DAYS), latest=reported)
    return days_overlap(anchor, window)


def _same_ground(a: Event, b: Event) -> bool:
    """Do the two claims' places, or their articles' places, meet?"""
    if a.places and b.places and _share_place(a.places, b.places):
        return True
    return _share_place(_with_parts(a.article_places), _with_parts(b.article_places))


def _with_parts(places: frozenset[str]) -> list[str]:
    """Places and the parts of a joined name: the 'Bileni-Maro road' runs through Bileni."""
    return sorted({*places, *(part for place in places for part in place.split("-") if part)})


def _both_tell_apart(a: Event, b: Event) -> bool:
    named = [p.lower() for p in (*a.places, *b.places)]
    return all(
        _share_place([place], list(article))
        for place in named
        for article in (a.article_places, b.article_places)
    )


def _share_place(a: Sequence[str], b: Sequence[str]) -> bool:
    return any(fuzz.ratio(x.lower(), y.lower()) >= SAME_PLACE for x in a for y in b)


def _casts_differ(a: Event, b: Event, rulebook: Rulebook) -> bool:
    """Both name who took part (two sides each), and no one in common: a scorer named alone
    says too little."""
    ours = {fold(p, rulebook.folds) for p in a.participants}
    theirs = {fold(p, rulebook.folds) for p in b.participants}
    return len(ours) >= 2 and len(theirs) >= 2 and not ours & theirs


def _share_participant(a: Event, b: Event, rulebook: Rulebook) -> bool:
    """The same cast: two people in common, or everyone named by the sparser of the two.

    A sentence names bystanders too ("Rubio welcomed the deal reached at the May 16
    session"), so one shared name among several is not enough.
    """
    ours = {fold(p, rulebook.folds) for p in a.participants}
    theirs = {fold(p, rulebook.folds) for p in b.participants}
    needed = min(2, len(ours), len(theirs))
    return needed > 0 and len(ours & theirs) >= needed


def days_overlap(a: Day, b: Day, *, runs_days: int = 0) -> bool:
    """Can two descriptions of a day be the same day? Overnight spans the evening before.

    `runs_days`: an event that runs on (a strike, a flood) is the same event on days that far
    apart."""
    night = "night" in (a.part_of_day or "") + (b.part_of_day or "")
    slack = timedelta(days=max(runs_days, 1 if night else 0))
    if a.earliest and a.latest and b.earliest and b.latest:
        return a.earliest - slack <= b.latest and b.earliest - slack <= a.latest
    if a.weekday is not None and b.weekday is not None:
        apart = min((a.weekday - b.weekday) % 7, (b.weekday - a.weekday) % 7)
        return apart <= slack.days
    return True
