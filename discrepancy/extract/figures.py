"""What the words around a figure say it is not, for counts and measures alike.

A comparison base ('up from 31% last year'), a rule's exclusion words ('prosecutors had sought
20 years') and a rate ('£250m a day'): both number readers apply the same tests, so they are
shared here rather than copied.
"""

from __future__ import annotations

import bisect
import functools

import regex

from discrepancy import quantities
from discrepancy.extract._common import _A_YEAR_BACK, NUMBER_WORDS
from discrepancy.extract.text import _CLAUSE_BREAK, _Text
from discrepancy.model import Interval, Quantity
from discrepancy.rulebook import Rule

# "150 million CFP francs (1.26 million euros) a day", "Tk 1,500 crore, or about $123 million,
# a day": past a conversion too; "every single day" as well.
_RATE = regex.compile(
    r"^\W*(?:\([^()]{0,40}\)[ \t]*|or[ \t]+[^,;.()]{1,30},[ \t]*)?"
    r"(?:(?:a|an|per|each|every)(?:\s+single)?\s+(day|week|month|year|hour)\b"
    r"|(daily|weekly|monthly|annually)\b)",
    regex.IGNORECASE,
)


# "more than 6,000 people killed in traffic accidents each year": the period a few words on,
# with no comma between ("each", "every" or "per": "killed a day after" is no rate).
_RATE_LATER = regex.compile(
    r"^(?:[ \t]+[\w\-]+){1,4}?[ \t]+(?:each|every|per)[ \t]+(day|week|month|year)\b"
    r"|^(?:[ \t]+[\w\-]+){1,4}?[ \t]+(annually)\b",
    regex.IGNORECASE,
)


# "every day of the strike costs the economy £250m": the period named before the figure.
_RATE_BEFORE = regex.compile(
    r"\b(?:every|each|per)\s+(day|week|month|year|hour)\b[^.;:!?,]{0,60}$", regex.IGNORECASE
)


def _rate_of(body: str, start: int, end: int) -> str:
    """The period a figure is a rate of ('£250 million a day'), or ''."""
    after = _RATE.match(body[end : end + 40])
    if after:
        return _period(after.group(1) or after.group(2))
    before = _RATE_BEFORE.search(body, max(0, start - 80), start)
    return _period(before.group(1)) if before else ""


def _period(rate: str) -> str:
    return rate.removesuffix("ly").replace("dai", "day").replace("annual", "year")


# "rose to $4.2bn from $3.9bn", "compared with 31% last time": the figure after these is the
# old value a new one is measured against, not a fact of the event.
_BASE_BEFORE = regex.compile(
    r"\b(?:from|compared\s+(?:with|to)|versus|vs\.?|against|up\s+on|down\s+on)\s+$", regex.I
)

# "which had 27 seats before the election", "held 40 seats previously": the state before.
_BEFORE_IT = r"(?:before\s+the\s+(?:election|vote|poll|ballot)|previously|until\s+now)"
_BASE_NEAR = regex.compile(rf"\b{_A_YEAR_BACK}\b", regex.I)
_STATE_BEFORE = regex.compile(rf"^(?:[\w\-]+\s+)?{_BEFORE_IT}\b", regex.I)


def _is_a_comparison_base(text: _Text, quantity: Quantity) -> bool:
    before = text.body[max(0, quantity.start - 30) : quantity.start]
    if _BASE_BEFORE.search(before):
        return True
    after = [w for _, _, w in text.words_after(quantity.end, 5)]
    window = " ".join(after)
    base = _BASE_NEAR.match(window) or _BASE_NEAR.search(window[:24])
    if base is not None and _LAST_YEAR.fullmatch(base.group()) and _a_result(text, quantity):
        # "a net profit of 124 million euros last year": the year a company's result is for;
        # only after a newer figure ("rose 8% to $4.2bn, against $3.9bn last year") the old one
        return _a_figure_before(text, quantity)
    return base is not None or _STATE_BEFORE.match(window) is not None


_LAST_YEAR = regex.compile(r"(?:the\s+)?(?:last|previous|prior)[\s-]year", regex.I)
# A company's results, which are told for a year ("profit of 124 million euros last year");
# any other figure "last year" is the year before's: a base, or a statistic of its own.
_RESULT_WORDS = regex.compile(
    r"\b(?:revenues?|sales|turnover|profits?|losses|net\s+income|earnings|ebitda)\b", regex.I
)


def _a_result(text: _Text, quantity: Quantity) -> bool:
    sentence = text.sentences[text.sentence_of(quantity.start)]
    start = max(sentence.start, quantity.start - 80)
    return _RESULT_WORDS.search(text.body, start, quantity.start) is not None


def _a_figure_before(text: _Text, quantity: Quantity) -> bool:
    """Another figure of the same kind earlier in the figure's sentence."""
    sentence = text.sentences[text.sentence_of(quantity.start)]
    lo = bisect.bisect_left(text.quantity_starts, sentence.start)
    hi = bisect.bisect_left(text.quantity_starts, quantity.start)
    # the nearest few: a sentence of thousands of figures must not cost a scan per figure
    return any(other.kind == quantity.kind for other in text.quantities[max(lo, hi - 8) : hi])


# "a farming town of about 4,200 people", "home to 90,000 people", "a population of 4,200": a
# population, not a count of those the event touched. ("The village's 750 inhabitants were
# evacuated" is a count: every one of them left.)
_POPULATION_BEFORE = regex.compile(
    r"(?:\b(?P<place>[\w\-]+)\s+of\s+(?:(?:about|some|around|roughly|nearly|almost|just|over"
    r"|under|more\s+than|fewer\s+than|less\s+than)\s+)?"
    r"|\bpopulation\s+(?:of\s+)?(?:about\s+|some\s+|around\s+|roughly\s+)?"
    r"|\bhome\s+to\s+(?:about\s+|some\s+|around\s+|roughly\s+)?)$",
    regex.I,
)


def _a_population(text: _Text, quantity: Quantity) -> bool:
    before = _POPULATION_BEFORE.search(text.body, max(0, quantity.start - 45), quantity.start)
    if before is None:
        return False
    place = before.group("place")
    settlements = text.rules.rulebook.vocab.get("settlements", frozenset())
    return place is None or place.lower() in settlements  # "population of", "home to"


_ANOTHER_FIGURE = regex.compile(NUMBER_WORDS, regex.I)
_CONVERSION_ASIDE = regex.compile(r"[ \t]*\([^()\n]{0,60}\)")
_EXCLUDE_BEFORE_WORDS = 5
_EXCLUDE_AFTER_WORDS = 5
_WHOLE_WORDS = 5  # a partitive's whole: "of the 67 people admitted after the blast"
_PARTITIVE_OF = (["of"], ["of", "the"], ["out", "of"], ["out", "of", "the"])


_OPENS_ADDED = regex.compile(r"\s*(?i:another|a\s+further|an\s+additional|an\s+extra)\s+")


def _an_increment(text: _Text, rule: Rule, quantity: Quantity) -> bool:
    """'Another 230 mm of rain fell': what was added, not the total. A count is added to one
    only after a sentence of the same fact: after one of the dead, 'Another 17 people were
    injured' gives the injured."""
    index = text.sentence_of(quantity.start)
    if not _OPENS_ADDED.fullmatch(text.body, text.sentences[index].start, quantity.start):
        return False
    if rule.kind == "measure":
        return True
    triggers = set(rule.triggers)
    return any(
        p.text.lower() in triggers
        for back in range(max(0, index - 2), index)
        for p in text.phrases_in(text.sentences[back])
    )


def _excluded(text: _Text, rule: Rule, quantity: Quantity, trigger: str = "") -> bool:
    """'prosecutors had sought 20 years', 'a speed limit of 80 km/h', '1-1 at half-time':
    the rule's exclusion words near the figure make it another fact, unless the word is part
    of the trigger found itself ('price' of 'the price tag ... is 1.4 billion zloty')."""
    if rule.gap_cues and _a_gap(text, rule, quantity):
        return True
    if _an_increment(text, rule, quantity):
        return True
    excludes = tuple(w for w in rule.excludes if w not in trigger)
    if not excludes:
        return False
    sentence = text.sentences[text.sentence_of(quantity.start)]
    lo = bisect.bisect_left(text.word_starts, quantity.start) - _EXCLUDE_BEFORE_WORDS
    start = max(sentence.start, text.word_starts[max(lo, 0)] if text.word_starts else 0)
    before = text.body[start : quantity.start]
    if not text.same_clause(start, quantity.start):
        before = _CLAUSE_BREAK.split(before)[-1]
    # the figure's own hedge counts too: "a fine of up to MVR 12,000" is the law's most
    before += " " + _A_DIGIT.split(quantity.text, maxsplit=1)[0]
    after_words: list[str] = []
    reach = _EXCLUDE_AFTER_WORDS
    # past a conversion in brackets: "6 million soles (about $1.6 million) in civil damages"
    aside = text.match_at(_CONVERSION_ASIDE, quantity.end)
    after_at = aside.end() if aside is not None else quantity.end
    for _, _, word in text.words_after(after_at, _EXCLUDE_AFTER_WORDS + _WHOLE_WORDS):
        if len(after_words) >= reach:
            break
        if _ANOTHER_FIGURE.fullmatch(word):
            if after_words not in _PARTITIVE_OF:
                break  # "injured 41 people, eight of whom remain in hospital": the eight remain
            # "23 of the 67 people admitted were still in hospital": the part's verb comes
            # after its whole, so look past the whole
            reach += _WHOLE_WORDS
        after_words.append(word)
    after = " ".join(after_words)
    window = f" {before.lower()} | {after} "
    return _excludes_pattern(excludes).search(window) is not None


# "by 936 votes", "to 714 votes": where a gap between two sides is stated; "by 32 votes to
# 23" is a tally, not a gap.
_GAP_BEFORE = regex.compile(
    r"\b(?:by|to)\s+(?:just\s+|only\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+)?$",
    regex.I,
)
_TALLY_AFTER = regex.compile(r"\s+(?:\w+\s+)?to\s+\d", regex.I)


def _a_gap(text: _Text, rule: Rule, quantity: Quantity) -> bool:
    """'leads the race for governor by 936 votes', 'cut his lead over her to 714 votes': the
    gap between two sides, told with one of the rule's gap words earlier in the clause."""
    sentence = text.sentences[text.sentence_of(quantity.start)]
    if not _GAP_BEFORE.search(text.body, max(sentence.start, quantity.start - 16), quantity.start):
        return False
    if text.match_at(_TALLY_AFTER, quantity.end):
        return False
    clause = _CLAUSE_BREAK.split(text.body[sentence.start : quantity.start])[-1].lower()
    return _excludes_pattern(rule.gap_cues).search(clause) is not None


_A_DIGIT = regex.compile(r"\d")


@functools.lru_cache(maxsize=256)
def _excludes_pattern(words: tuple[str, ...]) -> regex.Pattern[str]:
    return regex.compile(r"(?<!\w)(?:" + "|".join(map(regex.escape, words)) + r")(?!\w)")


# "the toll rose from 5 to 7", "cut its rate from 5.25% to 5%": a change, whose fact is the
# figure it reached; the one it started from is an older state.
_CHANGE_VERB = regex.compile(
    r"\b(?:rose|risen|rises|rising|climbed|increased|jumped|grew|fell|dropped|declined|revised"
    r"|cut|raised|lowered|slashed|reduced|lifted|went\s+(?:up|down))(?:\s+[\w']+){0,3}?\s+$",
    regex.I,
)
_TO = regex.compile(r"\s(?:to|and)\s", regex.I)


def _changed_to(text: _Text, quantity: Quantity) -> Interval | None:
    """For 'rose from 5 to 7' the figure it rose to, else None."""
    if not quantity.text.lower().startswith("from "):
        return None
    before = text.body[max(0, quantity.start - 30) : quantity.start]
    if not _CHANGE_VERB.search(before):
        return None
    to = [m for m in _TO.finditer(quantity.text)]
    latest = quantities.parse(quantity.text[to[-1].end() :]) if to else []
    if not latest:
        return None
    q = latest[0]
    return Interval(q.low, q.high, q.low_inclusive, q.high_inclusive)
