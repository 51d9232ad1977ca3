"""Score our quantity parser on quantulum3's own public test suite (en_US quantities.json).

Usage: python benchmarks/quantulum3_suite.py [PATH/TO/quantities.json]

Without a path, the file is taken from an installed quantulum3 (not a dependency of ours:
`pip download --no-deps quantulum3` and unzip the wheel, or install it in another
environment). Each expected quantity is found when one of ours has its value, or, for a range
quantulum3 reads as its midpoint ("3 to 4 L" is 3.5), when our interval holds that midpoint.
Their suite is mostly scientific (exponents, SI units, recipes), which news seldom writes; the
misses are printed so a reader can tell a gap in news reading from a different convention
("a dozen" is a unit of 1 there, the number 12 here).
"""

from __future__ import annotations

import json
import sys
from importlib import util
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from discrepancy import quantities  # noqa: E402
from discrepancy.model import Quantity  # noqa: E402

_SUITE = Path("_lang") / "en_US" / "tests" / "quantities.json"


def suite_path(argv: list[str]) -> Path:
    if argv:
        return Path(argv[0])
    spec = util.find_spec("quantulum3")
    if spec is None or spec.origin is None:
        raise SystemExit("quantulum3 is not installed: give the path of its quantities.json")
    return Path(spec.origin).parent / _SUITE


def found(expected: dict[str, Any], ours: list[Quantity]) -> bool:
    value = float(expected["value"])
    for q in ours:
        if q.value is not None and abs(q.value - value) <= 1e-6 * max(1.0, abs(value)):
            return True
        ranged = q.low is not None and q.high is not None and q.low != q.high
        if ranged and q.low is not None and q.high is not None and q.low <= value <= q.high:
            return True
    return False


def main(argv: list[str]) -> int:
    cases = json.loads(suite_path(argv).read_text(encoding="utf-8"))
    hits = total = 0
    misses = []
    for case in cases:
        ours = quantities.parse(case["req"])
        for expected in case["res"]:
            total += 1
            if found(expected, ours):
                hits += 1
            else:
                misses.append((case["req"], expected["surface"], [q.text for q in ours]))
    print(f"quantulum3 en_US suite: {hits}/{total} expected quantities found ({hits / total:.1%})")
    for text, surface, ours_read in misses:
        print(f"  miss {surface!r} in {text[:70]!r}; we read {ours_read}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
