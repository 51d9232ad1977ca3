"""The article's lead: the event it reports, that event's day and the names in it.

Also ties each claim to the lead's event once all claims are read: a figure whose paragraph
names no other day belongs to the story's own event. Separate because it works on the whole
article, after the per-claim extractors.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import timedelta

import regex

from discrepancy.align import days_overlap
from discrepancy.extract._common import (
    _COMMON_OPENERS,
    _NOT_PLACES,
    _STATEMENT,
    _UNDATED_LEAD_DAYS,
)
from discrepancy.extract.anchors import (
    _can_date_an_event,
    _dates_the_main_clause,
    _day_of_event_word,
    _in_dateline,
)
from discrepancy.extract.days import _resolve_day
from discrepancy.extract.events import _event_name, _introduces_another, _names_an_event
from discrepancy.extract.rules import Phrase
from discrepancy.extract.text import _Sentence, _Text
from discrepancy.model import Article, Claim, Day, Event, Lead, ValueKind, When
from discrepancy.rulebook import Rule, Rulebook

_LEAD_SENTENCES = 2
_LEAD_REACH_CHARS = 1500
_LEAD_SCAN = 5
_LEAD_MIN_WORDS = 6


def _content_words(text: _Text, sentence: _Sentence) -> int:
    """Words that say something: a bracketed note ("[Transcript, DW News, 12:00 UTC
    bulletin]") says only what the page is."""
    written = text.body[sentence.start : sentence.end].strip()
    if written.startswith(("[", "(")) and written.endswith(("]", ")")):
        return 0
    return text.words_between(sentence.start, sentence.end)


def _lead(text: _Text) -> Lead | None:
    """The lead's event word, its day and its proper names: who-what-when of the article."""
    # A lead is the first sentences that say something: not a programme line ("NEWSHOUR,
    # TRANSCRIPT") or a greeting ("ANCHOR: Good evening.").
    opening = [s for s in text.sentences[:_LEAD_SCAN] if _content_words(text, s) >= _LEAD_MIN_WORDS]
    lead = opening[:_LEAD_SENTENCES]
    if not lead:
        return None
    found = _lead_event(text, lead)
    dated = found is not None
    found = found or _undated_lead_event(text, lead)
    named = ""
    headline = _headline_event(text) if found is None else None
    if found is None and headline is None:
        # A feature's scene ("On a normal Tuesday, the courtyard fills up with children. This
        # morning it was full of fire engines") names its event a sentence or two on, undated.
        found = _undated_lead_event(text, opening[_LEAD_SENTENCES:])
    if found is None:
        # A feature's opening ("For the second time in a generation, the people of Muxia are
        # scraping oil off their rocks") names no event: the headline's word does.
        if headline is None:
            return None
        category, day, dated = headline
    else:
        phrase, day = found
        category = text.categories[phrase.text]
        named = _event_name(text, phrase)
    spans = [text.body[s.start : s.end] for s in lead] + [text.article.title or ""]
    # Words of names that are no one's ("Press" of "Continental Press", "News") say nothing
    # of the story: two outlets' datelines must not make two fires one.
    ignored = _NOT_PLACES | _COMMON_OPENERS | text.rules.rulebook.not_names
    # The wire's credit in its dateline ("(Meridian Wire)", "(NWS)") names no one of the story:
    # two stories from one wire must not share it. (An outlet named after its town, the
    # "Lampedusa Courier", still names the town where the article writes it.)
    spans = [_CREDIT.sub(" ", written) for written in spans]
    names = {
        word
        for written in spans  # the headline names the story too
        for m in _LEAD_NAME.finditer(written)
        if (word := m.group().lower().removesuffix("'s")) not in ignored
    }
    kinds = frozenset(
        kind
        for s in lead
        for p in text.phrases_in(s)
        if (kind := text.categories.get(p.text, _STATEMENT)) not in (_STATEMENT, category)
    )
    category, kinds = _narrowed(text, category, kinds)
    category, kinds = _past_the_setting(text, lead, category, kinds)
    runs = text.rules.rulebook.runs_days(category)
    named = named or _named_in_title(text)
    earlier = _earlier_of_its_kind(text, lead, found[0], day) if dated and found else None
    recalled = _recalled_day(text, lead, found[0], day) if dated and found else None
    return Lead(
        category,
        day,
        frozenset(names),
        dated=dated,
        runs_days=runs,
        kinds=kinds,
        event_name=named,
        earlier=earlier,
        recalled=recalled,
    )


def _earlier_of_its_kind(
    text: _Text, lead: Sequence[_Sentence], own: Phrase, day: Day
) -> Day | None:
    """'A magnitude 5.4 earthquake struck Gördes early Tuesday [...] after last week's deadly
    earthquake in neighbouring Akhisar': an event of the lead's kind that the lead itself dates
    before its own, and introduces as another ("last week's", "a previous"), is another event,
    though the two share a province and a cast."""
    return next(
        (
            other
            for sentence, phrase in _words_of_its_kind(text, lead, own)
            if _introduces_another(text, phrase)
            and (other := _day_of_event_word(text, phrase, vague=True)) is not None
            and _before(other, day)
        ),
        None,
    )


def _recalled_day(text: _Text, lead: Sequence[_Sentence], own: Phrase, day: Day) -> Day | None:
    """'The commission on Thursday certified the results of the March 17 referendum': a word
    of the lead's kind dated before the lead's day, and not introduced as another, is the same
    event told at an earlier moment; the news is a later one of it (a count, an appeal)."""
    return next(
        (
            other
            for sentence, phrase in _words_of_its_kind(text, lead, own)
            if not _introduces_another(text, phrase)
            and not _ONE_OF_A_SERIES.search(text.body, max(0, phrase.start - 30), phrase.start)
            and not _REPEATED.search(text.body, sentence.start, _opening_end(sentence))
            and (other := _day_of_event_word(text, phrase)) is not None
            and _before(other, day)
        ),
        None,
    )


def _words_of_its_kind(
    text: _Text, lead: Sequence[_Sentence], own: Phrase
) -> Iterator[tuple[_Sentence, Phrase]]:
    """The lead's other words for an event of its own word's kind, with their sentences, in
    the reach a lead is read to (see `_lead_event`)."""
    category = text.categories.get(own.text)
    for sentence in lead:
        for phrase in text.phrases_in(sentence):
            if (
                phrase.start != own.start
                and phrase.start < _opening_end(sentence)
                and text.categories.get(phrase.text) == category
            ):
                yield sentence, phrase


def _opening_end(sentence: _Sentence) -> int:
    return min(sentence.end, sentence.start + _LEAD_REACH_CHARS)


def _before(other: Day, day: Day) -> bool:
    return bool(other.latest and day.earliest and other.latest < day.earliest)


# "larger than the first rally on Monday", "marched for the second time in a week": events of
# a series, each its own.
_ONE_OF_A_SERIES = regex.compile(
    r"\b(?:first|second|third|fourth|previous|prior|earlier|last|latest|other|next)\s+"
    r"(?:[\w\-]+\s+)?$",
    regex.I,
)
_REPEATED = regex.compile(
    r"\bfor\s+the\s+(?:second|third|fourth|fifth|\w+th)\s+time\b|\bagain\b", regex.I
)


def _narrowed(text: _Text, category: str, kinds: frozenset[str]) -> tuple[str, frozenset[str]]:
    """'It happened at 7:45' in a lead that also says 'tram crash': the crash. Only a word for
    the event itself narrows; a court or a search (a word that reaches on) is an event of its
    own."""
    broad = text.rules.rulebook.category(category)
    if broad is None or broad.reach_days:
        return category, kinds
    narrower = sorted(kinds & set(broad.covers))
    if not narrower:
        return category, kinds
    return narrower[0], (kinds - {narrower[0]}) | {category}


def _past_the_setting(
    text: _Text, lead: Sequence[_Sentence], category: str, kinds: frozenset[str]
) -> tuple[str, frozenset[str]]:
    """'Five killed when fans surged through a gate during a league match. The crush happened
    at 5:40': a story of the crush, which the match was only the occasion of."""
    rulebook = text.rules.rulebook
    occasion = rulebook.category(category)
    if occasion is None or not occasion.setting:
        return category, kinds
    for sentence in lead:
        for phrase in text.phrases_in(sentence):
            kind = rulebook.category(text.categories.get(phrase.text, ""))
            if kind is not None and kind.category in kinds and not (kind.setting or kind.covers):
                return kind.category, (kinds - {kind.category}) | {category}
    return category, kinds


# "Typhoon Saranai slams ...", "Storm Brenna": a headline that names its event.
_NAMED_EVENT = regex.compile(
    r"\b(?:Storm|Hurricane|Typhoon|Cyclone|Tropical\s+Storm|Super\s+Typhoon|Operation)\s+"
    r"(\p{Lu}[\p{L}\-]+)",
    regex.VERSION1,
)


def _named_in_title(text: _Text) -> str:
    found = _NAMED_EVENT.search(text.article.title or "")
    return found.group(1).lower() if found else ""


_CREDIT = regex.compile(r"\((?:[\p{Lu}][\p{L}.&'\-]*(?:\s+[\p{Lu}][\p{L}.&'\-]*){0,3})\)")

# Capitalised words of a lead, its first word included: "Northwind will cut 1,500 jobs".
_LEAD_NAME = regex.compile(r"(?<![\w'])\p{Lu}[\p{L}'\-]{2,}", regex.VERSION1)


def _headline_event(text: _Text) -> tuple[str, Day, bool] | None:
    """The headline's event word, undated: the day its event happened is the body's to say,
    and a day found apart from the event word may be another's ("confirmed dead tonight")."""
    title = text.article.title or ""
    published = text.article.published
    if published is None:
        return None
    words = [regex.sub(r"\s+", " ", m.group().lower()) for m in text.rules.pattern.finditer(title)]
    category = next(
        (c for w in words if (c := text.categories.get(w, _STATEMENT)) != _STATEMENT), None
    )
    if category is None:
        return None
    undated = Day(earliest=published - timedelta(days=_UNDATED_LEAD_DAYS), latest=published)
    return category, undated, False


def _undated_lead_event(text: _Text, lead: Sequence[_Sentence]) -> tuple[Phrase, Day] | None:
    published = text.article.published
    phrase = next((p for s in lead for p in text.phrases_in(s) if _names_an_event(text, p)), None)
    if published is None or phrase is None:
        return None
    return phrase, Day(earliest=published - timedelta(days=_UNDATED_LEAD_DAYS), latest=published)


def _lead_event(text: _Text, lead: Sequence[_Sentence]) -> tuple[Phrase, Day] | None:
    """What happened and when: the event word and the day that stand closest together in the
    lead ('On Wednesday afternoon, a 17-year-old shot four people'), preferring a day written
    on the event word itself; a feature's 'families spent Thursday planning funerals after a
    burst of gunfire' loses to it."""
    best: tuple[int, int, Phrase, Day] | None = None
    for order, sentence in enumerate(lead):
        # A lead says who, what and when in its first words; a "sentence" that runs on for
        # pages (a scraped feed with no full stop) is read that far only.
        opening = (sentence.start, min(sentence.end, sentence.start + _LEAD_REACH_CHARS))
        phrases = [
            p
            for p in text.phrases_near(sentence, opening)
            if p.start < opening[1] and _names_an_event(text, p)
        ]
        # The dateline dates the dispatch, not the event: a lead that gives no other day is
        # undated (the days before publication), as an update on an older event often is.
        days = [
            w
            for w in text.whens_near(sentence, opening)
            if w.start < opening[1]
            and _can_date_an_event(text, w, sentence)
            and not _in_dateline(text, w)
        ]
        for phrase in phrases:
            own = _day_of_event_word(text, phrase)
            where = (phrase.start, phrase.end)
            # A broad word ("the search", "the incident") yields to the kind of event it covers.
            broad = _BROAD_COST if _is_broad(text, phrase) else 0
            if own is not None:
                candidate = (broad, order, phrase, own)
            elif _toll_of(text, sentence, phrase):
                continue  # "bodies recovered on Thursday, raising the toll from a gas explosion"
            elif usable := [w for w in days if not _dates_the_main_clause(text, w, where)]:
                nearest = min(usable, key=lambda w: _lead_distance(text, where, w))
                distance = _lead_distance(text, where, nearest)
                candidate = (distance + 1 + broad, order, phrase, _resolve_day(text, nearest))
            else:
                continue
            if _introduces_another(text, phrase):
                continue  # "after last week's deadly earthquake in neighbouring Akhisar"
            if best is None or candidate[:2] < best[:2]:
                best = candidate
    if best is None:
        return None
    _, _, phrase, day = best
    return (phrase, day) if day.date is not None or day.weekday is not None else None


# "raising the death toll from a gas explosion to seven": the explosion is named as the toll's
# source; a day in the clause dates the count, not the explosion.
_TOLL_FROM = regex.compile(
    r"\b(?:toll|tally|number\s+of\s+(?:dead|deaths|victims|injured))\s+(?:from|in|of)\s+"
    r"(?:(?:the|a|an|this|that)\s+)?(?:[\w\-]+\s+){0,2}$",
    regex.I,
)


def _toll_of(text: _Text, sentence: _Sentence, phrase: Phrase) -> bool:
    return (
        _TOLL_FROM.search(text.body, max(sentence.start, phrase.start - 60), phrase.start)
        is not None
    )


_BROAD_COST = 3


def _is_broad(text: _Text, phrase: Phrase) -> bool:
    category = text.rules.rulebook.category(text.categories.get(phrase.text, ""))
    return category is not None and bool(category.covers)


def _lead_distance(text: _Text, where: tuple[int, int], item: When) -> int:
    """How far a day stands from the lead's event word; a dateline's date only as a last
    resort: it dates the dispatch, and the event is often the day before."""
    distance = text.distance(where, (item.start, item.end))
    return distance + _DATELINE_COST if _in_dateline(text, item) else distance


_DATELINE_COST = 10


def _relate_to_lead(claim: Claim, lead: Lead | None, article: Article, rulebook: Rulebook) -> Claim:
    """Tie a claim to the article's own event, the one its lead reports.

    A figure whose paragraph names no day belongs to it ('Three other people were wounded' in
    a story of Wednesday's shooting); a day of the lead's kind of event that can be the lead's
    day is the lead event's day, not the day of a past event the article recalls. A broader
    word for the lead's kind ("the attack" in a story of a stabbing) refers back to it."""
    event = replace(claim.event, reported=article.published)
    if claim.value_kind == ValueKind.NAME or lead is None:
        return replace(claim, event=event)
    if _another_cast(event, lead, rulebook, is_day=claim.value_kind == ValueKind.DAY):
        event = replace(event, distinct=True)  # "Sato beat Vollmer in the women's final"
    # An undated figure whose event word stood in an earlier sentence is the lead's: "He is
    # serving a 25-year sentence. ... two officers were hurt" in a story of an escape.
    weak = event.word_before and event.anchor is None and not event.distinct
    same_kind = not event.category or event.category == lead.category or weak
    if _counted_under_its_order(event, claim, rulebook):
        event, same_kind = replace(event, category=lead.category), True
    if event.name and event.name not in lead.names:
        same_kind = False  # "Storm Cato claimed three lives" in a story led by Storm Brenna
    is_day = claim.value_kind == ValueKind.DAY
    if not same_kind and (
        _refers_back(event, lead, rulebook, is_day=is_day)
        or _another_word_for(event, lead, rulebook, rulebook.rule(claim.slot))
    ):
        event, same_kind = replace(event, category=lead.category), True
    # A running count ("5,000 soldiers a week") is the period's; a measured rate ("81.5 mm an
    # hour") is still the event's.
    running = bool(claim.per) and claim.value_kind == ValueKind.COUNT
    if same_kind and event.anchor is None and not running:
        event = replace(event, category=lead.category, anchor=lead.day)
    elif same_kind and _follows_the_lead(event, lead, article, rulebook.rule(claim.slot)):
        # "On Sunday the directorate imposed a fine" after Saturday's grounding: the grounding's.
        event = replace(event, category=lead.category, anchor=lead.day)
    # "a separate demonstration in Halmstead" on the day of Eastport's march is not the lead's
    kind = rulebook.category(event.category)
    moment = kind is not None and kind.part_of_lead  # "the first 911 call", of the lead's event
    lead_kind = (same_kind or moment) and not event.distinct
    if claim.value_kind == ValueKind.DAY and claim.day is not None:
        # "New details emerged on Friday. ... took off at 6:40 a.m.": a moment of the lead's
        # event given only its hour is on the lead's day, not on the day of the news around it
        anchor = lead.day if moment and lead_kind and lead.dated else event.anchor
        day = _dated_time(claim.day, anchor)
        claim = replace(claim, day=day)
        # A day of the lead's own kind within the days its event runs on is the lead's: the
        # victims "fell ill on Saturday evening" in Tuesday's report of a poisoning.
        event = replace(
            event, is_lead=lead_kind and days_overlap(day, lead.day, runs_days=lead.runs_days)
        )
    elif event.anchor is not None:
        event = replace(event, is_lead=lead_kind and days_overlap(event.anchor, lead.day))
    return replace(claim, event=event)


def _counted_under_its_order(event: Event, claim: Claim, rulebook: Rulebook) -> bool:
    """A count told with an order the lead's event brought (an evacuation order, a lockdown)."""
    kind = rulebook.category(event.category)
    counted = claim.value_kind in (ValueKind.COUNT, ValueKind.MEASURE)
    return kind is not None and kind.consequence and counted and not event.distinct


def _follows_the_lead(event: Event, lead: Lead, article: Article, rule: Rule) -> bool:
    """An aftermath fact dated between the lead's event and the article's own day."""
    anchor, published = event.anchor, article.published
    if not rule.aftermath or event.distinct or anchor is None:
        return False
    if not (anchor.earliest and anchor.latest and lead.day.earliest and published):
        return False
    return lead.day.earliest <= anchor.earliest and anchor.latest <= published


def _another_cast(event: Event, lead: Lead, rulebook: Rulebook, *, is_day: bool) -> bool:
    """A match (an event its sides name) between people the lead never names is another
    match: the women's final in a report of the men's. For a day, one name is enough:
    "after Hana Sato's win on Saturday night" dates Sato's match."""
    kind = rulebook.category(event.category)
    if kind is None or not kind.cast_identifies or event.category != lead.category:
        return False
    cast = {name.lower() for name in event.participants}
    return len(cast) >= (1 if is_day else 2) and not cast & lead.names


def _another_word_for(event: Event, lead: Lead, rulebook: Rulebook, rule: Rule) -> bool:
    """'Oil spilled' in an article that leads 'the tanker ran aground ... and oil spilled': the
    lead's own event, told with another of the lead's words. Only when the figure gives no
    day: "The meeting came as Russia launched a drone assault overnight" leads with two
    events, and a toll of the night's is the assault's."""
    kind = rulebook.category(event.category)
    if kind is not None and kind.setting:
        return _at_the_setting(event, lead, rule)
    if kind is not None and kind.part_of_lead:
        return False  # the first 911 call is a moment of the lead's event, not another word for it
    return event.category in lead.kinds and not event.distinct and event.anchor is None


def _at_the_setting(event: Event, lead: Lead, rule: Rule) -> bool:
    """'At least five were killed on Saturday during a league match' in a story of the crush
    at that match: the crush's toll. Not a figure only the setting has (a score)."""
    if event.category not in lead.kinds or event.distinct:
        return False
    if rule.events and lead.category not in rule.events:
        return False
    return event.anchor is None or days_overlap(event.anchor, lead.day)


def _refers_back(event: Event, lead: Lead, rulebook: Rulebook, *, is_day: bool = False) -> bool:
    """A broader word for the lead's kind within its reach: 'the court heard three were hurt'.
    A day is the broader event's own, unless it is the lead's: the day a court sat is not the
    day of the attack it tries."""
    broader = rulebook.category(event.category)
    if broader is None or lead.category not in broader.covers or event.distinct:
        return False
    if event.anchor is None:
        return True
    if is_day:
        # A word that reaches past its event (a court, a search) claims a day only from a lead
        # that says its own: the day a court sat is not an undated attack's. "It happened ...
        # this morning" is the lead's event on any of its days.
        if broader.reach_days and not lead.dated:
            return False
        return days_overlap(event.anchor, lead.day)
    reach = Day(
        earliest=lead.day.earliest,
        latest=lead.day.latest + timedelta(days=broader.reach_days) if lead.day.latest else None,
    )
    return days_overlap(event.anchor, reach if reach.earliest and reach.latest else lead.day)


def _dated_time(day: Day, anchor: Day | None) -> Day:
    """'left the tracks at 7:40 a.m.' in a story of Tuesday's crash: Tuesday at 7:40."""
    if not day.time or day.date is not None or day.weekday is not None or day.earliest:
        return day
    if anchor is None or anchor.date is None:
        return day
    part = day.part_of_day or anchor.part_of_day
    return replace(anchor, time=day.time, part_of_day=part, time_hedge=day.time_hedge)
