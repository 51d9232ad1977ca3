"""Measure and score claims: money, percentages, speeds, ages, durations and match scores.

Each figure with a unit (or a score's shape, or an age set off by commas) is matched to the
rule whose trigger stands nearest it, with the person or teams it belongs to. Separate from
counts: the figure's dimension, not a counted noun, says which rule it can serve.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

import regex

from discrepancy import units
from discrepancy.extract._common import MAX_TRIGGER_DISTANCE
from discrepancy.extract.attribution import _attribution
from discrepancy.extract.events import _event_for, _narrowing_category
from discrepancy.extract.figures import _changed_to, _excluded, _is_a_comparison_base, _rate_of
from discrepancy.extract.rules import Phrase
from discrepancy.extract.subjects import _sides, _subject, _unambiguous
from discrepancy.extract.text import _Sentence, _Text
from discrepancy.model import Claim, Quantity, ValueKind
from discrepancy.rulebook import Rule

_PER_UNIT = regex.compile(
    r"[ \t]*(?:a|an|per|each)\s+(?!(?:day|week|month|year|hour|quarter)s?\b)\p{L}", regex.I
)

_TALLY = r"(?:\d{1,2}|(?i:nil|zero|one|two|three|four|five|six|seven|eight|nine|ten))"
_SCORE_SHAPE = regex.compile(rf"{_TALLY}\s*[-–]\s*{_TALLY}")
_TALLY_WORDS = {"nil": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_TALLY_WORDS |= {"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# "The suspect, 19, was arrested": a small number set off by commas after a person is an age.
_APPOSITIVE_AGE = regex.compile(r",\s*$")
_A_PERSON_OF = regex.compile(
    r"\ban?\s+(?:man|woman|boy|girl|mother|father|widow|widower)\s+of\s+$", regex.I
)
_AN_AGE_BACK_THEN = regex.compile(r"\bthen[\s\-]+$", regex.I)
# A name after "a N-year-old".
_A_NAME_THEN = regex.compile(r"[ \t]+(\p{Lu}\p{Ll}+)\b", regex.VERSION1)
_NAME_THEN_BRACKET = regex.compile(r"\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+[ \t]*\($", regex.VERSION1)
_A_NAME_AND_COMMA = regex.compile(r"(\p{Lu}\p{Ll}[\p{L}'\-]*),[ \t]*$", regex.VERSION1)
_A_PERSON_IS = regex.compile(
    r"(?:\b(?i:he|she)|\p{Lu}\p{Ll}[\p{L}'\-]*[ \t]+(?P<surname>\p{Lu}\p{Ll}[\p{L}'\-]*))"
    r"(?:[ \t]+(?:is|was)|['\u2019]s)[ \t]+$",
    regex.VERSION1,
)
_WHO_IS = regex.compile(r",\s*(?:who|who's)\s+(?:is|was|is\s+now)?\s*$", regex.I)
MAX_AGE = 120


def _measure_claims(text: _Text) -> Iterator[Claim]:
    rules = [r for r in text.rules.rulebook.rules if r.kind in ("measure", "score")]
    if not rules:
        return
    claims = []
    sets_end = -1
    for quantity in text.quantities:
        if quantity.start < sets_end:
            continue  # a later set of a score read set by set
        dim = _dimension(text, quantity)
        if not dim or _is_a_comparison_base(text, quantity):
            continue
        fitting = [
            r
            for r in rules
            if (r.measure or r.kind) == dim and (not r.units or quantity.unit in r.units)
        ]
        claim = _measure_claim(text, quantity, fitting, dim) if fitting else None
        if claim is not None and dim == "score":
            sets = text.match_at(_SETS, quantity.end)
            if sets is not None:
                claim = _set_by_set(text, claim, quantity, sets.end())
                sets_end = sets.end()
        if claim is not None:
            claims.append(claim)
    roles = text.rules.rulebook.vocab.get("roles", frozenset())
    yield from _unambiguous(claims, roles, text.article.published)


def _an_age_back_then(text: _Text, quantity: Quantity) -> bool:
    """'the then-26-year-old', 'in 2022, a 26-year-old Adeyemi lost': a person's age at an
    older event, not their age now."""
    if _AN_AGE_BACK_THEN.search(text.body, max(0, quantity.start - 6), quantity.start):
        return True
    before = text.body[max(0, quantity.start - 4) : quantity.start]
    name = text.match_at(_A_NAME_THEN, quantity.end)
    # a surname the article names someone by, not a town ("a 21-year-old Eastmere man")
    return bool(_AN_BEFORE.search(before)) and name is not None and name.group(1) in text.surnames


_AN_BEFORE = regex.compile(r"\b[Aa]n?\s+$")


def _dimension(text: _Text, quantity: Quantity) -> str:
    dim = units.dimension(quantity)
    if quantity.kind == "age" and quantity.text.lower().endswith("olds"):
        return ""  # "two 17-year-olds": whose age is whose is not said
    if quantity.kind == "age" and _an_age_back_then(text, quantity):
        return ""
    if dim or quantity.kind != "count":
        return dim
    if _SCORE_SHAPE.fullmatch(quantity.text):
        return "score"  # "a 6-1 thrashing": the rules' score words decide
    if _is_appositive_age(text, quantity):
        return "age"
    return ""


_AND_A = regex.compile(r"[ \t]+and[ \t]+(?:an?|the|has|had|was|lives|works)\b", regex.I)


def _is_appositive_age(text: _Text, quantity: Quantity) -> bool:
    if quantity.low is None or quantity.low != quantity.high or not 0 < quantity.low < MAX_AGE:
        return False
    # "He is a man of thirty-eight": the age of a man, a woman, a child
    if _A_PERSON_OF.search(text.body, max(0, quantity.start - 24), quantity.start):
        return True
    # "Halvorsen, who is fifty-three, stood": a relative clause gives the age, said or written
    if _WHO_IS.search(text.body, max(0, quantity.start - 16), quantity.start) and (
        text.body.startswith((",", ".", ";"), quantity.end)
        or text.match_at(_AND_A, quantity.end) is not None  # "who is 44 and a native of ..."
    ):
        return True
    # "Joerg Wilmsen is fifty-seven and ...", "She's seventy-nine.": said of a person
    person = _A_PERSON_IS.search(text.body, max(0, quantity.start - 40), quantity.start)
    if (
        quantity.low == int(quantity.low)
        and person is not None
        and (not person.group("surname") or person.group("surname") in text.surnames)
        and (
            text.body.startswith((",", ".", ";"), quantity.end)
            or text.match_at(_AND_A, quantity.end) is not None
        )
    ):
        return True
    # "plant manager Haresh Bhanushali (54)": the age in brackets after a name, as the Indian
    # and Pakistani press write it
    bracketed = quantity.text.isdigit() and text.body.startswith(")", quantity.end)
    if bracketed and _NAME_THEN_BRACKET.search(
        text.body, max(0, quantity.start - 40), quantity.start
    ):
        return True
    # "Renato Pedrotti, 54, a local man" and, closing a sentence, "... Renato Pedrotti, 54."
    if not text.body.startswith((",", ".", ";"), quantity.end):
        return False
    if quantity.text.isdigit():
        return (
            _APPOSITIVE_AGE.search(text.body, max(0, quantity.start - 3), quantity.start)
            is not None
        )
    # "Abdul Malek, sixty-five, a boatman", as a broadcast spells it: right after a name
    return (
        _A_NAME_AND_COMMA.search(text.body, max(0, quantity.start - 40), quantity.start) is not None
    )


# Capitalised words before ", 52." that name no one: "by Monday, 52", "In total, 12."
_NOT_A_PERSON = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december total all overall in by on""".split()
)


def _an_age_after_a_name(text: _Text, quantity: Quantity) -> bool:
    """'identified as Ramesh Yadav, 43', 'Yassine, nine,': a person's age, no count."""
    if not _is_appositive_age(text, quantity):
        return False
    named = _A_NAME_AND_COMMA.search(text.body, max(0, quantity.start - 40), quantity.start)
    return named is not None and named.group(1).lower() not in _NOT_A_PERSON


def _measure_claim(
    text: _Text, quantity: Quantity, rules: Sequence[Rule], dim: str
) -> Claim | None:
    span = (quantity.start, quantity.end)
    index = text.sentence_of(quantity.start)
    found = _measure_rule(text, span, rules, quantity)
    if found is None:
        return None
    rule, trigger = found
    if _excluded(text, rule, quantity, trigger.text if trigger else ""):
        return None
    if (
        trigger is not None
        and trigger.start > quantity.end
        and text.match_at(_ITS_OWN_FIGURE, trigger.end)
    ):
        return None  # "lost 9.6 billion forints on revenue of 118 billion": the 118's word
    if dim == "money" and text.match_at(_PER_UNIT, quantity.end):
        return None  # "$1.04 a share", "$80 a barrel": a price of one, not the total
    subject = _subject(text, span, index, proper=dim != "age") if rule.subject else ""
    if rule.subject and not subject:
        return None
    if rule.teams:
        subject = _sides(text, span, text.sentences[index])
    claim_span = (min(span[0], trigger.start), max(span[1], trigger.end)) if trigger else span
    start, end = text.original_span(*claim_span)
    number_at = text.original_span(*span)
    base = Claim(
        id=f"{text.article.id}#{number_at[0]}-{rule.id}",
        article=text.article.id,
        slot=rule.id,
        value_kind=_value_kind(dim),
        text=text.article.text[start:end],
        sentence=text.sentence_text(index, start, end),
        start=start,
        end=end,
        qualifier=quantity.qualifier,
        counted=_variant(text, rule, trigger),
        attribution=_attribution(text, index, claim_span),
        event=_event_for(text, claim_span, index),
        unit=units.canonical_unit(quantity, dim) if dim != "score" else "",
        figure=text.article.text[number_at[0] : number_at[1]],
        subject=subject,
    )
    if dim == "score":
        return replace(base, name=_score(quantity.text))
    per = _rate_of(text.body, quantity.start, quantity.end)
    if rule.peak and quantity.qualifier == "up to" and quantity.high is not None:
        # "winds of up to 160 mph": the peak is 160, not anything up to it.
        quantity = replace(quantity, low=quantity.high, qualifier="")
        base = replace(base, qualifier="")
    # "£250m a day" is a rate: it meets only rates of the same period, never a total.
    latest = _changed_to(text, quantity)
    if latest is not None:
        # "turnout rose from 30% to 35%": the figure it reached, in the figure's own unit
        quantity = replace(quantity, low=latest.low, high=latest.high, qualifier="")
    interval = units.as_written(quantity, dim, exact=rule.exact)
    if not per and _TO_DATE.match(text.body, quantity.end, quantity.end + _TO_DATE_REACH):
        per = "so far"  # "263 millimetres of rain so far in May": a running total, no storm's
    return replace(base, interval=interval, per=per)


# A word after a figure that takes a figure of its own: "on revenue of about 118 billion".
_ITS_OWN_FIGURE = regex.compile(
    r"[ \t]+(?:of|at|to|was|were|is|reached|totalled|totaled)[ \t]+"
    r"(?:(?:about|around|some|nearly|almost|more[ \t]+than|over|roughly)[ \t]+)?"
    r"(?:[$€£¥₹]|[A-Z]{1,3}[$¢₵]?)?\d",
)
# A total that runs on ("so far in May", "so far this year", "to date"), told right after the
# figure: it meets only other running totals.
_TO_DATE = regex.compile(r"[^.;:!?]*?\b(?:so\s+far\s+(?:this|in)|to\s+date)\b", regex.I)
_TO_DATE_REACH = 40


# "6-4, 3-6, 7-6 (7-5), 6-3": a result told set by set, each set after the first.
_SETS = regex.compile(
    r"(?:[ \t]*\(\d{1,2}[-–]\d{1,2}\))?(?:,[ \t]*\d{1,2}[ \t]*[-–][ \t]*\d{1,2}"
    r"(?:[ \t]*\(\d{1,2}[-–]\d{1,2}\))?)+"
)
_ONE_SET = regex.compile(r"(\d{1,2})[ \t]*[-–][ \t]*(\d{1,2})(?![ \t]*\))")


def _set_by_set(text: _Text, claim: Claim, quantity: Quantity, end: int) -> Claim:
    """One result of all the sets, read from the winner's side whichever side is named first:
    '6-4, 3-6, 7-6, 6-3' and '4-6, 6-3, 6-7, 3-6' are one result; tiebreak points aside."""
    written = text.body[quantity.start : end]
    sets = [(int(a), int(b)) for a, b in _ONE_SET.findall(written)]
    if sum(a > b for a, b in sets) < sum(b > a for a, b in sets):
        sets = [(b, a) for a, b in sets]
    start, stop = text.original_span(quantity.start, end)
    end_at = max(claim.end, stop)
    return replace(
        claim,
        name=" ".join(f"{a}-{b}" for a, b in sets),
        figure=text.article.text[start:stop],
        text=text.article.text[claim.start : end_at],
        end=end_at,
    )


def _value_kind(dim: str) -> ValueKind:
    if dim == "score":
        return ValueKind.SCORE
    return ValueKind.DURATION if dim == "duration" else ValueKind.MEASURE


def _score(written: str) -> str:
    """'1-2' and '2–1' are one result: the higher tally first."""
    found = regex.findall(r"\d+|[A-Za-z]+", written)
    # only the tallies: a hedge read with the figure ("about 4-3") is no side's goals
    numbers = (
        int(x) if x.isdigit() else _TALLY_WORDS[x.lower()]
        for x in found
        if x.isdigit() or x.lower() in _TALLY_WORDS
    )
    tallies = sorted(numbers, reverse=True)
    return "-".join(str(t) for t in tallies)


def _measure_rule(
    text: _Text, span: tuple[int, int], rules: Sequence[Rule], quantity: Quantity
) -> tuple[Rule, Phrase | None] | None:
    """The rule whose trigger stands nearest the figure in its clause; a per-person rule with
    no triggers (an age) takes any figure of its measure. Of two rules one trigger serves
    ("pay 6 million soles in civil damages": a cost's damage or a court's damages), the one
    whose exclusion words do not hold."""
    sentence = text.sentences[text.sentence_of(span[0])]
    if _length_of_the_noun_after(text, span, rules, quantity):
        return None  # "ending a four-day manhunt": the manhunt's length, no prison term
    best: tuple[int, str, Rule, Phrase | None] | None = None
    for phrase in text.phrases_near(sentence, span):
        if not text.same_clause(phrase.start, span[0]):
            continue
        for rule in text.rules.triggers.get(phrase.text, ()):
            if rule not in rules:
                continue
            narrowed = rule.narrows(phrase.text)
            if narrowed and not rule.serves_in(phrase.text, _narrowing_category(text, span)):
                continue  # "the Fjellfly share fell 4%": a stock, no vote, in a merger story
            distance = text.distance(span, (phrase.start, phrase.end))
            if _heads_the_figure(text, span, phrase):
                distance = -1  # "a £24 million redundancy package": the package's, whatever
                # verb stands nearer ("set aside a £24 million ... package")
            if distance > MAX_TRIGGER_DISTANCE:
                continue
            tied_but_excluded = (
                best is not None
                and distance == best[0]
                and _excluded(text, best[2], quantity, best[3].text if best[3] else "")
            )
            if best is None or distance < best[0] or tied_but_excluded:
                best = (distance, rule.id, rule, phrase)
    if best is not None:
        return best[2], best[3]
    head = _subject_head(text, sentence, span, rules)
    if head is not None:
        return head
    untriggered = next((r for r in rules if not r.triggers), None)
    return (untriggered, None) if untriggered else None


def _length_of_the_noun_after(
    text: _Text, span: tuple[int, int], rules: Sequence[Rule], quantity: Quantity
) -> bool:
    """'a 20-year sentence' is a term; 'a four-day manhunt' is the manhunt's length: a length
    joined to its noun by a hyphen belongs to that noun unless a rule's trigger starts there."""
    if quantity.kind != "duration" or "-" not in quantity.text:
        return False
    after = next(text.words_after(span[1], 1), None)
    if after is None:
        return False
    return not any(
        rule in rules
        for p in text.phrases_at(after[0])
        for rule in text.rules.triggers.get(p.text, ())
    )


# The words a figure's noun may stand behind: "a £24 million redundancy and retraining package".
# Not "$900m and net profit": an "and" right after the figure starts another one.
_MODIFIERS = regex.compile(
    r"(?![ \t]+and\b)(?:[ \t]+(?!(?:in|of|on|at|for|to|from|by|with|was|were|is|are|has"
    r"|have|had|will|would|the|a|an|and\s+the)\b)[\p{Ll}\-]+){0,3}[ \t]+$",
    regex.VERSION1,
)


def _heads_the_figure(text: _Text, span: tuple[int, int], phrase: Phrase) -> bool:
    """Is the trigger the noun the figure stands before ('a £24 million ... package')?"""
    if phrase.start < span[1] or phrase.start - span[1] > _MODIFIERS_REACH:
        return False
    return _MODIFIERS.fullmatch(text.body, span[1], phrase.start) is not None


_MODIFIERS_REACH = 48


# "The cost of cleaning up the oil spilled on the coast is now estimated at 65 million euros":
# the trigger heads the sentence's subject, the figure ends its predicate, however long the
# subject in between.
_SUBJECT_OPENS = regex.compile(
    r"(?:^|\s[-\u2013\u2014]\s|[.:;]\s)\s*(?i:the|its|their|total)\s+(?:[\w\-]+\s+)?$"
)
_PREDICATE_BEFORE = regex.compile(
    r"\b(?:(?:is|was|are|were|has\s+been|had\s+been|will\s+be)\s+(?:now\s+|currently\s+"
    r"|initially\s+|officially\s+)?(?:estimated|put|valued|expected|projected|calculated"
    r"|forecast|set|pegged|thought\s+to\s+be)\s+at|(?:stands?|stood|remains?|remained)\s+at"
    r"|reached|totalled"
    r"|totaled|topped|came\s+to|amounts?\s+to|amounted\s+to|(?:rose|risen|climbed)\s+to)"
    r"\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?$",
    regex.I,
)


def _subject_head(
    text: _Text, sentence: _Sentence, span: tuple[int, int], rules: Sequence[Rule]
) -> tuple[Rule, Phrase] | None:
    if not _PREDICATE_BEFORE.search(text.body, max(sentence.start, span[0] - 60), span[0]):
        return None
    for phrase in text.phrases_near(sentence, span):
        if phrase.start >= span[0]:
            break
        if not _SUBJECT_OPENS.search(text.body, sentence.start, phrase.start):
            continue
        if not text.same_clause(phrase.start, span[0]):
            return None
        found = [r for r in text.rules.triggers.get(phrase.text, ()) if r in rules]
        return (found[0], phrase) if found else None
    return None


def _variant(text: _Text, rule: Rule, trigger: Phrase | None) -> str:
    """'operating profit' and 'net profit' are two facts: the word before the trigger says which;
    a council's budget and a storm's damage are two costs: the trigger's aspect says which."""
    if trigger is None:
        return ""
    if aspect := rule.aspect(trigger.text):
        return aspect
    if not rule.variants:
        return ""
    before = text.body[max(0, trigger.start - 30) : trigger.start].lower().split()[-2:]
    return next((w for w in before if w in rule.variants), "")
