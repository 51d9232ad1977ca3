"""Score our quantity parser on other recognisers' public English test suites.

Usage: python benchmarks/public_suites.py --quantulum3 PATH/TO/quantities.json
                                          --number-parser PATH/TO/number-parser/tests/data

Neither package is a dependency of ours: `pip download --no-deps quantulum3` gives a wheel
holding `quantulum3/_lang/en_US/tests/quantities.json`; `pip download --no-deps --no-binary
:all: number-parser` an sdist holding `tests/data/`. Either suite may be left out.

quantulum3: each expected quantity is found when one of ours has its value, or, for a range
quantulum3 reads as its midpoint ("3 to 4 L" is 3.5), when our interval holds that midpoint.
That suite is mostly scientific (exponents, SI units, recipes), which news seldom writes; the
misses are printed so a reader can tell a gap in news reading from a different convention
("a dozen" is a unit of 1 there, the number 12 here).

number-parser: its English cardinals in words (en_*.csv of hundreds/ and permutations/, up
to 10^15) must read as one number of the expected value; its ordinals are printed apart.

dateparser (`pip download --no-deps --no-binary :all: dateparser`, tests/test_date_parser.py):
the English block of its date-parsing table, read by our time parser against its base day
(Tuesday 13 November 2012): is the day found, and the clock time where one is given?
"""

from __future__ import annotations

import argparse
import ast
import csv
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from discrepancy import quantities, when  # noqa: E402
from discrepancy.model import Quantity  # noqa: E402


def found(expected: dict[str, Any], ours: list[Quantity]) -> bool:
    value = float(expected["value"])
    for q in ours:
        if q.value is not None and abs(q.value - value) <= 1e-6 * max(1.0, abs(value)):
            return True
        ranged = q.low is not None and q.high is not None and q.low != q.high
        if ranged and q.low is not None and q.high is not None and q.low <= value <= q.high:
            return True
    return False


def quantulum3(path: Path) -> None:
    cases = json.loads(path.read_text(encoding="utf-8"))
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


_LARGEST = 10**15  # beyond a quadrillion no news figure is written in words


def number_parser(data: Path) -> None:
    for group, pattern in (("cardinals", "[hp]*/en_*.csv"), ("ordinals", "ordinal*/en_*.csv")):
        hits = total = 0
        misses = []
        for path in sorted(data.glob(pattern)):
            with path.open(encoding="utf-8") as rows:
                for row in csv.DictReader(rows):
                    value, text = int(row["number"]), row["text"].strip()
                    if value > _LARGEST:
                        continue
                    total += 1
                    ours = quantities.parse(text)
                    if len(ours) == 1 and ours[0].value == value:
                        hits += 1
                    else:
                        misses.append((text, value, [q.text for q in ours]))
        share = hits / total if total else 0.0
        print(f"number-parser en {group}: {hits}/{total} read as one number ({share:.1%})")
        for text, value, ours_read in misses[:10]:
            print(f"  miss {value} {text[:70]!r}; we read {ours_read}")


_DATEPARSER_BASE = dt.date(2012, 11, 13)


def dateparser_cases(path: Path) -> list[tuple[str, dt.datetime]]:
    """The table's English block: the `param(text, datetime(...))` rows after its '# English
    dates' comment and before '# French dates'."""
    source = path.read_text(encoding="utf-8")
    block = source[source.index("# English dates") : source.index("# French dates")]
    cases = []
    for node in ast.walk(ast.parse("[" + block.split("\n", 1)[1] + "]")):
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "param":
            text = ast.literal_eval(node.args[0])
            stamp = node.args[1]
            assert isinstance(stamp, ast.Call)
            parts = [ast.literal_eval(a) for a in stamp.args]
            cases.append((text, dt.datetime(*parts)))
    return cases


def dateparser(path: Path) -> None:
    cases = dateparser_cases(path)
    days = times = timed = 0
    misses = []
    for text, expected in cases:
        ours = when.parse(text, _DATEPARSER_BASE)
        day = any(w.date == expected.date() for w in ours)
        clock = f"{expected.hour:02d}:{expected.minute:02d}"
        has_time = bool(expected.hour or expected.minute)
        time = any(w.time == clock for w in ours) if has_time else True
        days += day
        timed += has_time
        times += has_time and time
        if not (day and time):
            misses.append((text, expected, [w.text for w in ours]))
    print(f"dateparser en dates: days {days}/{len(cases)}, clock times {times}/{timed}")
    for text, expected, ours_read in misses:
        print(f"  miss {text!r} ({expected:%Y-%m-%d %H:%M}); we read {ours_read}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quantulum3", type=Path, help="quantulum3's en_US quantities.json")
    parser.add_argument("--number-parser", type=Path, help="number-parser's tests/data folder")
    parser.add_argument("--dateparser", type=Path, help="dateparser's tests/test_date_parser.py")
    args = parser.parse_args(argv)
    if args.quantulum3 is None and args.number_parser is None and args.dateparser is None:
        parser.error("give one or more of --quantulum3, --number-parser, --dateparser")
    if args.quantulum3 is not None:
        quantulum3(args.quantulum3)
    if args.number_parser is not None:
        number_parser(args.number_parser)
    if args.dateparser is not None:
        dateparser(args.dateparser)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
