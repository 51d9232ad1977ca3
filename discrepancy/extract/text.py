"""One article's body, normalised, with the indexes every extractor needs.

`_Text` finds sentences, words, rule phrases, quantities, time expressions, names and places
once, so each extractor asks it questions (distances, clauses, the phrases in a sentence)
instead of scanning the body again. Every other module reads through it.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

import regex

from discrepancy import quantities, units, when
from discrepancy.extract._common import _NOT_PLACES, _STATEMENT
from discrepancy.extract.rules import CompiledRules, Phrase
from discrepancy.model import Article, Day, Quantity, When
from discrepancy.names import find_person_names
from discrepancy.sentences import paragraph_spans, split_sentences
from discrepancy.textnorm import normalise

_WORD = regex.compile(r"\w+(?:['\-]\w+)*")
_SENTENCE_END = regex.compile(r"[.!?]\s")
_CLAUSE_BREAK = regex.compile(r"[;()]|:(?!\d)|\s-\s")  # "4:40 p.m." is no break

_ASIDE = regex.compile(r"\([^()]{0,60}\)")
# ", and" before a new subject, "; ", "and then": a clause joined to the one before.
_NEXT_CLAUSE = regex.compile(r",\s*and\s+(?!(?:were|was|are|is)\b)\w|;\s|\s+and\s+then\s", regex.I)
# "at around 4:40 a.m. (2040 GMT Tuesday)": the same moment in another zone, in brackets.
_CONVERSION = regex.compile(r"\s*\(\s*$")
_ZONE = regex.compile(r"\b(?:GMT|UTC|Z)\b")


# "won the race in 2:29:51 on Sunday": hours, minutes and seconds with no "at", a.m. or p.m.
# are how long a race took, not a clock; a day written after them is still the day.
_RACE_TIME = regex.compile(r"\d{1,2}:[0-5]\d:[0-5]\d(?:\.\d+)?(?![\d\s]*[ap]\.?\s?m\b)\s*")


def _without_race_times(whens: list[When]) -> list[When]:
    kept = []
    for item in whens:
        race = _RACE_TIME.match(item.text)
        if race is None:
            kept.append(item)
        elif race.end() < len(item.text):  # the day after it, without the time
            rest = item.text[race.end() :]
            kept.append(replace(item, start=item.start + race.end(), text=rest, time=None))
    return kept


def _without_conversions(body: str, whens: list[When]) -> list[When]:
    """A time in brackets after a time, in GMT or UTC, restates it: it dates nothing of its own
    (Tuesday 20:40 GMT is Wednesday 4:40 a.m. in Manila)."""
    kept: list[When] = []
    for item in whens:
        restated = kept and kept[-1].time is not None and item.time is not None
        if (
            restated
            and _CONVERSION.fullmatch(body, kept[-1].end, item.start)
            and _ZONE.search(item.text)
        ):
            continue
        kept.append(item)
    return kept


_SUBSET_ASIDE = regex.compile(
    r",\s*(?:including|among\s+(?:them|whom)|(?:most|many|all|some|two|three)\s+of\s+(?:them|whom)"
    r"|mostly|mainly|such\s+as|an?|the)\b[^,;.:()]{1,60},",
    regex.I,
)
_COMMA_COST = 2
# How far, in characters, a figure's trigger may stand: far beyond the longest reach in words.
_REACH_CHARS = 600
# How far a pattern matched right after a figure or a word may read: a few clauses.
_LOCAL_REACH = 400
# How much of a sentence around a claim says who said it, where and who took part: far more
# than any real sentence, so only a sentence that never ends is cut.
_CONTEXT_CHARS = 1500
# A sentence longer than this is kept only around each claim in the report (see sentence_text).
_KEPT_SENTENCE_CHARS = 2 * _CONTEXT_CHARS

# The parts of a venue where something happened: "near Gate No. 3", "at Platform 4" tell where
# inside the event's place, and two reports' different gates are no two events.
_VENUE_PARTS = frozenset(
    "gate gates platform terminal pier hall stand entrance door block ward wing room exit"
    " berth".split()
)
_PLACE = regex.compile(
    r"\b(?i:in|near|at|outside|inside|across|targeting|on)\s+"
    # "in St. Rémy Parish": a saint's or a mount's short title opens the name
    r"((?:the\s+)?(?:(?:St|Ste|Mt|Ft)\.\s+)?\p{Lu}[\p{L}'\-]+(?:\s+\p{Lu}[\p{L}'\-]+){0,2})",
    regex.VERSION1,
)

_PROPER_WORD = regex.compile(r"(?<=\s)\p{Lu}[\p{L}\-]{2,}", regex.VERSION1)


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
            and not _describes_a_thing(self.body, m)
            and not _a_person_collapsed(self.body, m)
            and not _an_event_denied(self.body, m, rules)
        ]
        self.phrases = _without_words_not_alone(self.phrases, self.sentence_of, rules)
        self.phrase_starts = [p.start for p in self.phrases]
        self.categories = _article_senses(self.phrases, rules)
        self.quantities = _lengths_joined(
            self.body, quantities.parse(self.body, about_tolerance=rules.about_tolerance)
        )
        self.quantity_starts = [q.start for q in self.quantities]
        self.whens = _without_race_times(
            _without_conversions(self.body, when.parse(self.body, article.published))
        )
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
        # The running-total period each sentence states ('since 2022'), read once a sentence.
        self.periods: dict[int, tuple[str, int]] = {}

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        s, e = self.norm.span_to_original(start, end)
        return s + self.article.body_start, e + self.article.body_start

    def body_offset(self, original: int) -> int:
        """The body's offset of an offset in the article's text (a claim's start): past the
        front matter, and past characters the normalising removed."""
        within = original - self.article.body_start
        if not self.norm.changed_length:
            return within
        return bisect.bisect_left(range(len(self.body) + 1), within, key=self.norm.to_original)

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
        words = self.words_between(first[1], second[0]) + _COMMA_COST * gap.count(",")
        if "," not in gap:
            return words
        # "Eight climbers, among them five foreigners, have been missing", "One person, a
        # security guard, was injured": the aside that picks out or names some of them
        # stands outside the way from the number to its verb.
        for aside in _SUBSET_ASIDE.finditer(gap):
            words -= len(_WORD.findall(aside.group())) + _COMMA_COST * 2
        return words

    def same_clause(self, a: int, b: int) -> bool:
        lo, hi = min(a, b), max(a, b)
        if _CLAUSE_BREAK.search(self.body, lo, hi) is None:
            return True
        between = self.body[lo:hi]
        if "(" not in between:
            return False
        # "(2.75 inches)" is an aside, no break
        return _CLAUSE_BREAK.search(_ASIDE.sub(lambda m: " " * len(m.group()), between)) is None

    def joins_a_clause(self, a: int, b: int) -> bool:
        """Does a new clause open between the two ('..., and Sussex police arrested', '; ',
        'and then'), not the same subject going on ('were hurt, and were taken')?"""
        return _NEXT_CLAUSE.search(self.body, min(a, b), max(a, b)) is not None

    def phrases_at(self, pos: int) -> list[Phrase]:
        """The rule and event words that start at `pos`."""
        lo = bisect.bisect_left(self.phrase_starts, pos)
        hi = bisect.bisect_right(self.phrase_starts, pos)
        return self.phrases[lo:hi]

    def match_at(
        self, pattern: regex.Pattern[str], pos: int, endpos: int | None = None
    ) -> regex.Match[str] | None:
        """`pattern.match(body, pos)` within a local reach of `pos`: the `regex` module's match
        costs time in proportion to the text after `pos` unless told where to stop, and every
        figure's few words of context would otherwise cost the whole rest of a long article."""
        end = min(len(self.body), pos + _LOCAL_REACH) if endpos is None else endpos
        return pattern.match(self.body, pos, end)

    def around(self, sentence: _Sentence, span: tuple[int, int]) -> tuple[int, int]:
        """The part of a sentence a claim's context is read from: all of it, unless it runs
        on for thousands of characters (one unpunctuated page), then its neighbourhood."""
        return max(sentence.start, span[0] - _CONTEXT_CHARS), min(
            sentence.end, span[1] + _CONTEXT_CHARS
        )

    def phrases_near(self, sentence: _Sentence, span: tuple[int, int]) -> list[Phrase]:
        """The sentence's rule and event words within reach of a figure at `span`: a trigger
        stands a few dozen words from its figure at most, and a sentence that never ends (a
        scraped page, one 10 MB line) must not make every figure weigh every word of it."""
        lo = bisect.bisect_left(self.phrase_starts, max(sentence.start, span[0] - _REACH_CHARS))
        hi = bisect.bisect_left(self.phrase_starts, min(sentence.end, span[1] + _REACH_CHARS))
        return self.phrases[lo:hi]

    def phrases_in(self, sentence: _Sentence) -> list[Phrase]:
        lo = bisect.bisect_left(self.phrase_starts, sentence.start)
        hi = bisect.bisect_left(self.phrase_starts, sentence.end)
        return self.phrases[lo:hi]

    def whens_near(self, sentence: _Sentence, span: tuple[int, int]) -> list[When]:
        """The sentence's time expressions within reach of `span` (see `phrases_near`)."""
        lo = bisect.bisect_left(self.when_starts, max(sentence.start, span[0] - _REACH_CHARS))
        hi = bisect.bisect_left(self.when_starts, min(sentence.end, span[1] + _REACH_CHARS))
        return self.whens[lo:hi]

    def quantities_in(
        self, sentence: _Sentence, span: tuple[int, int] | None = None
    ) -> list[Quantity]:
        """The sentence's figures; with `span`, only those within reach of it."""
        start, end = (sentence.start, sentence.end) if span is None else self.around(sentence, span)
        lo = bisect.bisect_left(self.quantity_starts, start)
        hi = bisect.bisect_left(self.quantity_starts, end)
        return self.quantities[lo:hi]

    def whens_in(self, sentence: _Sentence) -> list[When]:
        lo = bisect.bisect_left(self.when_starts, sentence.start)
        hi = bisect.bisect_left(self.when_starts, sentence.end)
        return self.whens[lo:hi]

    def sentence_text(self, index: int, start: int, end: int) -> str:
        """The sentence a claim at `start`:`end` (the article's offsets) stands in, as written;
        of a sentence that never ends (one pasted page), only the claim's neighbourhood, marked
        with ellipses: every claim keeps its own copy, and a report prints each one."""
        sentence = self.sentences[index]
        first, last = self.original_span(sentence.start, sentence.end)
        if last - first <= _KEPT_SENTENCE_CHARS:
            return self.article.text[first:last]
        lo, hi = max(first, start - _CONTEXT_CHARS), min(last, end + _CONTEXT_CHARS)
        before = "\u2026" if lo > first else ""
        after = "\u2026" if hi < last else ""
        return f"{before}{self.article.text[lo:hi]}{after}"

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


def _without_words_not_alone(
    phrases: list[Phrase], sentence_of: Callable[[int], int], rules: CompiledRules
) -> list[Phrase]:
    """An `alone_words` event word names its event only where its sentence names no other:
    "a fuel tanker collided with a minibus and exploded" is the collision."""
    if not rules.alone or not any(p.text in rules.alone for p in phrases):
        return phrases
    others = {
        sentence_of(p.start)
        for p in phrases
        if p.text in rules.categories
        and p.text not in rules.alone
        and rules.categories[p.text] != _STATEMENT
    }
    return [p for p in phrases if p.text not in rules.alone or sentence_of(p.start) not in others]


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


# "the landslide-hit village", "storm-battered coast": the word describes a place, it does not
# report the event.
_COMPOUND_ADJECTIVE = regex.compile(
    r"-(?:hit|struck|stricken|ravaged|affected|damaged|prone|torn|battered|devastated|swept"
    r"|scarred|wrecked|related|free|proof|resistant)\b",
    regex.I,
)
# "their collapsed house", "the burned-out car": a past participle between a determiner and a
# noun is a state of the thing, not the event happening.
_ATTRIBUTIVE_BEFORE = regex.compile(r"\b(?:the|a|an|their|his|her|its|our|my|your)\s+$", regex.I)
_NOUN_AFTER = regex.compile(r"\s+(?!(?:on|in|at|by|and|or|near|after|before|when|as)\b)\p{Ll}+\b")


def _describes_a_thing(body: str, match: regex.Match[str]) -> bool:
    if _COMPOUND_ADJECTIVE.match(body, match.end()):
        return True
    word = match.group()
    return (
        word.endswith("ed")
        and " " not in word
        and _ATTRIBUTIVE_BEFORE.search(body, max(0, match.start() - 8), match.start()) is not None
        and _NOUN_AFTER.match(body, match.end()) is not None
    )


# "a woman who collapsed near the finish": a person taken ill, no building coming down.
_A_PERSON_BEFORE = regex.compile(
    r"(?:\b(?:who|he|she|they|had|runner|runners|player|players)|\d{1,3},)\s+(?:had\s+)?$",
    regex.I,
)


def _a_person_collapsed(body: str, match: regex.Match[str]) -> bool:
    return match.group().lower() == "collapsed" and bool(
        _A_PERSON_BEFORE.search(body, max(0, match.start() - 12), match.start())
    )


def _an_event_denied(body: str, match: regex.Match[str], rules: CompiledRules) -> bool:
    """'entered its fifth day on Friday with no talks scheduled': no talks took place. Only a
    word of an event alone; a rule's own word ('no injuries') still reads its zero."""
    return _DENIED_BEFORE.search(
        body, max(0, match.start() - 10), match.start()
    ) is not None and not rules.triggers.get(regex.sub(r"\s+", " ", match.group().lower()))


_DENIED_BEFORE = regex.compile(r"\b(?i:no|without)\s+$")


def _part_of_a_name(body: str, match: regex.Match[str]) -> bool:
    if match.group().lower() == "exchange" and _A_MARKET_BEFORE.search(
        body, max(0, match.start() - 14), match.start()
    ):
        return True  # "the Qatar Stock Exchange", "listed on the stock exchange": a market
    if match.group().endswith("March") and _DAY_OR_YEAR_FOLLOWS.match(body, match.end()):
        return True  # "the March 17 referendum", "the March 2024 floods": a month, not a protest
    if match.group()[:1].isupper() and _PLACE_NOUN_FOLLOWS.match(body, match.end()):
        return True  # "north of Knife River", "Fire Island", "Flood Street": a place
    if match.group()[:1].isupper() and _A_BODY_FOLLOWS.match(body, match.end()):
        return True  # "the Fire and Disaster Management Agency", "the Fire Service": a body
    if match.group() == "Elections" and _NAME_FOLLOWS.match(body, match.end()):
        return True  # "Elections Canada", "Elections Ontario": the body that runs them
    if not _VERB_FORMS.fullmatch(match.group()):
        return False
    if _NAME_FOLLOWS.match(body, match.end()):
        return True  # "Met Éireann issued a warning", even opening a sentence
    before = body[max(0, match.start() - 3) : match.start()]
    opens_sentence = match.start() == 0 or bool(regex.search(r"[.!?\n\"“]\s*$", before))
    return not opens_sentence


_A_MARKET_BEFORE = regex.compile(
    r"\b(?:stock|securities|commodities|futures|mercantile)\s+$", regex.I
)
_DAY_OR_YEAR_FOLLOWS = regex.compile(r"[ \t]+\d{1,4}\b")
_PLACE_NOUN_FOLLOWS = regex.compile(
    r"[ \t]+(?:River|Island|Lake|Bay|Creek|Valley|Mountain|Street|Road|Lane|Avenue|Park|Point"
    r"|Hill|Hills|Falls|Springs|County|Station|Square|Bridge|Harbor|Harbour|Beach|Canyon|Ridge"
    r"|Cove|Gap|Pass|Wood|Woods|Field|Fields|Hospital|Centre|Center|Stadium|Arena|Hall|School"
    r"|College|University|Church|Cathedral|Museum|Library|Airport|Prison|Gardens|Garden|House"
    r"|Building|Tower|Hotel|Club|Ground|Fund|Foundation|Day)\b"
)
# A body named for what it deals with: "Fire and Disaster Management Agency", "Fire Service",
# "Flood Control Department", "Earthquake Research Institute".
_A_BODY_FOLLOWS = regex.compile(
    r"(?:[ \t]+(?:and|&)?[ \t]*\p{Lu}[\p{L}\-]+){0,3}?[ \t]+(?:Agency|Department|Service|Services"
    r"|Brigade|Authority|Office|Institute|Commission|Bureau|Directorate|Ministry|Board|Council"
    r"|Command|Unit|Administration|Management|Centre|Center)\b"
)
# "in the Spanish capital", "in the Turkish city of": a people's name used as an adjective.
_PLACE_HEAD = regex.compile(
    r"\s+(?:capital|city|town|village|province|region|state|county|district|government|coast"
    r"|border|side|authorities|officials|forces|troops|army|president|prime|parliament)\b"
)


def _an_adjective(body: str, match: regex.Match[str]) -> bool:
    return _PLACE_HEAD.match(body, match.end()) is not None


def _clean_place(raw: str) -> str:
    """'Rome Sunday' is Rome; 'Turkey-' is Turkey; 'the Vatican' is Vatican; 'Gate No. 3' is a
    part of the venue, no place."""
    first = raw.removeprefix("the ").split()[0].lower() if raw.split() else ""
    if first in _VENUE_PARTS:
        return ""
    words = []
    for word in raw.removeprefix("the ").split():
        if word.lower().removesuffix("'s").removesuffix("\u2019s") in _NOT_PLACES:
            break  # "at Wednesday's meeting" names a day, not a place
        words.append(word.strip("-'"))
    return " ".join(w for w in words if w)


# "three years and nine months", "2 hours 15 minutes": one length in two units.
_LENGTH_JOIN = regex.compile(r"[ \t]*(?:,[ \t]*|[ \t]and[ \t]+|[ \t]+)")


def _lengths_joined(body: str, found: list[Quantity]) -> list[Quantity]:
    """A length told in two units, the larger first, is one length: a sentence of "three years
    and nine months" is not three years, nor nine months."""
    joined: list[Quantity] = []
    for quantity in found:
        last = joined[-1] if joined else None
        if last is not None and _adds_to(body, last, quantity):
            seconds = units.duration_seconds
            total = seconds(last) + seconds(quantity)
            joined[-1] = replace(
                last,
                end=quantity.end,
                text=body[last.start : quantity.end],
                low=total,
                high=total,
                unit="second",
                value=total,
            )
            continue
        joined.append(quantity)
    return joined


def _adds_to(body: str, first: Quantity, second: Quantity) -> bool:
    if first.kind != "duration" or second.kind != "duration" or first.qualifier or second.qualifier:
        return False
    if first.low != first.high or second.low != second.high or first.low is None:
        return False
    if units.duration_seconds(first) <= units.duration_seconds(second):
        return False
    return _LENGTH_JOIN.fullmatch(body, first.end, second.start) is not None
