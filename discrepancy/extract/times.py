"""Day and duration claims: when an event happened and how long it lasted.

A time expression becomes a claim only when it is tied to an event word ('Friday's talks',
'the fire burned for six hours') and dates or measures that event, not a statement, an update
or another event it counts from.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

import regex

from discrepancy import quantities
from discrepancy.extract._common import _DETERMINERS, _STATEMENT, MAX_TRIGGER_DISTANCE
from discrepancy.extract.anchors import (
    _can_date_an_event,
    _counts_from_another_event,
    _dates_a_figure,
    _dates_a_statement,
    _dates_an_update,
    _in_dateline,
    _opens_a_span,
)
from discrepancy.extract.attribution import _attribution
from discrepancy.extract.days import _ANAPHORIC, _resolve_day
from discrepancy.extract.events import (
    _context_sentences,
    _event_for,
    _names_an_event,
    _nearest_event_phrase,
)
from discrepancy.extract.rules import Phrase
from discrepancy.extract.text import _Sentence, _Text
from discrepancy.model import Claim, Interval, ValueKind, When
from discrepancy.rulebook import Rule

_DAY_KINDS = frozenset({"day", "date", "relative", "window", "time"})

# A duration is an event's length only when said so: "lasted two hours", "for three hours",
# "a two-hour-long liturgy". "The first meeting in years" says how long since, not how long.
_LENGTH_CUE = regex.compile(
    r"\b(?:lasted|lasting|lasts|last|for|spent|took|taking|running|ran|needed|needing|required)\b",
    regex.I,
)

# A plural unit with no figure says only "long": nothing to compare.
_BARE_UNITS = regex.compile(
    r"(?:(?:for|over|in|within|during|throughout|lasting)\s+)?(?:the\s+)?"
    r"(?:seconds|minutes|hours|days|nights|weeks|months|years|decades)",
    regex.I,
)

# "the first quarter ended March 31", "the year to June 30": a period of account's end.
_PERIOD_ENDED = regex.compile(
    r"\b(?:quarter|year|half|half-year|period|months|weeks)[ \t]+"
    r"(?:ended|ending|to|through|that[ \t]+ended)[ \t]+(?:on[ \t]+)?$",
    regex.I,
)
_SINCE_CUE = regex.compile(r"^(?:in|since|after|over the past|over the last|within)\b", regex.I)


def _time_claims(text: _Text) -> Iterator[Claim]:
    rulebook = text.rules.rulebook
    day_rules = [r for r in rulebook.rules if r.kind == "day"]
    duration_rules = [r for r in rulebook.rules if r.kind == "duration"]
    for index, sentence in enumerate(text.sentences):
        for item in text.whens_in(sentence):
            rules = duration_rules if item.kind == "duration" else day_rules
            if item.kind != "duration" and item.kind not in _DAY_KINDS:
                continue
            if _PERIOD_ENDED.search(text.body, max(sentence.start, item.start - 40), item.start):
                continue  # "the first quarter ended March 31": the end of a period of account
            aspect = _aspect_before(text, item, rules)
            if aspect is not None:
                # "the standoff ended at 1:15 p.m.": a moment of the event, compared only with
                # the same moment ("gave himself up shortly after 3 p.m."), never with its start
                claim = _aspect_claim(text, item, aspect, index)
                if item.kind == "duration" or (
                    claim.event.category in (*aspect[0].events, "") and _says_when(claim)
                ):
                    yield claim
                continue
            if item.kind == "duration" and not _states_a_length(text, item):
                continue
            if item.kind == "duration" and _BARE_UNITS.fullmatch(item.text):
                continue  # "debated for months", "waited for hours": no length anyone gave
            if (
                item.kind == "duration"
                and item.start - sentence.start < _OPENING_REACH
                and _A_STATE_S_SPAN.fullmatch(text.body, sentence.start, item.end)
            ):
                continue  # "For six years the course record belonged to a Kenyan": how long so
            if item.kind == "duration" and _AHEAD.match(item.text):
                continue  # "a disaster area for the next 30 days": a span declared ahead
            if item.kind == "duration" and _SPECULATED.search(
                text.body, max(sentence.start, item.start - 60), item.start
            ):
                continue  # "the line is expected to stay closed for several days": a guess
            if item.kind != "duration" and _opens_a_span(text, item):
                continue  # "since February" dates the start of a span, not an event
            if _counts_from_another_event(text, item) or _dates_an_update(text, item):
                continue  # "four days after a gunman opened fire": counts from another event
            if _is_a_title(text, item, sentence) or _a_model_year(text, item):
                continue
            if _in_dateline(text, item):
                continue  # "North Lakhimpur (Assam), Jul 8 (PTI)": the dispatch's day
            if item.kind != "duration" and _dates_a_figure(text, item):
                continue  # "up from 1,650 last year": the year the old figure is of
            phrase = _attached_event(text, item, sentence)
            if item.kind != "duration" and (
                phrase is None or text.categories[phrase.text] == _STATEMENT
            ):
                phrase = _what_began(text, item, index) or phrase
            if phrase is None and item.kind == "duration" and _ends_after(text, item):
                # "declared the area safe, almost six hours after the gas first escaped": the
                # length of the event the sentences before tell of
                phrase = _nearest_event_phrase(
                    text, (item.start, item.end), _context_sentences(text, index)
                )
            if phrase is not None and text.categories[phrase.text] == _STATEMENT:
                phrase = _announced(text, phrase, sentence) or phrase
            if phrase is None or _another_day_is_nearer(text, item, phrase, sentence):
                continue
            if _dates_a_later_clause(text, item, phrase):
                continue
            if _names_a_thing(text, item, phrase):
                continue  # "a memorial to the 2015 victims": the victims' year, no memorial's
            if item.kind != "duration" and _AFTER_IT.fullmatch(text.body, item.end, phrase.start):
                # "in mourning last night after lightning struck": a day after it; "broke out of
                # the centre on Wednesday evening after attacking officers": the day of the
                # clause's own event before it
                phrase = _main_event_of_closing(text, item, _clause_phrases(text, sentence, item))
                if phrase is None:
                    continue
            category = text.categories[phrase.text]
            for rule in rules:
                if _names_another_length(text, rule, item):
                    break  # "a 16-second penalty", "a two-match ban": a sanction's length
                if category in rule.events and _dates_its_event(text, rule, item, phrase):
                    claim = _time_claim(text, rule, item, phrase, index)
                    if _says_when(claim):
                        yield claim
                    break


def _attached_event(text: _Text, item: When, sentence: _Sentence) -> Phrase | None:
    """The event word a time expression belongs to.

    "Friday's talks" and "a Saturday post" name their event right after the day; otherwise the
    nearest event word in the same clause.
    """
    following = next(text.words_after(item.end, 1), None)
    possessive = text.body.startswith("'s", item.end) or item.text.endswith("'s")
    preceding = text.body[max(sentence.start, item.start - 12) : item.start].split()
    attributive = following is not None and (
        possessive
        or ("-" in item.text and item.kind == "duration")  # "a two-day strike", not "forty-five"
        or (preceding and preceding[-1].lower() in _DETERMINERS and following[2].islower())
    )
    phrases = _clause_phrases(text, sentence, item)
    if item.kind == "duration":  # "a strike that the union says will last 48 hours"
        phrases = [p for p in phrases if text.categories[p.text] != _STATEMENT]
    if attributive and following is not None:
        # "Friday's talks", "Sunday's climate march": the head within a word or two
        head = next((p for p in phrases if following[0] <= p.start <= following[0] + 16), None)
        return head
    alarm = _after_the_alarm(text, item) if item.kind == "duration" else None
    if alarm is not None:
        return alarm  # "six minutes after the first 911 call": the time from the alarm
    if item.kind == "duration" and _ends_after(text, item):
        # "The fire was put out shortly after 1:40 a.m., about two hours after it started": the
        # length of what was put out, however many commas stand between.
        put_out = [p for p in phrases if p.end <= item.start]
        if put_out:
            return put_out[-1]
    doing = text.match_at(_OF_DOING, item.end) if item.kind == "duration" else None
    if doing is not None:
        # "38 days in captivity", "five days of searching": the length of the event named
        own = next((p for p in phrases if p.start == doing.start(1)), None)
        if own is not None and text.categories[own.text] != _STATEMENT:
            return own
    scored = [
        (text.distance((item.start, item.end), (p.start, p.end)), p)
        for p in phrases
        if text.same_clause(p.start, item.start)
    ]
    reach = MAX_TRIGGER_DISTANCE + 2
    if item.kind == "duration" and _FOR_A_SPAN.match(item.text):
        # "a gunman held five people at the post shop on George Street for eight hours": the
        # span the verb's 'for' sets reaches back to its subject, however long its object.
        scored = [s for s in scored if s[1].end <= item.start or s[0] <= reach]
        reach = 2 * MAX_TRIGGER_DISTANCE
    scored = [s for s in scored if s[0] <= reach]
    if not scored:
        fronted = _main_event_of_fronted(text, item, sentence, phrases)
        return (
            fronted
            or _main_event_of_closing(text, item, phrases)
            or _subject_past_an_aside(text, item, sentence, phrases)
        )
    best = min(scored, key=lambda s: (s[0], s[1].start))[1]
    sayings = [p for _, p in scored if text.categories[p.text] == _STATEMENT]
    events = [
        s
        for s in scored
        if text.categories[s[1].text] != _STATEMENT and not _what_was_said(item, s[1], sayings)
    ]
    if text.categories[best.text] == _STATEMENT and _closes_the_aside(text, item, best):
        return best  # "The figures, released by Elections Canada on Thursday, give ...": theirs
    if text.categories[best.text] == _STATEMENT and not _right_by(text, item, best):
        if not events and best.start > item.end and not _dates_a_statement(text, item, sentence):
            # "a gunman opened fire inside a crowded nightclub in the city of Calderford
            # shortly before midnight on Saturday, police said": the clause's own event, however
            # long the way to it; the saying at the end has no day of its own.
            events = [
                (text.distance((item.start, item.end), (p.start, p.end)), p)
                for p in phrases
                if text.categories[p.text] != _STATEMENT
                and text.same_clause(p.start, item.start)
                and not _what_was_said(item, p, sayings)
            ]
        if events:
            # "flooded a mine late on Sunday, police said on Monday": the saying has its own day
            return min(events, key=lambda s: (s[0], s[1].start))[1]
    return best


# "The quake, which AFAD measured at magnitude 6.1, struck at 4.17 a.m.": the verb before the
# time, a word or three on from a relative clause set after the subject.
_PAST_AN_ASIDE = regex.compile(
    r",[ \t]*(?:which|who|whose)\b[^,;:()]{1,80},[ \t]*(?:[\p{L}\-]+[ \t]+){1,3}$", regex.I
)


def _subject_past_an_aside(
    text: _Text, item: When, sentence: _Sentence, phrases: Sequence[Phrase]
) -> Phrase | None:
    """The event word that is the subject of the time's clause, across a relative clause."""
    aside = _PAST_AN_ASIDE.search(text.body, max(sentence.start, item.start - 120), item.start)
    if aside is None:
        return None
    subject = [
        p
        for p in phrases
        if p.end <= aside.start()
        and text.words_between(p.end, aside.start()) == 0
        and text.categories[p.text] != _STATEMENT
    ]
    return subject[-1] if subject else None


# "the riot ..., which began at around 9:40 p.m.", "It began just after eight this morning":
# the day or hour something began, told of an event named before.
_IT_BEGAN = regex.compile(
    r"\b(?P<pronoun>which|that|it)[ \t]+(?:began|started|happened|occurred|broke[ \t]+out"
    r"|erupted|unfolded|took[ \t]+place)[ \t]+$",
    regex.I,
)


def _what_began(text: _Text, item: When, index: int) -> Phrase | None:
    """The event a 'which began' or 'it began' before the day refers to: the nearest event word
    before the pronoun in its sentence, or, for 'it', in the sentences just before."""
    sentence = text.sentences[index]
    began = _IT_BEGAN.search(text.body, max(sentence.start, item.start - 40), item.start)
    if began is None:
        return None
    before = [
        p
        for p in text.phrases_near(sentence, (item.start, item.end))
        if p.end <= began.start() and text.categories.get(p.text, _STATEMENT) != _STATEMENT
    ]
    if before:
        return before[-1]
    if began.group("pronoun").lower() != "it":
        return None
    return _nearest_event_phrase(text, (item.start, item.end), _context_sentences(text, index)[1:])


def _what_was_said(item: When, phrase: Phrase, sayings: Sequence[Phrase]) -> bool:
    """Does a saying stand between the day and the event word? "began vaccinating on Monday,
    as officials reported that the outbreak had killed 17": the day dates no outbreak."""
    return any(item.end <= saying.start and saying.end <= phrase.start for saying in sayings)


_FOR_A_SPAN = regex.compile(r"for\s", regex.I)


# "vehicles of the 2023 and 2024 model years", "Arcos models from 2022 through 2024": what was
# built, not when anything happened.
_MODEL_YEAR_AFTER = regex.compile(
    r"(?:\s+(?:and|or|to|through)\s+\d{4})?\s+model[\s\-]years?\b", regex.I
)
_MODEL_YEAR_BEFORE = regex.compile(
    r"\bmodel[\s\-]years?\s+$|\bmodels?\s+(?:from\s+)?(?:\d{4}\s+)?$", regex.I
)


def _a_model_year(text: _Text, item: When) -> bool:
    if item.kind != "window" or not item.text[-4:].isdigit():
        return False
    if text.match_at(_MODEL_YEAR_AFTER, item.end):
        return True
    return _MODEL_YEAR_BEFORE.search(text.body, max(0, item.start - 20), item.start) is not None


# "the 2015 victims", "the 2019 census figures": a year set before a noun names which ones.
_YEAR_BEFORE_A_NOUN = regex.compile(r"(?i:the|a|an)\s+(?:18|19|20)\d\d$")


def _names_a_thing(text: _Text, item: When, phrase: Phrase) -> bool:
    """A year set before a noun that is not the event word dates that noun, not the event."""
    if item.kind != "window" or not _YEAR_BEFORE_A_NOUN.fullmatch(item.text):
        return False
    following = next(text.words_after(item.end, 1), None)
    return following is not None and following[0] != phrase.start


def _announced(text: _Text, saying: Phrase, sentence: _Sentence) -> Phrase | None:
    """'Kessler said on Tuesday it would recall 412,000 cars': the day of the saying is the
    recall's, news that happens in its telling."""
    for phrase in text.phrases_near(sentence, (saying.start, saying.end)):
        if phrase.start <= saying.end or not text.same_clause(saying.end, phrase.start):
            continue
        kind = text.rules.rulebook.category(text.categories.get(phrase.text, ""))
        if (
            kind is not None
            and kind.announced
            and text.words_between(saying.end, phrase.start) <= 8
        ):
            return phrase
    return None


# A sentence that opens on a span of months or years tells how long something has been so.
_A_STATE_S_SPAN = regex.compile(
    r"\W*(?:For|Over)[ \t]+(?:more[ \t]+than[ \t]+|nearly[ \t]+|almost[ \t]+)?[\w\-]+"
    r"[ \t]+(?:years|months|decades)",
)
_OPENING_REACH = 40  # how far into its sentence such an opening span stands
_AHEAD = regex.compile(r"(?:for|over|in|during)\s+the\s+(?:next|coming)\b", regex.I)
# A length guessed ahead, not stated: "expected to stay closed for several days", "could last
# weeks". ("The strike will last 48 hours" is the union's announced length, and stays.)
_SPECULATED = regex.compile(
    r"\b(?:(?:expected|likely|unlikely|set)[ \t]+to|could|may|might)\b[^.;:,]*$", regex.I
)
# "the following day", "a day later", "two days later": a day told from an earlier moment.
_LATER_ON = regex.compile(
    r"(?:the\s+)?(?:following|next)\s+(?:day|morning|afternoon|evening|night)"
    r"|(?:a|an|one|two|three|four|five|six|seven|\d+|several|some)\s+(?:days?|hours?|nights?)"
    r"\s+later",
    regex.I,
)


def _dates_a_later_clause(text: _Text, item: When, phrase: Phrase) -> bool:
    """'147 pupils fell ill after eating the meal, and a seven-year-old boy died the following
    day': a day told from the clause before dates what the next clause tells, not that."""
    return (
        phrase.end <= item.start
        and _LATER_ON.fullmatch(item.text.strip()) is not None
        and text.joins_a_clause(phrase.end, item.start)
    )


_AFTER_IT = regex.compile(
    r"\s+(?:after|following|since)\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+)?", regex.I
)


def _another_day_is_nearer(text: _Text, item: When, phrase: Phrase, sentence: _Sentence) -> bool:
    """'Cleanup is under way tonight in Corvell County, where a hailstorm yesterday afternoon
    wiped out wheat fields': the hailstorm's day is the one written by it, not tonight."""
    if item.kind == "duration" or (item.date is None and item.weekday is None):
        return False
    mine = _resolve_day(text, item)
    at = text.distance((item.start, item.end), (phrase.start, phrase.end))
    for other in text.whens_near(sentence, (item.start, item.end)):
        if other is item or other.kind not in ("day", "date", "relative"):
            continue
        if _AFTER_IT.fullmatch(text.body, other.end, phrase.start):
            continue  # "last night after lightning struck" dates what came after it
        if text.distance((other.start, other.end), (phrase.start, phrase.end)) >= at:
            continue
        theirs = _resolve_day(text, other)
        if theirs.date is not None and mine.date is not None and theirs.date != mine.date:
            return (
                _can_date_an_event(text, other, sentence)
                and not _in_dateline(text, other)
                and text.same_clause(other.start, phrase.start)
            )
    return False


def _dates_its_event(text: _Text, rule: Rule, item: When, phrase: Phrase) -> bool:
    """A category the rule dates only by some of its words (an election by its vote) is dated
    only by those, written right by the day: "Thursday's election", "voted on Sunday"."""
    category = text.categories[phrase.text]
    if not any(c == category for c, _ in rule.event_words):
        return True
    if not rule.dates_by(category, phrase.text):
        return False
    if item.kind == "relative" and (_ANAPHORIC.search(item.text) or "same" in item.text.lower()):
        return False  # "council elections held on the same day" as a count declared on Friday
    possessive = item.end <= phrase.start and text.body[item.end : phrase.start].startswith("'s")
    return possessive or _right_by(text, item, phrase) or _within_two(text, item, phrase)


def _names_another_length(text: _Text, rule: Rule, item: When) -> bool:
    """A length set before a noun the rule excludes is that noun's: "was given a 16-second
    time penalty" is no length of the race."""
    if item.kind != "duration" or not rule.excludes:
        return False
    following = " ".join(word for _, _, word in text.words_after(item.end, 2)).lower()
    return any(following == w or following.startswith(w + " ") for w in rule.excludes)


def _within_two(text: _Text, item: When, phrase: Phrase) -> bool:
    lo, hi = (phrase.end, item.start) if phrase.end <= item.start else (item.end, phrase.start)
    return text.words_between(lo, hi) <= 2 and "," not in text.body[lo:hi]


def _closes_the_aside(text: _Text, item: When, saying: Phrase) -> bool:
    """Does the day close the saying's own aside, the two set off together by a comma?"""
    return (
        saying.end <= item.start
        and "," not in text.body[saying.end : item.start]
        and text.body[item.end : item.end + 2].lstrip(" ").startswith(",")
    )


def _right_by(text: _Text, item: When, phrase: Phrase) -> bool:
    """Is the day written right by the word ('said on Monday', 'on Monday said')?"""
    if phrase.end <= item.start:
        return text.words_between(phrase.end, item.start) <= 1
    return text.words_between(item.end, phrase.start) <= 1 and not text.body[
        item.end : phrase.start
    ].strip(" ").startswith(",")


# Words that may stand before a fronted time adverbial: "Then, on Friday night, ...".
_SENTENCE_OPENERS = frozenset("then and but so later earlier meanwhile also".split())
# How far the main verb may stand from a fronted adverbial, past the subject's appositives.
_FRONTED_REACH = 20


def _main_event_of_fronted(
    text: _Text, item: When, sentence: _Sentence, phrases: Sequence[Phrase]
) -> Phrase | None:
    """A day that opens its sentence dates the sentence's main event, however long the subject
    between them: "On Friday night, Kieran Walsh, 22, an electrician from Leeds, was stabbed"."""
    opening = text.body[sentence.start : item.start].replace(",", " ").split()
    if any(word.lower() not in _SENTENCE_OPENERS for word in opening):
        return None
    after = [p for p in phrases if p.start >= item.end]
    if not after or not text.same_clause(item.end, after[0].start):
        return None
    first = after[0]
    if text.words_between(item.end, first.start) > _FRONTED_REACH:
        return None
    return first


_CLAUSE_ENDS = regex.compile(r"[ \t]*(?:[,.;:!?]|$)|\s+(?:after|following)\b")


def _clause_phrases(text: _Text, sentence: _Sentence, item: When) -> list[Phrase]:
    """The event and saying words within reach of a time expression, but none that another
    time counts from: "Two days after the 3-1 win, the village was still draped in the
    club's colours on Tuesday": Tuesday is no day of the win."""
    counted_from = _counted_from(text, sentence, item)
    return [
        p
        for p in text.phrases_near(sentence, (item.start, item.end))
        if p.text in text.categories and not any(lo <= p.start < hi for lo, hi in counted_from)
    ]


_TO_THE_COMMA = regex.compile(r"[^,;:.!?]*")


def _counted_from(text: _Text, sentence: _Sentence, item: When) -> list[tuple[int, int]]:
    """The stretches of the sentence that name the event another time counts from ('four days
    after a gunman opened fire'), up to the end of their clause."""
    spans = []
    for other in text.whens_in(sentence):
        if other.start == item.start or other.end > item.start:
            continue  # only a stretch ending before this time can keep it from an event
        if _counts_from_another_event(text, other):
            reach = text.match_at(_TO_THE_COMMA, other.end, sentence.end)
            end = reach.end() if reach is not None else other.end
            if end <= item.start:
                spans.append((other.end, end))
    return spans


def _main_event_of_closing(text: _Text, item: When, phrases: Sequence[Phrase]) -> Phrase | None:
    """A day that closes its clause dates the clause's event, however long its object: "officers
    seized 1.2 tonnes of cocaine from a cargo ship at Avonmouth docks early on Tuesday"."""
    if item.kind == "duration" or text.match_at(_CLAUSE_ENDS, item.end) is None:
        return None
    before = [
        p
        for p in phrases
        if p.end <= item.start
        and text.categories[p.text] != _STATEMENT
        and text.same_clause(p.start, item.start)
        and text.words_between(p.end, item.start) <= _FRONTED_REACH
    ]
    return before[-1] if before else None


def _is_a_title(text: _Text, item: When, sentence: _Sentence) -> bool:
    """ABC's "This Week" is a programme, not a week: capitalised mid-sentence, not a day name."""
    first = item.text.split()[0] if item.text.split() else ""
    return (
        item.start > sentence.start
        and first[:1].isupper()
        and not first.isupper()
        and first.lower() in {"this", "last", "next", "today", "tonight", "yesterday", "tomorrow"}
    )


def _states_a_length(text: _Text, item: When) -> bool:
    if "-" in item.text:  # "two-hour-long", "a four-day tour": attributive, names its event
        return True
    if _SINCE_CUE.match(item.text):
        return _length_after(text, item)
    # The cue within the three words before ("it took firefighters three and a half hours").
    before = text.body[max(0, item.start - 40) : item.start].split()[-3:]
    if _LENGTH_CUE.search(" ".join([*before, item.text])) is not None:
        return True
    if _an_event_of(text, item):
        return True
    return (
        _ends_after(text, item)
        or _length_after(text, item)
        or _after_the_alarm(text, item) is not None
    )


# "a standoff of six and a half hours", "a closure of two and a half hours": an event's length
# told as what it was of
_OF_BEFORE = regex.compile(
    r"\b(?:an?|the|its|their)[ \t]+(?:[\w\-]+[ \t]+)?(?P<word>[\w\-]+)[ \t]+of[ \t]+$", regex.I
)


def _an_event_of(text: _Text, item: When) -> bool:
    found = _OF_BEFORE.search(text.body, max(0, item.start - 60), item.start)
    if found is None:
        return False
    word = found.start("word")
    return any(
        p.start == word and text.categories.get(p.text, _STATEMENT) != _STATEMENT
        for p in text.phrases_at(word)
    )


# "officers shot the gunman about six minutes after the first 911 call": how long it took
# from the alarm, a length of its own that another report's "twelve minutes" contradicts.
_AFTER_ALARM = regex.compile(
    r"[ \t]+(?:after|of)[ \t]+(?:the[ \t]+)?(?P<word>(?:first[ \t]+)?)(?P<next>\w)", regex.I
)


def _after_the_alarm(text: _Text, item: When) -> Phrase | None:
    after = text.match_at(_AFTER_ALARM, item.end)
    if after is None:
        return None
    rulebook = text.rules.rulebook
    starts = [after.start("word"), after.start("next")]
    return next(
        (
            p
            for at in starts  # "the first calls", "the first 911 call"
            for p in text.phrases_at(at)
            if (kind := rulebook.category(text.categories.get(p.text, ""))) and kind.part_of_lead
        ),
        None,
    )


# "The fire was put out about three hours after it started": the event's length, told by its end.
_AFTER_IT_BEGAN = regex.compile(
    r"\s+after\s+(?:it|the\s+[\w\-]+(?:\s+[\w\-]+)?)\s+(?:had\s+)?(?:first\s+)?"
    r"(?:began|begun|started|broke\s+out|erupted|struck|hit|came\s+down|collapsed|sank|capsized"
    r"|began\s+to\s+\w+|escaped|leaked|exploded|went\s+off)\b",
    regex.I,
)


_OF_DOING = regex.compile(r"\s+(?:of|in)\s+(\w)", regex.I)  # "of searching", "in captivity"


def _length_after(text: _Text, item: When) -> bool:
    """'After five days of searching', 'called off its search on Friday after three days':
    an 'after' that measures the event itself, not the time since it."""
    before = text.body[max(0, item.start - 6) : item.start].lower()
    if not (item.text.lower().startswith("after ") or before.endswith("after ")):
        return False
    of = text.match_at(_OF_DOING, item.end)
    if of is not None:  # "five days of searching": the event word itself follows
        return any(_names_an_event(text, p) for p in text.phrases_at(of.start(1)))
    sentence = text.sentences[text.sentence_of(item.start)]
    ended = _ENDED_ANYWHERE.search(text.body, sentence.start, item.start)
    return ended is not None and text.same_clause(ended.start(), item.start)


def _ends_after(text: _Text, item: When) -> bool:
    """'declared the area safe, six hours after the leak began', and 'it was six hours after
    the leak began before the collector declared the area safe': the event's length."""
    began = text.match_at(_AFTER_IT_BEGAN, item.end)
    if began is None:
        return False
    sentence = text.sentences[text.sentence_of(item.start)]
    if _ENDED_ANYWHERE.search(text.body, sentence.start, item.start) is not None:
        return True
    before = _BEFORE_OR_UNTIL.match(text.body, began.end(), sentence.end)
    return before is not None and (
        _ENDED_ANYWHERE.search(text.body, before.end(), sentence.end) is not None
    )


_BEFORE_OR_UNTIL = regex.compile(r"\s+(?:before|until)\b", regex.I)


_ENDED_ANYWHERE = regex.compile(
    r"\b(?:put\s+(?:(?:the|a|it|[\w\-]+)\s+){0,2}?out|extinguished"
    r"|(?:brought|got|was|were)\s+(?:(?:the|a|it|[\w\-]+)\s+){0,2}?under\s+control|called\s+off|ended|freed"
    r"|reached|rescued|pulled\s+out|released|surrendered|gave\s+(?:himself|herself|themselves)\s+up"
    r"|came\s+out"
    # the danger over: "declared the area safe", "gave the all-clear", "flights resumed"
    r"|declared?\s+(?:(?:the|a|it|[\w\-]+)\s+){0,2}?safe|all[\s\-]clear|reopened|resumed)\b",
    regex.I,
)


_ASPECT_REACH_WORDS = 6


def _aspect_before(text: _Text, item: When, rules: Sequence[Rule]) -> tuple[Rule, Phrase] | None:
    """'Records were offline for twelve days', 'power was restored to the town after nine
    hours': a length of something the event did, named by a rule's aspect word just before."""
    sentence = text.sentences[text.sentence_of(item.start)]
    for phrase in reversed(text.phrases_near(sentence, (item.start, item.end))):
        if phrase.end > item.start:
            continue
        if text.words_between(phrase.end, item.start) > _ASPECT_REACH_WORDS:
            break
        if not text.same_clause(phrase.end, item.start):
            break
        if _FORECAST.search(text.body, max(sentence.start, phrase.start - 30), phrase.start):
            return None  # "could be without power for days": a forecast, no fact yet
        for rule in text.rules.triggers.get(phrase.text, ()):
            if rule in rules and rule.aspect(phrase.text):
                return rule, phrase
    return None


_FORECAST = regex.compile(
    r"\b(?:could|may|might|will|would|should|expected\s+to|likely\s+to|set\s+to)"
    r"(?:\s+(?:still|remain|stay|be|have\s+been|not))*\s+$",
    regex.I,
)


def _aspect_claim(text: _Text, item: When, found: tuple[Rule, Phrase], index: int) -> Claim:
    """The length or the moment of an aspect ('power was restored after nine hours', 'the
    standoff ended at 1:15 p.m.'), of the event its sentence names (or its article leads with)."""
    rule, phrase = found
    claim = _time_claim(text, rule, item, None, index)
    claim = replace(claim, counted=rule.aspect(phrase.text))
    if rule.kind == "duration" or _event_before(text, item, index) is not None:
        return claim
    # "The aircraft lost contact at 10:31 am, after leaving the aerodrome": a moment whose
    # clause names no event before it is a moment of the article's own event, not of the
    # departure named after it.
    return replace(claim, event=replace(claim.event, category="", trigger="", name=""))


def _event_before(text: _Text, item: When, index: int) -> Phrase | None:
    """The last event word before a time in its sentence, if it is no moment of its own."""
    rulebook = text.rules.rulebook
    before = [
        p
        for p in text.phrases_near(text.sentences[index], (item.start, item.end))
        if p.end <= item.start
        and text.categories.get(p.text, _STATEMENT) != _STATEMENT
        and not ((kind := rulebook.category(text.categories[p.text])) and kind.part_of_lead)
    ]
    return before[-1] if before else None


def _time_claim(text: _Text, rule: Rule, item: When, phrase: Phrase | None, index: int) -> Claim:
    span = (item.start, item.end)
    start, end = text.original_span(*span)
    event = _event_for(text, span, index, phrase=phrase)
    base = Claim(
        id=f"{text.article.id}#{start}-{rule.id}",
        article=text.article.id,
        slot=rule.id,
        value_kind=ValueKind.DURATION if rule.kind == "duration" else ValueKind.DAY,
        text=text.article.text[start:end],
        sentence=text.sentence_text(index, start, end),
        start=start,
        end=end,
        attribution=_attribution(text, index, span),
        event=event,
    )
    if rule.kind == "duration":
        interval = _duration_interval(item, text.rules.about_tolerance)
        if _still_running(text, item):
            # "The protest has been going on for five hours now": so far, at least that long
            return replace(
                base,
                interval=Interval(interval.low, None, interval.low_inclusive),
                qualifier="at least",
            )
        return replace(base, interval=interval, qualifier=_hedge_of(item))
    return replace(base, day=_resolve_day(text, item))


def _says_when(claim: Claim) -> bool:
    """A day claim that resolved to nothing (no date, weekday, window or time) says nothing."""
    day = claim.day
    if claim.value_kind != ValueKind.DAY:
        return True
    return day is not None and (
        day.date is not None
        or day.weekday is not None
        or day.earliest is not None
        or bool(day.time)
    )


_SO_FAR_AFTER = regex.compile(r"[ \t]+(?:now|so[ \t]+far|and[ \t]+counting|already)\b", regex.I)
_GOING_ON_BEFORE = regex.compile(
    r"\b(?:has|have|had)[ \t]+been[ \t]+(?:going[ \t]+on|under[ \t]+way|underway|running"
    r"|burning|raging|continuing)[ \t]+$"
    # "a heatwave that has been baking the country for a week": going on still
    r"|\b(?:has|have)[ \t]+been[ \t]+\p{L}+ing(?:[ \t]+[\p{L}'\-]+){0,4}[ \t]+$",
    regex.I,
)


def _still_running(text: _Text, item: When) -> bool:
    """A length told while the event went on is a floor of its final length."""
    if text.match_at(_SO_FAR_AFTER, item.end):
        return True
    return _GOING_ON_BEFORE.search(text.body, max(0, item.start - 40), item.start) is not None


def _duration_interval(item: When, about_tolerance: float) -> Interval:
    seconds = item.duration or 0.0
    hedged = [q for q in quantities.parse(item.text, about_tolerance=about_tolerance) if q.value]
    if not hedged or hedged[0].value is None:
        # "for more than a day": no figure for the quantities parser, the hedge is the When's
        low, high, low_in, high_in = quantities.hedged_bounds(
            item.qualifier, seconds, seconds, about_tolerance
        )
        return Interval(low, high, low_in, high_in)
    q = hedged[0]
    scale = seconds / q.value if q.value else 1.0
    low = None if q.low is None else q.low * scale
    high = None if q.high is None else q.high * scale
    return Interval(low, high, q.low_inclusive, q.high_inclusive)


def _hedge_of(item: When) -> str:
    found = quantities.parse(item.text)
    return found[0].qualifier if found else ""
