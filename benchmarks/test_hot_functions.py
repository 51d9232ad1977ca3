"""pytest-benchmark timings of the hot functions, one core, on the sample story's text.

Run: pytest benchmarks/test_hot_functions.py --benchmark-only
(not collected by the plain `pytest` run: its testpaths are tests/, and timings do not gate CI).
Compare two runs with --benchmark-autosave and pytest-benchmark compare.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from discrepancy import quantities, when
from discrepancy.extract import compile_rules, extract
from discrepancy.pipeline import compare_story, extract_batch, place, published_days
from discrepancy.reader import read_articles
from discrepancy.rulebook import load_rulebook
from discrepancy.textnorm import normalise

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PUBLISHED = date(2025, 5, 19)


@pytest.fixture(scope="module")
def news() -> str:
    """The five sample articles, normalised as the extractors read them (about 25 KB)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    return normalise("\n".join(texts)).text


@pytest.fixture(scope="module")
def samples() -> Any:
    rulebook = load_rulebook()
    articles = read_articles([str(SAMPLES)]).articles
    return rulebook, articles


def test_quantities_parse(benchmark: Any, news: str) -> None:
    found = benchmark(quantities.parse, news)
    assert found  # the sample story is full of figures


def test_when_parse(benchmark: Any, news: str) -> None:
    found = benchmark(when.parse, news, PUBLISHED)
    assert found


def test_extract_one_article(benchmark: Any, samples: Any) -> None:
    rulebook, articles = samples
    rules = compile_rules(rulebook)
    extraction = benchmark(extract, articles[0], rules)
    assert extraction.claims


def test_compare_one_story(benchmark: Any, samples: Any) -> None:
    rulebook, articles = samples
    _, _, placed = place(articles, extract_batch(articles, rulebook), rulebook)
    published = published_days(articles)
    findings = benchmark(
        lambda: [f for story in placed for f in compare_story(story, rulebook, published)]
    )
    assert findings
