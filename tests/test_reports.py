"""The example reports in reports/ are what the tool prints today (see reports/README.md).

They are regenerated into a temporary folder with the code of `scripts/make_reports.py` and
compared byte for byte; the CLI must print the same, so the examples show the real tool.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

import pytest
from typer.testing import CliRunner

from discrepancy.cli import app
from discrepancy.report.examples import SVG_ID, TEXT_FORMATS, write_text_reports

ROOT = Path(__file__).parent.parent
REPORTS = ROOT / "reports"
REGENERATE = "regenerate with: .venv/bin/python scripts/make_reports.py"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example reports as the code makes them now."""
    out = tmp_path_factory.mktemp("reports")
    write_text_reports(ROOT, out)
    return out


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_example_is_up_to_date(fresh: Path, fmt: str) -> None:
    name = f"samples.{fmt}"
    assert (fresh / name).read_bytes() == (REPORTS / name).read_bytes(), f"{name}: {REGENERATE}"


def test_examples_are_deterministic(fresh: Path, tmp_path: Path) -> None:
    again = write_text_reports(ROOT, tmp_path)
    assert [p.read_bytes() for p in again] == [(fresh / p.name).read_bytes() for p in again]
    for path in again:
        text = path.read_text(encoding="utf-8")
        assert str(ROOT) not in text and str(tmp_path) not in text, f"{path.name}: absolute path"
    svg = (fresh / "samples.svg").read_text(encoding="utf-8")
    assert f"{SVG_ID}-matrix" in svg and "terminal-" not in svg  # Rich's id, fixed


def test_svg_is_the_terminal_table_in_colour(fresh: Path) -> None:
    svg = (fresh / "samples.svg").read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "discrepancy&#160;check&#160;samples" in svg  # title
    assert "People&#160;killed" in svg
    # Severity in colour and in a word: the word HIGH is drawn in a bold red class.
    high = re.search(rf'class="({SVG_ID}-r\d+)"[^>]*>HIGH&', svg)
    assert high is not None
    assert re.search(rf"\.{high[1]} {{ fill: #cc555a;font-weight: bold }}", svg)


def test_committed_png_is_a_screenshot() -> None:
    png = (REPORTS / "samples.png").read_bytes()
    assert png.startswith(PNG_SIGNATURE), REGENERATE
    width, height = struct.unpack(">II", png[16:24])  # the IHDR chunk comes first
    assert (width, height) == (1280, 2000)


# --- the CLI prints the same as the examples ---------------------------------------------------


@pytest.fixture
def _from_the_repository_top(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # article paths in the reports are relative to it


@pytest.mark.usefixtures("_from_the_repository_top")
def test_cli_json_and_csv_are_the_examples(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["check", "samples", "--format", "json", "--csv", str(tmp_path / "s.csv")]
    )
    assert result.stdout == (REPORTS / "samples.json").read_text(encoding="utf-8")
    assert (tmp_path / "s.csv").read_bytes() == (REPORTS / "samples.csv").read_bytes()


@pytest.mark.usefixtures("_from_the_repository_top")
def test_cli_table_is_the_example() -> None:
    result = CliRunner().invoke(app, ["check", "samples", "--width", "100"], env={"NO_COLOR": "1"})
    assert result.stdout == (REPORTS / "samples.txt").read_text(encoding="utf-8")


@pytest.mark.usefixtures("_from_the_repository_top")
def test_cli_markdown_and_html_are_the_examples(tmp_path: Path) -> None:
    page = tmp_path / "s.html"
    result = CliRunner().invoke(app, ["check", "samples", "-f", "markdown", "--html", str(page)])
    assert result.stdout == (REPORTS / "samples.md").read_text(encoding="utf-8")
    assert page.read_bytes() == (REPORTS / "samples.html").read_bytes()
