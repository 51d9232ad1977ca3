"""Line and column of an offset: 1-based, with \\r\\n, \\r and \\n all ending a line."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrepancy.positions import line_and_column, line_starts, locate


@pytest.mark.parametrize(
    ("text", "offset", "expected"),
    [
        ("abc", 0, (1, 1)),
        ("abc", 2, (1, 3)),
        ("ab\ncd", 3, (2, 1)),
        ("ab\ncd", 4, (2, 2)),
        ("ab\r\ncd", 4, (2, 1)),  # "\r\n" is one line end
        ("ab\rcd", 3, (2, 1)),  # an old Mac's "\r" ends a line too
        ("a\n\nb", 3, (3, 1)),  # an empty line counts
        ("a\r\n\r\nb", 5, (3, 1)),
        ("ab\ncd", 2, (1, 3)),  # the line end itself is on its line, after the last character
        ("ab", 2, (1, 3)),  # the end of the text
        ("ab", 99, (1, 3)),  # past the end: clamped
        ("é€😀x", 3, (1, 4)),  # columns count characters, not bytes
    ],
)
def test_line_and_column(text: str, offset: int, expected: tuple[int, int]) -> None:
    assert line_and_column(text, offset) == expected


def test_line_starts_and_locate_place_many_offsets_at_once() -> None:
    text = "one\r\ntwo\rthree\nfour"
    starts = line_starts(text)
    assert starts == (0, 5, 9, 15)
    assert [locate(starts, text.index(word)) for word in ("one", "two", "three", "four")] == [
        (1, 1),
        (2, 1),
        (3, 1),
        (4, 1),
    ]


@given(st.text(alphabet="ab \r\n", max_size=40), st.data())
def test_the_position_names_the_same_character(text: str, data: st.DataObject) -> None:
    """Split the text into lines with the same three line ends: the character at the offset is
    the one at (line, column)."""
    offsets = [i for i, ch in enumerate(text) if ch not in "\r\n"]
    if not offsets:
        return
    offset = data.draw(st.sampled_from(offsets))
    line, column = line_and_column(text, offset)
    lines = re.split(r"\r\n|\r|\n", text)
    assert lines[line - 1][column - 1] == text[offset]
