"""Line and column of an offset in an article's text, as an editor or CI annotation counts them.

Offsets everywhere in the pipeline index `Article.text`, the whole file as decoded; people and
tools (GitHub's annotations, editors' "go to line") count 1-based lines and columns instead.
A line ends at "\\r\\n", "\\r" or "\\n" (a file from Windows, an old Mac, or Unix), and the
two characters of "\\r\\n" are one line end. Columns count characters (code points) from 1.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

_LINE_END = re.compile(r"\r\n|\r|\n")


def line_starts(text: str) -> tuple[int, ...]:
    """The offset where each line starts: always 0, then the offset after each line end."""
    return (0, *(match.end() for match in _LINE_END.finditer(text)))


def locate(starts: Sequence[int], offset: int) -> tuple[int, int]:
    """1-based (line, column) of `offset`, given the text's `line_starts`; an offset before the
    text counts as its first character."""
    offset = max(offset, 0)
    line = bisect_right(starts, offset)  # starts[line - 1] <= offset < starts[line]
    return line, offset - starts[line - 1] + 1


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of the character at `offset` in `text`.

    An offset at a line end is on that line, after its last character; the offset just past
    "\\r\\n" is column 1 of the next line. To place many offsets in one text, compute
    `line_starts` once and call `locate`.
    """
    return locate(line_starts(text), min(offset, len(text)))
