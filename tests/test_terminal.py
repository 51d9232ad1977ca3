"""The terminal table at 80 and 200 columns, and the progress bar on standard error."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from discrepancy.cli import app
from discrepancy.compare import describe_claim
from discrepancy.model import Article, FindingKind
from discrepancy.pipeline import check
from discrepancy.reader import read_articles
from discrepancy.report.examples import sample_report
from discrepancy.report.progress import MANY_ARTICLES, MUCH_TEXT, article_progress, worth_a_bar
from discrepancy.rulebook import load_rulebook

ROOT = Path(__file__).parent.parent
SAMPLES = str(ROOT / "samples")
runner = CliRunner()


# --- 80 and 200 columns -----------------------------------------------------------------------


def _column(lines: list[str], header: str, next_header: str | None) -> str:
    """The words of one column of the table, top to bottom, wrapped lines joined again."""
    head = next(line for line in lines if header in line)
    start = head.index(header)
    end = head.index(next_header) if next_header else None
    return " ".join(" ".join(line[start:end].split()) for line in lines if len(line) > start)


@pytest.mark.parametrize(
    ("width", "sources", "after"), [(80, "Sources", None), (200, "Sources", "Why")]
)
def test_the_table_reads_well_at(width: int, sources: str, after: str | None) -> None:
    result = runner.invoke(app, ["check", SAMPLES, "--width", str(width)], env={"NO_COLOR": "1"})
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= width
    table = [line for line in lines if line.startswith("  ")]  # the rows, not title or summary
    facts = _column(table, "Fact", "Sources")
    column = _column(table, sources, after)
    report, shown = sample_report(ROOT)
    claims = {c.id: c for c in report.claims}
    for finding in shown:
        assert finding.label in facts  # a label wraps at word breaks, never a letter per line
        for claim in (claims[i] for i in finding.claims):
            assert f"{claim.article}" in column
            assert describe_claim(claim) in column, (width, describe_claim(claim))
            assert claim.text in column, (width, claim.text)  # the claim's own words, quoted
    assert sum(f.kind == FindingKind.CONFLICT for f in shown) == 2  # the samples' two conflicts


def test_a_wrapped_quote_stays_indented_under_its_source() -> None:
    result = runner.invoke(app, ["check", SAMPLES, "--width", "80"], env={"NO_COLOR": "1"})
    lines = result.stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if "killing one woman" in line)
    first = next(i for i in range(at, 0, -1) if '"…' in lines[i])
    indent = lines[first].index('"')
    source = lines[first - 1]
    assert source[indent - 2] != " " and source[indent - 3] == " "  # the source, two to the left
    for line in lines[first + 1 : at + 1]:
        assert line[indent - 1] == " " and line[indent] != " ", line  # under the opening quote


# --- the progress bar -------------------------------------------------------------------------


def _articles(count: int, text: str = "One person was killed.") -> list[Article]:
    return [Article(id=f"a{i}", path=f"a{i}.txt", text=text) for i in range(count)]


def _terminal() -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, force_terminal=True, force_interactive=True, width=80), out


def test_the_bar_shows_on_a_terminal_when_there_is_work_to_wait_for() -> None:
    console, out = _terminal()
    articles = _articles(MANY_ARTICLES + 1)
    with article_progress(console, articles) as on_article:
        assert on_article is not None
        for _ in articles:
            on_article()
    shown = out.getvalue()
    assert "Reading articles" in shown
    assert f"{len(articles)}/{len(articles)}" in shown


def test_the_pipeline_reports_each_article_read() -> None:
    articles = read_articles([SAMPLES]).articles
    calls: list[None] = []
    report = check(articles, load_rulebook(), on_article=lambda: calls.append(None))
    assert len(calls) == len(articles)
    assert report == check(articles, load_rulebook())  # the callback changes nothing


@pytest.mark.parametrize(
    ("articles", "expected"),
    [
        (_articles(MANY_ARTICLES), False),
        (_articles(MANY_ARTICLES + 1), True),
        (_articles(1, "x" * MUCH_TEXT), False),
        (_articles(1, "x" * (MUCH_TEXT + 1)), True),
    ],
    ids=["20-articles", "21-articles", "2MB", "over-2MB"],
)
def test_a_bar_is_worth_it_for_many_articles_or_much_text(
    articles: list[Article], expected: bool
) -> None:
    assert worth_a_bar(articles) is expected


@pytest.mark.parametrize("case", ["quiet", "not-a-terminal", "little-work"])
def test_no_bar(case: str) -> None:
    console, out = _terminal()
    if case == "not-a-terminal":
        console = Console(file=out, force_terminal=False)
    articles = _articles(3 if case == "little-work" else MANY_ARTICLES + 1)
    with article_progress(console, articles, quiet=case == "quiet") as on_article:
        assert on_article is None
    assert out.getvalue() == ""


def test_the_cli_prints_no_bar_into_a_pipe(tmp_path: Path) -> None:
    for i in range(MANY_ARTICLES + 1):
        shutil.copy(ROOT / "samples" / "001_9a9041ecd70332e1.txt", tmp_path / f"{i:02}.txt")
    # FORCE_COLOR makes Rich treat any output as a terminal; a pipe must still get no bar.
    result = runner.invoke(app, ["check", str(tmp_path), "--quiet"], env={"FORCE_COLOR": "1"})
    assert result.exit_code in (0, 1), result.output
    assert result.stderr == ""
    assert "Reading articles" not in result.stdout
    assert result.stdout.startswith(f"{MANY_ARTICLES + 1} articles in")  # the summary alone
    result = runner.invoke(app, ["check", str(tmp_path)], env={"FORCE_COLOR": "1"})
    assert result.stderr == "" and "Reading articles" not in result.stdout
