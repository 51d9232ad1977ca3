"""Bytes into text: UTF-8 first, a byte-order mark next, then a confident guess, else a problem.

The order, and why:
1. A byte-order mark names the encoding (UTF-8, UTF-16 or UTF-32, little or big endian).
2. Bytes that decode as UTF-8 are UTF-8: text in an 8-bit code page almost never does.
3. A file that is mostly UTF-8 but broken somewhere is broken, not Latin-1: the problem names
   the first bad byte, as it always has.
4. An HTML page's own `<meta charset>` (when it decodes).
5. charset-normalizer's best guess, taken only when it is confident: little mess, real words
   (letters, none of them mixing Latin with another script, no control characters). Among
   legacy code pages that fit equally well, Windows-1252 is taken: it is what a Western
   newsroom's files are, and what the web reads a page labelled Latin-1 as.
Anything else is refused with the UTF-8 problem. A NUL byte without a UTF-16/32 mark means a
binary file. The text is returned as decoded (line endings kept): offsets index it.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import regex

from discrepancy.inputs import Unreadable

BINARY_SNIFF_BYTES = 8 * 1024

# UTF-32 LE's mark starts with UTF-16 LE's, so it is tried first.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
# A well-formed UTF-8 sequence of two to four bytes.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
# What a guess must look like to be believed (see `_believable`).
_HIGH_BYTES = bytes(range(0x80, 0x100))
_MAX_CHAOS = 0.1
_BELIEVE_SAMPLE_CHARS = 200_000  # enough to judge a guess; a 50 MB file need not be walked
_MIN_LETTER_SHARE = 0.5
_NON_ASCII_WORD = regex.compile(r"\p{L}*[\p{L}--\p{ASCII}]\p{L}*", regex.VERSION1)
_ONE_SCRIPT = regex.compile(r"\p{Latin}+|[\p{L}--\p{Latin}]+", regex.VERSION1)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_PREFERRED_LEGACY = "cp1252"
_TIE_CHAOS = 0.005
_TIE_COHERENCE = 0.02
# Labels that mean Windows-1252 in practice: the WHATWG encoding standard reads them so.
_WINDOWS_1252_LABELS = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii"})


def decode(data: bytes, *, declared: str | None = None) -> str:
    """The text of `data`; `declared` is an encoding the input names itself (an HTML meta tag).

    Raises Unreadable, with one line saying why, for binary data or text of no telling encoding.
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return _decode_marked(data[len(bom) :], codec, name, len(bom))
    if b"\0" in data[:BINARY_SNIFF_BYTES]:
        raise Unreadable("binary file, not an article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        not_utf8 = (
            f"not UTF-8 text (invalid byte 0x{data[error.start]:02x} at offset {error.start})"
        )
    if _mostly_utf8(data):
        raise Unreadable(not_utf8)
    text = _decode_declared(data, declared) if declared else None
    if text is None:
        text = _confident_guess(data)
    if text is None:
        raise Unreadable(f"{not_utf8}, and no other encoding fits it with confidence")
    return text


def _mostly_utf8(data: bytes) -> bool:
    """More well-formed UTF-8 sequences than stray high bytes: UTF-8 damaged, not a code page.

    Text in a code page has its accented letters alone between ASCII ones; Shift_JIS or GBK can
    form a UTF-8-shaped pair by chance, but not most of the time.
    """
    sequences = _UTF8_MULTIBYTE.findall(data)
    high_bytes = len(data) - len(data.translate(None, _HIGH_BYTES))
    in_sequences = sum(len(sequence) for sequence in sequences)
    return len(sequences) >= high_bytes - in_sequences and bool(sequences)


def _decode_marked(body: bytes, codec: str, name: str, bom_length: int) -> str:
    try:
        text = body.decode(codec)
    except UnicodeDecodeError as error:
        where = bom_length + error.start
        raise Unreadable(
            f"not {name} text (invalid byte 0x{body[error.start]:02x} at offset {where})"
        ) from None
    if "\0" in text[:BINARY_SNIFF_BYTES]:
        raise Unreadable("binary file, not an article")
    return text


def _decode_declared(data: bytes, declared: str) -> str | None:
    label = declared.strip().lower()
    label = "cp1252" if label in _WINDOWS_1252_LABELS else label
    try:
        codec = codecs.lookup(label).name
        # A page that calls itself UTF-16 or UTF-32 without a byte-order mark was saved as
        # something else (the web reads such a label as UTF-8, which has failed already).
        return None if codec.startswith(("utf-16", "utf-32")) else data.decode(codec)
    except (LookupError, UnicodeDecodeError):
        return None  # a wrong or unknown label: the guess decides


def _confident_guess(data: bytes) -> str | None:
    # Imported here: only a file that is not UTF-8 pays for loading the detector.
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None or best.chaos > _MAX_CHAOS:
        return None
    encoding = best.encoding
    for match in matches:
        # charset-normalizer's own tie: mess within 0.5%, language fit within 2%.
        tied = abs(match.chaos - best.chaos) < _TIE_CHAOS
        tied = tied and abs(match.coherence - best.coherence) <= _TIE_COHERENCE
        if tied and _PREFERRED_LEGACY in match.could_be_from_charset:
            encoding = _PREFERRED_LEGACY
            break
    try:
        text = data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None
    return text if _believable(text) else None


def _believable(text: str) -> bool:
    """Text that reads as words: mostly letters, no control characters, one script per word."""
    text = text[:_BELIEVE_SAMPLE_CHARS]
    visible = [c for c in text if not c.isspace()]
    if not visible:
        return False
    if sum(c.isalpha() for c in visible) < _MIN_LETTER_SHARE * len(visible):
        return False
    for char in set(text):
        category = unicodedata.category(char)
        if category in ("Co", "Cn") or (category == "Cc" and char not in _ALLOWED_CONTROLS):
            return False
    return all(_ONE_SCRIPT.fullmatch(m.group()) for m in _NON_ASCII_WORD.finditer(text))
