"""Which written day dates an event, and which days date something else.

A day may date a statement ('the governor said on Monday'), an update to a toll, the start of a
span ('since February'), an old figure or the dispatch itself (a dateline): none of those is the
day the event happened. These tests are shared by the claims' events and the article's lead.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import regex

from discrepancy.extract._common import (
    _A_YEAR_BACK,
    _GIVES_A_FIGURE,
    _STATEMENT,
    _UNDATED_LEAD_DAYS,
)
from discrepancy.extract.days import _resolve_day, _shift
from discrepancy.extract.rules import Phrase
from discrepancy.extract.text import _Sentence, _Text
from discrepancy.model import Day, When

# For a day (not a duration), only these open a span: "in February 2023" dates an event.
# "the first strike since 2019, when 1,500 workers walked out": the year dates the when-clause.
_WHEN_CLAUSE = regex.compile(r",?\s+when\b", regex.I)
_SPAN_START = regex.compile(
    r"^(?:since|after|over the past|over the last|within|by|until|from)\b", regex.I
)

_NUMBER_WORD = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?)"
)
_UPDATE_DAY = regex.compile(
    rf"\b{_GIVES_A_FIGURE}\s+(?:at\s+least\s+|more\s+than\s+|about\s+)?{_NUMBER_WORD}(?:[\s\-][\w\-]+){{0,2}}"
    r"\s+(?:on\s+|by\s+|as\s+of\s+)?$",
    regex.I,
)
_BASE_DAY = regex.compile(
    r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|versus|against)\s+[^,;]{0,25}$", regex.I
)

_RELATIVE_TO_AN_EVENT = regex.compile(r"\b(?:after|before)$", regex.I)
_OBJECT_FOLLOWS = regex.compile(r"[ \t]+\w")


def _counts_from_another_event(text: _Text, item: When) -> bool:
    """'four days after a gunman opened fire' counts from another event; 'the day before,'
    counts back from the day just written and stays."""
    return bool(_RELATIVE_TO_AN_EVENT.search(item.text)) and bool(
        text.match_at(_OBJECT_FOLLOWS, item.end)
    )


_WHEN_BETWEEN = regex.compile(r",\s+when\b", regex.I)
_YEAR_THEN = regex.compile(
    r"\b(?:(?:the|a|an)\s+((?:18|19|20)\d\d)\s+[\w'\-]+(?:\s+[\w'\-]+)?"
    r"|\b((?:18|19|20)\d\d))$",
    regex.I,
)


def _day_of_when_clause(text: _Text, span: tuple[int, int], index: int) -> Day | None:
    """'the 2019 final, when Harrowgate beat City 2-0', 'memories of August 2021, when nine
    were killed': a when-clause happened on the day written just before its comma."""
    sentence = text.sentences[index]
    when = None
    for match in _WHEN_BETWEEN.finditer(text.body, text.around(sentence, span)[0], span[0]):
        when = match
    if when is None:
        return None
    head = text.body[sentence.start : when.start()]
    year = _YEAR_THEN.search(head)
    if year is not None:
        first = date(int(year.group(1) or year.group(2)), 1, 1)
        return Day(earliest=first, latest=date(first.year, 12, 31))
    days = [w for w in text.whens_near(sentence, span) if w.end <= when.start()]
    if days and not text.body[days[-1].end : when.start()].strip():
        return _resolve_day(text, days[-1])
    return None


# "the 1969 Alaşehir earthquake", "Tangkil's 1983 eruption": a year on the event word dates it.
_YEAR_MODIFIER = regex.compile(
    r"(?:\b(?i:the|a|an)|\p{Lu}[\p{L}\-]*['\u2019]s)\s+((?:18|19|20)\d\d)\s+"
    r"(?:\p{Lu}[\p{L}'\-]+\s+){0,2}$",
    regex.VERSION1,
)
_EVENT_DAY_BEFORE_WORDS = 2
_EVENT_DAY_AFTER_WORDS = 3
# "The hailstorm that hit the department of Estelí last Tuesday": a clause of what the event
# did, which its day closes.
_WHAT_IT_DID = regex.compile(
    r"[ \t]+(?:that|which)[ \t]+(?:hit|struck|swept|tore|ripped|battered|lashed|killed"
    r"|happened|occurred|erupted|broke[ \t]+out|began|started|destroyed|flooded)\b",
    regex.I,
)
_RELATIVE_DAY_AFTER_WORDS = 9


def _day_of_event_word(text: _Text, phrase: Phrase, *, vague: bool = False) -> Day | None:
    """The day written on the event word itself ('Saturday night's shooting', 'the quake on
    March 10'): the event's day, even when a nearer day dates a death in hospital later.
    `vague`: a span of days will do too ("last week's deadly earthquake")."""
    sentence = text.sentences[text.sentence_of(phrase.start)]
    year = _YEAR_MODIFIER.search(text.body, max(sentence.start, phrase.start - 60), phrase.start)
    if year is not None:
        first = date(int(year.group(1)), 1, 1)
        return Day(earliest=first, latest=date(first.year, 12, 31))
    for item in text.whens_near(sentence, (phrase.start, phrase.end)):
        if (item.kind == "window" and not vague) or not _can_date_an_event(text, item, sentence):
            continue
        before = (
            item.end <= phrase.start
            and text.words_between(item.end, phrase.start) <= _EVENT_DAY_BEFORE_WORDS
            and not _dates_the_main_clause(text, item, (phrase.start, phrase.end))
        )
        after = item.start >= phrase.end and (
            text.words_between(phrase.end, item.start) <= _EVENT_DAY_AFTER_WORDS
            or (
                text.match_at(_WHAT_IT_DID, phrase.end, item.start) is not None
                and text.words_between(phrase.end, item.start) <= _RELATIVE_DAY_AFTER_WORDS
            )
        )
        if (before or after) and text.same_clause(item.start, phrase.start):
            day = _resolve_day(text, item)
            if vague or day.date is not None or day.weekday is not None:
                return day
    return None


def _anchor(text: _Text, span: tuple[int, int], context: Sequence[_Sentence]) -> Day | None:
    """The day the claim's event happened: the nearest day in its sentence (or the ones
    before), leaving out the days of statements ("the governor said on Monday") and the
    starts of spans ("since February")."""
    if context and (earlier := _the_earlier_event(text, span, context[0])) is not None:
        return earlier
    if context and (named := _that_year(text, span, context)) is not None:
        return named
    if context and (modified := _year_of_its_subject(text, span, context[0])) is not None:
        return modified
    if context and (reported := _reported_long_before(text, span, context[0])) is not None:
        return reported
    for sentence in context:
        days = [
            w
            for w in text.whens_near(sentence, span)
            if _can_date_an_event(text, w, sentence, span[1])
        ]
        # The dateline dates the dispatch, not the event: a figure it alone dates belongs to
        # the article's lead event (whose day the lead says).
        days = [w for w in days if not _in_dateline(text, w)]
        # "In January 2021, a blast killed four people, and in 2023 a blast killed 35": a day
        # past a new clause's opening dates that clause, not the figure before it
        days = [w for w in days if not (w.start > span[1] and text.joins_a_clause(span[1], w.end))]
        if days:
            nearest = min(days, key=lambda w: text.distance(span, (w.start, w.end)))
            day = _resolve_day(text, nearest)
            return _up_to(day) if _dates_the_main_clause(text, nearest, span) else day
    return None


# "Punch reported in January that at least 98 people died": a report dated long before the
# story tells of an event that happened by then.
_REPORTED_ON = regex.compile(
    r"\b(?:reported|said|announced|wrote|revealed|confirmed|told)[ \t]+$", regex.I
)
_THAT_FOLLOWS = regex.compile(r"[ \t]*,?[ \t]*that\b", regex.I)
_LONG_BEFORE_DAYS = 7


def _reported_long_before(text: _Text, span: tuple[int, int], sentence: _Sentence) -> Day | None:
    """The days up to a report's, when the figure is what a report long before the article
    said ("reported in January that at least 98 people died")."""
    reference = text.reference
    if reference is None or reference.earliest is None:
        return None
    for item in text.whens_near(sentence, span):
        if item.end > span[0] or item.kind not in ("day", "date", "relative", "window"):
            continue
        if not _REPORTED_ON.search(text.body, max(sentence.start, item.start - 16), item.start):
            continue
        if text.match_at(_THAT_FOLLOWS, item.end) is None:
            continue
        day = _resolve_day(text, item)
        if day.latest is not None and (reference.earliest - day.latest).days > _LONG_BEFORE_DAYS:
            return _up_to(day)
    return None


def _year_of_its_subject(text: _Text, span: tuple[int, int], sentence: _Sentence) -> Day | None:
    """'The 2011 census cost about EC$1.4 million': the year set on the noun the figure is
    told of dates the figure, when no day stands between them."""
    found = _YEAR_ON_A_NOUN.search(text.body, max(sentence.start, span[0] - _NOUN_REACH), span[0])
    if found is None or not text.same_clause(found.start(), span[0]):
        return None
    if any(found.end() <= w.start < span[0] for w in text.whens_near(sentence, span)):
        return None
    year = int(found.group(1))
    return Day(earliest=date(year, 1, 1), latest=date(year, 12, 31))


# "the 2011 census", "a 2019 survey": a year that names which of a recurring thing, within a
# few words of the figure (a sentence that never ends must not be read back to its start).
_NOUN_REACH = 80
_YEAR_ON_A_NOUN = regex.compile(
    r"\b(?i:the|a|an)\s+((?:18|19|20)\d\d)\s+\p{Ll}[\p{L}\-]+(?:\s+[\p{L}\-]+){0,2}?\s+"
    r"(?:[\p{L}\-]+\s+){0,2}$",
    regex.VERSION1,
)


# "In that year it carried 1.71 million passengers": the year last named before.
_THAT_YEAR = regex.compile(r"\b(?:in\s+)?(?:that|the\s+same)\s+year\b", regex.I)
_A_YEAR = regex.compile(r"\b(?:19|20)\d\d\b")
_THAT_YEAR_REACH = 80  # "that year" stands within a few words of the figure it dates
_YEAR_BACK_REACH = 600  # and the year it points back to within a few sentences


def _that_year(text: _Text, span: tuple[int, int], context: Sequence[_Sentence]) -> Day | None:
    """The year 'that year' points back to: the last one written before it, in its sentence
    or the two before (a span's start, "for the first time since 2019", counts here)."""
    sentence = context[0]
    said = _THAT_YEAR.search(text.body, max(sentence.start, span[0] - _THAT_YEAR_REACH), span[0])
    if said is None or not text.same_clause(said.end(), span[0]):
        return None
    first = context[-1].start if len(context) > 1 else sentence.start
    first = max(first, said.start() - _YEAR_BACK_REACH)
    years = _A_YEAR.findall(text.body, first, said.start())
    if not years:
        return None
    year = int(years[-1])
    return Day(earliest=date(year, 1, 1), latest=date(year, 12, 31))


def _the_earlier_event(text: _Text, span: tuple[int, int], sentence: _Sentence) -> Day | None:
    """'It comes a year after rival Kellbrook listed, raising 640 million euros': a figure of
    the event 'a year after' counts from is that long before the article's own day. Fronted
    ('Four days after a gunman opened fire, three were arrested'), the other event ends at
    the comma, and the main clause is the article's own."""
    for item in text.whens_near(sentence, span):
        if item.end > span[0] or not item.relative_days or item.relative_days < 0:
            continue
        if not _counts_from_another_event(text, item) or text.reference is None:
            continue
        opens = not text.body[sentence.start : item.start].strip(" \t\"'")
        ends = text.body.find(",", item.end, span[0]) if opens else -1
        if ends == -1 and text.same_clause(item.end, span[0]):
            return _shift(text.reference, -item.relative_days, item)
    return None


# "is due in court today after a seven-hour standoff": the day dates the court date, and the
# standoff, set after 'after', happened before it.
_AFTER_A_THING = regex.compile(
    r"[ \t]+(?:[\w'\-]+[ \t]+){0,2}?(?:after|before|following)[ \t]+"
    r"(?:(?:a|an|the|his|her|their|its|this|that)\b[^,;:.]*)?$",
    regex.I,
)


def _dates_the_main_clause(text: _Text, item: When, span: tuple[int, int]) -> bool:
    """A day just before 'after a ...' that holds the claim dates the clause the phrase hangs
    on; a day that opens the sentence ("In November 2002, a landslide killed 11 after ...")
    dates it all."""
    if item.end > span[0]:
        return False
    if span[0] - item.end <= _AFTER_REACH and _AFTER_A_THING.match(text.body, item.end, span[0]):
        return True
    # "A judge on Monday charged a man with murder and attempted murder after a knife attack":
    # however long the clause, the thing 'after' names came before its day
    after = _AFTER_THE_THING.search(text.body, max(item.end, span[0] - 40), span[0])
    return (
        after is not None
        and text.same_clause(item.end, after.start())
        and "." not in (text.body[item.end : after.start()])
    )


_AFTER_REACH = 120
_AFTER_THE_THING = regex.compile(
    r"\b(?:after|following)[ \t]+(?:a|an|the|his|her|their|its|this|that)[ \t]+"
    r"(?:[\w'\-]+[ \t]+){0,2}$",
    regex.I,
)


def _up_to(day: Day) -> Day | None:
    """The days up to one: what happened 'after a standoff' on Thursday ended by Thursday."""
    if day.earliest is None or day.latest is None:
        return None
    return Day(earliest=day.earliest - timedelta(days=_UNDATED_LEAD_DAYS), latest=day.latest)


def _can_date_an_event(
    text: _Text, item: When, sentence: _Sentence, claim_end: int | None = None
) -> bool:
    """Can this day be the day of the claim's event (ending at `claim_end`)? Not when it dates
    a statement, an update, a span's start, another event, or the old figure a claim before it
    is measured against."""
    return (
        item.kind in ("day", "date", "relative", "window")
        and (not _opens_a_span(text, item) or bool(text.match_at(_WHEN_CLAUSE, item.end)))
        and not _counts_from_another_event(text, item)
        and not _dates_a_statement(text, item, sentence)
        and not (_dates_an_update(text, item) and not _long_before(text, item))
        and not (claim_end is not None and item.start > claim_end and _dates_a_base(text, item))
        and not (claim_end is not None and _dates_its_cause(text, item, claim_end))
        # "down from 41% last year" dates the 41%, not the event; but it is the claim's own day
        # when the claim is that figure ("revenue reached 1.6 billion euros last year")
        and not (_dates_a_figure(text, item) and not _right_after(item, claim_end))
        and not _dates_a_thing(text, item)
        # "the worst since the dam failed in 2003, killing six": a claim after the year is the
        # record's own event, which the year dates.
        and not _dates_a_record(text, item, claim_end)
    )


# A day this long before the article is no update of its news: "when the city reached 41.1 C
# on July 23, 2018" dates that older heat wave, and the figures told with it.
_OLD_NEWS_DAYS = 60


def _long_before(text: _Text, item: When) -> bool:
    published = text.article.published
    latest = item.latest or item.date
    return (
        published is not None and latest is not None and (published - latest).days > _OLD_NEWS_DAYS
    )


# "fined Brightbook €64 million over a data breach last year": a day after the cause the figure
# is given for dates the cause, not the fine.
_OVER_A_CAUSE = regex.compile(
    r"\b(?:over|for|following)\s+(?:a|an|the|its|their|his|her)\s+[^,;.]{0,60}$", regex.I
)


def _dates_its_cause(text: _Text, item: When, claim_end: int) -> bool:
    if item.start < claim_end or item.start - claim_end > _CAUSE_REACH:
        return False
    return _OVER_A_CAUSE.search(text.body, claim_end, item.start) is not None


_CAUSE_REACH = 80


# "a bulk carrier built in 2009", "the plant, opened in 1959": the year of a thing, not an event.
_MADE_BEFORE = regex.compile(
    r"\b(?:built|founded|opened|established|constructed|born|made|commissioned|completed"
    r"|set\s+up|launched\s+in|dating\s+from|dates\s+from)\s+$",
    regex.I,
)


def _dates_a_thing(text: _Text, item: When) -> bool:
    if item.kind != "window":
        return False
    if _MADE_BEFORE.search(text.body, max(0, item.start - 20), item.start) is not None:
        return True
    # "the 1974 apartment block": a year set before a thing it describes; "the 2009 flood"
    # still dates its event.
    noun = text.match_at(_NOUN_AFTER_YEAR, item.end)
    if noun is None or not item.text[-4:].isdigit() or not _A_BARE_YEAR.search(item.text):
        return False
    return not any(
        text.categories.get(p.text, _STATEMENT) != _STATEMENT
        for p in text.phrases_at(noun.start(1))
    )


_A_BARE_YEAR = regex.compile(r"^(?:the|a|an|its|their|his|her)\s+\d{4}$", regex.I)
_NOUN_AFTER_YEAR = regex.compile(r"[ \t]+(\p{Ll}[\p{L}\-]+)", regex.VERSION1)


# "the highest turnout since the statute of 1994", "the worst flood since 1953": the day dates
# the record the figure is measured against, not the event.
_SUPERLATIVES = (
    r"highest|lowest|largest|biggest|smallest|worst|deadliest|strongest|most|heaviest"
    r"|wettest|hottest|coldest|driest|record"
)
_RECORD_SINCE = regex.compile(
    rf"\b(?:{_SUPERLATIVES}|best|fewest|greatest|steepest|first|only)\b[^.;:!?]{{0,80}}"
    r"\b(?P<since>since)\b[^.;:!?]{0,40}$",
    regex.I,
)


# "the highest hourly rainfall recorded in the city this year": the year the record holds
# for, not the day of the rain.
_SUPERLATIVE_THEN = regex.compile(
    rf"\b(?:{_SUPERLATIVES})\b[^.;:!?]{{0,80}}?(?:\bin\s+)?$", regex.I
)


def _dates_a_record(text: _Text, item: When, claim_end: int | None = None) -> bool:
    """Does the day date the record a figure before 'since' is measured against? A figure
    after 'since' is the record's own ('since a 0-0 draw in 2019'), which the day dates."""
    if item.kind == "window" and _SUPERLATIVE_THEN.search(
        text.body, max(0, item.start - 100), item.start
    ):
        return claim_end is None or claim_end <= item.start
    lo = max(0, item.start - 130)
    record = _RECORD_SINCE.search(text.body, lo, item.start)
    if record is None:
        return False
    since = record.start("since")
    return claim_end is None or claim_end <= since


# "$3.9 billion a year earlier", "41% last year": the day dates the figure just before it.
_FIGURE_BEFORE = regex.compile(
    r"(?:\d|\b(?:million|billion|bn|m|per\s+cent|percent|%))[)\s]*$", regex.I
)
_YEAR_BACK = regex.compile(rf"^(?:in\s+)?{_A_YEAR_BACK}$", regex.I)


def _right_after(item: When, claim_end: int | None) -> bool:
    return claim_end is not None and 0 <= item.start - claim_end <= 2


def _dates_a_figure(text: _Text, item: When) -> bool:
    before = text.body[max(0, item.start - 12) : item.start]
    return bool(_YEAR_BACK.match(item.text)) and _FIGURE_BEFORE.search(before) is not None


# "had pulled 230 people from their homes by Saturday afternoon": a deadline, not the event's day.
# "the fiscal year, which ends on June 30", "the year starting July 1": a period's bounds.
_SPAN_WORD_BEFORE = regex.compile(
    r"\b(?:since|by|until|till|ending|ends)\s+(?:on\s+)?$"
    r"|\b(?:year|quarter|season|term|period)\s+(?:starting|beginning|from)\s+(?:on\s+)?$",
    regex.I,
)


def _opens_a_span(text: _Text, item: When) -> bool:
    before = text.body[max(0, item.start - 24) : item.start]
    return bool(_SPAN_START.match(item.text) or _SPAN_WORD_BEFORE.search(before))


# "KADOMA, Zimbabwe, June 8 (AFP) - ...": the dateline dates the dispatch, not the event.
_DATELINE_END = regex.compile(
    r"\s*(?:\([^)\n]{1,40}\))?\s*[-\u2013\u2014:]\s"
    # "North Lakhimpur (Assam), Jul 8 (PTI) The flood": an agency's letters, then the story
    r"|\s*\(\p{Lu}[\p{Lu}\-]{1,9}\)[ \t]+(?=\p{Lu})",
    regex.VERSION1,
)
_DATELINE_REACH = 80


def _in_dateline(text: _Text, item: When) -> bool:
    first = text.sentences[0] if text.sentences else None
    if first is None or not first.start <= item.start < first.start + _DATELINE_REACH:
        return False
    return text.match_at(_DATELINE_END, item.end) is not None


def _dates_a_base(text: _Text, item: When) -> bool:
    """'Turnout was 38%, down from 41% in 2021': the year dates the old figure."""
    before = text.body[max(0, item.start - 45) : item.start]
    return _BASE_DAY.search(before) is not None


def _dates_an_update(text: _Text, item: When) -> bool:
    """'the toll rose to eight on Wednesday': the day the count was updated, not the event's;
    'the fire was put out at 5:30 a.m.': when it ended, not when it happened; 'a woman died in
    hospital on Thursday': a later death, not the crash."""
    before = text.body[max(0, item.start - 60) : item.start]
    if _UPDATE_DAY.search(before) is not None or _LATER_DEATH.search(before) is not None:
        return True
    return item.kind != "duration" and _ENDED.search(before) is not None


_LATER_DEATH = regex.compile(
    r"\b(?:died|succumbed)\s+(?:in\s+hospital|of\s+(?:her|his|their)\s+(?:injuries|wounds)"
    r"|later|overnight|in\s+the\s+hospital)(?:\s+\w+)?\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$",
    regex.I,
)
# The end of an event or of its aftermath: its time is not the time the event happened.
_ENDED = regex.compile(
    r"\b(?:put\s+out|extinguished|brought\s+under\s+control|under\s+control|called\s+off"
    r"|ended|finished|lifted(?!\s+off)|reopened|restored|stood\s+down|wound\s+down|suspended"
    r"|(?:is|was|were|are)\s+(?:now\s+)?over|came\s+to\s+an\s+end)"
    r"(?:\s+[\w\-]+){0,3}?\s+(?:at|by|on|early\s+on|late\s+on)?\s*$"
    # a storm that has gone: "had left the country's area of responsibility on Wednesday night"
    r"|\b(?:(?:had|has)\s+left|moved\s+(?:away|out|off)|dissipated|weakened\s+into)"
    r"(?:\s+[\w\-'\u2019]+){0,5}?\s+(?:at|by|on|early\s+on|late\s+on)?\s*$",
    regex.I,
)


_THAT_FOLLOWS = regex.compile(r",?[ \t]+that\b", regex.I)
_TOLD_WHOM_WORDS = 6


def _dates_a_statement(text: _Text, item: When, sentence: _Sentence) -> bool:
    """'the governor said on Monday' and 'On Monday, the governor said' date the statement;
    'two were killed on Wednesday, the governor said' dates the killing."""
    for phrase in text.phrases_near(sentence, (item.start, item.end)):
        if text.categories.get(phrase.text) != _STATEMENT:
            continue
        if phrase.end <= item.start and text.words_between(phrase.end, item.start) <= 2:
            return True
        if (
            phrase.end <= item.start
            and text.words_between(phrase.end, item.start) <= _TOLD_WHOM_WORDS
            and text.match_at(_THAT_FOLLOWS, item.end) is not None
            and text.same_clause(phrase.end, item.start)
        ):
            return True  # "told reporters in Choteau on Saturday that it crashed at 8:42"
        opens = text.words_between(sentence.start, item.start) == 0
        if opens and phrase.start >= item.end and text.words_between(item.end, phrase.start) <= 4:
            return True
    return False
