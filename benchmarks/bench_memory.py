"""Peak memory of `discrepancy check` against the size of its input.

Usage: python benchmarks/bench_memory.py [--megabytes 1 10] [--line-megabytes 10]

For each size, writes a corpus of sample-like articles (bench_check's generator) of about that
many megabytes, runs `discrepancy check --format json` on it in a child process and prints the
child's peak resident memory and wall time. Memory should grow in proportion to the input
(articles, claims, findings), never with its square. `--line-megabytes` adds one file that is
a single line of that size (no sentence ends anywhere): the worst shape for a sentence reader.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_check import generate_corpus

_ARTICLE_BYTES = 4000  # about what one generated article weighs


def _command() -> list[str]:
    exe = Path(sys.executable).with_name("discrepancy")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "discrepancy"]


def peak_of_check(folder: Path, max_bytes: int) -> tuple[float, float]:
    """(peak RSS in MB, seconds) of one `check` run over the folder, in a child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(
        [*_command(), "check", str(folder), "--format", "json", "--max-bytes", str(max_bytes)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss is the largest child so far (KB on Linux): runs go smallest first, so the
    # last one's peak is its own unless an earlier run was larger.
    return max(peak, before) / 1024, seconds


def one_line(folder: Path, megabytes: int) -> int:
    words = "officials said 12 people were killed and 40 injured on Sunday in the city "
    line = (words * (megabytes * 1_000_000 // len(words) + 1))[: megabytes * 1_000_000]
    (folder / "one_line.txt").write_text(line, encoding="utf-8")
    return len(line)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, nargs="+", default=[1, 10])
    parser.add_argument("--line-megabytes", type=int, default=0)
    args = parser.parse_args(argv)
    print(f"{'input':>14} {'articles':>9} {'peak RSS':>10} {'time':>8}")
    for size in sorted(args.megabytes):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            articles = max(1, size * 1_000_000 // _ARTICLE_BYTES)
            written = generate_corpus(folder, articles)
            peak, seconds = peak_of_check(folder, max_bytes=written + 1)
            print(f"{written / 1e6:11.1f} MB {articles:>9} {peak:8.0f} MB {seconds:7.1f} s")
    if args.line_megabytes:
        with tempfile.TemporaryDirectory() as tmp:
            written = one_line(Path(tmp), args.line_megabytes)
            peak, seconds = peak_of_check(Path(tmp), max_bytes=written + 1)
            print(f"{written / 1e6:11.1f} MB {'one line':>9} {peak:8.0f} MB {seconds:7.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
