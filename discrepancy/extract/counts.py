"""Count claims: numbers tied to a rule's trigger words ('seven people were killed').

Finds the count each rule's trigger gives, adds up parts that break a total down ('one woman and
two children'), reads ordinals ('a fourth passenger died') and other sources' figures for the
same count ('the ministry put the number at 3,100'). What a number counts and which trigger it
belongs to is decided in `counted`.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from dataclasses import replace

import regex

from discrepancy.extract.attribution import _attribution
from discrepancy.extract.counted import (
    _A_NUMBER_WORD,
    _counted_noun,
    _counts_another_noun,
    _counts_its_own,
    _describes_a_noun_before,
    _nearest_trigger,
)
from discrepancy.extract.figures import (
    _RATE,
    _RATE_LATER,
    _a_population,
    _changed_to,
    _excluded,
    _is_a_comparison_base,
    _period,
)
from discrepancy.extract.measures import _an_age_after_a_name
from discrepancy.extract.rules import Phrase
from discrepancy.extract.spans import _span_claim
from discrepancy.extract.subjects import _subject
from discrepancy.extract.tallies import tally_spans
from discrepancy.extract.text import _Sentence, _Text
from discrepancy.model import Claim, Interval, Quantity
from discrepancy.rulebook import Rule

_EACH_SIDE = regex.compile(
    r"^\W*(?:from|on|for)?\s*(?:each|either|both)\s+sides?\b|^\W*(?:each|apiece|per side)\b",
    regex.IGNORECASE,
)


# Running totals: the period they run over ("since 2022") is what makes two comparable.
_RUNNING_SINCE = regex.compile(
    # "since the outbreak of war" (not "since the outbreak began": a disease's own total)
    r"\bsince\s+(?:the\s+)?(?:\d+|start|beginning|invasion|january|february"
    r"|outbreak\s+of\s+(?:the\s+)?(?:war|fighting|hostilities|conflict|violence)|"
    r"march|april|may|june|july|august|september|october|november|december)\b",
    regex.I,
)
# "its largest drone attack since the start of the war": the since-phrase ranks the attack.
_SUPERLATIVE = regex.compile(
    r"\b(?:\w+est|first|most|record|worst|best|biggest|only)\b(?:\W+\w+){0,5}\W*$", regex.I
)
_RUNNING_TOTAL = regex.compile(
    r"\b(?:so far this|to date|over the (?:past|last) \w+ (?:years|months|decades)"
    r"|(?:war|conflict|fighting|invasion|pandemic|epidemic) (?:has|have|had) (?:killed|left)"
    r"|throughout the (?:war|conflict)"
    # "together they have killed six people in a week": a tally of several events
    r"|\btogether\b|in (?:a|one|a single|the same|just a|less than a) (?:week|month|fortnight|year)"
    r"|in (?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:days|weeks|months))",
    regex.I,
)


def _count_claims(text: _Text) -> Iterator[Claim]:
    count_rules = [r for r in text.rules.rulebook.rules if r.kind == "count"]
    if not count_rules:
        return
    by_trigger: dict[tuple[int, str], list[tuple[Claim, Quantity]]] = {}
    wholes = {q.total.start for q in text.quantities if q.total is not None}
    tallies = tally_spans(text)  # "voted 31 to 24": read as a tally, not a range
    for quantity in text.quantities:
        if (
            quantity.kind != "count"
            or any(lo <= quantity.start < hi for lo, hi in tallies)
            or _is_a_comparison_base(text, quantity)
            or _a_population(text, quantity)
            or _no_head_count(text, quantity)
        ):
            continue
        found = _count_claim(text, quantity)
        if found is not None:
            claim, trigger_at = found
            if quantity.total is not None and _the_whole_s_fate(text, quantity.total, trigger_at):
                continue  # "Three of the five dead were from Apatou": the five are the dead
            if (
                quantity.start in wholes
                and _says_only_the_whole(text, quantity, trigger_at)
                and not _the_whole_s_fate(text, quantity, trigger_at)
            ):
                continue  # "won 24 of the 60 seats": 'won' is the 24's; 60 is only the whole
            by_trigger.setdefault((trigger_at, claim.slot), []).append((claim, quantity))
    for quantity in _one_person(text):
        found = _count_claim(text, quantity)
        if found is not None and found[0].slot in _ONE_PERSON_SLOTS:
            claim, trigger_at = found
            by_trigger.setdefault((trigger_at, claim.slot), []).append((claim, quantity))
    counts: list[Claim] = []
    for parts in by_trigger.values():
        # "three deaths, two in a village and one in town" breaks a total down: only parts
        # that each name what they count add up.
        named = all(c.counted for c, _ in parts)
        if len(parts) == 1 or not named or not _coordinated(text, [q for _, q in parts]):
            counts.append(parts[0][0])
        else:
            counts.append(_sum_of(text, [c for c, _ in parts]))
    counts.extend(_ordinal_counts(text, count_rules, counts))
    counts.extend(_nth_of(text, count_rules, counts))
    counts.extend(_none_at_all(text))
    counts.sort(key=lambda c: c.start)
    yield from counts
    yield from _second_opinions(text, counts)


# "eleven point six deaths for every hundred thousand inhabitants": the rate's base
_RATE_BASE_BEFORE = regex.compile(r"\b(?:(?:for|in|out\s+of)\s+every|per)\s+$", regex.I)


def _no_head_count(text: _Text, quantity: Quantity) -> bool:
    """A rate's base ("for every 100,000 inhabitants") or a figure no one counts people in
    ("11.6 deaths" per so many) is no count of what happened."""
    if quantity.value is not None and not float(quantity.value).is_integer():
        return True
    return (
        _RATE_BASE_BEFORE.search(text.body, max(0, quantity.start - 16), quantity.start) is not None
    )


# "No deaths had been confirmed", "no one was hurt": a toll of zero, which a later report of
# two dead contradicts. "No further deaths" adds nothing and says nothing of the toll.
_NONE_AT_ALL = regex.compile(
    r"\b(?i:no)\s+(?P<trigger>deaths|fatalities|injuries|casualties)\b(?!\s+(?:among|from|of)\b)"
    r"|\b(?i:no\s+one|nobody)\s+(?:else\s+)?(?:was|were|is|are|has\s+been|had\s+been)\s+"
    r"(?:(?:fatally|reported|believed)\s+)?"
    r"(?P<trigger>killed|injured|hurt|wounded|missing)\b",
)
_ZERO_SLOTS = frozenset({"casualties.killed", "casualties.injured", "casualties.missing"})


def _none_at_all(text: _Text) -> Iterator[Claim]:
    for match in _NONE_AT_ALL.finditer(text.body):
        trigger = match.group("trigger").lower()
        rule = next((r for r in text.rules.triggers.get(trigger, ()) if r.id in _ZERO_SLOTS), None)
        if rule is None or _counts_from_a_comparison(text, match.start()):
            continue
        yield _span_claim(text, rule, match.span(), Interval(0, 0), "")


def _counts_from_a_comparison(text: _Text, at: int) -> bool:
    """'the worst since 2003, when no one was hurt': another event's zero."""
    sentence = text.sentences[text.sentence_of(at)]
    return _SINCE_WHEN.search(text.body, max(sentence.start, at - _PARTITION_REACH), at) is not None


_SINCE_WHEN = regex.compile(r"\b(?:in|since)\s+\d{4}\b|\bwhen\b", regex.I)


# "A man has been killed", "a woman was injured": the first toll is often one person, said
# with an article, not a number. Read only for tolls, where it is the count itself.
_ONE_PERSON_SLOTS = frozenset({"casualties.killed", "casualties.injured", "casualties.missing"})
_ONE_PERSON = regex.compile(
    r"(?<![\w'’-])(?P<a>[Aa]n?)\s+(?:[\w\-]+\s+)?(?P<noun>man|woman|boy|girl|child|person"
    r"|teenager|pedestrian|motorist|cyclist|passenger|worker|driver|baby|toddler|student"
    r"|resident|tourist|soldier|civilian|fisherman|farmer|miner|climber|hiker|guest|visitor"
    r"|spectator|fan|runner|patient|pensioner|grandmother|grandfather|mother|father|officer"
    r"|firefighter|inmate|prisoner|pilot|crew\s+member|swimmer|skier|motorcyclist|rider"
    r"|infant|newborn)\b"
    r"(?=\s+(?:has\s+been|had\s+been|was|is|has|had|died|drowned|\w+ed)\b)",
)
# "A man has been killed" is the toll only where a story opens with it: its first paragraph.
_ONE_PERSON_SENTENCES = 3
_A_CAUSE_BEFORE = regex.compile(r"\b(?:after|when|as|once)\s+$", regex.I)
_LISTED_BEFORE = regex.compile(r"(?:\band|\bor|,)\s*$", regex.I)
_NOT_THE_FIRST = regex.compile(
    r"\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|further|other|another)\b",
    regex.I,
)


def _one_person(text: _Text) -> Iterator[Quantity]:
    """'A man' before a toll's verb, as the count 1; not 'a man, 45,' nor a man who is named
    as one of several ('a man and a woman')."""
    for match in _ONE_PERSON.finditer(text.body):
        after = text.body[match.end() : match.end() + 12].lstrip()
        if after.startswith(("and ", ",", "who ", "whose ", "were ")):
            continue  # "a man and a woman", "a man, 45,": one of several, or not the subject
        if _LISTED_BEFORE.search(text.body, max(0, match.start() - 6), match.start()):
            continue  # "a 24-year-old man and a 31-year-old woman died": the second of two
        if text.match_at(_NOT_THE_FIRST, match.end("a")):
            continue  # "a third person has died": the ordinals say how many
        if _A_CAUSE_BEFORE.search(text.body, max(0, match.start() - 8), match.start()):
            continue  # "rose to seven after a rescued miner died": the last of them
        index = text.sentence_of(match.start())
        if text.sentences[index].paragraph > 0 or index >= _ONE_PERSON_SENTENCES:
            continue  # "A four-year-old girl died last week", deep in an update: one of them
        sentence = text.sentences[index]
        later = _NTH_OF.finditer(text.body, match.end(), sentence.end)
        if any(m.group(1).lower() != "first" for m in later):
            continue  # "An infant has died, the second death in the outbreak": not one
        start, end = match.span("a")
        yield Quantity(start, end, match.group("a"), 1.0, 1.0, value=1.0)


_ORDINAL_VALUE = {
    w: i
    for i, w in enumerate(
        "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(),
        start=2,
    )
}
_ORDINAL = regex.compile(
    r"\b(?:a|the)\s+(" + "|".join(_ORDINAL_VALUE) + r")\s+([\w\-]+)\b", regex.I
)


def _ordinal_counts(text: _Text, rules: Sequence[Rule], found: Sequence[Claim]) -> Iterator[Claim]:
    """'A fourth passenger ... died overnight': the toll has reached four (at least four)."""
    for rule in (r for r in rules if r.ordinals):
        for match in _ORDINAL.finditer(text.body):
            noun = match.group(2).lower()
            if noun not in rule.counted and f"{noun}s" not in rule.counted:
                continue  # "a fourth passenger", "a third miner": one more of those counted
            index = text.sentence_of(match.start())
            trigger = next(
                (
                    p
                    for p in text.phrases_near(text.sentences[index], match.span())
                    if p.start > match.end()
                    and rule in text.rules.triggers.get(p.text, ())
                    and text.same_clause(match.end(), p.start)
                ),
                None,
            )
            if trigger is None or any(
                c.slot == rule.id and c.start <= match.start() < c.end for c in found
            ):
                continue
            yield _ordinal_claim(text, rule, match, trigger, index)


_NTH = {"first": 1, **_ORDINAL_VALUE}
_NTH_OF = regex.compile(r"\b(?:the|its|their|a)\s+(" + "|".join(_NTH) + r")\s+([\w\-]+)\b", regex.I)


def _nth_of(text: _Text, rules: Sequence[Rule], found: Sequence[Claim]) -> Iterator[Claim]:
    """'the first death in an outbreak', 'the second death': the toll stood at that number."""
    for rule in (r for r in rules if r.ordinal_nouns):
        for match in _NTH_OF.finditer(text.body):
            if match.group(2).lower() not in rule.ordinal_nouns:
                continue
            if any(c.slot == rule.id and c.start <= match.start() < c.end for c in found):
                continue
            count = float(_NTH[match.group(1).lower()])
            yield _span_claim(
                text,
                rule,
                (match.start(), match.end()),
                Interval(count, count),
                match.group(2).lower(),
            )


def _ordinal_claim(
    text: _Text, rule: Rule, match: regex.Match[str], trigger: Phrase, index: int
) -> Claim:
    floor = float(_ORDINAL_VALUE[match.group(1).lower()])
    return _span_claim(
        text,
        rule,
        (match.start(), trigger.end),
        Interval(floor, None),
        match.group(2).lower(),
        qualifier="at least",
    )


# "The ministry put the number at about 3,100": another source's figure for the count just given.
_PUTS_THE_NUMBER = regex.compile(
    r"\b(?:put|puts|putting|placed|places|estimated|estimates|gave|gives|set|sets)\s+"
    r"(?:the|its|their|that)\s+(?:own\s+)?(?:number|figure|total|tally|count|toll|estimate)\s+"
    r"(?:at|as)\s+$",
    regex.I,
)


_PUTS_REACH = 120  # characters: the longest "put the number at" stands well inside this


def _second_opinions(text: _Text, claims: Sequence[Claim]) -> Iterator[Claim]:
    """A figure that 'puts the number at' counts what the claim just before it counts, in its
    own sentence or the one before in the same paragraph."""
    for quantity in text.quantities:
        if quantity.kind != "count":
            continue
        index = text.sentence_of(quantity.start)
        sentence = text.sentences[index]
        lo = max(sentence.start, quantity.start - _PUTS_REACH)
        puts = _PUTS_THE_NUMBER.search(text.body, lo, quantity.start)
        if puts is None or any(c.start <= quantity.start < c.end for c in claims):
            continue
        earlier = [
            c
            for c in claims
            if c.start < quantity.start
            and text.sentence_of(c.start) in (index, index - 1)
            and text.sentences[text.sentence_of(c.start)].paragraph == sentence.paragraph
        ]
        if earlier:
            who = _who_puts(text, sentence, puts.start())
            yield _restated(text, earlier[-1], quantity, index, who)


# Who puts the number: a short subject before the verb ("The Ministry of Health put ...").
_PUTTER = regex.compile(r"^\s*((?:the\s+)?\p{Lu}[\p{L}'\-]*(?:\s+[\p{L}'\-]+){0,5})\s+$")


def _who_puts(text: _Text, sentence: _Sentence, verb_at: int) -> str:
    found = _PUTTER.match(text.body[sentence.start : verb_at])
    return found.group(1) if found else ""


def _restated(text: _Text, antecedent: Claim, quantity: Quantity, index: int, who: str) -> Claim:
    span = (quantity.start, quantity.end)
    start, end = text.original_span(*span)
    return replace(
        antecedent,
        id=f"{text.article.id}#{start}-{antecedent.slot}",
        text=text.article.text[start:end],
        sentence=text.sentence_text(index, start, end),
        start=start,
        end=end,
        interval=_count_interval(text, quantity),
        qualifier=quantity.qualifier,
        attribution=who or _attribution(text, index, span),
    )


def _says_only_the_whole(text: _Text, whole: Quantity, trigger_at: int) -> bool:
    """A whole ('the 60 seats' of '24 of the 60 seats') is a fact only with a verb of its own
    after its noun ('88 out of 273 drones launched'), not the part's verb or its own noun."""
    if trigger_at < whole.start:
        return True
    first_word = next(text.words_after(whole.end, 1), None)
    return first_word is not None and trigger_at <= first_word[0]


def _the_whole_s_fate(text: _Text, whole: Quantity, trigger_at: int) -> bool:
    """'three of the five dead': the word of a fate right after the whole is the whole's."""
    first_word = next(text.words_after(whole.end, 1), None)
    if first_word is None or first_word[0] != trigger_at:
        return False
    return any(
        rule.fate
        for p in text.phrases_at(trigger_at)
        for rule in text.rules.triggers.get(p.text, ())
    )


# "one woman and two children", "two soldiers, three civilians": parts joined by 'and' or a
# comma add up; "five bodies, including two children" or "eight ... after five bodies" do not.
_COORDINATION = regex.compile(r"^[\w'\- ]*?(?:,\s*(?:and\s+)?|\s+and\s+|\s+plus\s+)$", regex.I)
_SUBSET = regex.compile(r"\b(?:including|among|of whom|of them|after|before|when|while)\b", regex.I)
# "27 people were arrested, six police officers were injured": a verb between closes the first
# figure's clause; the next figure is a count of its own.
_A_VERB_BETWEEN = regex.compile(r"\b(?:were|was|are|is|have|has|had|been)\b", regex.I)


def _coordinated(text: _Text, parts: Sequence[Quantity]) -> bool:
    for first, second in itertools.pairwise(parts):
        gap = text.body[first.end : second.start]
        if (
            _SUBSET.search(gap)
            or not _COORDINATION.match(gap)
            or len(gap.split()) > 4
            or _A_VERB_BETWEEN.search(gap)
        ):
            return False
    return True


def _sum_of(text: _Text, parts: list[Claim]) -> Claim:
    """'killed one woman and two children' is one claim of three killed, not two figures."""
    lows = [p.interval.low if p.interval else None for p in parts]
    highs = [p.interval.high if p.interval else None for p in parts]
    low = sum(x or 0.0 for x in lows)
    high = None if any(h is None for h in highs) else sum(h or 0.0 for h in highs)
    start, end = min(p.start for p in parts), max(p.end for p in parts)
    return replace(
        parts[0],
        text=text.article.text[start:end],
        start=start,
        end=end,
        interval=Interval(low, high),
        qualifier=next((p.qualifier for p in parts if p.qualifier), ""),
        counted=" + ".join(p.counted for p in parts),
    )


# "sheltering under a mango tree with her two children": the family one person is with.
_ONE_S_FAMILY = regex.compile(r"\b(?i:with)[ \t]+(?i:her|his|their|my|our)[ \t]+$")
# "the dead were over sixty", "victims were aged under 18": an age the people are beyond.
_BEYOND = regex.compile(r"(?i:over|under|above|below|older[ \t]+than|younger[ \t]+than)\b")
_A_COPULA_ENDS = regex.compile(
    r"\b(?i:were|are|was|is)[ \t]+(?i:all[ \t]+|mostly[ \t]+)?(?i:aged[ \t]+)?$"
)


def _count_claim(text: _Text, quantity: Quantity) -> tuple[Claim, int] | None:
    noun_end = (quantity.total or quantity).end
    partitive = text.match_at(_PARTITIVE, quantity.end)
    after = -1
    whole_noun = None
    before = max(0, quantity.start - 12)
    if partitive and _A_COPULA_BEFORE.search(text.body, before, quantity.start):
        return None  # "she was one of the five people pulled out alive": who she is, no count
    if quantity.total is None and partitive and not _counts_its_own(text, partitive.end()):
        part_of = text.match_at(_PART_OF_THEN, partitive.end())
        if part_of is None:
            return None  # "two of the dead": a part of a count, not the count
        # "Eight of those arrested had been charged": a count of the verb after the whole.
        noun_end, after = part_of.end("whole"), part_of.start("verb")
        # "more than 100 of the drones launched overnight were shot down": drones counted
        whole_at = partitive.end()
        first = next(text.words_after(whole_at, 1), None)
        if first is not None and _A_NUMBER_WORD.fullmatch(first[2]):
            whole_at = first[1]  # "Five of the seven inmates": the inmates are counted
        whole_noun = _counted_noun(text, whole_at)
        if whole_noun is not None and whole_noun[1] > noun_end:
            whole_noun = None
    if text.match_at(_COMPOUND, quantity.end):
        return None  # "a two-storey house", "a six-story building": a modifier, not a count
    if _NUMBERED.search(text.body, max(0, quantity.start - 10), quantity.start):
        return None  # "the shirt, number seventeen": a number that names, not a count
    if _ONE_S_FAMILY.search(text.body, max(0, quantity.start - 16), quantity.start):
        return None  # "who fled with her three children": one person's family, no count
    if _an_age_after_a_name(text, quantity):
        return None  # "The dead include Yassine, nine,": his age
    if (
        _BEYOND.match(quantity.text)
        and _A_COPULA_ENDS.search(text.body, max(0, quantity.start - 24), quantity.start)
        and not _counted_noun(text, noun_end)
    ):
        return None  # "most of the dead were over sixty": their age, not how many
    if _PART_BEFORE.search(text.body, max(0, quantity.start - 50), quantity.start):
        return None  # "Of the injured, four were in a serious condition": some of them
    if text.match_at(_AN_INCREMENT, quantity.end):
        return None  # "after two more patients died": the toll grew by two, it is not two
    if _A_WHOLE_SET_APART.search(text.body, max(0, quantity.start - 30), quantity.start):
        return None  # "2,100 nurses joined the strike, the unit said, out of roughly 3,000"
    if text.match_at(_A_PROPORTION, quantity.end) or _OF_A_PROPORTION.search(
        text.body, max(0, quantity.start - 24), quantity.start
    ):
        return None  # "one in five residents", "two votes in three": a share, not a count
    if _AFTER_A_RISE.search(text.body, max(0, quantity.start - 60), quantity.start):
        return None  # "the toll rose to 10 after three injured fans died": what was added
    found_noun = whole_noun or _counted_noun(text, noun_end)
    if _describes_a_noun_before(text, quantity, has_noun=found_noun is not None):
        return None
    # No counted noun: "the death toll rose to 7" and "7 dead" name what they count.
    if found_noun is None and _counts_another_noun(text, noun_end):
        return None  # "listed to one side", "three floors": the number counts its own noun
    sentence_start = text.sentences[text.sentence_of(quantity.start)].start
    if found_noun is None and _A_PARTITION.search(
        text.body, max(sentence_start, quantity.start - _PARTITION_REACH), quantity.start
    ):
        return None  # "Most were lifted from lifeboats; several were pulled from the water"
    noun = found_noun or (noun_end, noun_end, "")
    if text.match_at(_AMONG, noun[1]):
        return None  # "two children were among the dead": some of them
    if _AMONG_BEFORE.search(text.body, max(sentence_start, quantity.start - 40), quantity.start):
        return None  # "Among the dead were four students"
    if _INCLUDE_BEFORE.search(text.body, max(sentence_start, quantity.start - 12), quantity.start):
        return None  # "the arrests include four employees", "12 injured, including two children"
    after_noun = text.body[noun[1] : noun[1] + 40]
    rate = _RATE.match(after_noun)
    per = (rate.group(1) or rate.group(2)) if rate else ""
    best = _nearest_trigger(text, (quantity.start, noun[1]), noun[2], rate=bool(per), after=after)
    if best is None or _excluded(text, best[0], quantity):
        return None
    rule, trigger = best
    if trigger.start > noun[1] and (
        text.joins_a_clause(noun[1], trigger.start)
        or _ANOTHER_COUNT.search(text.body, noun[1], trigger.start)
    ):
        # "140,000 passengers were affected, and Sussex police arrested a couple"; "two
        # suspects were shot dead and four others were arrested": the verb is another's
        return None
    if not per and trigger.start > quantity.start:
        # "two or three people are killed each year": the verb's period makes it a rate
        following = text.body[trigger.end : trigger.end + 60]
        after_verb = _RATE.match(following) or _RATE_LATER.match(following)
        per = (after_verb.group(1) or after_verb.group(2)) if after_verb else ""
    elif not per:
        # "Road crashes kill thousands of people in Ethiopia every year": after the noun
        later = _RATE_LATER.match(after_noun)
        per = (later.group(1) or later.group(2)) if later else ""
    sentence_index = text.sentence_of(quantity.start)
    span = (min(quantity.start, trigger.start), max(noun[1], trigger.end))
    floor = trigger.text in rule.floors or (rule.parts and _one_of_the_groups(text, quantity, noun))
    # Keyed by the number's own place: one trigger can serve two numbers ("killing one woman
    # and two children").
    claim = replace(
        _span_claim(
            text,
            rule,
            span,
            _count_interval(text, quantity, floor=floor),
            noun[2],
            number_at=quantity.start,
            qualifier="at least" if floor else quantity.qualifier,
        ),
        per=_period(per)
        or _tally_of_days(text, sentence_index, quantity.start)
        or _cumulative(text, sentence_index, quantity.end),
        distributive=bool(_EACH_SIDE.match(after_noun)),
        found=_count_interval(text, quantity) if floor else None,
    )
    if aspect := rule.aspect(trigger.text):
        claim = replace(claim, counted=aspect)  # four condemned is not four damaged
    if rule.subject:
        side = text.match_at(_VOTED_FOR, trigger.end) if trigger.start > quantity.end else None
        subject = (
            side.group(1).lower()
            if side
            else _subject(text, (quantity.start, quantity.end), sentence_index)
        )
        if not subject:
            return None
        claim = replace(claim, subject=subject)
    return claim, trigger.start


_A_COPULA_BEFORE = regex.compile(r"\b(?:is|was|are|were|being|been)\s+$", regex.I)
# Another count with its own verb between a count and a verb after it.
_ANOTHER_COUNT = regex.compile(
    r"\band[ \t]+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|several|many|dozens)[ \t]+(?:[\w\-]+[ \t]+)?(?:were|was|are|is|have|had)\b",
    regex.I,
)
# "a patient and three crew members", "140 passengers and crew": one group of those the fact
# adds up, beside one that gives no figure (two figures joined by 'and' are added up).
_GROUP_BEFORE = regex.compile(
    r"\b(?:a|an)[ \t]+(?:[\w\-]+[ \t]+){0,2}?(?:and|plus)[ \t]+$", regex.I
)
_GROUP_AFTER = regex.compile(r"[ \t]+(?:and|plus)[ \t]+(?:a|an|its|their|the|crew)\b", regex.I)


def _one_of_the_groups(text: _Text, quantity: Quantity, noun: tuple[int, int, str]) -> bool:
    before = _GROUP_BEFORE.search(text.body, max(0, quantity.start - 40), quantity.start)
    return before is not None or text.match_at(_GROUP_AFTER, noun[1]) is not None


# "people voted Yes", "voted for Lopez": the side is named right after the verb.
_VOTED_FOR = regex.compile(r"\s+(?:for\s+|in\s+favou?r\s+of\s+)?(\p{Lu}[\p{L}\-]+)")

_PARTITIVE = regex.compile(r"\s+of\s+(?:the|them|those|these|whom|which|its|their)\b", regex.I)
# The whole a part is of, then the part's own verb: " arrested had been charged".
_PART_OF_THEN = regex.compile(
    r"(?P<whole>(?:\s+[\w\-]+){0,3}?"
    # "Five of the seven inmates who broke out of the prison on Saturday are back in custody"
    r"(?:\s+(?:who|that)\s+(?!(?:have|has|had|were|was|are|is)\b)[^,.;:]{1,80}?)?)"
    r"\s+(?:have|has|had|were|was|are|is)(?:\s+(?:since|now|also))?"
    r"(?:\s+been)?\s+(?P<verb>\w)",
    regex.I,
)

_COMPOUND = regex.compile(r"-\p{L}", regex.VERSION1)
_NUMBERED = regex.compile(r"\b(?i:number|no\.)\s*$")
_PART_BEFORE = regex.compile(
    r"\b(?i:of)\s+(?:(?i:them|whom|those|these)|(?i:the|those|these)(?:\s+[\w\-]+){0,3}?\s+"
    r"(?i:injured|dead|wounded|missing|hurt|arrested|detained|rescued|evacuated|killed|victims"
    r"|casualties|survivors))\s*,\s*(?i:at\s+least\s+|about\s+)?$"
    # "In Navobod alone, 1,150 people were left homeless": one place's share of the whole
    r"|\b(?i:in)\s+(?:\p{Lu}[\p{L}\-']+\s+){1,3}(?:(?i:governorate|province|district|region"
    r"|county|state|town|city|village)\s+)?(?i:alone)\s*,\s*(?i:at\s+least\s+|about\s+)?$",
    regex.VERSION1,
)
# "one in five", "two votes in three", "one in every ten": a proportion. Not "five in three
# days" (a length) or "three in 2019" (a year).
_TWO_TO_NINE = r"two|three|four|five|six|seven|eight|nine"
_A_PROPORTION = regex.compile(
    rf"(?:\s+[\p{{L}}\-]+)?\s+in\s+(?:every\s+)?(?:{_TWO_TO_NINE}|ten"
    r"|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|a\s+hundred|\d{1,3}(?!\d))\b"
    r"(?!\s+(?:\w+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b)"
    r"(?![.,:]\d)",
    regex.I,
)
# The whole a part was counted from, set apart by a comma ("88 out of 273 drones" is a part
# and its whole read together, as two linked facts).
_A_WHOLE_SET_APART = regex.compile(
    r",\s+out\s+of\s+(?:a\s+total\s+of\s+)?(?:about\s+|roughly\s+|some\s+|around\s+|nearly\s+"
    r"|almost\s+)?$",
    regex.I,
)
_OF_A_PROPORTION = regex.compile(
    rf"\b(?:one|{_TWO_TO_NINE}|\d{{1,2}})\s+(?:[\p{{L}}\-]+\s+)?in\s+"
    r"(?:every\s+)?$",
    regex.I,
)
# "two more patients died", "three further arrests": what was added, not the count itself;
# "seven more remain missing" still counts those who remain.
_AN_INCREMENT = regex.compile(
    r"\s+(?:more|further|additional|extra)\b(?!\s+(?:\w+\s+)?(?:remain|remained|remains|are|is"
    r"|were\s+still|are\s+still)\b)",
    regex.I,
)
_AFTER_A_RISE = regex.compile(
    r"\b(?:rose|risen|climbed|increased|jumped|went\s+up|grew"
    # "raised the number of injured to 19, saying five residents ... had not been counted"
    r"|(?:raised|raising|revised|revising)\s+the\s+(?:number|toll|count|tally|total)"
    r"(?:\s+of\s+[\w\-]+)?)"
    r"\s+to\s+[\w,.]+(?:\s+[\w,.]+){0,4}?"
    r"\s+(?:after|when|as|saying|adding|because)\s+(?:another\s+|a\s+further\s+)?$",
    regex.I,
)
# A group split into parts, the count after it one of them: "Most were lifted from lifeboats;
# several were pulled from the water".
_A_PARTITION = regex.compile(
    r"(?:^|[.;:]\s+|\b)(?i:most|many|some|the\s+rest|others)(?:\s+of\s+them)?\s+"
    r"(?:were|was|are|had|have)\b[^.]*[;,]\s*(?:and\s+|while\s+|but\s+)?$"
)
_PARTITION_REACH = 200  # characters back: a bound on a sentence that never ends
_AMONG = regex.compile(r"\s+(?:were|was|are|is)\s+among\b", regex.I)
# "Among the dead were four students": some of them, told first.
_AMONG_BEFORE = regex.compile(
    r"\b(?i:among)\s+(?:the\s+)?[\w\-]+\s+(?:\w+\s+)?(?:were|was|are|is)\s+$"
    # "Among those who died were nine members of the parish choir"
    r"|\b(?i:among)\s+those\s+(?:who\s+)?[\w\-]+(?:\s+[\w\-]+)?\s+(?:were|was|are|is)\s+$"
)
_INCLUDE_BEFORE = regex.compile(r"\b(?:include|includes|included|including)\s+$", regex.I)


def _count_interval(text: _Text, quantity: Quantity, *, floor: bool = False) -> Interval:
    """The figure the claim states; for 'the toll rose from 5 to 7' that is 7, not 5 to 7.
    A `floor` trigger leaves the top open: '23 bodies recovered' is at least 23 dead."""
    latest = _changed_to(text, quantity)
    if latest is not None:
        return replace(latest, high=None) if floor else latest
    high = None if floor else quantity.high
    return Interval(quantity.low, high, quantity.low_inclusive, quantity.high_inclusive)


def _cumulative(text: _Text, index: int, figure_end: int) -> str:
    """'The war has killed more than 10,000 civilians since 2022' is a running total, never
    the count of one attack: its period is the phrase that says so ('since 2022'), and only
    totals over the same period are compared. A period told after the figure past a comma is a
    later clause's: "would eliminate 5,400 positions in Germany, joining a list of companies
    that have announced cuts since the start of last year"."""
    if index not in text.periods:  # one reading per sentence, however many figures it holds
        text.periods[index] = _sentence_period(text, index)
    period, at = text.periods[index]
    if period and at > figure_end and "," in text.body[figure_end:at]:
        return ""
    return period


# A tally over the nights or days an event ran on: "a total of 31 arrested during the three
# nights of protests", "brings the total since Saturday to twenty-nine". One night's count is
# a part of it; two such tallies are one fact, however each words its span.
_TALLY_OF_DAYS = regex.compile(
    r"\b(?:during|over|across|in)\s+(?:the|those|these)\s+(?:two|three|four|five|six|seven"
    r"|several|\d+)\s+(?:nights|days)\b"
    r"|\btotal\s+(?:number\s+)?(?:\w+\s+)?since\s+(?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|the\s+(?:unrest|protests|riots|violence|fighting)\s+(?:began|started))\b",
    regex.I,
)
TALLY_OF_DAYS = "over the event's days"
_TALLY_REACH = 200  # characters around the figure: the tally's words stand in its clause


def _tally_of_days(text: _Text, index: int, at: int) -> str:
    """The figure's clause tallies the event's nights or days: "six arrested during the night,
    which brings the total since Saturday to twenty-nine" tallies twenty-nine, not six."""
    sentence = text.sentences[index]
    # the figure's neighbourhood only: a sentence that never ends must not cost its length
    # per figure
    window = (max(sentence.start, at - _TALLY_REACH), min(sentence.end, at + _TALLY_REACH))
    for found in _TALLY_OF_DAYS.finditer(text.body, *window):
        lo, hi = sorted((at, found.start()))
        if "," not in text.body[lo:hi] and text.same_clause(lo, hi):
            return TALLY_OF_DAYS
    return ""


def _sentence_period(text: _Text, index: int) -> tuple[str, int]:
    sentence = text.sentences[index]
    since = [
        m
        for m in _RUNNING_SINCE.finditer(text.body, sentence.start, sentence.end)
        if not _SUPERLATIVE.search(text.body[max(sentence.start, m.start() - 50) : m.start()])
    ]
    found = since[0] if since else _RUNNING_TOTAL.search(text.body, sentence.start, sentence.end)
    if found is None:
        return "", -1
    return regex.sub(r"\s+", " ", found.group().lower()), found.start()
