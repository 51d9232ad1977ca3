"""End-to-end time, peak memory and answer of `discrepancy check` on generated multi-story corpora.

Usage: python benchmarks/bench_scale.py [--articles 1000 10000] [--seed 7]

For each size, `corpus_generator.generate` writes stories of 3 to 20 articles with planted
conflicts into a temporary folder; `discrepancy check --format json` runs on it in a child
process (start-up included), and the table gives its wall time, peak resident memory, and how
much of the planted answer it found: stories reported exactly as planted, planted conflicts
found, and the conflicts it reported that were not planted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_generator import Manifest, Recovery, generate, score_report

_HEADER = (
    f"{'articles':>9} {'MB text':>8} {'seconds':>8} {'art/s':>7} {'peak MB':>8} "
    f"{'stories exact':>15} {'planted found':>14} {'other conflicts':>16}"
)


def _command() -> list[str]:
    exe = Path(sys.executable).with_name("discrepancy")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "discrepancy"]


def run_check(folder: Path, max_bytes: int) -> tuple[dict[str, Any], float, float]:
    """(report, seconds, peak RSS in MB) of one `check` in a child process."""
    start = time.perf_counter()
    done = subprocess.run(
        [*_command(), "check", str(folder), "--format", "json", "--quiet", "--max-bytes",
         str(max_bytes)],
        capture_output=True,
        check=False,
    )  # fmt: skip
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise RuntimeError(f"check failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    # ru_maxrss is the largest child so far (KB on Linux): sizes run smallest first, so the
    # last one's peak is its own.
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return json.loads(done.stdout), seconds, peak


def row(manifest: Manifest, recovery: Recovery, seconds: float, peak: float) -> str:
    stories = f"{recovery.stories_exact}/{recovery.stories}"
    found = f"{recovery.conflicts_found}/{recovery.conflicts}"
    return (
        f"{manifest.articles:>9} {manifest.bytes / 1e6:>8.2f} {seconds:>8.1f} "
        f"{manifest.articles / seconds:>7.0f} {peak:>8.0f} {stories:>15} {found:>14} "
        f"{recovery.other_conflicts:>16}"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    print(
        f"{dt.date.today().isoformat()}  {os.cpu_count()} cores  "
        f"Python {platform.python_version()}  {platform.machine()}"
    )
    print(_HEADER)
    for size in sorted(args.articles):
        with tempfile.TemporaryDirectory() as tmp:
            manifest = generate(Path(tmp), size, seed=args.seed)
            report, seconds, peak = run_check(Path(tmp), max_bytes=manifest.bytes + 1)
            print(row(manifest, score_report(manifest, report), seconds, peak), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
