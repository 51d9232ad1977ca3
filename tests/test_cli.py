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


def test_a_broken_word_list_is_exit_2_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """The word list that groups stories ships with wordfreq: a broken install says so."""
    from discrepancy import rarity

    monkeypatch.setattr(rarity, "_LIST", "no_such_list.msgpack.gz")
    rarity._table.cache_clear()
    try:
        result = run("check", SAMPLES, "--quiet")
    finally:
        rarity._table.cache_clear()
    assert result.exit_code == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1 and "no_such_list.msgpack.gz" in errors[0]
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


@pytest.mark.parametrize(
    "command", [[], ["check"], ["extract"], ["rules"], ["rules", "check"], ["config"], ["schema"]]
)
def test_every_commands_help_ends_with_an_example(command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.exit_code == 0
    last = result.stdout.rstrip().splitlines()[-1].strip()
    assert last.startswith("Example: discrepancy " + " ".join(command)), last


def test_check_help_documents_the_exit_codes() -> None:
    text = " ".join(run("check", "--help").stdout.split())
    assert "Exit status: 0 when no conflict at or above --fail-on" in text
    assert "1 when one was; 2 for an input that could not be read" in text


def test_rules_check_validates_a_folder(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(
        '[[rule]]\nid = "desk.parcels"\nlabel = "Parcels"\nkind = "count"\n'
        'triggers = ["parcels"]\ncounted = ["@people"]\n'  # a word list of the shipped rules
        '\n[[rule]]\nid = "desk.crates"\nlabel = "Crates"\nkind = "count"\n'
        'triggers = ["crates"]\n'
    )
    (tmp_path / "b.toml").write_text('[vocab]\nboxes = ["box", "boxes"]\n')
    result = run("rules", "check", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert result.stdout == "2 rules in 2 files: ok\n"
    alone = run("rules", "check", str(tmp_path), "--no-default-rules")
    assert alone.exit_code == 2 and "no word list 'people'" in alone.stderr


def test_rules_check_names_file_and_line_of_an_error(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text('[[rule]]\nid = "x.y"\nlabel = "X"\nkind = "nope"\n')
    result = run("rules", "check", str(tmp_path))
    assert result.exit_code == 2 and result.stdout == ""
    assert f"{tmp_path / 'bad.toml'}:4: kind 'nope'" in result.stderr


def test_rules_check_of_a_shipped_id_is_a_clash(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(
        '[[rule]]\nid = "casualties.killed"\nlabel = "X"\nkind = "count"\ntriggers = ["x"]\n'
    )
    result = run("rules", "check", str(tmp_path))
    assert result.exit_code == 2 and "is already used at" in result.stderr


def test_the_shipped_rules_check() -> None:
    result = run("rules", "check", str(ROOT / "rules"))
    assert result.exit_code == 0 and result.stdout.endswith("files: ok\n")


def test_show_completion_prints_a_bash_script(monkeypatch: pytest.MonkeyPatch) -> None:
    """Typer's own completion. Without the test variable it detects the shell from the parent
    process, which under pytest is not a shell; typer reads the variable when it builds the
    command, so it is set before the run."""
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")
    result = runner.invoke(app, ["--show-completion", "bash"], prog_name="discrepancy")
    assert result.exit_code == 0, result.output
    assert "complete -o default -F _discrepancy_completion discrepancy" in result.stdout
    assert "_DISCREPANCY_COMPLETE=complete_bash" in result.stdout


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


def test_json_and_csv_give_each_claims_line_and_column(tmp_path: Path) -> None:
    """The line and column point at the claim's own words in its file, CRLF files included."""
    text = "Headline here\r\n\r\nPolice said two people were killed on Sunday.\r\n"
    (tmp_path / "a.txt").write_bytes(text.encode())
    (tmp_path / "b.txt").write_text("Sunday's attack killed three people, officials said.\n")
    target = tmp_path / "r.csv"
    result = run("check", str(tmp_path), "--format", "json", "--csv", str(target))
    document = json.loads(result.stdout)
    paths = {a["id"]: Path(a["path"]) for a in document["articles"]}
    for claim in document["claims"]:
        lines = paths[claim["article"]].read_bytes().decode().replace("\r\n", "\n").split("\n")
        line = lines[claim["line"] - 1]
        assert line[claim["column"] - 1 :].startswith(claim["text"]), claim
    killed = {c["article"]: (c["line"], c["column"]) for c in document["claims"]}
    assert killed["a"] == (3, 13)  # "two people were killed" on the third line
    frame = pd.read_csv(target, dtype=str, keep_default_na=False)
    assert list(frame.columns[frame.columns.get_loc("quote") :][:3]) == ["quote", "line", "column"]
    assert ("3", "13") in set(zip(frame["line"], frame["column"], strict=True))


HANGING_FOLD = '[[fold]]\npattern = "(a|aa)+$"\nreplace = "a"\nwhy = "a hostile pattern"\n'


def test_a_fold_that_backtracks_without_end_is_left_out_and_named(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "folds.toml").write_text(HANGING_FOLD)
    checked = run("rules", "check", str(rules))
    assert checked.exit_code == 2 and checked.stdout == ""
    assert f"{rules / 'folds.toml'}:1: fold pattern '(a|aa)+$' backtracks" in checked.stderr
    # a check with it still runs, without the fold, and reports the rule file as a problem
    result = run("check", SAMPLES, "--rules", str(rules), "--format", "json")
    assert result.exit_code == 2
    assert "backtracks without end" in result.stderr
    assert json.loads(result.stdout)["findings"]


def test_max_bytes_leaves_out_a_larger_file_and_checks_the_rest(tmp_path: Path) -> None:
    small = tmp_path / "small.txt"
    small.write_text("Two people were killed in the fire on Sunday.\n")
    big = tmp_path / "big.txt"
    big.write_text("Three people were killed in the fire on Sunday. " * 50)
    result = run("check", str(small), str(big), "--max-bytes", "1000", "--format", "json")
    assert result.exit_code == 2
    assert f"{big}: file is larger than the" in result.stderr
    assert [a["id"] for a in json.loads(result.stdout)["articles"]] == ["small"]


def test_a_device_is_not_read(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text("Two people were killed in the fire on Sunday.\n")
    result = run("check", "/dev/zero", str(good), "--format", "json")
    assert result.exit_code == 2
    assert "/dev/zero: not a regular file" in result.stderr
    assert len(json.loads(result.stdout)["articles"]) == 1


def test_jobs_is_taken_and_must_be_positive() -> None:
    # Five articles are read in one process whatever --jobs says: this checks the option's
    # plumbing; tests/test_corpus_generator.py checks that workers give the serial report.
    one = run("check", SAMPLES, "--format", "json", "--jobs", "1")
    two = run("check", SAMPLES, "--format", "json", "-j", "2")
    assert one.exit_code == two.exit_code == 1
    assert one.stdout == two.stdout
    assert run("check", SAMPLES, "--jobs", "0").exit_code == 2
