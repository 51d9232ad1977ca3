"""Configuration: discrepancy.toml or [tool.discrepancy], found upwards, validated with file
and line, and overridden by the command line; each end to end through the CLI."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from discrepancy.cli import app
from discrepancy.config import (
    COMMAND_LINE,
    DEFAULT,
    FailOn,
    Settings,
    configure_rulebook,
    fails,
    find_config,
    override,
    parse_settings,
    rename_outlets,
)
from discrepancy.errors import ConfigError
from discrepancy.model import Article, Finding, FindingKind, Severity
from discrepancy.rulebook import load_rulebook

ROOT = Path(__file__).parent.parent
SAMPLES = str(ROOT / "samples")
KILLED = "casualties.killed"
NAMES = "names.spelling"
runner = CliRunner()


def run(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200"})


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A desk's folder, the current folder of the run."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def conflicts(result) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """slot -> severity of each conflict in a `--format json` run."""
    findings = json.loads(result.stdout)["findings"]
    return {f["slot"]: f["severity"] for f in findings if f["kind"] == "conflict"}


# --- found from the current folder upwards -----------------------------------------------------


def test_config_is_found_upwards_from_a_subfolder(
    desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (desk / "discrepancy.toml").write_text('# the desk\nfail_on = "never"\n')
    deep = desk / "stories" / "today"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    assert run("check", SAMPLES, "--quiet").exit_code == 0  # conflicts, but fail_on = never
    shown = run("config", "--format", "json")
    setting = json.loads(shown.stdout)["settings"]["fail_on"]
    assert setting == {"value": "never", "source": "../../discrepancy.toml:2"}  # as named here
    accepted = json.loads(shown.stdout)["settings"]["accepted"]
    assert accepted == {"value": "../../.discrepancy-accepted.toml", "source": DEFAULT}


def test_pyproject_tool_table_is_read(desk: Path) -> None:
    (desk / "pyproject.toml").write_text(
        '[project]\nname = "newsroom"\n\n[tool.discrepancy]\nformat = "json"\n'
        'disable = ["casualties.killed"]\n'
    )
    result = run("check", SAMPLES)
    assert KILLED not in conflicts(result) and NAMES in conflicts(result)
    source = json.loads(run("config", "-f", "json").stdout)["settings"]["format"]["source"]
    assert source == "pyproject.toml:5"


def test_a_pyproject_without_our_table_is_passed_over(
    desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (desk / "discrepancy.toml").write_text('format = "json"\n')
    inner = desk / "package"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n[tool.ruff]\nline-length = 99\n')
    monkeypatch.chdir(inner)
    assert find_config(inner) == desk / "discrepancy.toml"
    assert json.loads(run("check", SAMPLES).stdout)["schema"] == "discrepancy/report@1"


def test_in_one_folder_discrepancy_toml_wins(desk: Path) -> None:
    (desk / "pyproject.toml").write_text('[tool.discrepancy]\nformat = "json"\n')
    (desk / "discrepancy.toml").write_text('format = "markdown"\n')
    assert find_config(desk) == desk / "discrepancy.toml"
    assert run("check", SAMPLES).stdout.startswith("# Discrepancy report")


def test_no_config_is_the_defaults(desk: Path) -> None:
    document = json.loads(run("config", "--format", "json").stdout)
    assert document["file"] is None
    assert {s["source"] for s in document["settings"].values()} == {DEFAULT}
    assert document["settings"]["accepted"]["value"] == ".discrepancy-accepted.toml"


def test_config_option_names_the_file(desk: Path) -> None:
    (desk / "elsewhere.toml").write_text('fail_on = "never"\n')
    assert run("check", SAMPLES, "-q", "--config", str(desk / "elsewhere.toml")).exit_code == 0
    missing = run("check", SAMPLES, "--config", str(desk / "nope.toml"))
    assert missing.exit_code == 2 and "nope.toml: no such configuration file" in missing.stderr


# --- errors name the file and the line, and exit 2 ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (
            'fail_on = "low"\nfial_on = "high"\n',
            2,
            "unknown setting 'fial_on' (did you mean 'fail_on'?)",
        ),
        ('\n\nfail_on = "sometimes"\n', 3, "'fail_on' is 'sometimes': expected one of"),
        ("default_rules = 1\n", 1, "'default_rules' must be true or false"),
        ("about_tolerance = 2.5\n", 1, "'about_tolerance' must be a number from 0 to 0.9"),
        ('about_tolerance = "0.2"\n', 1, "'about_tolerance' must be a number"),
        ('rules = "mine"\n', 1, "'rules' must be a list of folders"),
        (
            '[severity]\n"casualties.killed" = "high"\n"drones.downed" = "urgent"\n',
            3,
            "severity of 'drones.downed' is 'urgent': expected high, medium, low or info",
        ),
        ('severity = "high"\n', 1, "'severity' must be a table, not a string"),
        (
            'disable = [\n  "drones.downed",\n  "casualties.kiled",\n]\n',
            3,
            "unknown rule id 'casualties.kiled' in 'disable' (did you mean 'casualties.killed'?)",
        ),
        ('[severity]\n"no.such_rule" = "low"\n', 2, "unknown rule id 'no.such_rule' in 'severity'"),
        ('same_person = [["Only One"]]\n', 1, "two or more spellings"),
        (
            'same_person = [["A B", "C D"], ["c d", "E F"]]\n',
            1,
            "'c d' is in two 'same_person' lists",
        ),
        ('[outlets]\n"a.txt" = ""\n', 2, "the outlet name for 'a.txt' must be a non-empty string"),
        ('format = "pdf"\n', 1, "'format' is 'pdf': expected one of \"table\", \"json\""),
        ("out_dir = 7\n", 1, "'out_dir' must be a path"),
        ('fail_on = "high\n', 1, "not valid TOML"),
    ],
)
def test_a_config_error_names_file_and_line_and_exits_2(
    desk: Path, text: str, line: int, message: str
) -> None:
    (desk / "discrepancy.toml").write_text(text)
    for command in (["check", SAMPLES], ["config"]):
        result = run(*command)
        assert result.exit_code == 2, result.output
        [error] = result.stderr.strip().splitlines()
        assert error.startswith(f"discrepancy: error: discrepancy.toml:{line}: ")
        assert message in error
        assert "Traceback" not in result.output


def test_an_error_in_pyproject_points_at_its_line(desk: Path) -> None:
    (desk / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.discrepancy]\nfail_on = "high"\n\n'
        '[tool.discrepancy.severity]\n"casualties.killed" = 3\n'
    )
    result = run("check", SAMPLES)
    assert result.exit_code == 2
    expected = "pyproject.toml:8: severity of 'casualties.killed' is an integer"
    assert expected in result.stderr


# --- what each setting does, end to end --------------------------------------------------------


def test_disable_removes_a_rules_findings(desk: Path) -> None:
    assert KILLED in conflicts(run("check", SAMPLES, "-f", "json"))
    (desk / "discrepancy.toml").write_text('disable = ["casualties.killed"]\n')
    result = run("check", SAMPLES, "-f", "json")
    assert KILLED not in conflicts(result) and NAMES in conflicts(result)
    assert KILLED not in {c["slot"] for c in json.loads(result.stdout)["claims"]}
    assert f"{KILLED} " not in run("rules").stdout  # the rules in force
    assert f"{KILLED}_rate " in run("rules").stdout


def test_disable_names_spelling_stops_reading_names(desk: Path) -> None:
    (desk / "discrepancy.toml").write_text('disable = ["names.spelling"]\n')
    document = json.loads(run("check", SAMPLES, "-f", "json").stdout)
    assert NAMES not in {c["slot"] for c in document["claims"]}


def test_a_severity_override_changes_the_finding_and_the_exit(desk: Path) -> None:
    assert run("check", SAMPLES, "-q", "--fail-on", "high").exit_code == 1
    (desk / "discrepancy.toml").write_text('[severity]\n"casualties.killed" = "medium"\n')
    assert conflicts(run("check", SAMPLES, "-f", "json"))[KILLED] == "medium"
    assert run("check", SAMPLES, "-q", "--fail-on", "high").exit_code == 0
    assert run("check", SAMPLES, "-q", "--fail-on", "medium").exit_code == 1


def test_a_severity_override_of_names(desk: Path) -> None:
    (desk / "discrepancy.toml").write_text('severity = { "names.spelling" = "high" }\n')
    assert conflicts(run("check", SAMPLES, "-f", "json"))[NAMES] == "high"


def test_same_person_silences_a_name_finding(desk: Path) -> None:
    assert NAMES in conflicts(run("check", SAMPLES, "-f", "json"))
    (desk / "discrepancy.toml").write_text(
        'same_person = [\n  ["Volodymyr Zelenskyy", "Vlodomyr Zelenskyy"],\n]\n'
    )
    result = run("check", SAMPLES, "-f", "json")
    assert NAMES not in conflicts(result)
    messages = [f["message"] for f in json.loads(result.stdout)["findings"]]
    assert not any("Vlodomyr" in m for m in messages)
    # Other names are still compared: Zelensky is still a known transliteration.
    assert any("'Volodymyr Zelensky'" in m and "transliteration" in m for m in messages)


def test_outlet_display_names_appear_in_the_reports(desk: Path) -> None:
    (desk / "discrepancy.toml").write_text(
        "[outlets]\n"
        '"000_2c9a3e51d78f5dc0" = "Kyiv Daily"\n'  # by article id
        '"001_9a9041ecd70332e1.txt" = "Wire Two"\n'  # by file name
    )
    table = run("check", SAMPLES)
    assert "Kyiv Daily: 1, per Ukraine's military" in table.stdout
    assert "Wire Two: at least 2" in table.stdout
    markdown = run("check", SAMPLES, "-f", "markdown").stdout
    assert "**Kyiv Daily**" in markdown and "**Wire Two**" in markdown
    github = run("check", SAMPLES, "-f", "github").stdout
    assert "HIGH conflict: Kyiv Daily says 1" in github


def test_about_tolerance_from_the_file_and_the_command_line(desk: Path) -> None:
    stories = desk / "stories"
    stories.mkdir()
    (stories / "a.txt").write_text("A deal to swap roughly 1,000 prisoners was agreed on Friday.\n")
    (stories / "b.txt").write_text("A deal to swap 1,150 prisoners was agreed on Friday.\n")
    assert run("check", str(stories), "-q").exit_code == 1
    (desk / "discrepancy.toml").write_text("about_tolerance = 0.2\n")
    assert run("check", str(stories), "-q").exit_code == 0
    assert run("check", str(stories), "-q", "--about-tolerance", "0.1").exit_code == 1


def test_out_dir_in_the_file_is_relative_to_it(desk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (desk / "discrepancy.toml").write_text('out_dir = "desk-reports"\n')
    sub = desk / "sub"
    sub.mkdir()
    monkeypatch.chdir(sub)
    run("check", SAMPLES, "-q", "--csv", "r.csv")
    assert (desk / "desk-reports" / "r.csv").is_file()
    assert not (sub / "reports").exists()


def test_extra_rule_folders_are_relative_to_the_file(desk: Path) -> None:
    mine = desk / "desk-rules"
    mine.mkdir()
    (mine / "mine.toml").write_text(
        '[[rule]]\nid = "desk.parcels"\nlabel = "Parcels"\nkind = "count"\ntriggers = ["parcels"]\n'
    )
    (desk / "discrepancy.toml").write_text('rules = ["desk-rules"]\n')
    assert "desk.parcels" in run("rules").stdout


# --- `discrepancy config` ----------------------------------------------------------------------


def test_config_shows_each_setting_and_its_source(desk: Path) -> None:
    (desk / "discrepancy.toml").write_text(
        '# our desk\nfail_on = "medium"\n\n[outlets]\n"a.txt" = "A Wire"\n'
    )
    result = run("config", "--about-tolerance", "0.2")
    assert result.exit_code == 0, result.output
    rows = {line.split("│")[1].strip(): line for line in result.stdout.splitlines() if "│" in line}
    path = "discrepancy.toml"
    assert "medium" in rows["fail_on"] and f"{path}:2" in rows["fail_on"]
    assert "a.txt = A Wire" in rows["outlets"] and f"{path}:4" in rows["outlets"]
    assert "0.2" in rows["about_tolerance"] and COMMAND_LINE in rows["about_tolerance"]
    assert "table" in rows["format"] and DEFAULT in rows["format"]
    # accepted is beside the file, though its value is the default
    assert ".discrepancy-accepted.toml" in rows["accepted"]
    assert f"Settings from {path}" in result.stdout


def test_config_json_lists_every_setting(desk: Path) -> None:
    document = json.loads(run("config", "--format", "json", "--fail-on", "high").stdout)
    assert list(document["settings"]) == [
        "rules", "default_rules", "disable", "severity", "fail_on", "about_tolerance",
        "same_person", "outlets", "format", "out_dir", "accepted",
    ]  # fmt: skip
    assert document["settings"]["fail_on"] == {"value": "high", "source": COMMAND_LINE}


# --- --fail-on ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fail_on", "disabled", "status"),
    [
        ("high", "", 1),  # the killed conflict is high
        ("medium", "", 1),
        ("low", "", 1),
        ("never", "", 0),
        ("high", KILLED, 0),  # only the medium name conflict is left
        ("medium", KILLED, 1),
    ],
)
def test_fail_on_exit_codes_on_samples(
    desk: Path, fail_on: str, disabled: str, status: int
) -> None:
    if disabled:
        (desk / "discrepancy.toml").write_text(f'disable = ["{disabled}"]\n')
    result = run("check", SAMPLES, "--quiet", "--fail-on", fail_on)
    assert result.exit_code == status, result.output


def test_bad_input_is_still_exit_2_whatever_fail_on(desk: Path) -> None:
    (desk / "empty.txt").write_text("")
    assert run("check", SAMPLES, str(desk / "empty.txt"), "-q", "--fail-on", "never").exit_code == 2


def test_fail_on_in_the_file_and_overridden(desk: Path) -> None:
    (desk / "discrepancy.toml").write_text('fail_on = "never"\n')
    assert run("check", SAMPLES, "-q").exit_code == 0
    assert run("check", SAMPLES, "-q", "--fail-on", "high").exit_code == 1


# --- the pure parts ----------------------------------------------------------------------------


def test_parse_gives_values_and_lines() -> None:
    path = Path("/desk/discrepancy.toml")
    text = (
        'rules = ["mine"]\ndisable = ["drones.downed"]\nfail_on = "high"\n'
        "same_person = [['A B', 'A  b.']]\n[severity]\n'casualties.killed' = 'low'\n"
    )
    settings = parse_settings(text, path)
    assert settings.rules.value == (Path("/desk/mine"),)
    assert settings.rules.source == f"{path}:1"
    assert settings.fail_on.value == FailOn.HIGH
    assert settings.severity.value == {KILLED: Severity.LOW}
    assert settings.severity.source == f"{path}:5"
    assert settings.id_lines == {("disable", "drones.downed"): 2, ("severity", KILLED): 6}
    assert settings.accepted.value == Path("/desk/.discrepancy-accepted.toml")
    assert settings.about_tolerance.source == DEFAULT


def test_override_marks_the_command_line() -> None:
    settings = override(Settings(), fail_on=FailOn.NEVER, format=None)
    assert (settings.fail_on.value, settings.fail_on.source) == (FailOn.NEVER, COMMAND_LINE)
    assert settings.format.source == DEFAULT
    with pytest.raises(TypeError):
        override(Settings(), colour="red")


def test_configure_rulebook_is_pure_and_checks_ids() -> None:
    rulebook = load_rulebook()
    settings = parse_settings(
        'disable = ["drones.downed"]\n[severity]\n"casualties.killed" = "info"\n',
        Path("d.toml"),
    )
    configured = configure_rulebook(rulebook, settings)
    assert "drones.downed" not in {r.id for r in configured.rules}
    assert configured.rule(KILLED).severity == Severity.INFO
    assert rulebook.rule(KILLED).severity == Severity.HIGH  # the original is untouched
    with pytest.raises(ConfigError) as caught:
        configure_rulebook(rulebook, parse_settings('\ndisable = ["x.y"]\n', Path("d.toml")))
    assert str(caught.value).startswith("d.toml:2: unknown rule id 'x.y'")


def test_rename_outlets_by_id_file_name_path_or_outlet() -> None:
    articles = (
        Article("a", "in/a.txt", "x"),
        Article("b", "in/b.md", "x"),
        Article("c", "in/c.txt", "x", outlet="The Times"),
        Article("d", "in/d.txt", "x", outlet="Kept"),
    )
    renamed = rename_outlets(
        articles, {"a": "A", "b.md": "B", "The Times": "Times", "nothing": "N"}
    )
    assert [a.outlet for a in renamed] == ["A", "B", "Times", "Kept"]


@pytest.mark.parametrize(
    ("fail_on", "expected"),
    [(FailOn.HIGH, False), (FailOn.MEDIUM, True), (FailOn.LOW, True), (FailOn.NEVER, False)],
)
def test_fails_counts_conflicts_at_or_above(fail_on: FailOn, expected: bool) -> None:
    def finding(kind: FindingKind, severity: Severity) -> Finding:
        return Finding("F", "s", "x.y", "X", kind, severity, (), "")

    findings = [
        finding(FindingKind.CONFLICT, Severity.MEDIUM),
        finding(FindingKind.VARIANT, Severity.HIGH),  # a variant never fails a run
    ]
    assert fails(findings, fail_on) is expected


def test_an_info_conflict_fails_no_run() -> None:
    """A desk that sets a rule's severity to info keeps seeing it but never fails on it."""
    findings = [Finding("F", "s", "x.y", "X", FindingKind.CONFLICT, Severity.INFO, (), "")]
    assert not fails(findings, FailOn.LOW)


def test_no_config_above_a_fresh_folder(tmp_path: Path) -> None:
    """The tests' own folders must not pick up a stray configuration."""
    found = find_config(tmp_path)
    assert found is None or not str(found).startswith(str(tmp_path)), found
    assert os.sep in str(tmp_path)


def test_the_readmes_example_configuration_is_valid() -> None:
    """The file the README offers to copy parses, and every rule id it names exists."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    block = section.split("```toml\n", 1)[1].split("```", 1)[0]
    settings = parse_settings(block, Path("discrepancy.toml"))
    configured = configure_rulebook(load_rulebook(), settings)
    assert configured.name_severity == Severity.LOW
    assert settings.fail_on.value == FailOn.MEDIUM


def test_a_pyproject_whose_tool_is_not_a_table(desk: Path) -> None:
    (desk / "pyproject.toml").write_text('tool = "none"\n')
    result = run("config", "--config", "pyproject.toml", "-f", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["file"] == "pyproject.toml"


def test_a_configured_out_dir_stays_inside_the_configuration_s_folder(desk: Path) -> None:
    (desk / "discrepancy.toml").write_text('out_dir = "../elsewhere"\n')
    result = run("check", SAMPLES, "-q", "--csv", "r.csv")
    assert result.exit_code == 2
    assert "is outside" in result.stderr and "give --out-dir" in result.stderr
    assert not (desk.parent / "elsewhere").exists()
    # given on the command line, the same folder is the user's choice
    chosen = run("check", SAMPLES, "-q", "--csv", "r.csv", "--out-dir", str(desk.parent / "out"))
    assert chosen.exit_code == 1, chosen.stderr
    assert (desk.parent / "out" / "r.csv").is_file()


def test_a_file_that_is_not_our_report_is_kept_unless_forced(desk: Path) -> None:
    theirs = desk / "notes.csv"
    theirs.write_text("someone's own spreadsheet\n")
    refused = run("check", SAMPLES, "-q", "--csv", str(theirs))
    assert refused.exit_code == 2
    assert f"{theirs}: the file exists and is not a report discrepancy wrote" in refused.stderr
    assert theirs.read_text() == "someone's own spreadsheet\n"
    forced = run("check", SAMPLES, "-q", "--csv", str(theirs), "--force")
    assert forced.exit_code == 1 and theirs.read_text().startswith("finding,story,slot")
    # a report of ours is replaced without asking, in every format
    for name in ("r.csv", "r.html", "r.json"):
        kind = name.split(".")[1]
        flag = {"csv": "--csv", "html": "--html", "json": "--json"}[kind]
        assert run("check", SAMPLES, "-q", flag, name).exit_code == 1
        again = run("check", SAMPLES, "-q", flag, name)
        assert again.exit_code == 1, again.stderr
