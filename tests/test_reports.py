"""The example reports in reports/ are what the tool prints today (see reports/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from discrepancy.cli import app

ROOT = Path(__file__).parent.parent
REPORTS = ROOT / "reports"


@pytest.fixture(autouse=True)
def _from_the_repository_top(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # article paths in the reports are relative to it


def test_json_example_is_up_to_date(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["check", "samples", "--format", "json", "--csv", str(tmp_path / "s.csv")]
    )
    assert result.stdout == (REPORTS / "samples.json").read_text(encoding="utf-8")
    assert (tmp_path / "s.csv").read_bytes() == (REPORTS / "samples.csv").read_bytes()


def test_table_example_is_up_to_date() -> None:
    result = CliRunner().invoke(app, ["check", "samples", "--width", "100"], env={"NO_COLOR": "1"})
    assert result.stdout == (REPORTS / "samples.txt").read_text(encoding="utf-8")
