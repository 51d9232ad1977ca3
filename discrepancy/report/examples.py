"""The example reports of `samples/` under `reports/`, one per format, all from one report.

`scripts/make_reports.py` writes them; `tests/test_reports.py` writes them again into a
temporary folder with the same functions and compares byte for byte. So every output must be
deterministic: no dates of the run, no absolute paths (articles are read as `samples/...`
from the repository's top), no random ids (the SVG's is fixed).
"""

from __future__ import annotations

import contextlib
import io
import sys
import tempfile
from pathlib import Path

from rich.console import Console

from discrepancy.model import Finding, FindingKind, Report
from discrepancy.pipeline import check
from discrepancy.reader import read_articles
from discrepancy.report.browser import find_chromium, screenshot
from discrepancy.report.csv_report import rows, write_csv
from discrepancy.report.files import write_atomically
from discrepancy.report.html import to_html
from discrepancy.report.json_report import to_json
from discrepancy.report.markdown import to_markdown
from discrepancy.report.table import render
from discrepancy.rulebook import load_rulebook

SAMPLES = "samples"
NAME = "samples"
TEXT_FORMATS = ("json", "csv", "txt", "md", "html", "svg")
WIDTH = 100  # the text table and the SVG: wide enough to read, narrow enough for a README
SVG_TITLE = "discrepancy check samples"
# Rich derives the SVG's CSS class names from this; fixed, so the file changes only when the
# report does.
SVG_ID = "discrepancy-samples"


def sample_report(root: Path) -> tuple[Report, list[Finding]]:
    """The report of `root/samples` with the default rules, and the findings shown by default
    (conflicts and variants), as `discrepancy check samples` run in `root` makes them."""
    with contextlib.chdir(root):  # article paths in the reports are relative to the top
        result = read_articles([SAMPLES])
    report = check(result.articles, load_rulebook(), problems=[str(p) for p in result.problems])
    shown = [f for f in report.findings if f.kind in (FindingKind.CONFLICT, FindingKind.VARIANT)]
    return report, shown


def table_text(report: Report, shown: list[Finding]) -> str:
    """The terminal table at `WIDTH` columns without colour: `NO_COLOR=1 ... --width 100`."""
    out = io.StringIO()
    console = Console(
        file=out, width=WIDTH, no_color=True, color_system=None, force_terminal=False,
        highlight=False,
    )  # fmt: skip
    render(console, report, shown)
    return out.getvalue()


def table_svg(report: Report, shown: list[Finding]) -> str:
    """The terminal table in colour as Rich records it, exported as SVG at `WIDTH` columns.

    Every setting the environment could change (width, colours, NO_COLOR) is given, so the
    file does not depend on the terminal it was made in.
    """
    console = Console(
        file=io.StringIO(), record=True, width=WIDTH, no_color=False, color_system="truecolor",
        force_terminal=True, force_jupyter=False, highlight=False,
    )  # fmt: skip
    render(console, report, shown)
    return console.export_svg(title=SVG_TITLE, unique_id=SVG_ID)


def write_text_reports(root: Path, out: Path) -> list[Path]:
    """Write every text format of the sample report into `out`; return the files written."""
    report, shown = sample_report(root)
    out.mkdir(parents=True, exist_ok=True)
    written = {fmt: out / f"{NAME}.{fmt}" for fmt in TEXT_FORMATS}
    write_atomically(written["json"], to_json(report))
    write_csv(written["csv"], rows(report, shown))
    write_atomically(written["txt"], table_text(report, shown))
    write_atomically(written["md"], to_markdown(report, shown))
    write_atomically(written["html"], to_html(report, shown))
    write_atomically(written["svg"], table_svg(report, shown))
    return list(written.values())


def main(root: Path) -> int:
    """Regenerate `root/reports`: the text formats, then the PNG when Chromium is installed."""
    out = root / "reports"
    for path in write_text_reports(root, out):
        print(f"wrote {path.relative_to(root)}")
    chromium = find_chromium()
    png = out / f"{NAME}.png"
    if chromium is None:
        print(
            f"chromium not found: {png.relative_to(root)} left as it was "
            "(install Debian's 'chromium' package to regenerate it)",
            file=sys.stderr,
        )
        return 0
    with tempfile.TemporaryDirectory() as profile:
        screenshot(chromium, out / f"{NAME}.html", png, user_data_dir=Path(profile))
    print(f"wrote {png.relative_to(root)}")
    return 0
