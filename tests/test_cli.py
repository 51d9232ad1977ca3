"""The command line, driven as an editor or a script drives it: exit codes, formats, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pandas as pd
import pytest
from typer.testing import CliRunner

from discrepancy.cli import app, schema_path
from discrepancy.report.csv_report import COLUMNS

ROOT = Path(__file__).parent.parent
SAMPLES = str(ROOT / "samples")
runner = CliRunner()


def run(*args: str, stdin: str | None = None, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=stdin, env=env)


def test_check_samples_prints_the_killed_conflict_and_exits_1() -> None:
    result = run("check", SAMPLES, "--width", "80", env={"NO_COLOR": "1"})
    assert result.exit_code == 1, result.output
    assert "People killed" in result.stdout
    assert "killing one woman" in result.stdout
    assert "HIGH" in result.stdout
    assert "\x1b[" not in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 80


def test_quiet_prints_only_the_summary() -> None:
    result = run("check", SAMPLES, "--quiet")
    assert result.exit_code == 1
    lines = result.stdout.strip().splitlines()
    assert len(lines) <= 2 and "conflicts" in result.stdout


def test_json_report_validates_against_the_published_schema() -> None:
    result = run("check", SAMPLES, "--format", "json")
    document = json.loads(result.stdout)
    jsonschema.validate(document, json.loads(schema_path().read_text(encoding="utf-8")))
    assert document["schema"] == "discrepancy/report@1"
    assert {a["published"] for a in document["articles"]} == {None, "2025-05-18", "2025-05-19"}


def test_schema_command_prints_the_schema() -> None:
    result = run("schema")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["$id"] == "discrepancy/report@1"


def test_csv_has_one_row_per_claim_and_round_trips(tmp_path: Path) -> None:
    target = tmp_path / "review.csv"
    result = run("check", SAMPLES, "--csv", str(target), "--format", "json")
    document = json.loads(result.stdout)
    shown = [f for f in document["findings"] if f["kind"] in ("conflict", "variant")]
    frame = pd.read_csv(target, dtype=str, keep_default_na=False)
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == sum(len(f["claims"]) for f in shown)
    assert set(frame["finding"]) == {f["id"] for f in shown}
    assert not list(tmp_path.glob(".*.tmp")), "no temporary file is left behind"


def test_csv_neutralises_formulas_from_hostile_articles(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text('=HYPERLINK("x") At least two people were killed on Sunday.\n')
    (tmp_path / "b.txt").write_text("@SUM(1) One person was killed on Sunday.\n")
    target = tmp_path / "out.csv"
    run("check", str(tmp_path), "--csv", str(target))
    frame = pd.read_csv(target, dtype=str, keep_default_na=False)
    for column in frame.columns:
        assert not frame[column].str.match(r"^[=+\-@\t\r]").any(), column


def test_stdin_is_an_article() -> None:
    text = (ROOT / "samples" / "001_9a9041ecd70332e1.txt").read_text(encoding="utf-8")
    result = run(
        "check",
        "-",
        str(ROOT / "samples" / "000_2c9a3e51d78f5dc0.txt"),
        "--format",
        "json",
        stdin=text,
    )
    document = json.loads(result.stdout)
    assert "stdin" in {a["id"] for a in document["articles"]}
    assert result.exit_code == 1


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "empty"),
        ("binary.txt", b"\x00\x01\x02PNG\x00", "binary"),
        ("unknown.txt", bytes(range(0x80, 0x100)), "not UTF-8 text"),
        ("broken.jsonl", b'{"text": "Two people were killed."}\n{"text": 2}\n', "line 2"),
        ("empty.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article"),
    ],
)
def test_bad_file_is_one_line_and_the_rest_is_checked(
    tmp_path: Path, name: str, content: bytes, problem: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    result = run("check", str(bad), SAMPLES, "--quiet")
    assert result.exit_code == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1 and name in errors[0] and problem in errors[0]
    assert "articles in" in result.stdout, "the good articles were still checked"
    assert "Traceback" not in result.output


def test_missing_path_alone_is_exit_2_without_traceback(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "nope.txt"))
    assert result.exit_code == 2
    assert "nope.txt" in result.stderr and "no such file" in result.stderr
    assert "Traceback" not in result.output


def test_folder_without_articles_is_exit_2(tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    result = run("check", str(tmp_path))
    assert result.exit_code == 2
    assert str(tmp_path) in result.stderr


def test_bad_published_option_is_a_usage_error() -> None:
    result = run("check", SAMPLES, "--published", "000.txt=18 May")
    assert result.exit_code == 2
    assert "FILE=YYYY-MM-DD" in result.stderr


def test_broken_rule_folder_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text('[[rule]]\nid = "x.y"\nlabel = "X"\nkind = "nope"\n')
    result = run("rules", "--rules", str(tmp_path))
    assert result.exit_code == 2
    assert f"{tmp_path / 'bad.toml'}:4:" in result.stderr


def test_rules_lists_ids_and_examples() -> None:
    result = run("rules")
    assert result.exit_code == 0
    assert "casualties.killed" in result.stdout and "drones.downed" in result.stdout


def test_no_conflict_exits_0(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Two people were killed in the attack on Sunday.\n")
    (tmp_path / "b.txt").write_text("The attack on Sunday killed two people, police said.\n")
    result = run("check", str(tmp_path))
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("command", ["check", "extract", "rules", "schema"])
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0 and "discrepancy" in result.stdout


def test_extract_shows_what_both_parsers_and_the_rules_read() -> None:
    article = str(ROOT / "samples" / "001_9a9041ecd70332e1.txt")
    result = run("extract", "--show", "quantities,time,claims", "--format", "json", article)
    assert result.exit_code == 0, result.output
    found = {(r["what"], r["text"], r["value"]) for r in json.loads(result.stdout)}
    assert ("quantity", "At least two", "[2, \u221e)") in found
    assert ("time", "overnight", "-1d ~") in found
    assert ("casualties.killed", "At least two civilians were killed", "at least 2") in found


def test_extract_table_names_each_article() -> None:
    result = run("extract", "--show", "time", str(ROOT / "samples" / "002_5b3ed7db5eae39b3.txt"))
    assert result.exit_code == 0
    assert "002_5b3ed7db5eae39b3" in result.stdout and "ON MONDAY" in result.stdout


def test_extract_rejects_an_unknown_show() -> None:
    result = run("extract", "--show", "vibes", SAMPLES)
    assert result.exit_code == 2 and "choose from" in result.stderr


def test_about_tolerance_widens_roughly(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "A deal to swap roughly 1,000 prisoners was agreed on Friday.\n"
    )
    (tmp_path / "b.txt").write_text("A deal to swap 1,150 prisoners was agreed on Friday.\n")
    assert run("check", str(tmp_path), "--quiet").exit_code == 1
    assert run("check", str(tmp_path), "--quiet", "--about-tolerance", "0.2").exit_code == 0
