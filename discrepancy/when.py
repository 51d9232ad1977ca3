"""Time expressions in news text: days, dates, clock times, windows of days, and durations.

`parse(text, published)` finds every time expression and returns `When` records sorted by
`start`, never overlapping, with `text[w.start:w.end] == w.text`. It is pure: the reference
day is the article's publication date, never today's. Matching is case-insensitive and
accepts curly apostrophes and dashes.

Contract, by `kind`:

=========  ==========================================  =============================================
kind       examples                                    fields
=========  ==========================================  =============================================
day        "on Sunday", "Sunday's", "Monday morning",  `weekday` (0=Mon..6=Sun) always; `date` =
           "late Friday", "earlier Sunday",            `earliest` = `latest` when `published` is
           "last Monday", "next Monday",               given: the latest such day on or before
           "this coming Monday", "Monday at 10am",     `published`; "last"/"this past" strictly
           "on Monday, at 10:00 a.m.",                 before it; future tense in the clause
           "at 10:00 on Monday"                        ("will", "scheduled for", "set to", "due",
                                                       "expected", "upcoming", ...) or "this
                                                       coming" on or after it; "next" strictly
                                                       after. `part_of_day`: morning, afternoon,
                                                       evening, night, late, early. A clock time
                                                       next to the day goes in `time`.
time       "10:00 a.m.", "10am", "22:30 GMT", "noon",  `time` "HH:MM" (24-hour, as written: no
           "midnight", "at around 10 p.m.",            time-zone conversion); hedged -> approximate
           "1400 GMT" (wire style, GMT/UTC only)
date       "May 16", "16 May 2025", "May 16th",        `date` (+ weekday, earliest = latest) when
           "2025-05-18", "5/16/2025" (US order),       the year is written or `published` is given;
           "Friday, May 16", "on the 16th"             no year: the latest such date on or before
                                                       `published` (on or after in future tense);
                                                       "on the 16th" is in the published month;
                                                       a written weekday picks the year nearest
                                                       its own reading ("Monday 19 May" is the
                                                       May 19 that is a Monday) when that is
                                                       nearer `published`; else the weekday is
                                                       kept in `misnamed_weekday`
window     "mid-May" (11-20), "early May" (1-10),      approximate, `date` None, `earliest` and
           "late May" (21-end), "in February",         `latest` bound the days. A month without a
           "February of 2022", "last week",            year is the latest one starting on or
           "this week", "next week", "last month",     before `published` (the coming one in
           "earlier this month", "this weekend",       future tense). "last week" = Monday of the
           "last year", "in 2022", "since 2022",       previous calendar week .. published - 1.
           "early 2022", "the past week",              Without `published` the bounds are None
           "three years ago"                           unless a year is written.
relative   "today", "tonight", "this morning",         `relative_days` (0, -1, +1, -2, +2) always;
           "yesterday", "tomorrow", "last night",      resolved against `published` when given
           "the day before yesterday",                 ("the day before yesterday" is -2).
           "two days ago", "overnight"                 "overnight" is published-1 .. published,
                                                       approximate, `date` None, relative_days -1.
relative   "the day before", "the previous day",       `relative_days` (-1, +1, +2, -3, +7, 0 for
           "a day earlier", "the next day",            "that day"), never resolved against
           "two days later", "a week later",           `published`: they count from another day in
           "that same day"                             the text, which the extractor finds.
duration   "two hours", "for three hours",             `duration` in seconds (month = 30.44 days,
           "two-hour-long", "a 90-minute", "four-day", year = 365.25 days). approximate when
           "48 hours", "an hour and a half",           hedged ("over three years", "about an
           "over three years", "several days",         hour"), a range ("two to three hours":
           "decades", "in years", "the past two        the first figure), or vague: "several" and
           months"                                     "a few" count as 3, "a couple" as 2, a bare
                                                       plural ("decades", "in years") as 2 units.
=========  ==========================================  =============================================

`qualifier` names the hedge of a duration, a shift or an "ago" window as the quantities parser
does: "more than" (over, more than, upwards of, in excess of, just over), "at least", "up to" (up
to, at most, no more than, within), "fewer than" (under, less than), "nearly" (almost, nearly,
just under, close to), "about" (about, around, roughly, some, approximately, "... or so"); ""
when unhedged ("just two hours" is exact, "over the past two months" is not a hedge).

A clock time or a duration takes no tense of its own, so "will kick off at 8 p.m. on Saturday"
is future; a full stop after an abbreviation ("p.m.", "Sen.", "U.S.") does not end the clause.

Not reported: "Hours after the meeting" (no day to give; its clause's own day is the anchor),
bare counts that look like years ("5000 soldiers", "in 2000 homes"), ages ("4-year-old"),
"24/7" and "9/11", and "Fox News Sunday"-style names. Lowercase "may"/"march"/"august" are
read as months only with a year ("may 16, 2025"; "troops march 5 km" is a verb); a bare "May"
or "March" needs a preposition before it ("in May") because "May" is also a surname.
"""

from __future__ import annotations

import calendar
import re
import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

import regex

from discrepancy.model import When

__all__ = ["parse"]

# --- vocabulary ---------------------------------------------------------------------------------

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A day and its half of the day right after a spoken hour: "four o'clock yesterday afternoon".
_LATER_HALF = (
    r"(?=\s+(?:yesterday|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
    r"\s+(?P<lday>morning|afternoon|evening|night)\b)"
)
_MONTH_NAMES = (
    *("january", "february", "march", "april", "may", "june", "july", "august"),
    *("september", "october", "november", "december"),
)
_MONTH_NUMBER = {name: i for i, name in enumerate(_MONTH_NAMES, 1)}
_MONTH_NUMBER.update({name[:3]: i for i, name in enumerate(_MONTH_NAMES, 1)} | {"sept": 9})
_SMALL_NUMBERS = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen"),
)
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_WORD_VALUE = {w: i for i, w in enumerate(_SMALL_NUMBERS)} | {
    w: 20 + 10 * i for i, w in enumerate(_TENS)
}
_WORD_VALUE |= {"a": 1, "an": 1, "one": 1, "hundred": 100, "dozen": 12}
# Days of the month said aloud, as a broadcast script writes them: "March twentieth".
_UNIT_ORDINALS = (
    *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"),
)
_DAY_ORDINALS = {w: i + 1 for i, w in enumerate(_UNIT_ORDINALS)}
_TEEN_ORDINALS = (
    *("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth"),
    *("seventeenth", "eighteenth", "nineteenth", "twentieth"),
)
_DAY_ORDINALS |= {w: i + 10 for i, w in enumerate(_TEEN_ORDINALS)}
_DAY_ORDINALS |= {f"twenty-{w}": 21 + i for i, w in enumerate(_UNIT_ORDINALS)}
_DAY_ORDINALS |= {"thirtieth": 30, "thirty-first": 31}
# Vague amounts: a stand-in figure, always reported as approximate.
_VAGUE_VALUE = {
    "several": 3,
    "a few": 3,
    "few": 3,
    "many": 3,
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
    "a number of": 3,
    "dozens of": 24,
    "hundreds of": 200,
}
_DAY = 86400.0
_UNIT_SECONDS = {
    "second": 1.0,
    "minute": 60.0,
    "hour": 3600.0,
    "day": _DAY,
    "week": 7 * _DAY,
    "fortnight": 14 * _DAY,
    "month": 30.44 * _DAY,
    "year": 365.25 * _DAY,
    "decade": 3652.5 * _DAY,
    "century": 36525 * _DAY,
}
_BARE_PLURAL_COUNT = 2  # "decades", "in years": at least two of them

# --- pattern pieces ------------------------------------------------------------------------------

_Trie = dict[str, "_Trie"]


def _one_of(*phrases: str) -> str:
    """A non-capturing regex for any of `phrases`, written as a trie.

    The regex engine tries alternatives one by one, so "about|almost|around|..." costs a test per
    word at every position; as a trie ("a(?:bout|lmost|round)") it costs one per letter. A space
    in a phrase stands for any run of whitespace; longer phrases are tried before their prefixes.
    """
    trie: _Trie = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _trie_regex(trie) + ")"


def _trie_regex(node: _Trie) -> str:
    branches = [
        (r"\s+" if char == " " else regex.escape(char)) + _trie_regex(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _plurals(*words: str) -> tuple[str, ...]:
    return tuple(form for word in words for form in (word, word + "s"))


_DASH = r"[\-\u2010-\u2015]"
_SEP = rf"(?:\s*{_DASH}\s*|\s+)"
_APOS = r"['\u2018\u2019]"
_YEAR = r"(?:1[89]|20)\d\d"
_FULL_MONTH = _one_of(*_MONTH_NAMES)
_MONTH_ABBREVIATION = _one_of(
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"
)
_MONTH = rf"(?P<mon>{_FULL_MONTH}\b|{_MONTH_ABBREVIATION}\b\.?)"
_NUM_WORD = (
    rf"(?:{_one_of(*_TENS)}(?:{_DASH}|\s){_one_of(*_SMALL_NUMBERS[1:10])}"
    rf"|{_one_of(*_TENS, *_SMALL_NUMBERS, 'hundred', 'a hundred', 'dozen', 'a dozen')})\b"
)
_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+[ \t]+[1-7]/[248]|\d+(?:\.\d+)?|{_NUM_WORD})"
_ORDINAL_DAY = "|".join(
    w.replace("-", f"(?:{_DASH}|\\s)") for w in sorted(_DAY_ORDINALS, key=len, reverse=True)
)
_VAGUE = _one_of(*_VAGUE_VALUE)
_UNIT = _one_of(
    *_plurals("second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade"),
    *("century", "centuries"),
)
_HEDGE = _one_of(
    *("just over", "just under", "well over", "well under", "a little over", "a little under"),
    *("slightly over", "slightly under", "more than", "a little more than", "less than"),
    *("fewer than", "over", "under", "nearly", "almost", "about", "around", "roughly", "some"),
    *("approximately", "at least", "at most", "up to", "close to", "upwards of"),
    *("in excess of", "no more than", "not more than", "no less than", "no fewer than"),
    *("just shy of",),
)
# Hedges normalised as the quantities parser writes them ("over" -> "more than").
_QUALIFIER = {
    **dict.fromkeys(("more than", "over", "just over", "well over", "upwards of"), "more than"),
    **dict.fromkeys(("in excess of", "a little over", "slightly over"), "more than"),
    **dict.fromkeys(("a little more than",), "more than"),
    **dict.fromkeys(("at least", "no less than", "no fewer than"), "at least"),
    **dict.fromkeys(("up to", "at most", "no more than", "not more than", "within"), "up to"),
    **dict.fromkeys(("less than", "fewer than", "under", "well under"), "fewer than"),
    **dict.fromkeys(("nearly", "almost", "just under", "close to", "just shy of"), "nearly"),
    **dict.fromkeys(("a little under", "slightly under"), "nearly"),
    **dict.fromkeys(("about", "around", "roughly", "some", "approximately", "or so"), "about"),
}
# Limiting words narrow an exact figure rather than hedge it ("lasted just two hours").
_LIMIT = _one_of("only", "just", "barely", "a mere", "mere")
# Plural nouns after a four-digit number mean it counts things, not a year ("2000 soldiers").
_COUNT_NOUN = (
    _one_of(
        *("people", "persons", "soldiers", "troops", "civilians", "drones", "missiles", "rockets"),
        *("shells", "prisoners", "captives", "hostages", "cases", "deaths", "dead", "homes"),
        *("houses", "buildings", "votes", "seats", "units", "tons", "tonnes", "dollars", "euros"),
        *("pounds", "km", "kilometers", "kilometres", "miles", "meters", "metres", "feet"),
        *("children", "women", "men", "fighters", "residents", "refugees", "casualties"),
        *("members", "workers", "jobs", "times", "points", "vehicles", "tanks", "rounds"),
        *("families", "students", "patients", "delegates"),
    )
    + r"\b"
)
_HOUR_WORD = _one_of(*_SMALL_NUMBERS[1:13])
_MINUTE_WORDS = (
    rf"(?:oh[\s-]{_one_of(*_SMALL_NUMBERS[1:10])}|{_one_of(*_SMALL_NUMBERS[10:20])}"
    rf"|(?:twenty|thirty|forty|fifty)(?:[\s-]{_one_of(*_SMALL_NUMBERS[1:10])})?)\b"
)
_UNITS_SPOKEN = _one_of(*_SMALL_NUMBERS[1:10])
# "twenty to six", "ten past four", "twenty-five past nine": minutes before or after an hour
_PAST_MINUTES = rf"(?:twenty(?:[\s-]{_UNITS_SPOKEN})?|{_one_of(*_SMALL_NUMBERS[1:20])})"
_SPOKEN_YEAR = (
    rf"(?:nineteen|twenty)[\s-](?:{_one_of(*_SMALL_NUMBERS[10:])}"
    rf"|{_one_of(*_TENS)}(?:[\s-]{_UNITS_SPOKEN})?|oh[\s-]{_UNITS_SPOKEN})"
    rf"|two\s+thousand(?:\s+and)?\s+{_one_of(*_SMALL_NUMBERS[1:])}"
)
_YEAR_NOT_COUNT = rf"(?!{_DASH}\d|[.,]\d|\s*%|\s+(?:of\s+)?{_COUNT_NOUN})"
_AMPM = r"(?P<ampm>[ap])\.?\s?m\b\.?"
_TIME_ZONE = (
    r"(?:\s+(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|ET|CST|CDT|PST|PDT"
    r"|(?:local|Kyiv|Kiev|Moscow|Washington|Eastern|Pacific|Central|Istanbul|London|Paris"
    r"|Berlin|Beijing|Tehran|Israel|Jerusalem|Gaza)\s+time)\b)?"
)

# Each alternative ends in an empty marker group `(?P<k_...>)` that names its builder; they are
# tried left to right at each position, so longer or more specific readings come first.
_ALTERNATIVES = {
    "iso": (
        rf"(?<!\d)(?P<yyyy>{_YEAR})-(?P<mm>[01]\d)-(?P<dd>[0-3]\d)(?!\d)"
        # "2020/10/9"; "29.02.2020", as European copy writes a date, with its full year only
        rf"|(?<![\d/])(?P<yyyy>{_YEAR})/(?P<mm>1[0-2]|0?[1-9])/(?P<dd>3[01]|[12]\d|0?[1-9])(?![\d/])"
        rf"|(?<![\d.])(?P<dd>3[01]|[12]\d|0?[1-9])\.(?P<mm>1[0-2]|0?[1-9])\.(?P<yyyy>{_YEAR})"
        r"(?![\d]|\.\d)"
    ),
    "shift": (
        rf"(?:(?P<hedge>{_HEDGE})\s+)?"
        rf"(?:(?:(?P<vague>{_VAGUE})\s+|(?P<num>{_NUM}|an?)\s+)(?P<unit>days?|weeks?|months?|years?)"
        r"|(?P<unit>days|weeks|months|years))\s+"
        r"(?P<dir>later|earlier|before|after|ago|prior|afterwards?|previously)\b"
    ),
    "ctx": (
        r"(?:(?:earlier|later)\s+(?:in\s+|on\s+)?)?(?:that|the)\s+(?:same|very)\s+day"
        r"|(?:earlier|later)\s+(?:in\s+|on\s+)?that\s+day|that\s+day"
        r"|the\s+day\s+(?:before\s+(?P<ryday>yesterday)|after\s+(?P<ryday>tomorrow))\b"
        r"|the\s+(?P<cword>day|night|week)\s+(?P<cdir>before|after)"
        r"|the\s+(?P<cdir>previous|preceding|next|following)\s+(?P<cword>day|night|morning|week)"
        r"|an?\s+(?P<cword>day|week)\s+(?P<cdir>earlier|later|before|after|prior)"
    ),
    "rel": (
        r"(?:(?:earlier|later)\s+)?"
        r"(?P<rword>today|tonight|yesterday|tomorrow|overnight|last\s+night"
        r"|this\s+(?:morning|afternoon|evening))"
        r"(?:\s+(?P<part>morning|afternoon|evening|night)\b)?"
    ),
    "time": (
        r"(?:(?:at\s+)?(?P<thedge>around|about|approximately|roughly)\s+(?:at\s+)?"
        r"|(?P<thedge>(?:shortly|just|a\s+little)\s+(?:before|after)|before|after|until|by)\s+(?:at\s+)?"
        r"|at\s+)?"
        r"(?:(?<![\d:.,])(?P<hh>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?!\d)(?::[0-5]\d)?(?:\s*"
        + _AMPM
        + r")?"
        r"|(?<![\d:.,])(?P<hh>1[0-2]|0?\d)(?:\.(?P<mi>[0-5]\d))?\s*" + _AMPM + ""
        r"|(?P<noon>noon|midday|midnight)\b"
        r"|(?<![\d:.,])(?P<hh>1[0-2]|0?\d)\s+o" + _APOS + r"clock\b"
        r"|(?<![\d:.,])(?P<hh>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?=\s+(?-i:GMT|UTC)\b))" + _TIME_ZONE
    ),
    # A clock time said aloud: "just before seven forty-five this morning", "a quarter to
    # seven in the morning", "half past eight tonight". Only with a word that says which half
    # of the day, or it is not read at all.
    "spokentime": (
        r"(?:(?:at\s+)?(?P<thedge>around|about|approximately|roughly)\s+(?:at\s+)?"
        r"|(?P<thedge>(?:shortly|just|a\s+little)\s+(?:before|after))\s+(?:at\s+)?|at\s+)"
        rf"(?:(?P<frac>a\s+quarter|quarter|half)\s+(?P<rel>past|to)\s+(?P<shh>{_HOUR_WORD})"
        rf"|(?P<pmi>{_PAST_MINUTES})\s+(?:minutes\s+)?(?P<rel>past|to)\s+(?P<shh>{_HOUR_WORD})"
        rf"|(?P<shh>{_HOUR_WORD})(?:\s+o{_APOS}clock|[\s-](?P<smi>{_MINUTE_WORDS}))"
        # "shortly after three this afternoon": a bare hour, told its half of the day
        rf"|(?P<shh>{_HOUR_WORD})(?=\s+(?:this|in\s+the|tonight|at\s+night|last\s+night)\b"
        rf"|{_LATER_HALF}))"
        r"(?:\s+(?P<sday>this\s+morning|in\s+the\s+morning|this\s+evening|in\s+the\s+evening"
        r"|tonight|at\s+night|last\s+night|this\s+afternoon|in\s+the\s+afternoon)\b"
        r"|\s*(?P<ampm>[ap])\.?\s?m\b\.?"
        # "just after four o'clock yesterday afternoon", "eleven o'clock on Saturday night": the
        # day that follows says the half; it is read on its own and joins the time
        rf"|{_LATER_HALF})"
    ),
    "mdy": (
        rf"(?:on\s+)?{_MONTH}\s+(?:(?<![\d.,])(?P<dd>[0-3]?\d)(?:st|nd|rd|th)?"
        rf"|(?:the\s+)?(?P<ddw>{_ORDINAL_DAY}))\b"
        rf"(?:,?\s+(?P<yyyy>{_YEAR})\b{_YEAR_NOT_COUNT})?"
    ),
    # "the twentieth of March": a day said aloud before its month
    "dmyw": (
        rf"(?:on\s+)?the\s+(?P<ddw>{_ORDINAL_DAY})\s+of\s+{_MONTH}"
        rf"(?:,?\s+(?P<yyyy>{_YEAR})\b{_YEAR_NOT_COUNT})?"
    ),
    "dmy": (
        r"(?:on\s+(?:the\s+)?)?(?<![\d.,])(?P<dd>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?\s+"
        rf"{_MONTH}(?:,?\s+(?P<yyyy>{_YEAR})\b{_YEAR_NOT_COUNT})?"
    ),
    "us": (
        r"(?<![\d/.,])(?!9/11\b)(?P<mm>1[0-2]|0?[1-9])/(?P<dd>3[01]|[12]\d|0?[1-9])"
        r"(?:/(?P<yyyy>\d{4}|\d\d))?(?![\d/])(?!\s+of\b)"
    ),
    "ord": r"on\s+the\s+(?P<dd>[0-3]?\d)(?:st|nd|rd|th)\b",
    "part": (
        r"(?:(?:in|since|by|until|from|through|during)\s+)?"
        rf"(?:(?P<pm>early|mid|late)(?:\s*{_DASH}\s*|\s+)"
        r"|(?:the\s+)?(?P<pe>end|beginning|start|middle)\s+of\s+)"
        rf"(?:(?P<mon>{_FULL_MONTH})\b(?:,?\s+(?:of\s+)?(?P<yyyy>{_YEAR})\b{_YEAR_NOT_COUNT})?"
        rf"|(?P<yyyy>{_YEAR})\b{_YEAR_NOT_COUNT})"
    ),
    "day": (
        r"(?:(?P<pre>late|early)\s+on\s+|on\s+)?"
        r"(?:(?P<dmod>last|next|this\s+coming|this\s+past|this|coming|upcoming|past"
        r"|earlier|later|late|early)\s+)?"
        r"(?<!(?-i:Black|Bloody|Super|Cyber|Fox\s+News)\s+)"
        rf"(?P<wd>{_one_of(*WEEKDAYS)})\b"
        r"(?!(?-i:\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Night\s+Live)\b))"
        rf"(?P<poss>{_APOS}s\b)?"
        r"(?:\s+(?P<part>morning|afternoon|evening|night|overnight)\b)?"
    ),
    "win": (
        r"(?:(?P<wedge>earlier|later)\s+(?:in\s+)?this\s+"
        r"|(?:(?:over|in|during)\s+)?(?P<wmod>the\s+past|the\s+last|the\s+coming)\s+"
        r"|(?P<wmod>last|this\s+past|this|next|past)\s+"
        # "over the weekend", "at the weekend": the one just gone, or in future tense the next
        r"|(?:over|at|on|during)\s+(?P<wmod>the)\s+(?=weekend\b))"
        r"(?P<wunit>weekend|week|month|year)\b"
    ),
    "month": (
        r"(?:(?P<mprep>in|since|until|till|by|from|during|through|throughout|of|last|next"
        r"|this|before|after|for)\s+)?"
        rf"(?P<mon>{_FULL_MONTH})\b(?!\s*{_DASH}?\s*\d{{1,2}}\b)"
        rf"(?:,?\s+(?:of\s+)?(?P<yyyy>{_YEAR})\b{_YEAR_NOT_COUNT}"
        # a transcript's year: "in November twenty twenty-two", "July of two thousand,"
        rf"|\s+(?:of\s+)?(?P<yspoken>{_SPOKEN_YEAR}|two\s+thousand(?=\s*[,.;:)]|\s*$))\b"
        rf"(?![\s-](?:years?|{_one_of(*_SMALL_NUMBERS, *_TENS)})\b)"
        rf"(?!\s+(?:of\s+)?{_COUNT_NOUN}))?"
    ),
    # "the 2016-2017 strike", "a 2016-17 walkout", "in 2019/20": a span of years (not "the
    # 2015-16 season's 12 goals" read as a count: the second year must follow the first).
    "yrange": (
        r"(?:(?:in|since|of|from|during|through|throughout|for|the|a|an)\s+"
        rf"|(?<={_APOS}s\s))(?P<yyyy>(?:19|20)\d\d)(?:{_DASH}|/)(?P<yyyy2>(?:19|20)?\d\d)\b"
        rf"(?!{_DASH}\d|[.,]\d|\s*%)"
    ),
    "year": (
        # "for 2025": a company's year of results.
        r"(?:(?:in|since|of|by|until|till|from|before|after|during|through|throughout|for|with"
        r"|the)\s+"
        rf"|(?<={_APOS}s\s))(?P<yyyy>{_YEAR})\b{_YEAR_NOT_COUNT}"
    ),
    # A year said aloud, in a transcript: "in twenty twenty-three", "since two thousand and nine".
    "spoken": (
        r"(?:in|since|of|by|until|till|from|before|after|during|back\s+in|for)\s+"
        rf"(?P<spoken>{_SPOKEN_YEAR})\b(?![\s-](?:years?|{_one_of(*_SMALL_NUMBERS, *_TENS)})\b)"
        rf"(?!\s+(?:of\s+)?{_COUNT_NOUN})"
    ),
    "dur": (
        r"(?:(?:for|in|within|during|throughout|lasting|over)\s+"
        r"(?=the\s+(?:past|last|previous|next|coming|first|final)\b)"
        r"|(?:for|in|(?P<within>within)|during|throughout|lasting)\s+)?"
        rf"(?:(?P<span>the\s+(?:past|last|previous|next|coming|first|final))\s+"
        rf"|(?P<limit>{_LIMIT})\s+|(?P<hedge>{_HEDGE})\s+)?"
        rf"(?:(?P<vague>{_VAGUE})\s+(?P<unit>{_UNIT})\b"
        rf"|(?:an?\s+)?(?P<num>{_NUM})"
        r"(?P<half>\s+and\s+(?:a\s+half|a\s+quarter|three[\s-]quarters?|one[\s-]quarter))?"
        rf"(?:\s*(?:to|or|{_DASH})\s*(?P<num2>{_NUM}))?{_SEP}(?P<unit>{_UNIT})\b"
        rf"(?:{_SEP}long\b)?(?!{_SEP}?old\b)(?P<post>\s+or\s+so\b)?"
        rf"|(?P<num>an?|one)\s+(?P<unit>{_UNIT})\s+(?P<half>and\s+a\s+half)\b"
        rf"|(?P<half>half)\s+(?P<num>an?)\s+(?P<unit>{_UNIT})\b"
        rf"|(?P<num>an?)\s+(?P<half>half){_SEP}(?P<unit>{_UNIT})\b"
        rf"|(?P<num>an?){_SEP}(?P<unit>{_UNIT}){_SEP}long\b"
        r"|(?P<bare>decades|centuries)\b)"
    ),
    # "for a week", "in years", "lasted an hour": an article or a bare plural is a duration only
    # after a preposition, a hedge or a verb of lasting ("5000 soldiers a week" is a rate).
    "durctx": (
        rf"(?:(?:for|in|(?P<within>within)|during|throughout)\s+(?:(?P<hedge>{_HEDGE})\s+)?"
        rf"|(?P<hedge>{_HEDGE})\s+"
        r"|(?<=\b(?:lasted|lasting|lasts|last|took|takes|spent|spend)\s+))"
        r"(?:(?P<num>an?)\s+(?P<unit>minute|hour|day|week|fortnight|month|year|decade|century)\b"
        r"|(?P<bare>minutes|hours|days|weeks|months|years|decades)\b)"
        r"(?P<post>\s+or\s+so\b)?"
    ),
}
_KINDS = tuple(_ALTERNATIVES)
_MARK = "k_"  # marker groups are named k_day, k_dur...: apart from the groups inside


def _compile(names: tuple[str, ...]) -> tuple[regex.Pattern[str], tuple[str, ...]]:
    """One pattern of the named alternatives, in the order `_ALTERNATIVES` gives them."""
    kinds = tuple(name for name in _KINDS if name in names)
    bodies = [f"(?:{_ALTERNATIVES[name]})(?P<{_MARK}{name}>)" for name in kinds]
    return regex.compile(r"\b(?:" + "|".join(bodies) + ")", regex.IGNORECASE), kinds


# Which alternatives can hold each class of anchor word (see `_ANCHOR`): trying only those is
# what makes the scan fast, and it finds the same matches as the whole pattern would.
_ALTERNATIVES_FOR_ANCHOR = {
    "digit": ("iso", "shift", "time", "dmy", "us", "ord", "part", "yrange", "year", "dur"),
    "weekday": ("day",),
    "month": ("mdy", "dmyw", "part", "month"),
    "unit": ("shift", "ctx", "win", "dur", "durctx"),
    "daypart": ("ctx", "rel"),
    "clock": ("time",),
    "spoken": ("spoken",),
    "saidtime": ("spokentime",),
}


@cache
def _pattern_for(anchor: str) -> tuple[regex.Pattern[str], tuple[str, ...]]:
    """Compiled the first time a text holds such an anchor: compiling all eight at import took
    65 ms of a 0.6 s check, and a text without a spoken time never needs its pattern."""
    return _compile(_ALTERNATIVES_FOR_ANCHOR[anchor])


# Tense: the last of these markers before a day, in its clause, says past or future.
_TENSE = regex.compile(
    r"\b(?P<future>will|won['\u2019]t|shall|would|going\s+to|set\s+to|(?:is|are)\s+to"
    # "could make his debut on Saturday"; "could have fled on Saturday" is past, "May" a month
    r"|(?-i:could|may|might)(?!\s+have\b)"
    r"|(?:is|are|was|were)\s+due|due\s+(?:on|for|in)|planning"
    # "the planned closure", "an expected rise" describe a thing; "was planned for" is tense.
    r"|(?<!\b(?:the|a|an|its|their|his|her|our|this|that)\s)(?:scheduled|slated|planned|expected)"
    r"|plans\s+(?:to|for)|expects|upcoming|to\s+be\s+held|ahead\s+of"
    # "at the next full council meeting on March 19": the next of a series is still to come.
    r"|(?:the|its|their|a)\s+next\s+(?:[\w\-]+\s+){0,2}?(?:meeting|session|hearing|sitting"
    r"|round|match|game|vote|election|summit|court\s+date)"
    r"|(?:intends?|wants?|hopes?|aims?|seeks?)\s+to|preparations?|preparing"
    # "the two sides had agreed to meet on Thursday": what was agreed is still to come
    r"|(?:agreed|agree|promised|pledged|vowed)\s+to\s+(?:meet|hold|resume|return|sign|vote)"
    # "invited union leaders to talks on Thursday": an invitation is to what is still to come
    r"|(?:invited|invites?|summoned|called)\s+(?:[\w\-']+\s+){0,3}?(?:in\s+)?(?:to|for)\s+talks"
    # "called a special meeting for Thursday": what is called for is still to come
    r"|(?:called|calls|convened|convenes)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:meeting|session|sitting|vote|hearing)\s+for"
    # A schedule is told in the present: "the women's tournament begins on Monday".
    r"|begins|starts|opens|reopens|resumes|kicks\s+off|takes?\s+(?:place|effect)|gets\s+under\s*way)\b"
    r"|(?P<future>['\u2019]ll)\b"
    r"|\b(?<!\bbe\s)(?P<past>said|says|told|added|announced|wrote|posted|reported|confirmed|stated"
    r"|tweeted|noted|was|were|had|did|met|held|took|spoke|launched|killed|began|ended"
    r"|arrived|visited|aired|published|released|issued|signed|struck|carried|described"
    r"|explained|resigned|ordered|won|lost|beat|defeated|elected|died|collapsed|crashed"
    r"|derailed|erupted|shook|fired|opened|turned|broke|happened|occurred|exploded|clashed"
    r"|gathered|marched|started|escaped|stormed|sank|capsized|flooded|after\s+\w+ing)\b",
    regex.IGNORECASE,
)
# A full stop ends a clause unless it ends an abbreviation: "at 8 p.m. on Saturday", "Nov. 5",
# "rise to No. 14 on Monday".
_CLAUSE_START = regex.compile(
    r"(?<!\b(?i:[ap]\.m|mr|mrs|ms|dr|st|gen|sen|rep|gov|lt|col|jan|feb|mar|apr|aug|sept?|oct"
    r"|nov|dec)|\b[A-Z])(?<!\b(?i:no)(?=\.\s+\d))\.[\"'\u201d\u2019]?\s+"
    r"|[!?][\"'\u201d\u2019]?\s+|[;\n]"
)
_TENSE_LOOKBACK = 160
_LOWERCASE_WORDS = {"may", "march", "august"}  # also a verb, a verb, an adjective
_BARE_MONTH_NEEDS_PREP = {5, 3}  # "May" and "March" alone are too often not months
_MERGE_GAP = regex.compile(r"[\s,]*")

# The fast pre-scan (stdlib `re` on lowercased text, much quicker than the big pattern): every
# match contains one of these anchors, and only these words can stand before its anchor.
_ANCHOR = re.compile(
    r"\b(?:(?P<digit>\d)"
    rf"|(?P<weekday>{_one_of(*WEEKDAYS)})\b"
    rf"|(?P<month>{_FULL_MONTH}|{_MONTH_ABBREVIATION})\b"
    rf"|(?P<unit>{_UNIT}|weekends?)\b"
    r"|(?P<daypart>"
    + _one_of(
        *("today", "tonight", "yesterday", "tomorrow", "overnight", "night", "morning"),
        *("afternoon", "evening"),
    )
    + r")\b"
    r"|(?P<clock>noon|midday|midnight)\b"
    r"|(?P<saidtime>(?:quarter|half)(?=\s+(?:past|to)\b)|(?:one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve)(?=\s+o['\u2019]clock|[\s-](?:oh|ten|eleven|twelve|\w+teen"
    r"|twenty|thirty|forty|fifty)\b|\s+(?:this|in\s+the|tonight|at\s+night|last\s+night)\b"
    r"|\s+(?:yesterday|(?:on\s+)?\w+day)\s+(?:morning|afternoon|evening|night)\b)"
    # "twenty to six", "ten past four": the minutes stand first
    r"|(?:twenty(?:[\s-]\w+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|\w+teen)(?=\s+(?:minutes\s+)?(?:past|to)\s+(?:one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve)\b))"
    r"|(?P<spoken>(?:nineteen|twenty)(?=[\s-](?:oh|ten|eleven|twelve|\w+teen|twenty|thirty"
    r"|forty|fifty|sixty|seventy|eighty|ninety)\b)|two(?=\s+thousand\b)))"
)
_PREFIX_WORDS = frozenset(
    (
        "on in at for since till until by from during through throughout within lasting over with "
        "before after of the a an this that last next past coming upcoming previous preceding "
        "following first final early late mid earlier later same very end beginning start "
        "middle just well little slightly more less fewer than under nearly almost about around "
        "roughly some approximately least most up to close upwards only barely mere shortly "
        "excess no not shy "
        "several few many couple number dozens hundreds and half quarter or hundred dozen "
        + " ".join(_SMALL_NUMBERS + _TENS)
        + " "
        + " ".join(w for w in _DAY_ORDINALS if "-" not in w)
    ).split()
)
_MAX_PREFIX_WORDS = 12  # "for a little more than two and a half hours" has 9
_PREFIX_GAP = frozenset(" \t\n\r\xa0-\u2010\u2011\u2012\u2013\u2014\u2015")
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


# --- the public function -------------------------------------------------------------------------


def parse(text: str, published: date | None = None) -> list[When]:
    """Every time expression in `text`, in order; `published` is the article's date."""
    context = _Context(text, published)
    found: list[When] = []
    for match, kinds in _matches(text):
        item = _build(match, kinds, context)
        if item is None:
            continue
        if found and _merge_gap(text, found[-1], item):
            merged = _merge(found[-1], item, text, published)
            if merged is not None:
                found[-1] = merged
                continue
        if found and _adds_up(text, found[-1], item):  # "3 hours and 41 minutes"
            found[-1] = _sum_of(found[-1], item, text)
            continue
        found.append(item)
        if item.kind not in ("time", "duration"):  # these take no tense: "will ... at 8 p.m."
            context.previous_end = item.end
    return [_in_the_evening(item) for item in found]


_MERIDIEM = regex.compile(r"\b(?:[ap]\.?\s?m\b\.?|noon|midday|midnight|morning)", regex.I)
# The hours an evening or a night can mean by a bare "ten o'clock": 10 p.m., but "two o'clock
# last night" is 2 a.m.
_PM_FROM = {"afternoon": 1, "evening": 1, "night": 6, "late": 6}


def _in_the_evening(item: When) -> When:
    """'shortly after 10 o'clock last night' is 22:00: a bare hour takes its part of day."""
    if not item.time or _MERIDIEM.search(item.text):
        return item
    hour, minute = (int(x) for x in item.time.split(":"))
    start = _PM_FROM.get(item.part_of_day or "")
    if start is None or not start <= hour <= 11:
        return item
    return replace(item, time=f"{hour + 12:02d}:{minute:02d}")


def _matches(text: str) -> Iterator[tuple[regex.Match[str], tuple[str, ...]]]:
    """What one pattern of all `_ALTERNATIVES` would find, tried only where a match can start.

    Every match holds an anchor word (a digit, a weekday, a month, a unit such as "hours") and
    starts at most a few prefix words before it ("for a little more than two hours"), so the
    big pattern is tried at those word starts only: several times faster than a full scan.
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lowercase to two ("İ"): keep offsets
        lowered = text.translate(_ASCII_LOWER)
    cursor = 0
    for anchor in _ANCHOR.finditer(lowered):
        if anchor.start() < cursor:
            continue
        pattern, kinds = _pattern_for(anchor.lastgroup or "digit")
        for start in _candidate_starts(lowered, anchor.start(), cursor):
            if start < cursor:
                continue
            match = pattern.match(text, start, start + _MATCH_REACH)
            if match is None:
                continue
            yield match, kinds
            cursor = match.end()
            if cursor > anchor.start():
                break


# The `regex` module's match costs time in proportion to the text after its start unless told
# where to stop: no time expression is longer than this.
_MATCH_REACH = 300


def _candidate_starts(lowered: str, anchor: int, floor: int) -> list[int]:
    """The anchor and the starts of the unbroken run of prefix words just before it."""
    starts = [anchor]
    edge = anchor
    # Walking back a character at a time is cheap here: the word before is rarely a prefix word.
    while len(starts) <= _MAX_PREFIX_WORDS:
        word_end = edge
        while word_end > floor and lowered[word_end - 1] in _PREFIX_GAP:
            word_end -= 1
        word_start = word_end
        while word_start > floor and lowered[word_start - 1].isalpha():
            word_start -= 1
        if word_end == edge or lowered[word_start:word_end] not in _PREFIX_WORDS:
            break
        starts.append(word_start)
        edge = word_start
    starts.reverse()
    return starts


@dataclass(slots=True)
class _Context:
    text: str
    published: date | None
    # A tense marker before the previous time expression belongs to that one: in "plans for
    # Monday calls in a Saturday post" the "plans" make Monday future, not Saturday.
    previous_end: int = 0

    def is_future(self, pos: int) -> bool:
        """Whether the clause before `pos` is in the future tense ("will speak ... Monday")."""
        lo = max(0, pos - _TENSE_LOOKBACK, self.previous_end)
        clause_start = lo
        for brk in _CLAUSE_START.finditer(self.text, lo, pos):
            clause_start = brk.end()
        future = False
        for marker in _TENSE.finditer(self.text, clause_start, pos):
            future = marker.group("future") is not None
        return future


def _build(match: regex.Match[str], kinds: tuple[str, ...], context: _Context) -> When | None:
    kind = next(k for k in kinds if match.group(_MARK + k) is not None)
    try:
        return _BUILDERS[kind](match, context)
    except (ValueError, OverflowError):  # an impossible date such as "February 30"
        return None


def _span(match: regex.Match[str]) -> tuple[int, int, str]:
    return match.start(), match.end(), match.group()


def _word(match: regex.Match[str], name: str) -> str | None:
    """A group's text lowercased with runs of spaces collapsed, or None if it did not take part."""
    value = match.group(name)
    return None if value is None else " ".join(value.lower().split())


# --- days ----------------------------------------------------------------------------------------


def _weekday_mode(modifier: str | None, future: bool) -> str:
    """Which occurrence of a weekday is meant: past/future (on or ...), before/after (strictly)."""
    if modifier in ("last", "this past", "past"):
        return "before"
    if modifier in ("next", "this coming", "coming"):
        return "after"
    if modifier == "upcoming" or future:
        return "future"
    return "past"


def _weekday_date(weekday: int, published: date, mode: str) -> date:
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if mode == "past":
        return published - timedelta(days=back)
    if mode == "before":
        return published - timedelta(days=back or 7)
    if mode == "future":
        return published + timedelta(days=ahead)
    return published + timedelta(days=ahead or 7)


def _day(match: regex.Match[str], context: _Context) -> When:
    weekday = WEEKDAYS.index(_word(match, "wd") or "")
    modifier = _word(match, "dmod")
    part = _word(match, "part") or _word(match, "pre")
    if part is None and modifier in ("late", "early"):
        part = modifier
    part = "night" if part == "overnight" else part
    resolved = None
    if context.published is not None:
        mode = _weekday_mode(modifier, context.is_future(match.start()))
        resolved = _weekday_date(weekday, context.published, mode)
    return When(
        *_span(match),
        kind="day",
        date=resolved,
        weekday=weekday,
        part_of_day=part,
        earliest=resolved,
        latest=resolved,
    )


# --- dates ---------------------------------------------------------------------------------------


def _month_of(match: regex.Match[str]) -> int:
    return _MONTH_NUMBER[(_word(match, "mon") or "").rstrip(".")]


def _is_verb_not_month(match: regex.Match[str]) -> bool:
    """Lowercase "may" or "march" is a verb ("they may 2..."): only a capital makes it a month."""
    written = match.group("mon")
    return written is not None and written in _LOWERCASE_WORDS


def _year_of(match: regex.Match[str]) -> int | None:
    year = match.group("yyyy")
    if year is None:
        spoken = match.groupdict().get("yspoken")
        return None if spoken is None else spoken_year(spoken)
    return int(year) + 2000 if len(year) == 2 else int(year)


def _latest_valid(month: int, day: int, published: date, future: bool) -> date:
    """The month/day without a year that is nearest `published` on the side the tense says."""
    step = 1 if future else -1
    for offset in range(9):  # February 29 recurs within eight years
        try:
            candidate = date(published.year + step * offset, month, day)
        except ValueError:
            continue
        if (candidate >= published) if future else (candidate <= published):
            return candidate
    raise ValueError("no such day")


def _dated(match: regex.Match[str], resolved: date | None, weekday: int | None = None) -> When:
    if resolved is not None:
        weekday = resolved.weekday()
    return When(
        *_span(match),
        kind="date",
        date=resolved,
        weekday=weekday,
        earliest=resolved,
        latest=resolved,
    )


def _calendar_date(month: int, day: int, match: regex.Match[str], context: _Context) -> When:
    date(2000, month, day)  # raises for a day no month has ("May 32"); 2000 allows Feb 29
    year = _year_of(match)
    if year is not None:
        return _dated(match, date(year, month, day))
    if context.published is None:
        return _dated(match, None)
    future = context.is_future(match.start())
    return _dated(match, _latest_valid(month, day, context.published, future))


def _named_date(match: regex.Match[str], context: _Context) -> When | None:
    if _is_verb_not_month(match) and match.group("yyyy") is None:
        return None
    return _calendar_date(_month_of(match), _day_of_month(match), match, context)


def _day_of_month(match: regex.Match[str]) -> int:
    spoken = match.groupdict().get("ddw")
    if spoken is None:
        return int(match.group("dd"))
    return _DAY_ORDINALS[regex.sub(rf"(?:{_DASH}|\s)+", "-", spoken.lower())]


def _numeric_date(match: regex.Match[str], context: _Context) -> When:
    return _calendar_date(int(match.group("mm")), int(match.group("dd")), match, context)


def _ordinal_date(match: regex.Match[str], context: _Context) -> When:
    """Read "on the 16th" as the 16th of the published month, or of one before if still ahead."""
    day = int(match.group("dd"))
    if not 1 <= day <= 31:
        raise ValueError("no such day")
    if context.published is None:
        return _dated(match, None)
    future = context.is_future(match.start())
    month_start = context.published.replace(day=1)
    for _ in range(3):
        last = calendar.monthrange(month_start.year, month_start.month)[1]
        if day <= last:
            candidate = month_start.replace(day=day)
            if (candidate >= context.published) if future else (candidate <= context.published):
                return _dated(match, candidate)
        month_start = _add_months(month_start, 1 if future else -1)
    raise ValueError("no such day")


# --- windows -------------------------------------------------------------------------------------


def _add_months(first: date, months: int) -> date:
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _month_end(first: date) -> date:
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


def _window(match: regex.Match[str], earliest: date | None, latest: date | None) -> When:
    return When(*_span(match), kind="window", approximate=True, earliest=earliest, latest=latest)


def _month_first(month: int, match: regex.Match[str], context: _Context, mode: str) -> date | None:
    """The first day of the month meant: written year, else the tense's side of `published`."""
    year = _year_of(match)
    if year is not None:
        return date(year, month, 1)
    if context.published is None:
        return None
    if mode == "tense":
        mode = "future" if context.is_future(match.start()) else "past"
    this = context.published.replace(day=1)
    candidate = this.replace(month=month)
    if mode in ("past", "before") and (
        candidate > this or (mode == "before" and candidate == this)
    ):
        return candidate.replace(year=this.year - 1)
    if mode in ("future", "after") and (
        candidate < this or (mode == "after" and candidate == this)
    ):
        return candidate.replace(year=this.year + 1)
    return candidate


def _month(match: regex.Match[str], context: _Context) -> When | None:
    month = _month_of(match)
    preposition = _word(match, "mprep")
    if _is_verb_not_month(match):
        return None
    if month in _BARE_MONTH_NEEDS_PREP and preposition is None and match.group("yyyy") is None:
        return None
    mode = {"last": "before", "next": "after"}.get(preposition or "", "tense")
    first = _month_first(month, match, context, mode)
    return _window(match, first, None if first is None else _month_end(first))


_PART_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
_PART_DAYS |= {"beginning": (1, 10), "start": (1, 10), "middle": (11, 20), "end": (21, 31)}
_PART_MONTHS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
_PART_MONTHS |= {"beginning": (1, 3), "start": (1, 3), "middle": (5, 8), "end": (10, 12)}


def _part(match: regex.Match[str], context: _Context) -> When:
    """Read "mid-May", "late 2022", "the end of May" as a third of a month or of a year."""
    which = _word(match, "pm") or _word(match, "pe") or "mid"
    if match.group("mon") is None:
        year = int(match.group("yyyy"))
        first_month, last_month = _PART_MONTHS[which]
        last = _month_end(date(year, last_month, 1))
        return _window(match, date(year, first_month, 1), last)
    first = _month_first(_month_of(match), match, context, "tense")
    if first is None:
        return _window(match, None, None)
    low, high = _PART_DAYS[which]
    last = _month_end(first)
    return _window(match, first.replace(day=low), last.replace(day=min(high, last.day)))


def _year(match: regex.Match[str], context: _Context) -> When:
    year = int(match.group("yyyy"))
    return _window(match, date(year, 1, 1), date(year, 12, 31))


def _year_range(match: regex.Match[str], context: _Context) -> When | None:
    first = int(match.group("yyyy"))
    written = match.group("yyyy2")
    last = int(written) if len(written) == 4 else first // 100 * 100 + int(written)
    if not first < last <= first + 10:
        return None  # "2016-14": no span of years
    return _window(match, date(first, 1, 1), date(last, 12, 31))


def _spoken_year(match: regex.Match[str], context: _Context) -> When | None:
    year = spoken_year(match.group("spoken"))
    return None if year is None else _window(match, date(year, 1, 1), date(year, 12, 31))


def spoken_year(words: str) -> int | None:
    """'twenty twenty-three' is 2023, 'nineteen oh five' 1905, 'two thousand and nine' 2009."""
    parts = [w for w in regex.split(r"[\s-]+", words.lower()) if w not in ("and", "oh")]
    if parts[:2] == ["two", "thousand"]:
        return 2000 + sum(_WORD_VALUE.get(w, 0) for w in parts[2:])
    if parts and parts[0] in ("nineteen", "twenty"):
        return _WORD_VALUE[parts[0]] * 100 + sum(_WORD_VALUE.get(w, 0) for w in parts[1:])
    return None


def _week_window(published: date, modifier: str, future: bool) -> tuple[date, date]:
    monday = published - timedelta(days=published.weekday())
    if modifier == "last":
        return monday - timedelta(days=7), max(monday - timedelta(days=7), published - timedelta(1))
    if modifier == "next":
        return monday + timedelta(days=7), monday + timedelta(days=13)
    if modifier in ("the past", "the last", "past"):
        return published - timedelta(days=7), published - timedelta(days=1)
    if modifier == "the coming":
        return published, published + timedelta(days=7)
    return monday, monday + timedelta(days=6)


def _weekend_window(published: date, modifier: str, future: bool) -> tuple[date, date]:
    saturday = published + timedelta(days=5 - published.weekday())  # this calendar week's
    if modifier in ("last", "this past", "past", "the past", "the last"):
        saturday -= timedelta(days=7)
    elif modifier == "next":
        saturday += timedelta(days=7)
    elif modifier == "the":  # "over the weekend": the nearest in the tense's direction
        if not future and published.weekday() < 5:
            saturday -= timedelta(days=7)
    elif published.weekday() == 0 and not future:  # "this weekend" on a Monday: the one just gone
        saturday -= timedelta(days=7)
    return saturday, saturday + timedelta(days=1)


def _month_window(published: date, modifier: str, future: bool) -> tuple[date, date]:
    first = published.replace(day=1)
    if modifier == "last":
        first = _add_months(first, -1)
    elif modifier == "next":
        first = _add_months(first, 1)
    elif modifier in ("the past", "the last", "past"):
        return published - timedelta(days=30), published - timedelta(days=1)
    elif modifier == "the coming":
        return published, published + timedelta(days=30)
    return first, _month_end(first)


def _year_window(published: date, modifier: str, future: bool) -> tuple[date, date]:
    year = published.year + {"last": -1, "next": 1}.get(modifier, 0)
    if modifier in ("the past", "the last", "past"):
        return published - timedelta(days=365), published - timedelta(days=1)
    if modifier == "the coming":
        return published, published + timedelta(days=365)
    return date(year, 1, 1), date(year, 12, 31)


_UNIT_WINDOWS: dict[str, Callable[[date, str, bool], tuple[date, date]]] = {
    "week": _week_window,
    "weekend": _weekend_window,
    "month": _month_window,
    "year": _year_window,
}


def _calendar_window(match: regex.Match[str], context: _Context) -> When:
    """Windows of calendar days: "last week", "this weekend", "earlier this month"."""
    published = context.published
    if published is None:
        return _window(match, None, None)
    unit = _word(match, "wunit") or "week"
    modifier = _word(match, "wmod") or "this"
    future = context.is_future(match.start())
    earliest, latest = _UNIT_WINDOWS[unit](published, modifier, future)
    edge = _word(match, "wedge")
    if edge == "earlier":  # "earlier this month": from its start up to the day before
        latest = max(earliest, min(latest, published - timedelta(days=1)))
    elif edge == "later":
        earliest = min(latest, max(earliest, published))
    return _window(match, earliest, latest)


# --- relative days -------------------------------------------------------------------------------

_RELATIVE_WORDS = {
    "today": (0, None),
    "tonight": (0, "night"),
    "this morning": (0, "morning"),
    "this afternoon": (0, "afternoon"),
    "this evening": (0, "evening"),
    "yesterday": (-1, None),
    "tomorrow": (1, None),
    "last night": (-1, "night"),
    "overnight": (-1, "night"),
}


def _relative(match: regex.Match[str], context: _Context) -> When:
    """Days counted from publication: "today", "yesterday morning", "overnight"."""
    word = _word(match, "rword") or "today"
    offset, part = _RELATIVE_WORDS[word]
    part = _word(match, "part") or part
    published = context.published
    if word == "overnight":  # the night into the publication day: either calendar day
        earliest = None if published is None else published - timedelta(days=1)
        return When(
            *_span(match),
            kind="relative",
            approximate=True,
            part_of_day=part,
            relative_days=offset,
            earliest=earliest,
            latest=published,
        )
    return _resolved_relative(match, published, offset, part)


def _resolved_relative(
    match: regex.Match[str], published: date | None, offset: int, part: str | None = None
) -> When:
    """A day `offset` days from publication: the day itself, or unresolved without a date."""
    resolved = None if published is None else published + timedelta(days=offset)
    return When(
        *_span(match),
        kind="relative",
        date=resolved,
        weekday=None if resolved is None else resolved.weekday(),
        part_of_day=part,
        relative_days=offset,
        earliest=resolved,
        latest=resolved,
    )


_CONTEXT_SIGN = {
    "before": -1,
    "previous": -1,
    "preceding": -1,
    "earlier": -1,
    "prior": -1,
    "after": 1,
    "next": 1,
    "following": 1,
    "later": 1,
}


def _context_relative(match: regex.Match[str], context: _Context) -> When:
    """Days counted from another day in the text: "the day before", "a week later"."""
    anchor = _word(match, "ryday")
    if anchor is not None:  # "the day before yesterday" counts from publication after all
        return _resolved_relative(match, context.published, -2 if anchor == "yesterday" else 2)
    word = _word(match, "cword")
    direction = _word(match, "cdir")
    if word is None or direction is None:  # "that day", "the same day"
        return When(*_span(match), kind="relative", relative_days=0)
    days = 7 if word == "week" else 1
    part = word if word in ("night", "morning") else None
    approximate = word == "week" and not match.group().lower().startswith("a")
    return When(
        *_span(match),
        kind="relative",
        relative_days=_CONTEXT_SIGN[direction] * days,
        part_of_day=part,
        approximate=approximate,
    )


def _amount(match: regex.Match[str]) -> tuple[float, bool]:
    """The figure written before a unit, and whether it is vague."""
    vague = _word(match, "vague")
    if vague is not None:
        return float(_VAGUE_VALUE[vague]), True
    written = _word(match, "num")
    if written is None:  # a bare plural: "decades", "in years", "days later"
        return float(_BARE_PLURAL_COUNT), True
    return _number(written), False


def _number(written: str) -> float:
    written = written.replace(",", "").replace("\u2010", "-").replace("\u2011", "-")
    if written[0].isdigit():
        whole, _, fraction = written.partition(" ")  # "2 1/2" hours
        if "/" in fraction:
            numerator, denominator = fraction.strip().split("/")
            return float(whole) + int(numerator) / int(denominator)
        return float(written)
    words = regex.split(r"[\s\-\u2012-\u2015]+", written)
    words = [w for w in words if w != "a"] or ["a"]
    if words[-1] in ("hundred", "dozen"):
        return float(_WORD_VALUE[words[-1]])
    return float(sum(_WORD_VALUE[w] for w in words))


def _unit_name(written: str) -> str:
    unit = written.lower()
    if unit == "centuries":
        return "century"
    return unit[:-1] if unit.endswith("s") else unit


def _shift(match: regex.Match[str], context: _Context) -> When:
    """Shifts: "two days later" counts from a day in the text, "two days ago" from publication."""
    figure, vague = _amount(match)
    unit = _unit_name(match.group("unit"))
    direction = _word(match, "dir") or "later"
    sign = -1 if direction in ("earlier", "before", "ago", "prior", "previously") else 1
    days = round(figure * _UNIT_SECONDS[unit] / _DAY) * sign
    qualifier = _qualifier(match)
    approximate = vague or unit in ("month", "year") or bool(qualifier)
    if direction != "ago":
        return When(
            *_span(match),
            kind="relative",
            relative_days=days,
            approximate=approximate,
            qualifier=qualifier,
        )
    resolved = None if context.published is None else context.published + timedelta(days=days)
    if approximate:
        earliest, latest = _ago_window(resolved, unit)
        return When(
            *_span(match),
            kind="window",
            approximate=True,
            relative_days=days,
            earliest=earliest,
            latest=latest,
            qualifier=qualifier,
        )
    return _resolved_relative(match, context.published, days)


def _ago_window(resolved: date | None, unit: str) -> tuple[date | None, date | None]:
    """Where a vague "ago" lands: "three years ago" is some day in that year."""
    if resolved is None:
        return None, None
    if unit == "year":
        return date(resolved.year, 1, 1), date(resolved.year, 12, 31)
    if unit == "month":
        first = resolved.replace(day=1)
        return first, _month_end(first)
    return resolved - timedelta(days=3), resolved + timedelta(days=3)


# --- clock times ---------------------------------------------------------------------------------


_TOWARD = regex.compile(r"\b(?:before|until|till|by|to)\s+$", regex.I)


def _clock(match: regex.Match[str]) -> str:
    noon = _word(match, "noon")
    if noon is not None and noon == "midnight":
        # "shortly before midnight on Tuesday" ends Tuesday; "just after midnight" opens a day.
        before = match.string[max(0, match.start("noon") - 12) : match.start("noon")]
        return "24:00" if _TOWARD.search(before) else "00:00"
    if noon is not None:
        return "12:00"
    hour = int(match.group("hh"))
    minute = int(match.group("mi") or 0)
    meridiem = _word(match, "ampm")
    if meridiem is not None:
        hour = hour % 12 + (12 if meridiem == "p" else 0)
    return f"{hour:02d}:{minute:02d}"


def _spoken_time(match: regex.Match[str], context: _Context) -> When:
    hour = _WORD_VALUE[match.group("shh").lower()]
    minute = _spoken_minutes(match.group("smi") or match.group("pmi"))
    frac = _word(match, "frac")
    if frac is not None:
        minute = 30 if frac == "half" else 15
    if _word(match, "rel") == "to":
        hour, minute = (hour - 1) % 12 or 12, 60 - minute
    sday = _word(match, "sday") or ""
    said = sday + (_word(match, "ampm") or "") + (_word(match, "lday") or "")
    evening = any(w in said for w in ("evening", "tonight", "night", "afternoon")) or said == "p"
    if "night" in said and "tonight" not in said and hour % 12 < 6:
        evening = False  # "at two o'clock last night" is 2 a.m.
    hour = hour % 12 + (12 if evening else 0)
    item = When(
        *_span(match),
        kind="time",
        time=f"{hour:02d}:{minute:02d}",
        approximate=match.group("thedge") is not None,
    )
    # "just before three o'clock this morning", "at eight o'clock last night": the day too
    day = _SAID_DAY.get(sday)
    if day is None or context.published is None:
        return item
    back, part = day
    on = context.published - timedelta(days=back)
    if back and hour < 6:  # "two o'clock last night" is the small hours of the report's day
        on = context.published
    return replace(
        item, kind="day", date=on, weekday=on.weekday(), part_of_day=part, earliest=on, latest=on
    )


# The day a spoken part of day names, counted back from the report: (days back, part of day).
_SAID_DAY = {
    "this morning": (0, "morning"), "this afternoon": (0, "afternoon"),
    "this evening": (0, "evening"), "tonight": (0, "evening"), "last night": (1, "night"),
}  # fmt: skip


def _spoken_minutes(words: str | None) -> int:
    """'forty-five' is 45, 'oh five' 5."""
    if not words:
        return 0
    return sum(_WORD_VALUE.get(w, 0) for w in regex.split(r"[\s-]+", words.lower()))


def _time(match: regex.Match[str], context: _Context) -> When:
    return When(
        *_span(match),
        kind="time",
        time=_clock(match),
        approximate=match.group("thedge") is not None,
    )


# --- durations -----------------------------------------------------------------------------------


def _duration(match: regex.Match[str], context: _Context) -> When:
    bare = _word(match, "bare")
    unit = _unit_name(bare if bare is not None else match.group("unit"))
    figure, vague = _amount(match)
    half = _word(match, "half")
    if half == "half":  # "half an hour", "a half-hour"
        figure = 0.5
    elif half is not None:  # "two and a half years", "three and three-quarter hours"
        figure += 0.75 if "three" in half else 0.25 if "quarter" in half else 0.5
    qualifier = _qualifier(match)
    approximate = vague or bool(qualifier) or match.group("num2") is not None
    seconds = figure * _UNIT_SECONDS[unit]
    return When(
        *_span(match),
        kind="duration",
        duration=seconds,
        approximate=approximate,
        qualifier=qualifier,
    )


def _qualifier(match: regex.Match[str]) -> str:
    """The hedge of a figure, as the quantities parser names it: "over" -> "more than"."""
    hedge = _word(match, "hedge")
    if hedge is None and "post" in match.re.groupindex and match.group("post") is not None:
        hedge = "or so"
    if hedge is None and "within" in match.re.groupindex and match.group("within") is not None:
        hedge = "within"
    return "" if hedge is None else _QUALIFIER[hedge]


_BUILDERS: dict[str, Callable[[regex.Match[str], _Context], When | None]] = {
    "iso": _numeric_date,
    "shift": _shift,
    "ctx": _context_relative,
    "rel": _relative,
    "time": _time,
    "spokentime": _spoken_time,
    "mdy": _named_date,
    "dmy": _named_date,
    "dmyw": _named_date,
    "us": _numeric_date,
    "ord": _ordinal_date,
    "part": _part,
    "day": _day,
    "win": _calendar_window,
    "month": _month,
    "yrange": _year_range,
    "year": _year,
    "spoken": _spoken_year,
    "dur": _duration,
    "durctx": _duration,
}


# --- joining a day and its clock time ------------------------------------------------------------


_AND_GAP = regex.compile(r",?\s+(?:and\s+)?", regex.I)


def _adds_up(text: str, before: When, after: When) -> bool:
    """Two lengths side by side, the larger first: "3 hours and 41 minutes", "2 hours 15
    minutes", "two hours, nine minutes and forty-one seconds": one length."""
    return (
        before.kind == "duration"
        and after.kind == "duration"
        and before.duration is not None
        and after.duration is not None
        and after.duration < before.duration
        and _AND_GAP.fullmatch(text, before.end, after.start) is not None
        # "waited for two hours, 30 minutes later a bus came": a comma, then another's length
        and not ("," in text[before.end : after.start] and _COUNTED_FROM.match(text, after.end))
    )


_COUNTED_FROM = regex.compile(r"\s+(?:later|after|before|earlier|ago)\b", regex.I)


def _sum_of(before: When, after: When, text: str) -> When:
    total = (before.duration or 0.0) + (after.duration or 0.0)
    return replace(_over(before, before, after, text), duration=total)


def _merge_gap(text: str, before: When, after: When) -> bool:
    """Only a comma or spaces between them: "Monday, at 10:00", "Friday, May 16"."""
    return _MERGE_GAP.fullmatch(text, before.end, after.start) is not None


def _merge(before: When, after: When, text: str, published: date | None = None) -> When | None:
    """One expression from a day and the clock time or date written next to it, else None."""
    if _takes_time(before) and after.kind == "time":
        return _over(replace(before, time=after.time), before, after, text)
    if before.kind == "day" and after.kind == "date":  # "Friday, May 16": the date says more
        weekday = before.weekday if after.weekday is None else after.weekday
        joined = replace(after, weekday=weekday, part_of_day=before.part_of_day)
        if before.date is not None and after.date is not None:
            joined = _year_near(joined, before.date)
        if (
            before.weekday is not None
            and joined.date is not None
            and joined.weekday != before.weekday
        ):
            joined = _year_of_weekday(joined, before.weekday, published)
        return _over(joined, before, after, text)
    if before.kind == "time" and _takes_time(after):  # "at 10:00 on Monday"
        return _over(replace(after, time=before.time), before, after, text)
    return None


def _year_near(item: When, near: date) -> When:
    """A date with no year written, in the year that puts it nearest the weekday written with
    it: that weekday was read with the clause's tense ("opens on Thursday, July 25")."""
    if item.date is None or _WRITTEN_YEAR.search(item.text) is not None:
        return item
    candidates = []
    for shift in (-1, 0, 1):
        try:
            candidates.append(item.date.replace(year=item.date.year + shift))
        except ValueError:  # February 29
            continue
    best = min(candidates, key=lambda d: abs(d - near))
    return replace(item, date=best, weekday=best.weekday(), earliest=best, latest=best)


def _year_of_weekday(item: When, weekday: int, published: date | None) -> When:
    """ "Results came in on Sunday, May 18" in a paper of May 17 with no year written: the
    neighbouring year whose May 18 is a Sunday, when that year is nearer the paper's day. Else
    the date is the nearest one and the weekday stays as written: "Thursday, July 25" in a
    paper of July 20 names a Friday, and the wrong weekday is for compare to see."""
    if item.date is None or _WRITTEN_YEAR.search(item.text) is not None:
        return item
    for shift in (1, -1):
        try:
            moved = item.date.replace(year=item.date.year + shift)
        except ValueError:  # February 29
            continue
        if moved.weekday() != weekday:
            continue
        if published is None or abs(moved - published) < abs(item.date - published):
            return replace(item, date=moved, weekday=weekday, earliest=moved, latest=moved)
    return replace(item, misnamed_weekday=weekday)


_WRITTEN_YEAR = regex.compile(rf"(?<![\d/])(?:{_YEAR}|/\d\d)(?!\d)")


def _takes_time(item: When) -> bool:
    """A single day without a clock time yet: "Monday", "May 16", "today" (not "overnight")."""
    if item.time is not None:
        return False
    calendar_relative = item.kind == "relative" and not item.approximate
    return item.kind in ("day", "date") or calendar_relative


def _over(item: When, before: When, after: When, text: str) -> When:
    return replace(item, start=before.start, end=after.end, text=text[before.start : after.end])
