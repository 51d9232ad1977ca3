"""Sentence and paragraph boundaries, mostly on sentences taken from the sample articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrepancy.sentences import paragraph_spans, sentence_paragraph_index, split_sentences
from discrepancy.textnorm import normalise

SAMPLES = Path(__file__).parent.parent / "samples"


def sentences_of(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The meeting came as Russia launched a record drone assault on Ukraine overnight, "
            "targeting Kyiv and other regions. At least two civilians were killed, and the "
            "Ukrainian Air Force reported downing 88 out of 273 drones launched.",
            [
                "The meeting came as Russia launched a record drone assault on Ukraine overnight, "
                "targeting Kyiv and other regions.",
                "At least two civilians were killed, and the Ukrainian Air Force reported "
                "downing 88 out of 273 drones launched.",
            ],
            id="two-plain-sentences",
        ),
        pytest.param(
            "The meeting at the U.S. ambassador's residence - which was also attended by "
            "Secretary of State Marco Rubio - came as the world leaders attended the inaugural "
            "Mass of Pope Leo XIV.",
            None,
            id="us-before-lowercase-does-not-split",
        ),
        pytest.param(
            "Ukrainian President Volodymyr Zelensky met with U.S. Vice President JD Vance on "
            "Sunday in Rome.",
            None,
            id="us-before-a-title-does-not-split",
        ),
        pytest.param(
            "Vance's office released few details, but Zelenskyy described the session in a post "
            'on Telegram as a "good meeting." "Pressure on Russia must continue," Zelenskyy said.',
            [
                "Vance's office released few details, but Zelenskyy described the session in a "
                'post on Telegram as a "good meeting."',
                '"Pressure on Russia must continue," Zelenskyy said.',
            ],
            id="sentence-ends-after-the-closing-quote",
        ),
        pytest.param(
            "Sen. Tim Kaine (D-Virginia), a member of the Senate Foreign Relations Committee, "
            'said Putin is acting "in bad faith."',
            None,
            id="title-abbreviation-before-a-name",
        ),
        pytest.param("Vice President J. D. Vance met Zelenskyy.", None, id="initials"),
        pytest.param("Mr. and Mrs. Smith met Dr. Kim on Jan. 6 in St. Louis.", None, id="titles"),
        pytest.param("Prices rose 2.5 percent, or 3.75 points.", None, id="decimals"),
        pytest.param(
            "The talks broke up at 3 p.m. on Friday, e.g. before dinner, i.e. early.",
            None,
            id="lowercase-dotted-abbreviations",
        ),
        pytest.param("They met at 10 a.m. Monday in Rome.", None, id="am-before-a-weekday"),
        pytest.param(
            "Apple Inc. said it would comply, vs. Google Ltd. which did not.",
            None,
            id="company-abbreviations",
        ),
        pytest.param(
            "AT 10:00 A.M. THE SUBJECTS OF THE CALL WILL BE TRADE.",
            ["AT 10:00 A.M.", "THE SUBJECTS OF THE CALL WILL BE TRADE."],
            id="abbreviation-then-a-common-capitalised-word-splits",
        ),
        pytest.param(
            "He lives in the U.S. The rest of his family does not.",
            ["He lives in the U.S.", "The rest of his family does not."],
            id="us-at-sentence-end",
        ),
        pytest.param(
            '"The constitution of Ukraine says that all the temporarily occupied territories ... '
            'belong to Ukraine."',
            None,
            id="ellipsis-inside-a-quote",
        ),
        pytest.param(
            "\"... and trade...,\" Trump wrote on 'Truth Social'.",
            None,
            id="ellipsis-before-a-comma",
        ),
        pytest.param(
            '"The key will be: Are there terms they feel are acceptable?" If not, Kaine said, '
            "the U.S. should disengage.",
            [
                '"The key will be: Are there terms they feel are acceptable?"',
                "If not, Kaine said, the U.S. should disengage.",
            ],
            id="question-inside-quote",
        ),
        pytest.param('"Why?" he asked.', None, id="question-then-lowercase"),
        pytest.param(
            "Let's get the Peace Deal DONE!\" Trump posted on Truth Social on Thursday.",
            None,
            id="quote-with-speaker-and-reporting-verb",
        ),
        pytest.param(
            "Vladimir, STOP! 5000 soldiers a week are dying.",
            ["Vladimir, STOP!", "5000 soldiers a week are dying."],
            id="exclamation-then-number",
        ),
        pytest.param(
            "The war has raged since February of 2022. Both sides met.",
            ["The war has raged since February of 2022.", "Both sides met."],
            id="year-then-sentence",
        ),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str] | None) -> None:
    assert sentences_of(text) == (expected if expected is not None else [text])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Vance, Zelenskyy meet in Rome\n\nVice President JD Vance met Zelenskyy.",
            ["Vance, Zelenskyy meet in Rome", "Vice President JD Vance met Zelenskyy."],
            id="headline-without-period",
        ),
        pytest.param(
            "First line\nsecond line", ["First line", "second line"], id="single-line-break"
        ),
        pytest.param("First\r\nSecond\rThird", ["First", "Second", "Third"], id="crlf-and-cr"),
        pytest.param("  padded sentence.  \n\n\n", ["padded sentence."], id="whitespace-trimmed"),
        pytest.param("", [], id="empty"),
        pytest.param(" \n\t\n", [], id="only-whitespace"),
    ],
)
def test_line_breaks_always_end_a_sentence(text: str, expected: list[str]) -> None:
    assert sentences_of(text) == expected


def test_paragraphs_are_lines_and_blank_lines_are_not_paragraphs() -> None:
    text = "Headline\n\n  First para. Two.\r\n\r\nSecond para.\n"
    assert [text[s:e] for s, e in paragraph_spans(text)] == [
        "Headline",
        "First para. Two.",
        "Second para.",
    ]


def test_each_sentence_knows_its_paragraph() -> None:
    text = "Headline\n\nOne. Two.\nThree."
    sentences = split_sentences(text)
    assert sentence_paragraph_index(sentences, paragraph_spans(text)) == [0, 1, 1, 2]


def test_sample_article_has_its_quote_sentence_whole() -> None:
    text = normalise((SAMPLES / "000_2c9a3e51d78f5dc0.txt").read_text(encoding="utf-8")).text
    found = sentences_of(text)
    assert found[0] == "Vance, Zelenskyy meet in Rome amid Trump push for Ukraine ceasefire"
    assert (
        "Vance's office released few details, but Zelenskyy described the session in a post on "
        'Telegram as a "good meeting."'
    ) in found


def test_every_sample_sentence_ends_in_punctuation_or_is_a_line() -> None:
    for path in sorted(SAMPLES.glob("*.txt")):
        text = normalise(path.read_text(encoding="utf-8")).text
        lines = {text[s:e] for s, e in paragraph_spans(text)}
        for sentence in sentences_of(text):
            assert sentence.rstrip("\"')").endswith((".", "!", "?")) or sentence in lines, sentence


@given(st.text(alphabet=st.sampled_from('ab A.U.S."?!\n\r \t.J,1')))
def test_sentence_spans_are_sorted_disjoint_trimmed_and_inside_the_text(text: str) -> None:
    spans = split_sentences(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        assert "\n" not in text[start:end] and "\r" not in text[start:end]
        previous_end = end


@given(st.text())
def test_any_text_splits_without_error(text: str) -> None:
    spans = split_sentences(text)
    assert spans == sorted(spans)
    assert all(0 <= start < end <= len(text) for start, end in spans)


def test_a_second_initial_does_not_open_a_sentence() -> None:
    text = "Among the injured is W. A. Gunapala, 72, a neighbour. A doctor said so."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Among the injured is W. A. Gunapala, 72, a neighbour.",
        "A doctor said so.",
    ]
