"""Read an article's claims: numbers, days and durations tied to the rules' facts, and names."""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

import regex

from discrepancy import quantities, units, when
from discrepancy.align import days_overlap
from discrepancy.defaults import ABOUT_TOLERANCE
from discrepancy.model import (
    Article,
    Claim,
    Day,
    Event,
    Interval,
    Lead,
    Quantity,
    ValueKind,
    When,
)
from discrepancy.names import find_person_names
from discrepancy.rulebook import NAME_SLOT, Rule, Rulebook
from discrepancy.sentences import paragraph_spans, split_sentences
from discrepancy.textnorm import normalise

_WORD = regex.compile(r"\w+(?:['\-]\w+)*")
_SENTENCE_END = regex.compile(r"[.!?]\s")
_CLAUSE_BREAK = regex.compile(r"[;:()]|\s-\s")
# How far (in words) a number may stand from the word that says what it counts.
MAX_TRIGGER_DISTANCE = 8
MAX_NOUN_DISTANCE = 5
# A self-counting word after its number stands right by it: "7 dead", "40 injured".
MAX_SELF_COUNTING_AFTER = 1
_COMMA_COST = 2
_RATE = regex.compile(
    r"^\W*(?:a|an|per|each|every)\s+(day|week|month|year|hour)\b|^\W*(daily|weekly|monthly|annually)\b",
    regex.IGNORECASE,
)
_PER_UNIT = regex.compile(
    r"\W*(?:a|an|per|each)\s+(?!(?:day|week|month|year|hour|quarter)s?\b)\p{L}", regex.I
)
_EACH_SIDE = regex.compile(
    r"^\W*(?:from|on|for)?\s*(?:each|either|both)\s+sides?\b|^\W*(?:each|apiece|per side)\b",
    regex.IGNORECASE,
)
# Who said it: "according to local media", ", police said", "Ukraine's air force reported".
# "claimed" reports speech, but "the storm claimed three lives" takes a toll: not before a number.
_SAID = (
    r"(?:said|says|say|reported|reports|(?:claimed|claims)(?!\s+(?:the\s+lives|\d|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|dozens|hundreds|at\s+least|more\s+than))"
    r"|confirmed|announced|told|estimated|estimates|counted)\b"
)
_ATTRIBUTION = regex.compile(
    r"according to ((?:the )?[\w'.\- ]{2,60}?)(?=[,;]|(?<!\b\p{Lu})\.|$)"
    r"|(?:^|,\s*)((?:the |an? )?[\w'.\-]+(?: [\w'.\-]+){0,4}?)(?:, [^,;]{2,60},)? "
    + _SAID
    + r"|((?:the |\p{Lu})[\w'.\-]*(?: [\w'.\-]+){0,5}?) "
    + _SAID,
    regex.VERSION1,
)
_PLACE = regex.compile(
    r"\b(?i:in|near|at|outside|inside|across|targeting|on)\s+"
    r"((?:the\s+)?\p{Lu}[\p{L}'\-]+(?:\s+\p{Lu}[\p{L}'\-]+){0,2})",
    regex.VERSION1,
)
_NOT_PLACES = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december the
    """.split()
)
_PROPER_WORD = regex.compile(r"(?<=\s)\p{Lu}[\p{L}\-]{2,}", regex.VERSION1)
_DAY_KINDS = frozenset({"day", "date", "relative", "window", "time"})
_STATEMENT = "statement"
_DETERMINERS = frozenset("a an the his her their its this that separate same".split())
# "The day before" counts from the day just written; "overnight" from the article's own day.
_ANAPHORIC = regex.compile(
    r"\b(?:before|after|earlier|later|previous|prior|next|following|that)\b", regex.I
)
# A duration is an event's length only when said so: "lasted two hours", "for three hours",
# "a two-hour-long liturgy". "The first meeting in years" says how long since, not how long.
_LENGTH_CUE = regex.compile(
    r"\b(?:lasted|lasting|lasts|last|for|spent|took|taking|running|needed|needing|required)\b",
    regex.I,
)
_CHANGE_VERB = regex.compile(
    r"\b(?:rose|risen|rises|rising|climbed|increased|jumped|grew|fell|dropped|declined|revised)"
    r"(?:\s+\w+)?\s+$",
    regex.I,
)
# Running totals: the period they run over ("since 2022") is what makes two comparable.
_RUNNING_SINCE = regex.compile(
    r"\bsince\s+(?:the\s+)?(?:\d+|start|beginning|outbreak|invasion|january|february|"
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
_SINCE_CUE = regex.compile(r"^(?:in|since|after|over the past|over the last|within)\b", regex.I)
# For a day (not a duration), only these open a span: "in February 2023" dates an event.
# "the first strike since 2019, when 1,500 workers walked out": the year dates the when-clause.
_WHEN_CLAUSE = regex.compile(r",?\s+when\b", regex.I)
_SPAN_START = regex.compile(
    r"^(?:since|after|over the past|over the last|within|by|until|from)\b", regex.I
)


@dataclass(frozen=True, slots=True)
class Phrase:
    """A rule trigger or an event word found in the text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class CompiledRules:
    """The rulebook turned into one matcher, built once per run."""

    rulebook: Rulebook
    pattern: regex.Pattern[str]
    triggers: dict[str, tuple[Rule, ...]]
    categories: dict[str, str]  # an event word's category (its first, for ambiguous words)
    ambiguous: dict[str, tuple[str, ...]]  # "strike": attack or labour, as the article shows
    cues: dict[str, str]  # "union": no event, but a vote for the labour sense of "strike"
    nouns: frozenset[str]
    other_event_pattern: regex.Pattern[str]
    about_tolerance: float = ABOUT_TOLERANCE


def compile_rules(rulebook: Rulebook, *, about_tolerance: float = ABOUT_TOLERANCE) -> CompiledRules:
    """`about_tolerance`: the half-width of 'about 1,000' as a share of it (0.1: 900 to 1,100)."""
    triggers: dict[str, list[Rule]] = {}
    for rule in rulebook.rules:
        for word in rule.triggers:
            triggers.setdefault(word, []).append(rule)
    senses: dict[str, list[str]] = {}
    for event in rulebook.events:
        for word in event.words:
            senses.setdefault(word, []).append(event.category)
    categories = {word: found[0] for word, found in senses.items()}
    ambiguous = {word: tuple(found) for word, found in senses.items() if len(found) > 1}
    cues = {word: e.category for e in rulebook.events for word in e.cues if word not in senses}
    phrases = sorted(set(triggers) | set(categories) | set(cues), key=len, reverse=True)
    # One trie of every phrase: it fails on a first letter, not once per phrase (the phrase
    # list grew past 600), and still prefers the longest phrase.
    pattern = regex.compile(r"\b(?:" + quantities.word_alternation(phrases) + r")\b", regex.I)
    nouns = frozenset(w for rule in rulebook.rules for w in rule.counted)
    markers = "|".join(regex.escape(m) for m in rulebook.other_event) or r"(?!)"
    # The marker, then at most two adjectives, right before the event word.
    other_event = regex.compile(rf"\b(?:{markers})\s+(?:[\w'\-]+\s+){{0,2}}$")
    return CompiledRules(
        rulebook,
        pattern,
        {k: tuple(v) for k, v in triggers.items()},
        categories,
        ambiguous,
        cues,
        nouns,
        other_event,
        about_tolerance,
    )


@dataclass(frozen=True, slots=True)
class _Sentence:
    start: int
    end: int
    paragraph: int


class _Text:
    """One article's body, normalised, with the indexes every extractor needs."""

    def __init__(self, article: Article, rules: CompiledRules) -> None:
        self.article = article
        self.rules = rules
        raw_body = article.text[article.body_start :]
        self.norm = normalise(raw_body)
        self.body = self.norm.text
        paragraphs = paragraph_spans(self.body)
        para_starts = [p[0] for p in paragraphs]
        self.sentences = [
            _Sentence(s, e, max(0, bisect.bisect_right(para_starts, s) - 1))
            for s, e in split_sentences(self.body)
        ]
        self.sentence_starts = [s.start for s in self.sentences]
        words = [m.span() for m in _WORD.finditer(self.body)]
        self.word_starts = [start for start, _ in words]
        self.word_ends = [end for _, end in words]
        self.phrases = [
            Phrase(m.start(), m.end(), regex.sub(r"\s+", " ", m.group().lower()))
            for m in rules.pattern.finditer(self.body)
            if not _part_of_a_name(self.body, m)
        ]
        self.phrase_starts = [p.start for p in self.phrases]
        self.categories = _article_senses(self.phrases, rules)
        self.quantities = quantities.parse(self.body, about_tolerance=rules.about_tolerance)
        self.whens = when.parse(self.body, article.published)
        self.when_starts = [w.start for w in self.whens]
        self.reference = self._reference_day()
        self.names = find_person_names(self.body, rules.rulebook)
        self.places = frozenset(
            p.lower()
            for m in _PLACE.finditer(self.body)
            if not _an_adjective(self.body, m) and (p := _clean_place(m.group(1)))
        )
        # Surnames of people named in full: "Putin" and "PUTIN" then name a participant too.
        self.surnames = tuple(dict.fromkeys(n.tokens[-1] for n in self.names))

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        s, e = self.norm.span_to_original(start, end)
        return s + self.article.body_start, e + self.article.body_start

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)

    def words_between(self, a_end: int, b_start: int) -> int:
        if b_start <= a_end:
            return 0
        lo = bisect.bisect_left(self.word_starts, a_end)
        hi = bisect.bisect_left(self.word_starts, b_start)
        return hi - lo

    def distance(self, a: tuple[int, int], b: tuple[int, int]) -> int:
        """Words between two spans, plus a cost for each comma: commas part phrases."""
        first, second = (a, b) if a[0] <= b[0] else (b, a)
        gap = self.body[first[1] : second[0]]
        return self.words_between(first[1], second[0]) + _COMMA_COST * gap.count(",")

    def same_clause(self, a: int, b: int) -> bool:
        lo, hi = min(a, b), max(a, b)
        return _CLAUSE_BREAK.search(self.body, lo, hi) is None

    def phrases_at(self, pos: int) -> list[Phrase]:
        """The rule and event words that start at `pos`."""
        lo = bisect.bisect_left(self.phrase_starts, pos)
        hi = bisect.bisect_right(self.phrase_starts, pos)
        return self.phrases[lo:hi]

    def phrases_in(self, sentence: _Sentence) -> list[Phrase]:
        lo = bisect.bisect_left(self.phrase_starts, sentence.start)
        hi = bisect.bisect_left(self.phrase_starts, sentence.end)
        return self.phrases[lo:hi]

    def whens_in(self, sentence: _Sentence) -> list[When]:
        lo = bisect.bisect_left(self.when_starts, sentence.start)
        hi = bisect.bisect_left(self.when_starts, sentence.end)
        return self.whens[lo:hi]

    def sentence_text(self, index: int) -> str:
        sentence = self.sentences[index]
        start, end = self.original_span(sentence.start, sentence.end)
        return self.article.text[start:end]

    def words_after(self, pos: int, limit: int) -> Iterator[tuple[int, int, str]]:
        """The next words after `pos`, stopping at the end of the clause or sentence."""
        index = bisect.bisect_left(self.word_starts, pos)
        for start, end in zip(
            self.word_starts[index : index + limit],
            self.word_ends[index : index + limit],
            strict=True,
        ):
            if not self.same_clause(pos, start) or _SENTENCE_END.search(self.body, pos, start):
                return
            yield start, end, self.body[start:end].lower()

    def _reference_day(self) -> Day | None:
        """The day the article is written from: its date, or else the weekday its lead names."""
        if self.article.published:
            d = self.article.published
            return Day(date=d, weekday=d.weekday(), earliest=d, latest=d)
        lead_end = self.sentences[1].end if len(self.sentences) > 1 else len(self.body)
        for w in self.whens:
            if w.start >= lead_end:
                break
            if w.weekday is not None and w.kind == "day":
                return Day(weekday=w.weekday)
        return None


def _article_senses(phrases: Sequence[Phrase], rules: CompiledRules) -> dict[str, str]:
    """Event words with two senses ('strike': an attack or a walkout) take the sense the
    article's unambiguous event words favour; ties keep the order of events.toml."""
    if not rules.ambiguous:
        return rules.categories
    votes: dict[str, float] = {}
    for phrase in phrases:
        # An unambiguous word is a whole vote; an ambiguous one splits its vote among its
        # senses, so "a late strike gave Rovers a 3-1 win" still reads as a match.
        senses = rules.ambiguous.get(phrase.text) or (
            (rules.categories[phrase.text],) if phrase.text in rules.categories else ()
        )
        if phrase.text in rules.cues:
            senses = (rules.cues[phrase.text],)
        for category in senses:
            votes[category] = votes.get(category, 0.0) + 1 / len(senses)
    resolved = dict(rules.categories)
    for word, senses in rules.ambiguous.items():
        resolved[word] = max(senses, key=lambda c: (votes.get(c, 0), -senses.index(c)))
    return resolved


# A verb capitalised inside a sentence is part of a name: "Met Éireann", "the Met Office".
_VERB_FORMS = regex.compile(
    r"\p{Lu}\p{Ll}*(?:ed|ing)|Met|Meet|Shot|Won|Beat|Struck|Hit|Sank|Fled|Led|Lost"
)
_NAME_FOLLOWS = regex.compile(r"[ \t]+\p{Lu}")


def _part_of_a_name(body: str, match: regex.Match[str]) -> bool:
    if not _VERB_FORMS.fullmatch(match.group()):
        return False
    if _NAME_FOLLOWS.match(body, match.end()):
        return True  # "Met Éireann issued a warning", even opening a sentence
    before = body[max(0, match.start() - 3) : match.start()]
    opens_sentence = match.start() == 0 or bool(regex.search(r"[.!?\n\"“]\s*$", before))
    return not opens_sentence


@dataclass(frozen=True, slots=True)
class Extraction:
    claims: tuple[Claim, ...]
    lead: Lead | None


def extract(article: Article, rules: CompiledRules) -> Extraction:
    """Every claim the rules find in the article, in text order, and what its lead reports."""
    text = _Text(article, rules)
    claims = [
        *_count_claims(text),
        *_measure_claims(text),
        *_time_claims(text),
        *(_name_claims(text) if rules.rulebook.check_names else ()),
    ]
    lead = _lead(text)
    claims = _date_named_events(claims)
    claims = [_relate_to_lead(c, lead, article, rules.rulebook) for c in claims]
    claims.sort(key=lambda c: (c.start, c.slot))
    return Extraction(tuple(claims), lead)


def _date_named_events(claims: Sequence[Claim]) -> list[Claim]:
    """'Storm Cato, on Monday February 16, was worse. ... Storm Cato claimed three lives': a
    named event keeps the day the article gave it, wherever its figures stand."""
    days: dict[str, Day] = {}
    for claim in claims:
        if claim.event.name and claim.event.anchor is not None:
            days.setdefault(claim.event.name, claim.event.anchor)
    return [
        replace(c, event=replace(c.event, anchor=days[c.event.name]))
        if c.event.name in days and c.event.anchor is None
        else c
        for c in claims
    ]


def _relate_to_lead(claim: Claim, lead: Lead | None, article: Article, rulebook: Rulebook) -> Claim:
    """Tie a claim to the article's own event, the one its lead reports.

    A figure whose paragraph names no day belongs to it ('Three other people were wounded' in
    a story of Wednesday's shooting); a day of the lead's kind of event that can be the lead's
    day is the lead event's day, not the day of a past event the article recalls. A broader
    word for the lead's kind ("the attack" in a story of a stabbing) refers back to it."""
    event = replace(claim.event, reported=article.published)
    if claim.value_kind == ValueKind.NAME or lead is None:
        return replace(claim, event=event)
    same_kind = not event.category or event.category == lead.category
    if event.name and event.name not in lead.names:
        same_kind = False  # "Storm Cato claimed three lives" in a story led by Storm Brenna
    if not same_kind and _refers_back(event, lead, rulebook):
        event, same_kind = replace(event, category=lead.category), True
    if same_kind and event.anchor is None and not claim.per:
        event = replace(event, category=lead.category, anchor=lead.day)
    if claim.value_kind == ValueKind.DAY and claim.day is not None:
        day = _dated_time(claim.day, event.anchor)
        claim = replace(claim, day=day)
        event = replace(event, is_lead=same_kind and days_overlap(day, lead.day))
    elif event.anchor is not None:
        event = replace(event, is_lead=same_kind and days_overlap(event.anchor, lead.day))
    return replace(claim, event=event)


def _refers_back(event: Event, lead: Lead, rulebook: Rulebook) -> bool:
    broader = rulebook.category(event.category)
    if broader is None or lead.category not in broader.covers or event.distinct:
        return False
    if event.anchor is None:
        return True
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


def extract_claims(article: Article, rules: CompiledRules) -> tuple[Claim, ...]:
    return extract(article, rules).claims


_LEAD_SENTENCES = 2
_LEAD_SCAN = 5
_LEAD_MIN_WORDS = 6


def _content_words(text: _Text, sentence: _Sentence) -> int:
    return text.words_between(sentence.start, sentence.end)


def _lead(text: _Text) -> Lead | None:
    """The lead's event word, its day and its proper names: who-what-when of the article."""
    # A lead is the first sentences that say something: not a programme line ("NEWSHOUR,
    # TRANSCRIPT") or a greeting ("ANCHOR: Good evening.").
    lead = [s for s in text.sentences[:_LEAD_SCAN] if _content_words(text, s) >= _LEAD_MIN_WORDS]
    lead = lead[:_LEAD_SENTENCES]
    if not lead:
        return None
    found = _lead_event(text, lead)
    dated = found is not None
    found = found or _undated_lead_event(text, lead)
    if found is None:
        return None
    phrase, day = found
    spans = [text.body[s.start : s.end] for s in lead] + [text.article.title or ""]
    # Words of names that are no one's ("Press" of "Continental Press", "News") say nothing
    # of the story: two outlets' datelines must not make two fires one.
    ignored = _NOT_PLACES | _COMMON_OPENERS | text.rules.rulebook.not_names
    names = {
        word
        for written in spans  # the headline names the story too
        for m in _LEAD_NAME.finditer(written)
        if (word := m.group().lower().removesuffix("'s")) not in ignored
    }
    category = text.categories[phrase.text]
    runs = text.rules.rulebook.runs_days(category)
    return Lead(category, day, frozenset(names), dated=dated, runs_days=runs)


# Capitalised words of a lead, its first word included: "Northwind will cut 1,500 jobs".
_LEAD_NAME = regex.compile(r"(?<![\w'])\p{Lu}[\p{L}'\-]{2,}", regex.VERSION1)
# A brief that gives no day reports news of the days just before it was published.
_UNDATED_LEAD_DAYS = 2


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
        phrases = [p for p in text.phrases_in(sentence) if _names_an_event(text, p)]
        days = [w for w in text.whens_in(sentence) if _can_date_an_event(text, w, sentence)]
        for phrase in phrases:
            own = _day_of_event_word(text, phrase)
            where = (phrase.start, phrase.end)
            # A broad word ("the search", "the incident") yields to the kind of event it covers.
            broad = _BROAD_COST if _is_broad(text, phrase) else 0
            if own is not None:
                candidate = (broad, order, phrase, own)
            elif days:
                nearest = min(days, key=lambda w: _lead_distance(text, where, w))
                distance = _lead_distance(text, where, nearest)
                candidate = (distance + 1 + broad, order, phrase, _resolve_day(text, nearest))
            else:
                continue
            if best is None or candidate[:2] < best[:2]:
                best = candidate
    if best is None:
        return None
    _, _, phrase, day = best
    return (phrase, day) if day.date is not None or day.weekday is not None else None


# --- counts ------------------------------------------------------------------------------------


def _count_claims(text: _Text) -> Iterator[Claim]:
    count_rules = [r for r in text.rules.rulebook.rules if r.kind == "count"]
    if not count_rules:
        return
    by_trigger: dict[tuple[int, str], list[tuple[Claim, Quantity]]] = {}
    wholes = {q.total.start for q in text.quantities if q.total is not None}
    for quantity in text.quantities:
        if quantity.kind != "count" or _is_a_comparison_base(text, quantity):
            continue
        found = _count_claim(text, quantity)
        if found is not None:
            claim, trigger_at = found
            if quantity.start in wholes and _says_only_the_whole(text, quantity, trigger_at):
                continue  # "won 24 of the 60 seats": 'won' is the 24's; 60 is only the whole
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
    counts.sort(key=lambda c: c.start)
    yield from counts
    yield from _second_opinions(text, counts)


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
                    for p in text.phrases_in(text.sentences[index])
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


def _ordinal_claim(
    text: _Text, rule: Rule, match: regex.Match[str], trigger: Phrase, index: int
) -> Claim:
    span = (match.start(), trigger.end)
    start, end = text.original_span(*span)
    return Claim(
        id=f"{text.article.id}#{start}-{rule.id}",
        article=text.article.id,
        slot=rule.id,
        value_kind=ValueKind.COUNT,
        text=text.article.text[start:end],
        sentence=text.sentence_text(index),
        start=start,
        end=end,
        interval=Interval(float(_ORDINAL_VALUE[match.group(1).lower()]), None),
        qualifier="at least",
        counted=match.group(2).lower(),
        attribution=_attribution(text, index, span),
        event=_event_for(text, span, index),
    )


# "The ministry put the number at about 3,100": another source's figure for the count just given.
_PUTS_THE_NUMBER = regex.compile(
    r"\b(?:put|puts|putting|placed|places|estimated|estimates|gave|gives|set|sets)\s+"
    r"(?:the|its|their|that)\s+(?:own\s+)?(?:number|figure|total|tally|count|toll|estimate)\s+"
    r"(?:at|as)\s+$",
    regex.I,
)


def _second_opinions(text: _Text, claims: Sequence[Claim]) -> Iterator[Claim]:
    """A figure that 'puts the number at' counts what the claim just before it counts, in its
    own sentence or the one before in the same paragraph."""
    for quantity in text.quantities:
        if quantity.kind != "count" or any(c.start <= quantity.start < c.end for c in claims):
            continue
        index = text.sentence_of(quantity.start)
        sentence = text.sentences[index]
        puts = _PUTS_THE_NUMBER.search(text.body, sentence.start, quantity.start)
        if puts is None:
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
        sentence=text.sentence_text(index),
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


# "one woman and two children", "two soldiers, three civilians": parts joined by 'and' or a
# comma add up; "five bodies, including two children" or "eight ... after five bodies" do not.
_COORDINATION = regex.compile(r"^[\w'\- ]*?(?:,\s*(?:and\s+)?|\s+and\s+|\s+plus\s+)$", regex.I)
_SUBSET = regex.compile(r"\b(?:including|among|of whom|of them|after|before|when|while)\b", regex.I)


def _coordinated(text: _Text, parts: Sequence[Quantity]) -> bool:
    for first, second in itertools.pairwise(parts):
        gap = text.body[first.end : second.start]
        if _SUBSET.search(gap) or not _COORDINATION.match(gap) or len(gap.split()) > 4:
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


def _count_claim(text: _Text, quantity: Quantity) -> tuple[Claim, int] | None:
    noun_end = (quantity.total or quantity).end
    partitive = _PARTITIVE.match(text.body, quantity.end)
    if quantity.total is None and partitive and not _counts_its_own(text, partitive.end()):
        return None  # "two of the dead": a part of a count, not the count
    if _COMPOUND.match(text.body, quantity.end):
        return None  # "a two-storey house", "a six-story building": a modifier, not a count
    found_noun = _counted_noun(text, noun_end)
    if _describes_a_noun_before(text, quantity, has_noun=found_noun is not None):
        return None
    # No counted noun: "the death toll rose to 7" and "7 dead" name what they count.
    if found_noun is None and _counts_another_noun(text, noun_end):
        return None  # "listed to one side", "three floors": the number counts its own noun
    noun = found_noun or (noun_end, noun_end, "")
    if _AMONG.match(text.body, noun[1]):
        return None  # "two children were among the dead": some of them
    after_noun = text.body[noun[1] : noun[1] + 40]
    rate = _RATE.match(after_noun)
    per = (rate.group(1) or rate.group(2)) if rate else ""
    best = _nearest_trigger(text, (quantity.start, noun[1]), noun[2], rate=bool(per))
    if best is None or _excluded(text, best[0], quantity):
        return None
    rule, trigger = best
    sentence_index = text.sentence_of(quantity.start)
    span = (min(quantity.start, trigger.start), max(noun[1], trigger.end))
    start, end = text.original_span(*span)
    # Keyed by the number's own place: one trigger can serve two numbers ("killing one woman
    # and two children").
    number_at = text.original_span(quantity.start, quantity.end)[0]
    claim = Claim(
        id=f"{text.article.id}#{number_at}-{rule.id}",
        article=text.article.id,
        slot=rule.id,
        value_kind=ValueKind.COUNT,
        text=text.article.text[start:end],
        sentence=text.sentence_text(sentence_index),
        start=start,
        end=end,
        interval=_count_interval(text, quantity, floor=trigger.text in rule.floors),
        qualifier="at least" if trigger.text in rule.floors else quantity.qualifier,
        counted=noun[2],
        per=_period(per) or _cumulative(text, sentence_index),
        distributive=bool(_EACH_SIDE.match(after_noun)),
        attribution=_attribution(text, sentence_index, span),
        event=_event_for(text, span, sentence_index),
    )
    if rule.subject:
        subject = _subject(text, (quantity.start, quantity.end), sentence_index)
        if not subject:
            return None
        claim = replace(claim, subject=subject)
    return claim, trigger.start


_PARTITIVE = regex.compile(r"\s+of\s+(?:the|them|those|these|whom|which|its|their)\b", regex.I)
# Only "its": an organisation's members. "Three of their children" is part of a family's dead.
_OWN = regex.compile(r"(?<=\bits)\s+([\w\-]+)(?:\s+([\w\-]+))?", regex.I)


def _counts_its_own(text: _Text, pos: int) -> bool:
    """'4,200 of its members joined the walkout' counts members: 'of its' names whose, not
    a larger set the figure is part of ('two of the dead')."""
    own = _OWN.match(text.body, pos)
    if own is None:
        return False
    first = own.group(1).lower()
    pair = f"{first} {(own.group(2) or '').lower()}"
    return first in text.rules.nouns or pair in text.rules.nouns


_COMPOUND = regex.compile(r"-\p{L}", regex.VERSION1)
_AMONG = regex.compile(r"\s+(?:were|was|are|is)\s+among\b", regex.I)
# A verb that gives a toll its figure: "the toll ... rose to", "has reached", "stood at".
_GIVES_A_FIGURE = (
    r"(?:(?:rose|risen|rising|climbed|climbing|jumped|increased|grew|fell|dropped)\s+to"
    r"|reached|stands?\s+at|stood\s+at|(?:peaked|peaking)\s+at|topped)"
)
_REACHES = regex.compile(rf"\b(?:{_GIVES_A_FIGURE}|is\s+now|was\s+now|hit)\s+$", regex.I)
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
_AUXILIARIES = regex.compile(
    r"\s+(?:(?:have|has|had|were|was|are|is|had\s+also|have\s+also)(?:\s+been)?|been)\s+",
    regex.I,
)
_CONTRAST = regex.compile(r"\b(?:while|whereas|but|although|though)\b", regex.I)
_CONJUNCTION = regex.compile(r"\b(?:and|but|while|whereas)\b", regex.I)
# "ages 15 and 16", "aged between 21 and 38": ages, not counts.
_AGE_CUE = regex.compile(
    r"\b(?:ages?|aged|ranging in age)\s+(?:of\s+|between\s+|from\s+)?(?:\d+\s*(?:and|to|-)\s*)?$",
    regex.I,
)


def _describes_a_noun_before(text: _Text, quantity: Quantity, *, has_noun: bool) -> bool:
    """English counts before the noun ('five adults'); a figure right after one ('adults
    between 21 and 38', 'ages 15 and 16') describes it: an age, a range, not how many."""
    before = text.body[max(0, quantity.start - 30) : quantity.start]
    if _AGE_CUE.search(before):
        return True
    if has_noun:
        return False
    words = before.split()
    last = words[-1].lower() if words else ""
    return last in text.rules.nouns  # "adults, 21" is an apposition: the comma keeps it out


def _count_interval(text: _Text, quantity: Quantity, *, floor: bool = False) -> Interval:
    """The figure the claim states; for 'the toll rose from 5 to 7' that is 7, not 5 to 7.
    A `floor` trigger leaves the top open: '23 bodies recovered' is at least 23 dead."""
    before = text.body[max(0, quantity.start - 25) : quantity.start]
    if quantity.text.lower().startswith("from ") and _CHANGE_VERB.search(before):
        latest = quantities.parse(quantity.text[quantity.text.lower().rfind(" to ") + 4 :])
        if latest:
            q = latest[0]
            return Interval(q.low, None if floor else q.high, q.low_inclusive, q.high_inclusive)
    high = None if floor else quantity.high
    return Interval(quantity.low, high, quantity.low_inclusive, quantity.high_inclusive)


def _period(rate: str) -> str:
    return rate.removesuffix("ly").replace("dai", "day").replace("annual", "year")


def _cumulative(text: _Text, index: int) -> str:
    """'The war has killed more than 10,000 civilians since 2022' is a running total, never
    the count of one attack: its period is the phrase that says so ('since 2022'), and only
    totals over the same period are compared."""
    sentence = text.sentences[index]
    since = [
        m
        for m in _RUNNING_SINCE.finditer(text.body, sentence.start, sentence.end)
        if not _SUPERLATIVE.search(text.body[max(sentence.start, m.start() - 50) : m.start()])
    ]
    found = since[0] if since else _RUNNING_TOTAL.search(text.body, sentence.start, sentence.end)
    return "" if found is None else regex.sub(r"\s+", " ", found.group().lower())


def _counted_noun(text: _Text, pos: int) -> tuple[int, int, str] | None:
    """The noun a number counts: the first counted word within a few words after it."""
    words = list(text.words_after(pos, MAX_NOUN_DISTANCE))
    for i, (start, _end, _word) in enumerate(words):
        if "," in text.body[pos if i == 0 else words[i - 1][1] : start]:
            words = words[:i]  # "23 bodies, officials said": a noun past a comma counts nothing
            break
    for i, (start, end, word) in enumerate(words):
        if i + 1 < len(words):
            pair = f"{word} {words[i + 1][2]}"
            if pair in text.rules.nouns:
                return start, words[i + 1][1], pair
        if word in text.rules.nouns:
            return start, end, word
    return None


def _nearest_trigger(
    text: _Text, span: tuple[int, int], noun: str, *, rate: bool
) -> tuple[Rule, Phrase] | None:
    sentence = text.sentences[text.sentence_of(span[0])]
    reaches = _REACHES.search(text.body, max(sentence.start, span[0] - 30), span[0]) is not None
    candidates = []
    for phrase in text.phrases_in(sentence):
        if not text.same_clause(phrase.start, span[0]):
            continue
        # "six died" (the number is the verb's subject) or "injuring 15," (its object).
        elliptical = not noun and (
            _ELLIPTICAL_GAP.fullmatch(text.body, span[1], phrase.start)
            or (_is_a_verb(phrase.text) and _OBJECT_GAP.fullmatch(text.body, phrase.end, span[0]))
        )
        for rule in text.rules.triggers.get(phrase.text, ()):
            if rule.kind != "count" or rule.rate != rate:
                continue
            # "Twenty-two were rescued alive and six died": the number is the verb's subject,
            # and a count of people needs no noun to say so.
            if not (_counts(rule, noun, phrase) or (elliptical and "people" in rule.counted)):
                continue
            distance = text.distance(span, (phrase.start, phrase.end))
            before = phrase.start < span[0]
            if before and _CONJUNCTION.search(text.body, phrase.end, span[0]):
                # "Two were killed and at least five others were wounded": past the 'and'
                # the number starts a clause of its own.
                distance += _COMMA_COST
            limit = MAX_TRIGGER_DISTANCE if noun or before else MAX_SELF_COUNTING_AFTER
            if not noun and not before and _AUXILIARIES.fullmatch(text.body, span[1], phrase.start):
                limit = distance  # "8,000 have been evacuated": the verb's helpers sit between
            if before and reaches and (noun or phrase.text in rule.self_counting):
                # "the toll from Tuesday's quake rose to 8", "the number without power ...
                # peaking at 780,000 customers"
                limit = 2 * MAX_TRIGGER_DISTANCE
            if distance <= limit:
                # A verb before its object ("killing one woman") beats one further on.
                candidates.append((distance, phrase.start > span[0], rule.id, rule, phrase))
    if not candidates:
        return None
    best = min(candidates, key=lambda c: c[:3])
    return best[3], best[4]


# "rose to $4.2bn from $3.9bn", "compared with 31% last time": the figure after these is the
# old value a new one is measured against, not a fact of the event.
_BASE_BEFORE = regex.compile(
    r"\b(?:from|compared\s+(?:with|to)|versus|vs\.?|against|up\s+on|down\s+on)\s+$", regex.I
)
# "a year earlier", "last year", "the same quarter last year": a figure's time of comparison.
_A_YEAR_BACK = (
    r"(?:(?:the\s+)?(?:last|previous|prior)[\s-]year(?:'s)?|year[\s-](?:earlier|ago)"
    r"|(?:a|one)\s+year\s+(?:earlier|ago|before)"
    r"|(?:the\s+)?same\s+(?:period|quarter)\s+(?:last|a)\s+year)"
)
_BASE_NEAR = regex.compile(rf"\b{_A_YEAR_BACK}\b", regex.I)


def _is_a_comparison_base(text: _Text, quantity: Quantity) -> bool:
    before = text.body[max(0, quantity.start - 30) : quantity.start]
    if _BASE_BEFORE.search(before):
        return True
    after = [w for _, _, w in text.words_after(quantity.end, 5)]
    window = " ".join(after)
    return _BASE_NEAR.match(window) is not None or bool(_BASE_NEAR.search(window[:24]))


_EXCLUDE_BEFORE_WORDS = 5
_EXCLUDE_AFTER_WORDS = 5


def _excluded(text: _Text, rule: Rule, quantity: Quantity) -> bool:
    """'prosecutors had sought 20 years', 'a speed limit of 80 km/h', '1-1 at half-time':
    the rule's exclusion words near the figure make it another fact."""
    if not rule.excludes:
        return False
    sentence = text.sentences[text.sentence_of(quantity.start)]
    lo = bisect.bisect_left(text.word_starts, quantity.start) - _EXCLUDE_BEFORE_WORDS
    start = max(sentence.start, text.word_starts[max(lo, 0)] if text.word_starts else 0)
    before = text.body[start : quantity.start]
    if not text.same_clause(start, quantity.start):
        before = _CLAUSE_BREAK.split(before)[-1]
    after = " ".join(w for _, _, w in text.words_after(quantity.end, _EXCLUDE_AFTER_WORDS))
    window = f" {before.lower()} | {after} "
    return _excludes_pattern(rule.excludes).search(window) is not None


@functools.lru_cache(maxsize=256)
def _excludes_pattern(words: tuple[str, ...]) -> regex.Pattern[str]:
    return regex.compile(r"(?<!\w)(?:" + "|".join(map(regex.escape, words)) + r")(?!\w)")


# Between a bare number and its verb: auxiliaries and a few adverbs ("six were later found dead").
_ELLIPTICAL_GAP = regex.compile(
    r"\s+(?:(?:have|has|had|were|was|are|is|remain|remained|remains)\s+)?"
    r"(?:(?:been|also|later|now|still|since|reportedly|confirmed|feared)\s+){0,2}",
    regex.I,
)


# Words that may follow a bare count of people: verbs, auxiliaries, prepositions, linking words.
_AFTER_A_BARE_COUNT = frozenset(
    """
    were was are is have has had remain remained remains died dead killed injured wounded hurt
    missing more others other of in on at and or but to from by with as including among who
    which that had been still also later now reportedly more than people others were each
    apiece per a an the this these those their his her its after before during since while
    when where across near outside inside following amid
    """.split()
)


def _counts_another_noun(text: _Text, pos: int) -> bool:
    """Does the word right after a number say what it counts ('one side', 'three floors')?"""
    following = next(text.words_after(pos, 1), None)
    if following is None or text.body[pos : following[0]].strip():
        return False  # a comma or a dash between: nothing named
    word = following[2]
    if not word.isalpha() or word in _AFTER_A_BARE_COUNT or word.endswith("ed"):
        return False
    return not text.phrases_at(following[0])


def _is_a_verb(word: str) -> bool:
    """'killing', 'injured', 'kills' take an object; 'before' ('just before five') does not."""
    return word.isalpha() and word.endswith(("ing", "ed", "s"))


_OBJECT_GAP = regex.compile(r"\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+)?")


def _counts(rule: Rule, noun: str, phrase: Phrase) -> bool:
    if not noun:
        return phrase.text in rule.self_counting
    return not rule.counted or noun in rule.counted


# --- measures and scores -----------------------------------------------------------------------

_TALLY = r"(?:\d{1,2}|(?i:nil|zero|one|two|three|four|five|six|seven|eight|nine|ten))"
_SCORE_SHAPE = regex.compile(rf"{_TALLY}\s*[-–]\s*{_TALLY}")
_TALLY_WORDS = {"nil": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_TALLY_WORDS |= {"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# "The suspect, 19, was arrested": a small number set off by commas after a person is an age.
_APPOSITIVE_AGE = regex.compile(r",\s*$")
MAX_AGE = 120
_SUBJECT_DISTANCE = 4


def _measure_claims(text: _Text) -> Iterator[Claim]:
    rules = [r for r in text.rules.rulebook.rules if r.kind in ("measure", "score")]
    if not rules:
        return
    claims = []
    for quantity in text.quantities:
        dim = _dimension(text, quantity)
        if not dim or _is_a_comparison_base(text, quantity):
            continue
        fitting = [r for r in rules if (r.measure or r.kind) == dim]
        claim = _measure_claim(text, quantity, fitting, dim) if fitting else None
        if claim is not None:
            claims.append(claim)
    roles = text.rules.rulebook.vocab.get("roles", frozenset())
    yield from _unambiguous(claims, roles, text.article.published)


def _dimension(text: _Text, quantity: Quantity) -> str:
    dim = units.dimension(quantity)
    if quantity.kind == "age" and quantity.text.lower().endswith("olds"):
        return ""  # "two 17-year-olds": whose age is whose is not said
    if dim or quantity.kind != "count":
        return dim
    if _SCORE_SHAPE.fullmatch(quantity.text):
        return "score"  # "a 6-1 thrashing": the rules' score words decide
    if _is_appositive_age(text, quantity):
        return "age"
    return ""


def _is_appositive_age(text: _Text, quantity: Quantity) -> bool:
    if quantity.low is None or quantity.low != quantity.high or not 0 < quantity.low < MAX_AGE:
        return False
    # "Renato Pedrotti, 54, a local man" and, closing a sentence, "... Renato Pedrotti, 54."
    if not quantity.text.isdigit() or not text.body.startswith((",", ".", ";"), quantity.end):
        return False
    return _APPOSITIVE_AGE.search(text.body, max(0, quantity.start - 3), quantity.start) is not None


def _measure_claim(
    text: _Text, quantity: Quantity, rules: Sequence[Rule], dim: str
) -> Claim | None:
    span = (quantity.start, quantity.end)
    index = text.sentence_of(quantity.start)
    found = _measure_rule(text, span, rules)
    if found is None:
        return None
    rule, trigger = found
    if _excluded(text, rule, quantity):
        return None
    if dim == "money" and _PER_UNIT.match(text.body, quantity.end):
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
        sentence=text.sentence_text(index),
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
    rate = _RATE.match(text.body[quantity.end : quantity.end + 40])
    per = _period((rate.group(1) or rate.group(2)) if rate else "")
    # "£250m a day" is a rate: it meets only rates of the same period, never a total.
    return replace(base, interval=units.as_written(quantity, dim), per=per)


def _value_kind(dim: str) -> ValueKind:
    if dim == "score":
        return ValueKind.SCORE
    return ValueKind.DURATION if dim == "duration" else ValueKind.MEASURE


def _score(written: str) -> str:
    """'1-2' and '2–1' are one result: the higher tally first."""
    found = regex.findall(r"\d+|[A-Za-z]+", written)
    numbers = (int(x) if x.isdigit() else _TALLY_WORDS[x.lower()] for x in found)
    tallies = sorted(numbers, reverse=True)
    return "-".join(str(t) for t in tallies)


def _measure_rule(
    text: _Text, span: tuple[int, int], rules: Sequence[Rule]
) -> tuple[Rule, Phrase | None] | None:
    """The rule whose trigger stands nearest the figure in its clause; a per-person rule with
    no triggers (an age) takes any figure of its measure."""
    sentence = text.sentences[text.sentence_of(span[0])]
    best: tuple[int, str, Rule, Phrase | None] | None = None
    for phrase in text.phrases_in(sentence):
        if not text.same_clause(phrase.start, span[0]):
            continue
        for rule in text.rules.triggers.get(phrase.text, ()):
            if rule not in rules:
                continue
            distance = text.distance(span, (phrase.start, phrase.end))
            if distance <= MAX_TRIGGER_DISTANCE and (best is None or distance < best[0]):
                best = (distance, rule.id, rule, phrase)
    if best is not None:
        return best[2], best[3]
    untriggered = next((r for r in rules if not r.triggers), None)
    return (untriggered, None) if untriggered else None


def _variant(text: _Text, rule: Rule, trigger: Phrase | None) -> str:
    """'operating profit' and 'net profit' are two facts: the word before the trigger says which."""
    if trigger is None or not rule.variants:
        return ""
    before = text.body[max(0, trigger.start - 30) : trigger.start].lower().split()[-2:]
    return next((w for w in before if w in rule.variants), "")


def _subject(text: _Text, span: tuple[int, int], index: int, *, proper: bool = True) -> str:
    """Whose figure it is; several keys joined by '|'.

    An age belongs to the person or one-person role ('suspect', 'driver') right by it. Other
    per-person figures belong to the person who is the clause's subject: the nearest named
    before the figure ('Maria Lopez won the election on Tuesday with 52.1%'), else one right
    after it; failing a person, a proper name (a party, a team)."""
    sentence = text.sentences[index]
    people = _people_in(text, sentence)
    if proper:
        before = [p for p in people if p[1] <= span[0] and text.same_clause(p[0], span[0])]
        after = [p for p in people if p[0] >= span[1] and _near(text, span, p[:2])]
        chosen = before[-1:] or after[:1]
    else:  # an age: the one person standing nearest it, not one joined to it by 'and'
        near = [p for p in people if _near(text, span, p[:2]) and not _joined(text, span, p[:2])]
        chosen = sorted(near, key=lambda p: text.distance(span, p[:2]))[:1]
    keys = [key for _, _, key in chosen]
    vocab = text.rules.rulebook.vocab
    roles, cues = vocab.get("roles", frozenset()), vocab.get("suspect_cues", frozenset())
    for start, _, _ in chosen:  # "The driver, named locally as Marek Zielinski, 56"
        role = _APPOSED_ROLE.search(text.body, sentence.start, start)
        if role and role.group("role").lower() in roles:
            keys.append(role.group("role").lower())
    for start, end, word in _words_in(text, sentence):
        if (
            word in roles
            and _near(text, span, (start, end))
            and not _joined(text, span, (start, end))
        ):
            keys.append(word)  # "the driver and an 11-year-old boy": two people, not one
            if word in vocab.get("suspect_roles", frozenset()):
                keys.append("suspect")  # "the gunman, 19" meets "the suspect, 19"
        elif word in cues and text.same_clause(span[0], start) and "suspect" not in keys:
            keys.append("suspect")  # the one arrested or charged is the suspect
    if not keys and proper:  # a party or a team; never for an age (people are named)
        keys.extend(_proper_subjects(text, span, sentence))
    if not keys and not proper and _PRONOUN_OPENS.match(text.body, sentence.start, span[0]):
        keys.extend(_person_just_before(text, index))  # "She's a forty-nine-year-old ..."
    return "|".join(dict.fromkeys(keys))


# A sentence that opens on a pronoun speaks of the person just named: "He is nineteen".
_PRONOUN_OPENS = regex.compile(
    r"\s*(?:[A-Z]+:\s*)?(?:He|She)(?:'s|\s+is|\s+was)\b(?:(?!\b(?:he|she|his|her)\b)[^.])*$"
)


def _person_just_before(text: _Text, index: int) -> list[str]:
    """The keys of the last person or one-person role named in the two sentences before."""
    roles = text.rules.rulebook.vocab.get("roles", frozenset())
    for back in (index - 1, index - 2):
        if back < 0:
            return []
        sentence = text.sentences[back]
        found: list[tuple[int, str]] = [
            (start, key) for start, _, key in _people_in(text, sentence)
        ]
        found += [(start, word) for start, _, word in _words_in(text, sentence) if word in roles]
        if found:
            key = max(found)[1]
            suspects = text.rules.rulebook.vocab.get("suspect_roles", frozenset())
            return [key, "suspect"] if key in suspects else [key]
    return []


def _people_in(text: _Text, sentence: _Sentence) -> list[tuple[int, int, str]]:
    """People a sentence names, in order: full names and the bare surnames of people the
    article names in full elsewhere ('Lopez, 47, told supporters')."""
    found = {
        name.start: (name.start, name.end, _name_keys(name.tokens))
        for name in text.names
        if sentence.start <= name.start < sentence.end
    }
    for match in _NAMED.finditer(text.body, sentence.start, sentence.end):
        if not any(s <= match.start(1) < e for s, e, _ in found.values()):
            found[match.start(1)] = (match.start(1), match.end(1), f"first:{match[1].lower()}")
    surnames = {s.lower() for s in text.surnames}
    for start, end, word in _words_in(text, sentence):
        key = word.removesuffix("'s")
        inside = any(s <= start < e for s, e, _ in found.values())
        if key in surnames and not inside:
            found[start] = (start, end, key)
    return [found[k] for k in sorted(found)]


# A role set beside a name: "the driver, Marek Zielinski", "the driver, named locally as Marek",
# "police named the driver as Renato Pedrotti".
_APPOSED_ROLE = regex.compile(
    r"\b(?i:the|their|its|his|her)\s+(?P<role>[\w\-]+),\s+(?:(?:who\s+was\s+)?(?:named|identified)"
    r"(?:\s+\w+)?\s+as\s+)?$"
    r"|\b(?i:named|identified)\s+(?i:the)\s+(?P<role>[\w\-]+)\s+(?i:as)\s+$"
)
# "a 17-year-old named Yonas": a person known by one name.
_NAMED = regex.compile(r"\b(?:named|called)\s+(\p{Lu}\p{Ll}+)\b(?!\s+\p{Lu})", regex.VERSION1)


def _name_keys(tokens: Sequence[str]) -> str:
    """'Yonas Tesfaye': his surname, and his first name for a report that gives only that."""
    last = tokens[-1].lower()
    return f"{last}|first:{tokens[0].lower()}" if len(tokens) > 1 else last


_AND = regex.compile(r"\band\b", regex.I)


def _joined(text: _Text, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """'the driver Renato Pedrotti and an 11-year-old pupil': 'and' between them, two people."""
    lo, hi = (a[1], b[0]) if a[0] < b[0] else (b[1], a[0])
    return _AND.search(text.body, lo, hi) is not None


def _near(text: _Text, a: tuple[int, int], b: tuple[int, int]) -> bool:
    return text.same_clause(a[0], b[0]) and text.distance(a, b) <= _SUBJECT_DISTANCE


def _words_in(text: _Text, sentence: _Sentence) -> Iterator[tuple[int, int, str]]:
    lo = bisect.bisect_left(text.word_starts, sentence.start)
    hi = bisect.bisect_left(text.word_starts, sentence.end)
    for start, end in zip(text.word_starts[lo:hi], text.word_ends[lo:hi], strict=True):
        yield start, end, text.body[start:end].lower()


# How far from a score its sides may be named, in words.
_SIDES_REACH = 14


def _sides(text: _Text, span: tuple[int, int], sentence: _Sentence) -> str:
    """Who played: the names around a score in its sentence ('City beat Harrowgate 3-1'),
    joined by '|'; empty when none is named."""
    ignored = _NOT_PLACES | _COMMON_OPENERS | text.rules.rulebook.not_names | _CALENDAR_WORDS
    found: list[str] = []
    for start, end, word in _words_in(text, sentence):
        if not text.body[start:end][:1].isupper() or _opens(text, sentence, start, end):
            continue
        key = word.removesuffix("'s")
        if key in ignored or text.distance(span, (start, end)) > _SIDES_REACH:
            continue
        found.append(key)
    return "|".join(dict.fromkeys(found))


def _opens(text: _Text, sentence: _Sentence, start: int, end: int) -> bool:
    """A capital that only opens the sentence ('Many still remember') names no side."""
    return start == sentence.start and not text.body[end : end + 2].lstrip()[:1].isupper()


_CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december".split()
)


def _proper_subjects(text: _Text, span: tuple[int, int], sentence: _Sentence) -> list[str]:
    """The proper name just before the figure, whole: 'the Progressive Party 19' is the
    Progressive Party's, not any party's."""
    runs: list[list[tuple[int, int, str]]] = []
    for start, end, word in _words_in(text, sentence):
        original = text.body[start:end]
        if not original[:1].isupper() or word in _NOT_PLACES or word in _DETERMINERS:
            continue
        if start < span[0] and _near(text, span, (start, end)) and word not in _COMMON_OPENERS:
            part = (start, end, word.removesuffix("'s"))
            if runs and _ONLY_SPACE.fullmatch(text.body, runs[-1][-1][1], start):
                runs[-1].append(part)
            else:
                runs.append([part])
    return [" ".join(word for _, _, word in runs[-1])] if runs else []


_ONLY_SPACE = regex.compile(r"[ \t]+")


_COMMON_OPENERS = frozenset(
    "a an and but in on at it its he she they we i this that there after before when while as "
    "for with by of to from the his her their our meanwhile however officials police".split()
)


def _unambiguous(
    claims: Sequence[Claim], roles: frozenset[str], published: date | None = None
) -> Iterator[Claim]:
    """An article that gives one person two ages (two victims called 'a man') has not told us
    whose is whose: per-person claims whose key carries two values in one article are dropped."""
    for claim in claims:
        keys = claim.subject.split("|") if claim.subject else []
        clear = [k for k in keys if not _in_doubt(claim, k, claims, roles, published)]
        named = [k for k in keys if k not in roles and k != "suspect"]
        if clear == keys:
            yield claim
        elif named and all(k in clear for k in named):
            # "Yusuf Mohamed, 19" keeps his name when 'the suspect' is ambiguous (three arrested)
            yield replace(claim, subject="|".join(clear))


# Two roles this far apart in time are two people: the suspect of February's shooting is not
# the suspect of Saturday's.
_ROLE_APART_DAYS = 7


def _in_doubt(
    claim: Claim,
    key: str,
    claims: Sequence[Claim],
    roles: frozenset[str],
    published: date | None,
) -> bool:
    """Does another claim of the article give this key another value, of the same event?

    Reyes's 44.3% this year and his 55% in 2021 are two facts, not one in doubt; two suspects
    of two ages in one week leave 'the suspect' ambiguous."""
    role = key in roles or key == "suspect"
    for other in claims:
        if other is claim or other.slot != claim.slot or _value_key(other) == _value_key(claim):
            continue
        if key not in (other.subject.split("|") if other.subject else []):
            continue
        apart = _days_apart(
            _or_news(claim, published), _or_news(other, published), _ROLE_APART_DAYS
        )
        if role and not apart:
            return True
        if not role and repr(claim.event.anchor) == repr(other.event.anchor):
            return True
    return False


def _or_news(claim: Claim, published: date | None) -> Day | None:
    """A claim's day, or for one with none, the days just before its article was published."""
    if claim.event.anchor is not None or published is None:
        return claim.event.anchor
    return Day(earliest=published - timedelta(days=_UNDATED_LEAD_DAYS), latest=published)


def _days_apart(a: Day | None, b: Day | None, days: int) -> bool:
    if a is None or b is None or None in (a.earliest, a.latest, b.earliest, b.latest):
        return False
    assert a.earliest and a.latest and b.earliest and b.latest
    return max((b.earliest - a.latest).days, (a.earliest - b.latest).days) > days


def _value_key(claim: Claim) -> str:
    if claim.name is not None:
        return claim.name
    i = claim.interval
    return f"{i.low}:{i.high}" if i else ""


# --- days, times and durations -----------------------------------------------------------------


def _time_claims(text: _Text) -> Iterator[Claim]:
    rulebook = text.rules.rulebook
    day_rules = [r for r in rulebook.rules if r.kind == "day"]
    duration_rules = [r for r in rulebook.rules if r.kind == "duration"]
    for index, sentence in enumerate(text.sentences):
        for item in text.whens_in(sentence):
            rules = duration_rules if item.kind == "duration" else day_rules
            if item.kind != "duration" and item.kind not in _DAY_KINDS:
                continue
            if item.kind == "duration" and not _states_a_length(text, item):
                continue
            if item.kind != "duration" and _opens_a_span(text, item):
                continue  # "since February" dates the start of a span, not an event
            if _counts_from_another_event(text, item) or _dates_an_update(text, item):
                continue  # "four days after a gunman opened fire": counts from another event
            if _is_a_title(text, item, sentence):
                continue
            phrase = _attached_event(text, item, sentence)
            if phrase is None:
                continue
            category = text.categories[phrase.text]
            for rule in rules:
                if category in rule.events:
                    claim = _time_claim(text, rule, item, phrase, index)
                    if _says_when(claim):
                        yield claim
                    break


_RELATIVE_TO_AN_EVENT = regex.compile(r"\b(?:after|before)$", regex.I)
_OBJECT_FOLLOWS = regex.compile(r"[ \t]+\w")


def _counts_from_another_event(text: _Text, item: When) -> bool:
    """'four days after a gunman opened fire' counts from another event; 'the day before,'
    counts back from the day just written and stays."""
    return bool(_RELATIVE_TO_AN_EVENT.search(item.text)) and bool(
        _OBJECT_FOLLOWS.match(text.body, item.end)
    )


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
    phrases = [p for p in text.phrases_in(sentence) if p.text in text.categories]
    if item.kind == "duration":  # "a strike that the union says will last 48 hours"
        phrases = [p for p in phrases if text.categories[p.text] != _STATEMENT]
    if attributive and following is not None:
        # "Friday's talks", "Sunday's climate march": the head within a word or two
        head = next((p for p in phrases if following[0] <= p.start <= following[0] + 16), None)
        return head
    scored = [
        (text.distance((item.start, item.end), (p.start, p.end)), p)
        for p in phrases
        if text.same_clause(p.start, item.start)
    ]
    scored = [s for s in scored if s[0] <= MAX_TRIGGER_DISTANCE + 2]
    if not scored:
        return _main_event_of_fronted(text, item, sentence, phrases)
    best = min(scored, key=lambda s: (s[0], s[1].start))[1]
    events = [s for s in scored if text.categories[s[1].text] != _STATEMENT]
    if text.categories[best.text] == _STATEMENT and events and not _right_by(text, item, best):
        # "flooded a mine late on Sunday, police said on Monday": the saying has its own day
        return min(events, key=lambda s: (s[0], s[1].start))[1]
    return best


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
    words = (text.body[max(0, item.start - 40) : item.start] + " " + item.text).split()
    if _LENGTH_CUE.search(" ".join(words[-6:])) is not None:
        return True
    return _ends_after(text, item) or _length_after(text, item)


# "The fire was put out about three hours after it started": the event's length, told by its end.
_AFTER_IT_BEGAN = regex.compile(
    r"\s+after\s+(?:it|the\s+[\w\-]+(?:\s+[\w\-]+)?)\s+(?:had\s+)?(?:began|begun|started|broke\s+out"
    r"|erupted|struck|hit|came\s+down|collapsed|sank|capsized|began\s+to\s+\w+)\b",
    regex.I,
)


_OF_DOING = regex.compile(r"\s+of\s+(\w)", regex.I)


def _length_after(text: _Text, item: When) -> bool:
    """'After five days of searching', 'called off its search on Friday after three days':
    an 'after' that measures the event itself, not the time since it."""
    before = text.body[max(0, item.start - 6) : item.start].lower()
    if not (item.text.lower().startswith("after ") or before.endswith("after ")):
        return False
    of = _OF_DOING.match(text.body, item.end)
    if of is not None:  # "five days of searching": the event word itself follows
        return any(_names_an_event(text, p) for p in text.phrases_at(of.start(1)))
    sentence = text.sentences[text.sentence_of(item.start)]
    ended = _ENDED_ANYWHERE.search(text.body, sentence.start, item.start)
    return ended is not None and text.same_clause(ended.start(), item.start)


def _ends_after(text: _Text, item: When) -> bool:
    if not _AFTER_IT_BEGAN.match(text.body, item.end):
        return False
    sentence = text.sentences[text.sentence_of(item.start)]
    return _ENDED_ANYWHERE.search(text.body, sentence.start, item.start) is not None


def _time_claim(text: _Text, rule: Rule, item: When, phrase: Phrase, index: int) -> Claim:
    span = (item.start, item.end)
    start, end = text.original_span(*span)
    event = _event_for(text, span, index, phrase=phrase)
    base = Claim(
        id=f"{text.article.id}#{start}-{rule.id}",
        article=text.article.id,
        slot=rule.id,
        value_kind=ValueKind.DURATION if rule.kind == "duration" else ValueKind.DAY,
        text=text.article.text[start:end],
        sentence=text.sentence_text(index),
        start=start,
        end=end,
        attribution=_attribution(text, index, span),
        event=event,
    )
    if rule.kind == "duration":
        return replace(
            base,
            interval=_duration_interval(item, text.rules.about_tolerance),
            qualifier=_hedge_of(item),
        )
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


def _duration_interval(item: When, about_tolerance: float) -> Interval:
    seconds = item.duration or 0.0
    hedged = [q for q in quantities.parse(item.text, about_tolerance=about_tolerance) if q.value]
    if not hedged or hedged[0].value is None:
        return Interval(seconds, seconds)
    q = hedged[0]
    scale = seconds / q.value if q.value else 1.0
    low = None if q.low is None else q.low * scale
    high = None if q.high is None else q.high * scale
    return Interval(low, high, q.low_inclusive, q.high_inclusive)


def _hedge_of(item: When) -> str:
    found = quantities.parse(item.text)
    return found[0].qualifier if found else ""


def _resolve_day(text: _Text, item: When) -> Day:
    """A day as precisely as the article allows: relative days against what came just before."""
    if item.date is not None or item.relative_days is None:
        return Day(
            item.date,
            item.weekday,
            item.time,
            item.part_of_day,
            item.earliest,
            item.latest,
            _time_hedge(item),
        )
    anaphoric = item.kind == "relative" and _ANAPHORIC.search(item.text) is not None
    reference = _context_day(text, item.start) if anaphoric else None
    if item.earliest is not None:  # "overnight": the parser resolved a window itself
        return Day(None, None, item.time, "night", item.earliest, item.latest)
    base = reference or text.reference
    return _shift(base, item.relative_days, item)


def _shift(base: Day | None, days: int, item: When) -> Day:
    part = "night" if "night" in item.text.lower() else item.part_of_day
    hedge = _time_hedge(item)
    if base is None:
        return Day(time=item.time, part_of_day=part, time_hedge=hedge)
    if base.date is not None:
        d = base.date + timedelta(days=days)
        return Day(d, d.weekday(), item.time, part, d, d, hedge)
    weekday = None if base.weekday is None else (base.weekday + days) % 7
    return Day(weekday=weekday, time=item.time, part_of_day=part, time_hedge=hedge)


_TIME_BEFORE = regex.compile(r"\b(?:shortly|just|soon|moments|minutes)\s+before\b", regex.I)
_TIME_AFTER = regex.compile(r"\b(?:shortly|just|soon|moments|minutes)\s+after\b", regex.I)
_TIME_ABOUT = regex.compile(r"\b(?:about|around|approximately|roughly|some|circa)\b", regex.I)


def _time_hedge(item: When) -> str:
    """How a clock time was hedged: 'shortly before 3am' is a window up to 3am."""
    if not item.time:
        return ""
    if _TIME_BEFORE.search(item.text):
        return "before"
    if _TIME_AFTER.search(item.text):
        return "after"
    return "about" if item.approximate or _TIME_ABOUT.search(item.text) else ""


def _context_day(text: _Text, pos: int) -> Day | None:
    """The last resolved day written before `pos`: "The day before" counts back from it."""
    index = bisect.bisect_left(text.when_starts, pos) - 1
    while index >= 0:
        prior = text.whens[index]
        if prior.kind in ("day", "date") and (prior.date or prior.weekday is not None):
            return Day(prior.date, prior.weekday, earliest=prior.date, latest=prior.date)
        index -= 1
    return None


# --- events ------------------------------------------------------------------------------------


def _event_for(
    text: _Text, span: tuple[int, int], sentence_index: int, *, phrase: Phrase | None = None
) -> Event:
    """What happened, when and where, for a claim: from its sentence, else the ones before it."""
    context = _context_sentences(text, sentence_index)
    if phrase is None:
        phrase = _nearest_event_phrase(text, span, context)
    category = text.categories[phrase.text] if phrase else ""
    own_day = _day_of_event_word(text, phrase) if phrase else None
    if own_day is None:
        own_day = _day_of_when_clause(text, span, sentence_index)
    return Event(
        name=_event_name(text, phrase) if phrase else "",
        trigger=phrase.text if phrase else "",
        category=category,
        anchor=own_day or _anchor(text, span, context),
        places=_places(text, context),
        participants=_participants(text, context),
        article_places=text.places,
        distinct=phrase is not None and _introduces_another(text, phrase),
    )


_WHEN_BETWEEN = regex.compile(r",\s+when\b", regex.I)
_YEAR_THEN = regex.compile(
    r"\b(?:the|a|an)\s+((?:18|19|20)\d\d)\s+[\w'\-]+(?:\s+[\w'\-]+)?$", regex.I
)


def _day_of_when_clause(text: _Text, span: tuple[int, int], index: int) -> Day | None:
    """'the 2019 final, when Harrowgate beat City 2-0', 'memories of August 2021, when nine
    were killed': a when-clause happened on the day written just before its comma."""
    sentence = text.sentences[index]
    when = None
    for match in _WHEN_BETWEEN.finditer(text.body, sentence.start, span[0]):
        when = match
    if when is None:
        return None
    head = text.body[sentence.start : when.start()]
    year = _YEAR_THEN.search(head)
    if year is not None:
        first = date(int(year.group(1)), 1, 1)
        return Day(earliest=first, latest=date(first.year, 12, 31))
    days = [w for w in text.whens_in(sentence) if w.end <= when.start()]
    if days and not text.body[days[-1].end : when.start()].strip():
        return _resolve_day(text, days[-1])
    return None


# "the 1969 Alaşehir earthquake", "the 2020 Izmir quake": a year on the event word dates it.
_YEAR_MODIFIER = regex.compile(
    r"\b(?i:the|a|an)\s+((?:18|19|20)\d\d)\s+(?:\p{Lu}[\p{L}'\-]+\s+){0,2}$", regex.VERSION1
)
_EVENT_DAY_BEFORE_WORDS = 2
_EVENT_DAY_AFTER_WORDS = 3


def _day_of_event_word(text: _Text, phrase: Phrase) -> Day | None:
    """The day written on the event word itself ('Saturday night's shooting', 'the quake on
    March 10'): the event's day, even when a nearer day dates a death in hospital later."""
    sentence = text.sentences[text.sentence_of(phrase.start)]
    year = _YEAR_MODIFIER.search(text.body, max(sentence.start, phrase.start - 60), phrase.start)
    if year is not None:
        first = date(int(year.group(1)), 1, 1)
        return Day(earliest=first, latest=date(first.year, 12, 31))
    for item in text.whens_in(sentence):
        if item.kind == "window" or not _can_date_an_event(text, item, sentence):
            continue
        before = item.end <= phrase.start and (
            text.words_between(item.end, phrase.start) <= _EVENT_DAY_BEFORE_WORDS
        )
        after = item.start >= phrase.end and (
            text.words_between(phrase.end, item.start) <= _EVENT_DAY_AFTER_WORDS
        )
        if (before or after) and text.same_clause(item.start, phrase.start):
            day = _resolve_day(text, item)
            if day.date is not None or day.weekday is not None:
                return day
    return None


# "Storm Ciara", "Hurricane Milton", "the Canyon Fire": an event with a name of its own.
_EVENT_NAME_AFTER = regex.compile(r"[ \t]+(\p{Lu}[\p{L}'\-]+)", regex.VERSION1)
_EVENT_NAME_BEFORE = regex.compile(r"(\p{Lu}[\p{L}'\-]+)[ \t]+$", regex.VERSION1)


def _event_name(text: _Text, phrase: Phrase) -> str:
    written = text.body[phrase.start : phrase.end]
    if not written[:1].isupper():
        return ""
    after = _EVENT_NAME_AFTER.match(text.body, phrase.end)
    if after and after.group(1).lower() not in _NOT_PLACES:
        return after.group(1).lower()
    sentence = text.sentences[text.sentence_of(phrase.start)]
    lo = max(sentence.start, phrase.start - 30)
    before = _EVENT_NAME_BEFORE.search(text.body, lo, phrase.start)
    if before and before.start() > sentence.start and before.group(1).lower() not in _NOT_PLACES:
        return before.group(1).lower()
    return ""


def _introduces_another(text: _Text, phrase: Phrase) -> bool:
    """'a smaller quake', 'another deadly attack': a second event of the same kind."""
    before = text.body[max(0, phrase.start - 40) : phrase.start].lower()
    return text.rules.other_event_pattern.search(before) is not None


def _context_sentences(text: _Text, index: int) -> list[_Sentence]:
    """The claim's sentence first, then up to two before it in the same paragraph."""
    own = text.sentences[index]
    earlier = [
        text.sentences[i]
        for i in range(index - 1, max(-1, index - 3), -1)
        if text.sentences[i].paragraph == own.paragraph
    ]
    return [own, *earlier]


def _nearest_event_phrase(
    text: _Text, span: tuple[int, int], context: Sequence[_Sentence]
) -> Phrase | None:
    for sentence in context:
        phrases = [
            p
            for p in text.phrases_in(sentence)
            if text.categories.get(p.text, _STATEMENT) != _STATEMENT
        ]
        if phrases:
            return min(phrases, key=lambda p: text.distance(span, (p.start, p.end)))
    return None


def _anchor(text: _Text, span: tuple[int, int], context: Sequence[_Sentence]) -> Day | None:
    """The day the claim's event happened: the nearest day in its sentence (or the ones
    before), leaving out the days of statements ("the governor said on Monday") and the
    starts of spans ("since February")."""
    for sentence in context:
        days = [
            w for w in text.whens_in(sentence) if _can_date_an_event(text, w, sentence, span[1])
        ]
        # The dateline dates the dispatch: a day of the event itself comes first.
        days = [w for w in days if not _in_dateline(text, w)] or days
        if days:
            nearest = min(days, key=lambda w: text.distance(span, (w.start, w.end)))
            return _resolve_day(text, nearest)
    return None


def _names_an_event(text: _Text, phrase: Phrase) -> bool:
    return text.categories.get(phrase.text, _STATEMENT) != _STATEMENT


def _can_date_an_event(
    text: _Text, item: When, sentence: _Sentence, claim_end: int | None = None
) -> bool:
    """Can this day be the day of the claim's event (ending at `claim_end`)? Not when it dates
    a statement, an update, a span's start, another event, or the old figure a claim before it
    is measured against."""
    return (
        item.kind in ("day", "date", "relative", "window")
        and (not _opens_a_span(text, item) or bool(_WHEN_CLAUSE.match(text.body, item.end)))
        and not _counts_from_another_event(text, item)
        and not _dates_a_statement(text, item, sentence)
        and not _dates_an_update(text, item)
        and not (claim_end is not None and item.start > claim_end and _dates_a_base(text, item))
        and not _dates_a_figure(text, item)
    )


# "$3.9 billion a year earlier", "41% last year": the day dates the figure just before it.
_FIGURE_BEFORE = regex.compile(
    r"(?:\d|\b(?:million|billion|bn|m|per\s+cent|percent|%))[)\s]*$", regex.I
)
_YEAR_BACK = regex.compile(rf"^(?:in\s+)?{_A_YEAR_BACK}$", regex.I)


def _dates_a_figure(text: _Text, item: When) -> bool:
    before = text.body[max(0, item.start - 12) : item.start]
    return bool(_YEAR_BACK.match(item.text)) and _FIGURE_BEFORE.search(before) is not None


# "had pulled 230 people from their homes by Saturday afternoon": a deadline, not the event's day.
_SPAN_WORD_BEFORE = regex.compile(r"\b(?:since|by|until|till)\s+$", regex.I)


def _opens_a_span(text: _Text, item: When) -> bool:
    before = text.body[max(0, item.start - 8) : item.start]
    return bool(_SPAN_START.match(item.text) or _SPAN_WORD_BEFORE.search(before))


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
# "KADOMA, Zimbabwe, June 8 (AFP) - ...": the dateline dates the dispatch, not the event.
_DATELINE_END = regex.compile(r"\s*(?:\([^)\n]{1,40}\))?\s*[-\u2013\u2014:]\s")
_DATELINE_REACH = 80


_ENDED_ANYWHERE = regex.compile(
    r"\b(?:put\s+out|extinguished|brought\s+under\s+control|called\s+off|ended|freed"
    r"|reached|rescued|pulled\s+out)\b",
    regex.I,
)


def _in_dateline(text: _Text, item: When) -> bool:
    first = text.sentences[0] if text.sentences else None
    if first is None or not first.start <= item.start < first.start + _DATELINE_REACH:
        return False
    return _DATELINE_END.match(text.body, item.end) is not None


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
    r"|ended|finished|lifted|reopened|restored|stood\s+down|wound\s+down|suspended)"
    r"(?:\s+[\w\-]+){0,3}?\s+(?:at|by|on|early\s+on|late\s+on)?\s*$",
    regex.I,
)


def _dates_a_statement(text: _Text, item: When, sentence: _Sentence) -> bool:
    """'the governor said on Monday' and 'On Monday, the governor said' date the statement;
    'two were killed on Wednesday, the governor said' dates the killing."""
    for phrase in text.phrases_in(sentence):
        if text.categories.get(phrase.text) != _STATEMENT:
            continue
        if phrase.end <= item.start and text.words_between(phrase.end, item.start) <= 2:
            return True
        opens = text.words_between(sentence.start, item.start) == 0
        if opens and phrase.start >= item.end and text.words_between(item.end, phrase.start) <= 4:
            return True
    return False


def _places(text: _Text, context: Sequence[_Sentence]) -> tuple[str, ...]:
    for sentence in context:
        found = [
            place
            for m in _PLACE.finditer(text.body, sentence.start, sentence.end)
            if not _an_adjective(text.body, m)
            if (place := _clean_place(m.group(1)))
        ]
        if found:
            return tuple(dict.fromkeys(found))
    return ()


# "in the Spanish capital", "in the Turkish city of": a people's name used as an adjective.
_PLACE_HEAD = regex.compile(
    r"\s+(?:capital|city|town|village|province|region|state|county|district|government|coast"
    r"|border|side|authorities|officials|forces|troops|army|president|prime|parliament)\b"
)


def _an_adjective(body: str, match: regex.Match[str]) -> bool:
    return _PLACE_HEAD.match(body, match.end()) is not None


def _clean_place(raw: str) -> str:
    """'Rome Sunday' is Rome; 'Turkey-' is Turkey; 'the Vatican' is Vatican."""
    words = []
    for word in raw.removeprefix("the ").split():
        if word.lower() in _NOT_PLACES:
            break
        words.append(word.strip("-'"))
    return " ".join(w for w in words if w)


def _participants(text: _Text, context: Sequence[_Sentence]) -> tuple[str, ...]:
    sentence = context[0]
    words = {
        w.lower().removesuffix("'s") for w in _WORD.findall(text.body, sentence.start, sentence.end)
    }
    return tuple(s for s in text.surnames if s.lower() in words)


def _attribution(text: _Text, index: int, span: tuple[int, int]) -> str:
    """Who the sentence says stated the claim: 'according to X' anywhere, 'X said' before the
    claim, or ', X said.' closing the sentence after it. In 'Two were killed, and the air
    force reported downing 88 drones' the air force vouches for the drones only."""
    sentence = text.sentences[index]
    chosen: regex.Match[str] | None = None
    for match in _ATTRIBUTION.finditer(text.body, sentence.start, sentence.end, overlapped=True):
        closing = text.words_between(match.end(), sentence.end) <= 3
        if match.group(1):
            lo, hi = sorted((match.start(), span[0]))
        else:
            lo, hi = match.end(), span[0]
        if lo < hi and _CONTRAST.search(text.body, lo, hi) and (match.group(1) or hi == span[0]):
            # "45,000, the police estimated, while the organisers said 120,000": each its own
            continue
        if match.group(1) or match.end() <= span[0]:
            if chosen is None or match.end() != chosen.end() or match.start() < chosen.start():
                chosen = match  # the nearest before the claim, said in full
        elif chosen is None and match.start() >= span[1] and closing:
            chosen = match
    if chosen is None:
        return ""
    who = (chosen.group(1) or chosen.group(2) or chosen.group(3) or "").strip()
    who = regex.sub(r"\s+(?:have|has|had|had also|also|have also|has also)$", "", who)
    return regex.sub(r"^(?:and|but|while|as)\s+", "", who, flags=regex.IGNORECASE)


# --- names -------------------------------------------------------------------------------------


def _name_claims(text: _Text) -> Iterator[Claim]:
    """One claim per distinct spelling of a person's full name, at its first use."""
    seen: set[str] = set()
    for name in text.names:
        if name.text in seen:
            continue
        seen.add(name.text)
        index = text.sentence_of(name.start)
        start, end = text.original_span(name.start, name.end)
        yield Claim(
            id=f"{text.article.id}#{start}-{NAME_SLOT}",
            article=text.article.id,
            slot=NAME_SLOT,
            value_kind=ValueKind.NAME,
            text=text.article.text[start:end],
            sentence=text.sentence_text(index),
            start=start,
            end=end,
            name=name.text,
        )
