"""Unicode normalisation of article text that keeps every offset traceable to the original."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# Characters replaced one for one, so the common case keeps offsets unchanged.
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u2035\u2039\u203a\u02bc\uff07"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb\u301d\u301e\u301f\uff02"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d"
# Every Unicode space separator (category Zs) other than the ASCII space.
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
_SPACES += "\u202f\u205f\u3000"
# Line and paragraph separators become the line break the sentence splitter knows.
_LINE_BREAKS = "\u0085\u2028\u2029"
# An ellipsis becomes one period so the text keeps its length; "..." reads the same way.
_ELLIPSIS = "\u2026"

# U+FF01..U+FF5E are the fullwidth forms of ASCII '!'..'~'; NFKC maps each to one character.
_FULLWIDTH_OFFSET = 0xFF01 - 0x21
_FULLWIDTH = {cp: cp - _FULLWIDTH_OFFSET for cp in range(0xFF01, 0xFF5F)}


def _one_for_one_table() -> dict[int, int]:
    table = dict(_FULLWIDTH)
    for chars, replacement in (
        (_SINGLE_QUOTES, "'"),
        (_DOUBLE_QUOTES, '"'),
        (_DASHES, "-"),
        (_SPACES, " "),
        (_LINE_BREAKS, "\n"),
        (_ELLIPSIS, "."),
    ):
        table.update({ord(c): ord(replacement) for c in chars})
    return table


_TABLE = _one_for_one_table()
# str.translate looks up every character; news text is ~99% ASCII, so finding the few
# characters to replace with a regex and translating only those runs is 3-4x faster.
_REPLACEABLE = re.compile("[" + re.escape("".join(map(chr, _TABLE))) + "]+")

# Invisible characters that carry no text: zero-width spaces and joiners, the word joiner,
# soft hyphen, BOM, the Mongolian vowel separator and the bidi controls.
_REMOVABLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]+"
)


@dataclass(frozen=True, slots=True)
class NormalisedText:
    """Normalised text and the map from its offsets back to the text it came from.

    The map is stored as the runs of removed characters, not one entry per character, so text
    with nothing removed (nearly all of it) carries two empty tuples. `_removed_at[k]` is the
    normalised offset where run k was removed, `_shift[k]` the characters removed up to and
    including run k.
    """

    text: str
    _removed_at: tuple[int, ...] = ()
    _shift: tuple[int, ...] = ()

    @property
    def changed_length(self) -> bool:
        return bool(self._removed_at)

    def to_original(self, i: int) -> int:
        """The original offset of normalised offset `i` (0 <= i <= len(text))."""
        if not self._removed_at:
            return i
        run = bisect.bisect_right(self._removed_at, i) - 1
        return i if run < 0 else i + self._shift[run]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span of a normalised span; removed characters just past it stay out."""
        if end <= start:
            origin = self.to_original(start)
            return origin, origin
        return self.to_original(start), self.to_original(end - 1) + 1


def normalise(text: str) -> NormalisedText:
    """ASCII quotes, dashes and spaces; invisible characters removed; offsets kept."""
    if text.isascii():
        return NormalisedText(text)
    translated = _REPLACEABLE.sub(_translate_run, text)
    if _REMOVABLE.search(translated) is None:
        return NormalisedText(translated)
    removed_at: list[int] = []
    shift: list[int] = []
    removed = 0
    for match in _REMOVABLE.finditer(translated):
        removed_at.append(match.start() - removed)
        removed += match.end() - match.start()
        shift.append(removed)
    return NormalisedText(_REMOVABLE.sub("", translated), tuple(removed_at), tuple(shift))


def _translate_run(match: re.Match[str]) -> str:
    return match.group().translate(_TABLE)
