"""Fuzz every stage with random and hostile text (a short budget; scripts/fuzz.py runs long).

Each property is in `fuzz_properties`: offsets inside the text and quoting it exactly,
intervals low <= high, claims and findings that hold together, every report format rendered.
"""

from __future__ import annotations

import datetime as dt
import socket
from pathlib import Path

import pytest
from fuzz_properties import (
    article_texts,
    check_quantities,
    check_report,
    check_times,
    dates,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discrepancy.reader import read_articles

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(article_texts)
def test_quantities_quote_the_text_they_read(text: str) -> None:
    check_quantities(text)


@FAST
@given(article_texts, dates)
def test_time_expressions_quote_the_text_they_read(text: str, published: dt.date | None) -> None:
    check_times(text, published)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(article_texts, dates), min_size=1, max_size=4))
def test_any_articles_give_a_report_that_holds_together(
    inputs: list[tuple[str, dt.date | None]],
) -> None:
    check_report([text for text, _ in inputs], [day for _, day in inputs])


def test_hostile_characters_in_the_sample_story_keep_the_invariants() -> None:
    # bidi overrides, NUL and zero-width joiners inside figures and names
    text = (
        "Russia launched 273 dr\u200bones, killing one wo\u202eman; Ukraine's air force said 88 "
        "were do\u0000wned. Zelen\u200dskyy met Vance in Rome on Sunday\u2028at 10:00 a.m."
    )
    report = check_report([text, text.replace("273", "\u0662\u0667\u0663")], [None, None])
    assert any(c.slot == "drones.launched" for c in report.claims)


def test_one_line_with_no_sentence_end_is_read_whole() -> None:
    # a scraped page or feed dump can be one line of many kilobytes with no full stop in it
    line = "officials said 12 people were killed and 40 injured on Sunday in the city " * 80
    report = check_report([line, line.replace("12 people", "15 people")], [None, None])
    assert any(c.slot == "casualties.killed" for c in report.claims)


def test_a_check_opens_no_network_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the checker tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    result = read_articles([str(Path(__file__).parent.parent / "samples")])
    report = check_report([a.text for a in result.articles], [a.published for a in result.articles])
    assert report.findings
