"""The Markdown, HTML and CSV reports, `--json FILE`, `--out-dir`, and files written atomically."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from discrepancy.cli import app
from discrepancy.report.csv_report import COLUMNS, neutralise, rows, write_csv
from discrepancy.report.examples import sample_report
from discrepancy.report.files import write_atomically

ROOT = Path(__file__).parent.parent
SAMPLES = str(ROOT / "samples")
runner = CliRunner()

HOSTILE_SCRIPT = "<script>alert(1)</script>"
HOSTILE_ATTRIBUTE = '"><img src=x onerror=alert(1)>'


def run(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args))


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """Two articles that conflict, with markup and table pipes in every text a report shows."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.md").write_text(
        "---\n"
        f"title: Attack {HOSTILE_ATTRIBUTE}\n"
        f"outlet: Wire {HOSTILE_SCRIPT} | Desk\n"
        "date: 2025-05-18\n"
        "---\n"
        f"Police said {HOSTILE_SCRIPT} at least two people | *all* were killed on Sunday "
        f"{HOSTILE_ATTRIBUTE}.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        f"One person was killed on Sunday | officials said {HOSTILE_ATTRIBUTE}.\n",
        encoding="utf-8",
    )
    return folder


# --- Markdown ---------------------------------------------------------------------------------

_CELL_BAR = re.compile(r"(?<!\\)\|")  # a `|` that is not escaped ends a table cell


def test_markdown_has_a_table_per_story_of_conflicts_and_variants() -> None:
    result = run("check", SAMPLES, "--format", "markdown")
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "# Discrepancy report"
    assert any(line.startswith("5 articles in") and "conflicts" in line for line in lines)
    headings = [i for i, line in enumerate(lines) if line.startswith("## story-")]
    assert headings
    for at in headings:
        assert lines[at + 2] == "| Severity | Fact | Sources: value and quote | Why |"
        assert lines[at + 3] == "|---|---|---|---|"
        rows = []
        for line in lines[at + 4 :]:
            if not line.startswith("|"):
                break
            rows.append(line)
        assert rows, "a story heading is followed by its findings"
        for row in rows:
            assert len(_CELL_BAR.findall(row)) == 5, row  # four cells
            assert re.match(r"\| \*\*(HIGH|MEDIUM|LOW|INFO)\*\* (conflict|variant) \| ", row)
    killed = next(line for line in lines if "| People killed |" in line)
    assert "**killing one woman**" in killed  # the claim's own words in bold
    assert "per Ukraine's military" in killed  # the attribution
    assert "at least 2" in killed and "they cannot both be true" in killed


def test_markdown_escapes_pipes_and_markup_from_articles(hostile: Path) -> None:
    result = run("check", str(hostile), "--format", "markdown")
    assert result.exit_code == 1, result.output
    row = next(line for line in result.stdout.splitlines() if "| People killed |" in line)
    assert len(_CELL_BAR.findall(row)) == 5, row  # the articles' `|` did not add cells
    assert r"\|" in row
    assert r"\*all\*" in row
    assert HOSTILE_SCRIPT not in result.stdout
    assert r"\<script\>alert(1)\</script\>" in row
    assert r"**Wire \<script\>alert(1)\</script\> \| Desk** (2025-05-18)" in row  # the outlet
    assert "**b**: 1" in row  # no outlet: the article's id


# --- HTML -------------------------------------------------------------------------------------


class _Page(HTMLParser):
    """The tags, attributes and text of a page, as a browser would parse them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if not self._in_script:
            self.text.append(data)


def _parse(page: str) -> _Page:
    parsed = _Page()
    parsed.feed(page)
    parsed.close()
    return parsed


def _html(tmp_path: Path, *inputs: str) -> str:
    target = tmp_path / "report.html"
    result = run("check", *inputs, "--html", str(target))
    assert result.exit_code == 1, result.output
    return target.read_text(encoding="utf-8")


def test_html_shows_a_hostile_article_as_text(hostile: Path, tmp_path: Path) -> None:
    page = _html(tmp_path, str(hostile))
    parsed = _parse(page)
    assert [tag for tag, _ in parsed.tags].count("script") == 1  # ours, at the end
    assert "img" not in [tag for tag, _ in parsed.tags]
    assert not [
        (tag, name) for tag, attrs in parsed.tags for name in attrs if name.startswith("on")
    ]
    text = "".join(parsed.text)
    assert HOSTILE_SCRIPT in text  # shown, as text
    assert HOSTILE_ATTRIBUTE in text
    assert f"Wire {HOSTILE_SCRIPT} | Desk" in text  # the outlet, escaped too
    assert HOSTILE_SCRIPT not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_html_marks_the_claims_words_in_its_sentence(tmp_path: Path) -> None:
    page = _html(tmp_path, SAMPLES)
    assert "<mark>killing one woman</mark>" in page
    assert "<mark>At least two civilians were killed</mark>" in page
    assert 'class="badge">HIGH</span>' in page  # severity as a word, not colour alone
    assert "sev-high" in page and "--high:" in page


def test_html_is_self_contained(tmp_path: Path) -> None:
    page = _html(tmp_path, SAMPLES)
    parsed = _parse(page)
    assert "link" not in [tag for tag, _ in parsed.tags]
    for tag, attrs in parsed.tags:
        for name in ("src", "href"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("http://", "https://", "//")), (tag, value)
        assert not (tag == "script" and "src" in attrs)
    assert "@import" not in page and "url(" not in page
    assert "@media print" in page


def test_html_filters_by_severity_and_story_and_shows_all_without_script(
    tmp_path: Path,
) -> None:
    parsed = _parse(_html(tmp_path, SAMPLES))
    forms = [attrs for tag, attrs in parsed.tags if tag == "form"]
    assert len(forms) == 1 and forms[0]["id"] == "filters"
    assert "hidden" in forms[0]  # the script shows the filters; without it they are not offered
    severities = {
        attrs["value"]
        for tag, attrs in parsed.tags
        if tag == "input" and attrs.get("name") == "severity"
    }
    assert {"high", "medium"} <= severities
    assert all(
        "checked" in attrs
        for tag, attrs in parsed.tags
        if tag == "input" and attrs.get("name") == "severity"
    )
    assert any(tag == "select" and attrs.get("name") == "story" for tag, attrs in parsed.tags)
    options = {attrs.get("value") for tag, attrs in parsed.tags if tag == "option"}
    assert {"", "story-1"} <= options
    findings = [attrs for tag, attrs in parsed.tags if tag == "article"]
    assert findings
    for attrs in findings:
        assert attrs["data-severity"] in severities and attrs["data-story"] in options
        assert "filtered" not in (attrs.get("class") or "").split()


# --- CSV --------------------------------------------------------------------------------------


def _hostile_row() -> dict[str, str]:
    """A row with what trips CSV writers and readers: separators, quotes, line breaks, formulas,
    blanks, spaces at the ends, "NA" (pandas' default missing value) and a number with zeros."""
    cells = [
        '=HYPERLINK("http://x", "click")', "+1", "-2", "@SUM(A1)", "\tTAB", "\rCR", "",
        "a, b", 'he said "stop"', "line one\nline two", "  padded  ", "NA", "007", "…", "x", "",
        "0", "1.0",
    ]  # fmt: skip
    return {column: neutralise(cell) for column, cell in zip(COLUMNS, cells, strict=True)}


@pytest.mark.parametrize("bom", [False, True], ids=["utf-8", "excel-bom"])
def test_csv_reads_back_with_the_same_rows_and_columns(tmp_path: Path, bom: bool) -> None:
    report, shown = sample_report(ROOT)
    given = [*rows(report, shown), _hostile_row()]
    target = tmp_path / "review.csv"
    write_csv(target, given, bom=bom)
    frame = pd.read_csv(target, dtype=str, keep_default_na=False)
    assert list(frame.columns) == list(COLUMNS)
    assert frame.to_dict("records") == given
    assert target.read_bytes().startswith(b"\xef\xbb\xbf") is bom


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised() -> None:
    row = _hostile_row()
    assert row["finding"] == '\'=HYPERLINK("http://x", "click")'
    assert [row[c] for c in ("story", "slot", "kind", "severity", "article")] == [
        "'+1", "'-2", "'@SUM(A1)", "'\tTAB", "'\rCR",
    ]  # fmt: skip
    assert row["low"] == 'he said "stop"'  # text that is not a formula stays as written


# --- --json FILE and --out-dir ----------------------------------------------------------------


def test_json_file_is_the_json_report(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    printed = run("check", SAMPLES, "--format", "json")
    result = run("check", SAMPLES, "--json", str(target), "--quiet")
    assert result.exit_code == 1, result.output
    assert target.read_text(encoding="utf-8") == printed.stdout
    assert json.loads(printed.stdout)["schema"] == "discrepancy/report@1"
    assert not list(tmp_path.glob(".*.tmp"))


def test_out_dir_takes_bare_file_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "elsewhere").mkdir()
    result = run(
        "check",
        SAMPLES,
        "--out-dir",
        "out/today",
        "--csv",
        "review.csv",
        "--html",
        "page.html",
        "--json",
        "elsewhere/report.json",
        "--quiet",
    )
    assert result.exit_code == 1, result.output
    out = tmp_path / "out" / "today"  # made when missing
    assert sorted(p.name for p in out.iterdir()) == ["page.html", "review.csv"]
    assert (tmp_path / "elsewhere" / "report.json").is_file()  # a path with a folder stays
    assert not (tmp_path / "review.csv").exists()


def test_out_dir_alone_is_a_usage_error(tmp_path: Path) -> None:
    result = run("check", SAMPLES, "--out-dir", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "--out-dir" in result.stderr
    assert not (tmp_path / "out").exists()


def test_without_out_dir_a_bare_name_goes_into_reports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("check", SAMPLES, "--json", "report.json", "--quiet")
    assert result.exit_code == 1, result.output
    assert (tmp_path / "reports" / "report.json").is_file()
    assert not (tmp_path / "report.json").exists()


def test_out_dir_dot_is_the_current_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("check", SAMPLES, "--out-dir", ".", "--json", "report.json", "--quiet")
    assert result.exit_code == 1, result.output
    assert (tmp_path / "report.json").is_file()
    assert not (tmp_path / "reports").exists()


def test_a_path_with_a_folder_makes_no_reports_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("check", SAMPLES, "--json", str(tmp_path / "r.json"), "--quiet")
    assert result.exit_code == 1, result.output
    assert (tmp_path / "r.json").is_file()
    assert not (tmp_path / "reports").exists()


# --- atomic writes ----------------------------------------------------------------------------


def _half_then_fail() -> Iterator[str]:
    yield "<!DOCTYPE html>\n<p>half a page"
    raise OSError(28, "No space left on device")


def test_a_failed_write_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    with pytest.raises(OSError):
        write_atomically(target, _half_then_fail())
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []  # nor a temporary file


def test_a_failed_write_keeps_the_previous_report(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("the previous report", encoding="utf-8")
    with pytest.raises(OSError):
        write_atomically(target, _half_then_fail())
    assert target.read_text(encoding="utf-8") == "the previous report"
    assert list(tmp_path.iterdir()) == [target]


def test_the_cli_reports_a_failed_write_and_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("discrepancy.report.html.to_html", lambda *args: _half_then_fail())
    target = tmp_path / "report.html"
    result = run("check", SAMPLES, "--html", str(target))
    assert result.exit_code == 2
    assert f"{target}: cannot write the web page: No space left on device" in result.stderr
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_csv_that_fails_midway_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("discrepancy.report.files.os.fsync", full_disk)  # after the rows
    target = tmp_path / "review.csv"
    result = run("check", SAMPLES, "--csv", str(target))
    assert result.exit_code == 2
    assert "cannot write the CSV" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_written_file_has_the_usual_permissions(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    before = os.umask(0o022)
    try:
        write_atomically(target, "# report\n")
    finally:
        os.umask(before)
    assert target.read_text(encoding="utf-8") == "# report\n"
    assert target.stat().st_mode & 0o777 == 0o644  # as `open` makes it, not mkstemp's 0600
