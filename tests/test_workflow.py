"""The editor's workflows end to end through the CLI: draft mode, accepting findings, explain."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from discrepancy.cli import app

ROOT = Path(__file__).parent.parent
SAMPLES = ROOT / "samples"
DRAFT = ROOT / "tests" / "data" / "drafts" / "rome-meeting-draft.md"
runner = CliRunner()


def run(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args))


def _findings(*args: str) -> list[dict[str, object]]:
    result = run("check", *args, "--format", "json")
    assert result.exit_code in (0, 1), result.output
    findings: list[dict[str, object]] = json.loads(result.stdout)["findings"]
    return findings


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A desk's folder with a copy of the sample story; the accepted file is written here."""
    shutil.copytree(SAMPLES, tmp_path / "sources")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_draft_that_contradicts_the_sample_story(desk: Path) -> None:
    result = run("check", "--draft", str(DRAFT), "sources", "--format", "json")
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    (killed,) = report["findings"]
    assert killed["slot"] == "casualties.killed"
    assert killed["message"] == "the draft says at least 5; 000_2c9a3e51d78f5dc0 says 1"
    draft_claims = [c for c in report["claims"] if c["article"] == "rome-meeting-draft"]
    assert any(c["id"] in killed["claims"] for c in draft_claims)


def test_missing_lists_what_the_sources_state_and_the_draft_leaves_out(desk: Path) -> None:
    result = run("check", "--draft", str(DRAFT), "sources", "--missing", "--format", "json")
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    missing = [f for f in report["findings"] if f["kind"] == "missing"]
    # the call's day, and the day of the inaugural mass, which the draft does not date either
    assert [f["slot"] for f in missing] == ["call.day", "incident.day"]
    assert (
        missing[0]["message"] == "4 of 4 sources state day and time of a call; the draft does not"
    )
    table = run("check", "--draft", str(DRAFT), "sources", "--missing", "--width", "200")
    assert "2 facts missing from the draft" in table.stdout


def test_missing_without_a_draft_is_a_usage_error(desk: Path) -> None:
    result = run("check", "sources", "--missing")
    assert result.exit_code == 2
    assert "--missing needs --draft FILE" in result.stderr


def test_an_accepted_finding_stays_quiet_until_its_value_changes(desk: Path) -> None:
    (killed,) = [f for f in _findings("sources") if f["slot"] == "casualties.killed"]
    accepted = run("accept", str(killed["id"]), "sources", "--decision", "older toll")
    assert accepted.exit_code == 0, accepted.output
    stored = (desk / ".discrepancy-accepted.toml").read_text(encoding="utf-8")
    assert f'finding = "{killed["id"]}"' in stored
    assert 'decision = "older toll"' in stored

    assert "casualties.killed" not in {f["slot"] for f in _findings("sources")}
    shown = _findings("sources", "--show-accepted")
    assert killed["id"] in {f["id"] for f in shown}

    # An edit elsewhere in the article: still accepted.
    article = desk / "sources" / "000_2c9a3e51d78f5dc0.txt"
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("Rubio said he spoke", "Rubio said he had spoken"), "utf-8")
    assert "casualties.killed" not in {f["slot"] for f in _findings("sources")}

    # The value changes: reported again, under a new id.
    other = desk / "sources" / "001_9a9041ecd70332e1.txt"
    other_text = other.read_text(encoding="utf-8")
    other.write_text(other_text.replace("At least two civilians", "At least three civilians"))
    again = [f for f in _findings("sources") if f["slot"] == "casualties.killed"]
    assert len(again) == 1 and again[0]["id"] != killed["id"]


def test_decisions_in_the_review_csv_are_accepted(desk: Path) -> None:
    assert run("check", "sources", "--csv", "review.csv").exit_code == 1
    review = pd.read_csv(desk / "reports" / "review.csv", dtype=str, keep_default_na=False)
    name_rows = review["slot"] == "names.spelling"
    review.loc[name_rows, "decision"] = "house style"
    review.to_csv(desk / "reviewed.csv", index=False)
    result = run("accept", "--csv", "reviewed.csv")
    assert result.exit_code == 0, result.output
    left = {f["slot"] for f in _findings("sources") if f["kind"] == "conflict"}
    assert left == {"casualties.killed"}


def test_accept_needs_ids_or_a_csv(desk: Path) -> None:
    result = run("accept")
    assert result.exit_code == 2
    assert "give finding ids" in result.stderr


def test_accepting_an_id_the_report_does_not_have_is_an_error(desk: Path) -> None:
    result = run("accept", "F00000000", "sources")
    assert result.exit_code == 2
    assert "F00000000: no such finding" in result.stderr
    assert not (desk / ".discrepancy-accepted.toml").exists()


def test_explain_shows_claims_events_and_the_intervals_compared(desk: Path) -> None:
    (killed,) = [f for f in _findings("sources") if f["slot"] == "casualties.killed"]
    result = run("explain", str(killed["id"]), "sources")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith(f"{killed['id']}: People killed (casualties.killed), conflict")
    assert "interval: [1, 1]" in out
    assert "interval: [2, inf)" in out
    assert "event: attack" in out
    assert "000_2c9a3e51d78f5dc0.txt:6:467" in out
    assert "(1) vs 001_9a9041ecd70332e1 (at least 2): cannot both be true" in out


def test_explain_of_an_unknown_finding_is_an_error(desk: Path) -> None:
    result = run("explain", "F00000000", "sources")
    assert result.exit_code == 2
    assert "no such finding" in result.stderr
