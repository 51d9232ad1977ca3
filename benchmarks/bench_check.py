"""Time `discrepancy check` end to end: the samples as a whole process, and a larger corpus.

Usage: python benchmarks/bench_check.py [--runs 7] [--articles 400]

Prints the median wall time of `discrepancy check samples/` (start-up included; issue 8's goal
< 0.5 s) and the per-article cost on a generated corpus of sample-like articles (numbers and
days varied, several stories), run in-process so start-up is not counted twice.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def time_samples(runs: int) -> list[float]:
    exe = Path(sys.executable).with_name("discrepancy")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "discrepancy"]
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [*command, "check", str(SAMPLES), "--quiet"], capture_output=True, check=False
        )
        timings.append(time.perf_counter() - start)
    return timings


def generate_corpus(folder: Path, articles: int, seed: int = 7) -> int:
    """Articles made from the samples' sentences with their figures and weekdays shuffled."""
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    sentences = [s for t in texts for s in t.replace("\n", " \n").split(". ") if s.strip()]
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    total_bytes = 0
    for n in range(articles):
        picked = rng.sample(sentences, k=min(len(sentences), rng.randint(15, 40)))
        body = ". ".join(picked)
        for word in ("two", "one", "three", "1,000", "88", "273"):
            body = body.replace(word, str(rng.randint(1, 500)), 1)
        body = body.replace("Sunday", rng.choice(days))
        text = f" date 2025-05-{rng.randint(10, 28):02d} {body}\n"
        (folder / f"gen_{n:05d}.txt").write_text(text, encoding="utf-8")
        total_bytes += len(text.encode())
    return total_bytes


def time_corpus(articles: int) -> tuple[float, int]:
    from discrepancy.pipeline import check
    from discrepancy.reader import read_articles
    from discrepancy.rulebook import load_rulebook

    with tempfile.TemporaryDirectory() as folder:
        size = generate_corpus(Path(folder), articles)
        start = time.perf_counter()
        result = read_articles([folder])
        check(result.articles, load_rulebook())
        return time.perf_counter() - start, size


def time_one_long_sentence(sizes: tuple[int, ...] = (50_000, 100_000, 200_000)) -> list[str]:
    """A pasted page that never ends a sentence: the cost per character must not grow with
    the length (each figure reads only its neighbourhood)."""
    from datetime import date

    from discrepancy.extract import compile_rules, extract
    from discrepancy.model import Article
    from discrepancy.rulebook import load_rulebook

    rules = compile_rules(load_rulebook())
    unit = "Eight climbers, among them five foreigners, a team from Nepal, have been missing; "
    lines = []
    for size in sizes:
        body = unit * (size // len(unit))
        start = time.perf_counter()
        extract(Article("long", "long.txt", body, published=date(2026, 1, 1)), rules)
        elapsed = time.perf_counter() - start
        lines.append(
            f"  {len(body) / 1e3:.0f} KB: {elapsed:.2f} s, {1e6 * elapsed / len(body):.1f} µs/char"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--articles", type=int, default=400)
    args = parser.parse_args()
    timings = time_samples(args.runs)
    print(f"discrepancy check samples/ (whole process, {args.runs} runs)")
    print(f"  median {statistics.median(timings):.3f} s   min {min(timings):.3f} s   goal < 0.5 s")
    elapsed, size = time_corpus(args.articles)
    print(f"generated corpus: {args.articles} articles, {size / 1e6:.2f} MB")
    print(f"  {elapsed:.2f} s in all   {1000 * elapsed / args.articles:.2f} ms per article")
    print(f"  {size / 1e6 / elapsed:.2f} MB/s end to end")
    print("one sentence that never ends (extraction only; µs/char should stay flat)")
    for line in time_one_long_sentence():
        print(line)


if __name__ == "__main__":
    main()
