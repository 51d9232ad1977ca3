"""`--format github`: GitHub Actions workflow commands that point at each claim's words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from discrepancy.cli import app
from discrepancy.model import Article, Claim, Finding, FindingKind, Report, Severity, ValueKind
from discrepancy.report.github import annotation, escape_data, escape_property, to_github

ROOT = Path(__file__).parent.parent
_COMMAND = re.compile(r"::(\w+) ([^:]*)::(.*)")


def test_data_escapes_percent_and_line_ends_only() -> None:
    assert escape_data("100% sure\r\nnext: a, b") == "100%25 sure%0D%0Anext: a, b"


def test_properties_also_escape_colon_and_comma() -> None:
    assert escape_property("a:b,c%d\ne\rf") == "a%3Ab%2Cc%25d%0Ae%0Df"


def test_percent_is_escaped_first_so_an_escape_in_the_text_survives() -> None:
    """A quote that already reads "%0A" must come back as those three characters."""
    assert escape_data("%0A") == "%250A"
    assert escape_property("%3A") == "%253A"


def test_annotation_escapes_properties_and_message() -> None:
    line = annotation("warning", "one\ntwo", [("file", "a,b:c.txt"), ("line", 3)])
    assert line == "::warning file=a%2Cb%3Ac.txt,line=3::one%0Atwo"
    assert annotation("notice", "50%", []) == "::notice::50%25"


@pytest.fixture
def _at_the_top(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # article paths as given: samples/...


def _lines(*args: str) -> list[str]:
    result = CliRunner().invoke(app, ["check", "samples", "--format", "github", *args])
    assert result.exit_code == 1, result.output
    return result.stdout.splitlines()


@pytest.mark.usefixtures("_at_the_top")
def test_samples_give_the_exact_annotations_of_the_killed_conflict() -> None:
    lines = _lines()
    assert lines[:2] == [
        "::error file=samples/000_2c9a3e51d78f5dc0.txt,line=6,col=467,endLine=6,endColumn=484,"
        "title=People killed (casualties.killed)::HIGH conflict: 000_2c9a3e51d78f5dc0 says 1, "
        "per Ukraine's military: “killing one woman”%0A000_2c9a3e51d78f5dc0 (Ukraine's military) "
        "says 1; 001_9a9041ecd70332e1 says at least 2: 1 is below at least 2; they cannot both "
        "be true%0Afinding F91da5331",
        "::error file=samples/001_9a9041ecd70332e1.txt,line=2,col=116,endLine=2,endColumn=150,"
        "title=People killed (casualties.killed)::HIGH conflict: 001_9a9041ecd70332e1 says at "
        "least 2: “At least two civilians were killed”%0A000_2c9a3e51d78f5dc0 (Ukraine's "
        "military) says 1; 001_9a9041ecd70332e1 says at least 2: 1 is below at least 2; they "
        "cannot both be true%0Afinding F91da5331",
    ]


@pytest.mark.usefixtures("_at_the_top")
def test_samples_levels_follow_severity_and_variants_are_notices() -> None:
    levels = [line.split(" ", 1)[0] for line in _lines()]
    # The high conflict's two claims, the medium name conflict's three, then variants.
    assert levels[:5] == ["::error"] * 2 + ["::warning"] * 3
    assert set(levels[5:]) == {"::notice"} and len(levels) > 5


@pytest.mark.usefixtures("_at_the_top")
def test_every_annotation_points_at_its_claims_words_in_the_file() -> None:
    """Read each file back: from (line, col) to (endLine, endColumn) stand the quoted words."""
    json_claims = CliRunner().invoke(app, ["check", "samples", "--format", "json"]).stdout
    for line in _lines():
        level, props, _message = _COMMAND.fullmatch(line).groups()  # type: ignore[union-attr]
        fields = dict(p.split("=", 1) for p in props.split(","))
        assert level in ("error", "warning", "notice")
        text = (ROOT / fields["file"]).read_text(encoding="utf-8")
        row = re.split(r"\r\n|\r|\n", text)[int(fields["line"]) - 1]
        assert fields["line"] == fields["endLine"]
        words = row[int(fields["col"]) - 1 : int(fields["endColumn"]) - 1]
        assert words and f'"text": "{words}"' in json_claims, (line, words)


def _report(text: str, path: str) -> Report:
    article = Article("a", path, text)
    start = text.index("two")
    claim = Claim(
        "a#1", "a", "x.y", ValueKind.COUNT, "two, or 100%", "s", start, start + 12, name=None
    )
    finding = Finding(
        "F1", "s", "x.y", "Things, counted: here", FindingKind.CONFLICT, Severity.LOW,
        ("a#1",), "a says two\nb says three",
    )  # fmt: skip
    return Report((article,), (), (claim,), (finding,))


def test_text_from_articles_and_rules_is_escaped() -> None:
    [line] = to_github(_report("x\r\ny two, or 100%", "dir/we,ird:name.txt")).splitlines()
    assert line.startswith("::notice file=dir/we%2Cird%3Aname.txt,line=2,col=3,endLine=2,")
    assert "title=Things%2C counted%3A here (x.y)::" in line
    assert line.endswith("two, or 100%25%0Aa says two%0Ab says three%0Afinding F1")
    assert "\r" not in line


def test_standard_input_has_no_file() -> None:
    [line] = to_github(_report("two, or 100%", "-")).splitlines()
    assert line.startswith("::notice title=")
