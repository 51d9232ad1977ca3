"""The long fuzz run: the test suite's properties (tests/fuzz_properties.py) with a big budget.

Usage: python scripts/fuzz.py [--examples N] [--seed S]

Prints, for each property, the cases tried and, on a failure, the smallest input Hypothesis
shrank it to; exits 1 if any property failed. CI runs the same properties on 25 to 40 cases
each (tests/test_fuzz.py); run this before a release or after touching a parser.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fuzz_properties import (  # noqa: E402
    article_texts,
    check_quantities,
    check_report,
    check_times,
    dates,
)
from hypothesis import HealthCheck, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


def properties(examples: int) -> dict[str, tuple[Callable[[], None], list[int]]]:
    """Each property as a no-argument Hypothesis test, with a counter of the cases it ran."""
    budget = settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    tried = {"quantities": [0], "times": [0], "report": [0]}

    @budget
    @given(article_texts)
    def quantities(text: str) -> None:
        tried["quantities"][0] += 1
        check_quantities(text)

    @budget
    @given(article_texts, dates)
    def times(text: str, published: dt.date | None) -> None:
        tried["times"][0] += 1
        check_times(text, published)

    @settings(budget, max_examples=max(1, examples // 4))
    @given(st.lists(st.tuples(article_texts, dates), min_size=1, max_size=4))
    def report(inputs: list[tuple[str, dt.date | None]]) -> None:
        tried["report"][0] += 1
        check_report([text for text, _ in inputs], [day for _, day in inputs])

    return {
        "quantities": (quantities, tried["quantities"]),
        "times": (times, tried["times"]),
        "report": (report, tried["report"]),
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=5000, help="cases per property")
    parser.add_argument("--seed", type=int, default=None, help="repeat a run exactly")
    args = parser.parse_args(argv)
    failed = 0
    for name, (prop, tried) in properties(args.examples).items():
        run = seed(args.seed)(prop) if args.seed is not None else prop
        start = time.perf_counter()
        try:
            run()
            verdict = "ok"
        except Exception:  # a property failed: show the shrunk case and go on to the next
            failed += 1
            verdict = "FAILED\n" + traceback.format_exc(limit=3)
        seconds = time.perf_counter() - start
        print(f"{name:<11} {tried[0]:>7} cases tried  {seconds:7.1f} s  {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
