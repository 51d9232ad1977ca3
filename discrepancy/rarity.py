"""How rare a word is in English at large: what tells one story's words from any story's.

Two reports of one company's results share "Vistaran", "Menon" and "Bengaluru"; two reports of
different fires share "fire", "brigade" and "hours". Weighting words by how rare they are in the
input alone cannot see this when the input is one story: every word the reports share is in all
of them, so it looks as common as "said". Word frequencies of English at large, from the
`wordfreq` package's data (Wikipedia, news, books, subtitles and the web), can.
"""

from __future__ import annotations

import functools
import gzip
import importlib.util
from pathlib import Path

import msgpack

from discrepancy.errors import FileError

# wordfreq's Zipf scale: log10 of a word's frequency per billion words. "the" is 7.7, "fire"
# 5.0, "quake" 3.5, "Bengaluru" 3.0. The short list stops at 3.0, so a word not in it is rarer:
# a town, a surname, a company. (The long list, ten times the words, split one pending story
# fewer but merged a pair of stories more, and takes five times as long to read.)
_UNLISTED_ZIPF = 1.5
_LIST = "small_en.msgpack.gz"


def zipf(word: str) -> float:
    """The word's Zipf frequency in English (lower case); a hyphened compound ("Bengaluru-based")
    is as rare as its rarest part."""
    table = _table()
    found = table.get(word)
    if found is not None:
        return found
    parts = [p for p in word.split("-") if p]
    if len(parts) > 1:
        return min(table.get(p, _UNLISTED_ZIPF) for p in parts)
    return _UNLISTED_ZIPF


@functools.cache
def _table() -> dict[str, float]:
    """Read once, when first needed, without importing wordfreq itself (its imports cost a tenth
    of a second of every run's start). The file is a list of bins, one per centibel of
    frequency below 1, each a list of words."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        raise FileError("wordfreq", None, "not installed; it is needed to group stories")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / _LIST
    try:
        bins = msgpack.unpackb(gzip.decompress(path.read_bytes()), raw=False)
    except (OSError, ValueError, msgpack.UnpackException) as exc:
        raise FileError(str(path), None, f"cannot read this word list: {exc}") from None
    header, *levels = bins if isinstance(bins, list) and bins else [None]
    if not isinstance(header, dict) or header.get("format") != "cB":
        raise FileError(str(path), None, "not a word list of the form wordfreq writes")
    return {word: 9.0 - level / 100 for level, words in enumerate(levels) for word in words}
