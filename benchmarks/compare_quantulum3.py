"""Score our quantity parser and quantulum3 on the same table of news cases.

Usage (quantulum3 is not a dependency; install it in a separate environment with this
project's requirements): python benchmarks/compare_quantulum3.py

For every case of tests/test_quantities.py whose reading is a count (exact, hedged, ranged,
vague), two questions are asked of each parser: is the number found with the right value
(the figure as written: 2 for "at least two"), and is the whole interval right ("at least
two" is [2, inf), not 2)? quantulum3 has no intervals: a range counts as right only if its
mean and spread match, a hedge never does. Also timed: MB/s on the sample articles.
"""

from __future__ import annotations

import math
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import test_quantities as table  # noqa: E402
from quantulum3 import parser as q3  # type: ignore[import-not-found]  # noqa: E402

from discrepancy import quantities  # noqa: E402


def count_cases() -> list[tuple[str, str, dict[str, Any]]]:
    every = table.EXACT + table.HEDGES + table.RANGES + table.VAGUE
    cases = [tuple(p.values) for p in every]
    return [(t, s, e) for t, s, e in cases if e.get("kind") == "count"]


def expected_interval(e: dict[str, Any]) -> tuple[float | None, float | None]:
    low = None if e["low"] is table.NONE else e["low"]
    high = None if e["high"] is table.NONE else e["high"]
    return low, high


def ours(text: str, span: str, e: dict[str, Any]) -> tuple[bool, bool]:
    found = [q for q in quantities.parse(text) if q.text == span]
    if not found:
        return False, False
    q = found[0]
    value_ok = q.value == e.get("value", q.value) and q.low == expected_interval(e)[0]
    return value_ok or q.low == expected_interval(e)[0], _same(
        (q.low, q.high), expected_interval(e)
    )


def theirs(text: str, span: str, e: dict[str, Any]) -> tuple[bool, bool]:
    low, high = expected_interval(e)
    figure = e.get("value", low)
    for q in q3.parse(text):
        if q.surface.strip() and (q.surface in span or span in q.surface):
            uncertainty = getattr(q, "uncertainty", None) or 0.0
            interval = (q.value - uncertainty, q.value + uncertainty)
            return q.value == figure or q.value == low, _same(interval, (low, high))
    return False, False


def _same(a: tuple[float | None, float | None], b: tuple[float | None, float | None]) -> bool:
    return all(
        (x is None and y is None) or (x is not None and y is not None and math.isclose(x, y))
        for x, y in zip(a, b, strict=True)
    )


def throughput(parse: Any) -> float:
    """MB/s over the sample articles, one paragraph at a time (quantulum3 reads sentences)."""
    articles = sorted((ROOT / "samples").glob("*.txt"))
    paragraphs = [line for p in articles for line in p.read_text(encoding="utf-8").splitlines()]
    start = time.perf_counter()
    for paragraph in paragraphs:
        parse(paragraph)
    size = sum(len(p.encode()) for p in paragraphs)
    return size / 1e6 / (time.perf_counter() - start)


def main() -> None:
    cases = count_cases()
    scores = {"discrepancy": [0, 0], "quantulum3": [0, 0]}
    for text, span, e in cases:
        for name, judge in (("discrepancy", ours), ("quantulum3", theirs)):
            value_ok, interval_ok = judge(text, span, e)
            scores[name][0] += value_ok
            scores[name][1] += interval_ok
    print(f"{len(cases)} count cases from tests/test_quantities.py")
    print(f"{'':14} {'value right':>12} {'interval right':>15} {'MB/s':>7}")
    for name, parse in (("discrepancy", quantities.parse), ("quantulum3", q3.parse)):
        value_ok, interval_ok = scores[name]
        print(
            f"{name:14} {value_ok / len(cases):12.1%} {interval_ok / len(cases):15.1%} "
            f"{throughput(parse):7.2f}"
        )


if __name__ == "__main__":
    main()
