"""A vote's tally: 'voted 31 to 24', 'by 32 votes to 23', 'a 31-24 vote'.

Two figures, the votes for and the votes against, each a claim of its own keyed by its side:
read as one range ('between 24 and 31') they would agree with any count in between.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from discrepancy import quantities
from discrepancy.extract.spans import _span_claim
from discrepancy.extract.text import _Text
from discrepancy.model import Claim, Interval
from discrepancy.rulebook import Rule

# A figure in digits or said in a word or two ("seventy-six", "twenty one"), never "five votes".
_NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})*|\d+"
    r"|[a-z]+(?:[\s-](?!(?:votes?|to|in|of|for|against|with|and)\b)[a-z]+)?)"
)
_IN_FAVOUR = (
    r"(?:in\s+favou?r(?:\s+of\s+(?:the\s+|it\b))?|for\s+(?:the\s+|it\b))"
    r"(?:(?<=the\s)(?:motion|bill|measure|proposal|resolution|amendment|law|plan|deal|budget))?"
)
# Who votes in a chamber: "the support of 185 deputies and senators".
_MEMBERS = (
    r"deputies|senators|lawmakers|legislators|mps|members|councillors|councilors|delegates"
    r"|representatives|parliamentarians"
)
_TALLY = regex.compile(
    rf"\b(?P<verb>voted|votes?|approved|passed|backed|adopted|rejected|defeated|carried"
    rf"|threw\s+out|voted\s+down|split)\s+(?:it\s+|the\s+(?:[\w\-]+\s+){{1,2}})?(?:by\s+)?"
    rf"(?:a\s+(?:vote|margin|majority)\s+of\s+)?"
    rf"(?P<first>{_NUMBER})(?:\s+votes?)?\s*(?:to|-|\u2013)\s*(?P<second>{_NUMBER})\b"
    rf"|\b(?P<first>{_NUMBER})\s+votes?\s+to\s+(?P<second>{_NUMBER})\b"
    rf"|\b(?P<first>\d+)[-\u2013](?P<second>\d+)\s+(?:vote|majority|split|decision)\b"
    # "187 votes in favour and 11 against", "187 votes for the motion, 11 against"
    rf"|\b(?P<first>{_NUMBER})\s+(?:votes?\s+)?{_IN_FAVOUR}\s*(?:,\s*|\s+)(?:and\s+|with\s+)?"
    rf"(?P<second>{_NUMBER})\s+(?:votes?\s+)?against\b",
    regex.I,
)
# One side alone: "187 votes in favour", "the support of 185 deputies and senators".
_FOR_ALONE = regex.compile(
    rf"\b(?P<first>{_NUMBER})\s+votes?\s+{_IN_FAVOUR}"
    rf"|\b(?:support|backing|votes)\s+of\s+(?P<first>{_NUMBER})\s+(?:{_MEMBERS})\b",
    regex.I,
)
# "rejected by 35 votes to 20", "voted 31 to 24 against": the first figure is the votes against.
_AGAINST_FIRST = regex.compile(r"^(?:rejected|defeated|threw\s+out|voted\s+down)$", regex.I)
_AGAINST_AFTER = regex.compile(r"\s+against\b", regex.I)


# Words one of a tally's shapes holds: a sentence without one holds no tally, and the tally
# patterns, which try every word as a spoken figure, need not read it.
_TALLY_CUE = regex.compile(
    r"\bvot|\bagainst\b|\bfavou?r\b|\bmajority\b|\bsupport\b|\bbacking\b|\bapproved\b"
    r"|\bpassed\b|\bbacked\b|\badopted\b|\brejected\b|\bdefeated\b|\bcarried\b|\bthrew\b"
    r"|\bsplit\b|\bdecision\b",
    regex.I,
)


def _in_cued_sentences(text: _Text, pattern: regex.Pattern[str]) -> list[regex.Match[str]]:
    """The pattern's matches, read only in the sentences that hold a tally's word."""
    found: list[regex.Match[str]] = []
    for start, end in _cued_sentences(text):
        found.extend(pattern.finditer(text.body, start, end))
    return found


@functools.lru_cache(maxsize=4)
def _cued_sentences(text: _Text) -> tuple[tuple[int, int], ...]:
    """The spans of the sentences holding a tally's word, found once per article (the count
    reader and the tally reader both ask)."""
    spans: list[tuple[int, int]] = []
    last = -1
    for cue in _TALLY_CUE.finditer(text.body):
        index = text.sentence_of(cue.start())
        if index != last:
            last = index
            spans.append((text.sentences[index].start, text.sentences[index].end))
    return tuple(spans)


def _tally_claims(text: _Text) -> Iterator[Claim]:
    rule = next((r for r in text.rules.rulebook.rules if r.tally), None)
    if rule is None:
        return
    for match in _in_cued_sentences(text, _TALLY):
        found = _figure_ending_at(text, match.start("first"), match.end("first"))
        second = _votes(match.group("second"))
        if found is None or second is None:
            continue
        start, first = found
        verb = match.group("verb") or ""
        against_first = bool(_AGAINST_FIRST.match(verb)) or bool(
            text.match_at(_AGAINST_AFTER, match.end())
        )
        sides = ("against", "for") if against_first else ("for", "against")
        for (side, votes), group in zip(
            ((sides[0], first), (sides[1], second)), ("first", "second"), strict=True
        ):
            yield _tally_claim(text, rule, match, group, side, votes, start)
    taken = _both_sides(text)
    for match in _in_cued_sentences(text, _FOR_ALONE):
        whole = _figure_ending_at(text, match.start("first"), match.end("first"))
        if whole is not None and not any(a <= match.start() < b for a, b in taken):
            yield _tally_claim(text, rule, match, "first", "for", whole[1], whole[0])


def tally_spans(text: _Text) -> list[tuple[int, int]]:
    """Where tallies stand, so that the count reader leaves their figures alone."""
    if not any(r.tally for r in text.rules.rulebook.rules):
        return []
    return _both_sides(text) + [
        (found[0], m.end())
        for m in _in_cued_sentences(text, _FOR_ALONE)
        if (found := _figure_ending_at(text, m.start("first"), m.end("first"))) is not None
    ]


def _both_sides(text: _Text) -> list[tuple[int, int]]:
    return [
        (found[0], m.end())
        for m in _in_cued_sentences(text, _TALLY)
        if (found := _figure_ending_at(text, m.start("first"), m.end("first"))) is not None
        and _votes(m.group("second")) is not None
    ]


def _votes(written: str) -> float | None:
    found = [q for q in quantities.parse(written) if q.kind == "count" and q.value is not None]
    if len(found) != 1 or found[0].text.strip() != written.strip():
        return None
    return found[0].value


# A figure said aloud runs to more words than a tally's pattern reads: "a hundred and
# seventy-six votes in favour" is 176, not the 76 its last words say.
_WORDS_BEFORE = regex.compile(r"(?:[a-z]+[\s-]+){1,4}$", regex.I)


def _figure_ending_at(text: _Text, start: int, end: int) -> tuple[int, float] | None:
    """The longest run of words ending where the pattern's number ends that is one figure
    ("a hundred and seventy-six", "two hundred and five"), and where it starts."""
    before = _WORDS_BEFORE.search(text.body, max(0, start - 40), start)
    lo = before.start() if before is not None else start
    starts = [lo + m.start() for m in regex.finditer(r"\b[a-z\d]", text.body[lo:end], regex.I)]
    for at in starts:  # the longest first
        whole = _votes(text.body[at:end])
        if whole is not None:
            return at, whole
    return None


def _tally_claim(
    text: _Text,
    rule: Rule,
    match: regex.Match[str],
    group: str,
    side: str,
    votes: float,
    first_at: int | None = None,
) -> Claim:
    start = match.start() if first_at is None else min(first_at, match.start())
    number_at = match.start(group) if first_at is None or group != "first" else first_at
    return _span_claim(
        text,
        rule,
        (start, match.end()),
        Interval(votes, votes),
        "votes",
        number_at=number_at,
        subject=f"tally:{side}",
    )
