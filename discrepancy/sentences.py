"""Sentence and paragraph boundaries in (normalised) article text, as offset spans."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

Span = tuple[int, int]

# A paragraph is a line: news copy puts one paragraph on a line, and headlines have no period,
# so a line break always ends a sentence. "\r\n" and a lone "\r" are line breaks too, because the
# text keeps the file's own line endings.
_LINE = re.compile(r"[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+")

_CLOSERS = "\"')]}\u2019\u201d\u00bb"
_OPENERS = "\"'([{\u2018\u201c\u00ab"
# A whitespace-delimited token that ends in sentence punctuation, perhaps inside closing quotes.
_CANDIDATE = re.compile(rf"(?<!\S)\S*?[.!?][{re.escape(_CLOSERS)}]*(?=\s)")
_NEXT_TOKENS = re.compile(r"\s+(\S+)(?:\s+(\S+))?")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]\.")  # U.S.  a.m.  e.g.  A.M.


def _words(listing: str) -> frozenset[str]:
    return frozenset(listing.split())


_ABBREVIATIONS = _words(
    """
    mr mrs ms dr prof sen rep gov gen lt col maj capt sgt adm cmdr rev st mt ft pres supt
    jan feb mar apr jun jul aug sep sept oct nov dec
    no nos vs v etc inc ltd co corp jr sr bros dept est approx fig vol ave blvd
    """
)

# After an abbreviation, a capitalised word starts a new sentence only when it is one of these
# words that open sentences and are never names; anything else ("U.S. President", "Dr. Kim",
# "Jan. 6") keeps the sentence going, because a missed split costs less than a false one.
_SENTENCE_OPENERS = _words(
    """
    the a an this that these those it its he she they we i you his her their our my there here
    but and or so yet if when while after before as at in on for from by with without during
    however meanwhile earlier later since although though because what why how who where which
    some many most all both each one no none not several few other another such then still
    """
)

# '"Let's get the deal DONE!" Trump posted': a quote closed by a speaker and a reporting verb
# stays one sentence with its attribution.
_REPORTING_VERBS = _words(
    """
    said says say added adds wrote writes posted posts told tells asked asks continued
    tweeted replied replies insisted noted argued warned declared stated explained
    """
)


def paragraph_spans(text: str) -> list[Span]:
    """The (start, end) span of each non-blank line, trimmed of surrounding whitespace."""
    spans = []
    for match in _LINE.finditer(text):
        span = _trim(text, match.start(), match.end())
        if span[0] < span[1]:
            spans.append(span)
    return spans


def split_sentences(text: str) -> list[Span]:
    """The (start, end) span of each sentence, trimmed; sentences never cross a line break."""
    sentences: list[Span] = []
    for para_start, para_end in paragraph_spans(text):
        start = para_start
        for boundary in _boundaries(text, para_start, para_end):
            sentences.append(_trim(text, start, boundary))
            start = boundary
        sentences.append(_trim(text, start, para_end))
    return [span for span in sentences if span[0] < span[1]]


def sentence_paragraph_index(sentences: Sequence[Span], paragraphs: Sequence[Span]) -> list[int]:
    """For each sentence, the index of the paragraph it starts in."""
    starts = [start for start, _ in paragraphs]
    return [max(0, bisect.bisect_right(starts, start) - 1) for start, _ in sentences]


def _boundaries(text: str, start: int, end: int) -> list[int]:
    """Offsets inside text[start:end] just past the punctuation that ends a sentence."""
    found = []
    for match in _CANDIDATE.finditer(text, start, end):
        following = _NEXT_TOKENS.match(text, match.end(), end)
        if following is None or not _ends_sentence(match.group(), following.group(1)):
            continue
        if not _is_attributed_quote(match.group(), following.group(2)):
            found.append(match.end())
    return found


def _is_attributed_quote(token: str, word_after_next: str | None) -> bool:
    closes_quote = token.endswith(('"', "'", "\u201d", "\u2019"))
    verb = (word_after_next or "").rstrip(".,;:!?").lower()
    return closes_quote and verb in _REPORTING_VERBS


def _ends_sentence(token: str, next_token: str) -> bool:
    """Whether `token` (ending in . ! or ?) ends its sentence, given the token after it."""
    next_word = next_token.lstrip(_OPENERS)
    if not next_word or not (next_word[0].isupper() or next_word[0].isdigit()):
        return False  # '"Why?" he asked', 'territories ... belong', '"... ," Trump wrote'
    core = token.rstrip(_CLOSERS)
    word = core.rstrip(".!?").lstrip(_OPENERS)
    if not any(c.isalnum() for c in word):
        return False  # a lone "..." or a quote that opens with one: unsure, keep going
    if core.endswith(".") and _is_abbreviation(core.lstrip(_OPENERS), word):
        return _opens_sentence(next_word)
    return True


def _is_abbreviation(dotted_word: str, word: str) -> bool:
    """Initials ("J."), dotted abbreviations ("U.S.", "a.m.") and the listed short forms."""
    if len(word) == 1 and word.isalpha():
        return True
    return _DOTTED.fullmatch(dotted_word) is not None or word.lower() in _ABBREVIATIONS


def _opens_sentence(next_word: str) -> bool:
    if re.fullmatch(r"[A-Za-z]\.\S*", next_word):
        return False  # "W. A. Gunapala": "A." is a second initial, not the article "A"
    head = re.match(r"[A-Za-z]+", next_word)
    return head is not None and head.group().lower() in _SENTENCE_OPENERS


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
