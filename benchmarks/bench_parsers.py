"""Throughput of the two parsers beside a bare regex scan over the same text, in one run.

Usage: python benchmarks/bench_parsers.py [--mb 4] [--repeats 3]

The floor is a single `regex` scan for digits and number words: what any number finder must at
least do. Goals (issue 3): quantities >= 5 MB/s on one core and within 3x of the floor; time
expressions >= 2 MB/s.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import regex

from discrepancy import quantities, when
from discrepancy.textnorm import normalise

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
_FLOOR = regex.compile(
    r"\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|hundred|thousand|million|billion|dozens?|hundreds|thousands)\b",
    regex.IGNORECASE,
)


def news_text(megabytes: float) -> str:
    text = normalise(
        "\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
    ).text
    copies = int(megabytes * 1_000_000 // len(text)) + 1
    return "\n".join([text] * copies)


def best_seconds(work: Callable[[], object], repeats: int) -> float:
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        timings.append(time.perf_counter() - start)
    return min(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=4.0)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    text = news_text(args.mb)
    size = len(text.encode()) / 1e6
    floor = best_seconds(lambda: sum(1 for _ in _FLOOR.finditer(text)), args.repeats)
    rows = [
        ("bare regex scan (floor)", floor, None),
        ("quantities.parse", best_seconds(lambda: quantities.parse(text), args.repeats), 5.0),
        ("when.parse", best_seconds(lambda: when.parse(text, None), args.repeats), 2.0),
    ]
    print(f"{size:.1f} MB of sample news text, best of {args.repeats}, one core")
    print(f"{'':26} {'MB/s':>8} {'x floor':>8} {'goal MB/s':>10}")
    for name, seconds, goal in rows:
        goal_text = f"{goal:>10.1f}" if goal else f"{'':>10}"
        print(f"{name:26} {size / seconds:8.2f} {seconds / floor:8.2f} {goal_text}")


if __name__ == "__main__":
    main()
