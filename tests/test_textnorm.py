"""Unicode normalisation: what each character becomes, and offsets that lead back to it."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrepancy.textnorm import normalise


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        pytest.param(
            "the U.S. ambassador’s residence", "the U.S. ambassador's residence", id="apostrophe"
        ),
        pytest.param("a “good meeting.”", 'a "good meeting."', id="double-quotes"),
        pytest.param("‘bloodbath’", "'bloodbath'", id="single-quotes"),
        pytest.param("„low” ‟x”", '"low" "x"', id="low-and-reversed-quotes"),
        pytest.param("5′ 10″", "5' 10\"", id="primes"),
        pytest.param("«non»", '"non"', id="guillemets"),
        pytest.param("residence – which", "residence - which", id="en-dash"),
        pytest.param("war—and", "war-and", id="em-dash"),
        pytest.param("‒―−‑‐", "-----", id="figure-bar-minus-nb-and-plain-hyphen"),
        pytest.param("−5 °C", "-5 °C", id="minus-sign"),
        pytest.param("5\u00a0000", "5 000", id="no-break-space"),
        pytest.param("5\u2009000\u202fkm", "5 000 km", id="thin-and-narrow-spaces"),
        pytest.param("a\u3000b\u2003c", "a b c", id="ideographic-and-em-space"),
        pytest.param("２７３ ｄｒｏｎｅｓ", "273 drones", id="fullwidth-digits-and-letters"),
        pytest.param("ＵＳ＄５", "US$5", id="fullwidth-symbol"),
        pytest.param("territories … belong", "territories . belong", id="ellipsis-one-for-one"),
        pytest.param("line\u2028next", "line\nnext", id="line-separator"),
        pytest.param("plain ASCII, unchanged.", "plain ASCII, unchanged.", id="ascii-untouched"),
        pytest.param("Zelenskyy Київ é", "Zelenskyy Київ é", id="letters-untouched"),
    ],
)
def test_one_for_one_replacements_keep_length(original: str, expected: str) -> None:
    result = normalise(original)
    assert result.text == expected
    assert len(result.text) == len(original)
    assert not result.changed_length
    assert [result.to_original(i) for i in range(len(original) + 1)] == list(
        range(len(original) + 1)
    )


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        pytest.param("zero\u200bwidth", "zerowidth", id="zero-width-space"),
        pytest.param("co\u00adoperate", "cooperate", id="soft-hyphen"),
        pytest.param("\ufeffHeadline", "Headline", id="bom-at-start"),
        pytest.param("a\u200e\u200fb", "ab", id="bidi-marks"),
        pytest.param("\u202aKyiv\u202c", "Kyiv", id="bidi-embedding"),
        pytest.param("\u2066x\u2069", "x", id="bidi-isolates"),
        pytest.param("j\u200dk\u2060l", "jkl", id="joiner-and-word-joiner"),
        pytest.param("end\u200b", "end", id="removed-at-end"),
    ],
)
def test_invisible_characters_are_removed(original: str, expected: str) -> None:
    result = normalise(original)
    assert result.text == expected
    assert result.changed_length


@pytest.mark.parametrize(
    "original",
    [
        pytest.param("\ufeffVance\u200b met\u00ad Zelenskyy", id="several-removals"),
        pytest.param("\u200b\u200b\u200bx\u200by", id="leading-run"),
        pytest.param("“a”\u200e–\u200fb", id="removals-between-replacements"),
    ],
)
def test_each_normalised_character_maps_to_its_original(original: str) -> None:
    result = normalise(original)
    for i, char in enumerate(result.text):
        assert normalise(original[result.to_original(i)]).text == char
    assert result.to_original(len(result.text)) == len(original)


def test_span_maps_to_the_original_words() -> None:
    original = "Vice\u200b President\u00a0JD\u200e Vance met"
    result = normalise(original)
    start = result.text.index("President JD Vance")
    end = start + len("President JD Vance")
    o_start, o_end = result.span_to_original(start, end)
    assert original[o_start:o_end] == "President\u00a0JD\u200e Vance"


def test_span_end_leaves_out_removed_characters_just_past_it() -> None:
    result = normalise("ab\u200bc")
    assert result.span_to_original(0, 2) == (0, 2)
    assert result.span_to_original(2, 3) == (3, 4)


def test_empty_span_maps_to_a_point() -> None:
    result = normalise("\u200bab")
    assert result.span_to_original(1, 1) == (2, 2)


@given(st.text())
def test_to_original_is_monotonic_and_in_bounds(original: str) -> None:
    result = normalise(original)
    mapped = [result.to_original(i) for i in range(len(result.text) + 1)]
    assert all(0 <= m <= len(original) for m in mapped)
    assert all(a < b for a, b in itertools.pairwise(mapped))
    assert mapped[-1] == len(original)
    assert len(result.text) <= len(original)


@given(st.text(alphabet=st.sampled_from("ab’“”–\u00a0\u200b\u00ad\ufeff\u202a ")))
def test_every_kept_character_comes_from_its_mapped_original(original: str) -> None:
    result = normalise(original)
    for i, char in enumerate(result.text):
        assert normalise(original[result.to_original(i)]).text == char
