"""The command line: the only place that reads arguments, prints, and decides the exit status."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from discrepancy import __version__
from discrepancy.defaults import ABOUT_TOLERANCE
from discrepancy.errors import RuleFileError
from discrepancy.model import Finding, FindingKind, Report
from discrepancy.rulebook import Rulebook, default_rules_dir, load_rulebook

EXIT_CLEAN, EXIT_CONFLICTS, EXIT_INPUT_ERROR = 0, 1, 2

app = typer.Typer(
    add_completion=True,
    no_args_is_help=True,
    help="Find where news reports of one story disagree on facts.",
    rich_markup_mode=None,
)


class OutputFormat(StrEnum):
    TABLE = "table"
    JSON = "json"


class ReportFormat(StrEnum):
    """What `check` prints: `extract` has no Markdown."""

    TABLE = "table"
    JSON = "json"
    MARKDOWN = "markdown"


def _errors() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _progress_console() -> Console:
    """Standard error, a terminal only when it is one: FORCE_COLOR or TTY_COMPATIBLE must not
    put a progress bar into a pipe or a log."""
    return Console(stderr=True, force_terminal=sys.stderr.isatty())


def _fail(message: str) -> typer.Exit:
    _errors().print(f"discrepancy: error: {message}", markup=False)
    return typer.Exit(EXIT_INPUT_ERROR)


def _load_rules(folders: list[Path], *, defaults: bool) -> Rulebook:
    chosen = ([default_rules_dir()] if defaults else []) + folders
    if not chosen:
        raise _fail("no rules: give --rules DIR or drop --no-default-rules")
    try:
        return load_rulebook(chosen)
    except RuleFileError as exc:
        raise _fail(str(exc)) from None


def _parse_published(values: list[str]) -> dict[str, date]:
    dates = {}
    for value in values:
        name, sep, day = value.rpartition("=")
        try:
            if not sep or not name:
                raise ValueError
            dates[name] = date.fromisoformat(day)
        except ValueError:
            raise _fail(f"--published {value!r}: expected FILE=YYYY-MM-DD") from None
    return dates


PathsArg = Annotated[
    list[str],
    typer.Argument(
        help="Article files or folders (.txt, .md, .html, .htm, .json, .jsonl); "
        "'-' reads standard input (text, a web page or JSON records)."
    ),
]
RulesOpt = Annotated[
    list[Path], typer.Option("--rules", help="A folder of extra rule files (repeatable).")
]
NoDefaultsOpt = Annotated[
    bool, typer.Option("--no-default-rules", help="Use only the --rules folders.")
]


@app.command()
def check(
    paths: PathsArg,
    output: Annotated[
        ReportFormat,
        typer.Option(
            "--format",
            "-f",
            help="table for people, json for machines, markdown for a ticket or a chat.",
        ),
    ] = ReportFormat.TABLE,
    csv: Annotated[
        Path | None, typer.Option("--csv", help="Also write the review CSV to this file.")
    ] = None,
    html: Annotated[
        Path | None,
        typer.Option("--html", help="Also write the report as one self-contained web page."),
    ] = None,
    json_file: Annotated[
        Path | None,
        typer.Option("--json", help="Also write the JSON report (as --format json) to this file."),
    ] = None,
    out_dir: Annotated[
        Path | None,
        typer.Option(
            "--out-dir",
            help="The folder for --csv, --html and --json files given as bare file names "
            "(default: reports/, made if missing; '.' for the current folder).",
        ),
    ] = None,
    excel: Annotated[
        bool, typer.Option("--excel", help="Start the CSV with a BOM for spreadsheet programs.")
    ] = False,
    published: Annotated[
        list[str],
        typer.Option("--published", help="FILE=YYYY-MM-DD: an article's publication date."),
    ] = [],  # noqa: B006 - typer reads the default, never mutates it
    rules: RulesOpt = [],  # noqa: B006
    no_default_rules: NoDefaultsOpt = False,
    show_all: Annotated[
        bool, typer.Option("--all", help="Also show agreements and single-source facts.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print only the summary; no progress bar.")
    ] = False,
    no_color: Annotated[
        bool, typer.Option("--no-color", help="No colour (NO_COLOR works too).")
    ] = False,
    width: Annotated[
        int | None, typer.Option("--width", help="Table width in columns (default: terminal).")
    ] = None,
    about_tolerance: Annotated[
        float,
        typer.Option(
            "--about-tolerance",
            min=0.0,
            max=0.9,
            help="How far 'about', 'roughly', 'some' reach, as a share: 0.1 reads 'about "
            "1,000' as 900 to 1,100.",
        ),
    ] = ABOUT_TOLERANCE,
) -> None:
    """Check articles for conflicting facts.

    Example: discrepancy check samples/ --csv samples.csv --html samples.html  (into reports/)

    Exit status: 0 no conflict, 1 conflicts found, 2 bad input or usage.
    """
    from discrepancy.pipeline import check as run_check
    from discrepancy.reader import read_articles
    from discrepancy.report.progress import article_progress

    targets = _targets({"csv": csv, "html": html, "json": json_file}, out_dir)
    rulebook = _load_rules(rules, defaults=not no_default_rules)
    result = read_articles(paths, published=_parse_published(published), stdin=sys.stdin)
    errors = _errors()
    for problem in result.problems:
        errors.print(f"discrepancy: error: {problem}", markup=False)
    if not result.articles:
        raise _fail("no articles could be read; nothing was checked")
    with article_progress(_progress_console(), result.articles, quiet=quiet) as on_article:
        report = run_check(
            result.articles,
            rulebook,
            problems=[str(p) for p in result.problems],
            about_tolerance=about_tolerance,
            on_article=on_article,
        )
    shown = [
        f
        for f in report.findings
        if show_all or f.kind in (FindingKind.CONFLICT, FindingKind.VARIANT)
    ]
    _write_files(targets, report, shown, bom=excel)
    _print_report(report, shown, output, quiet=quiet, no_color=no_color, width=width)
    if result.problems:
        raise typer.Exit(EXIT_INPUT_ERROR)
    has_conflict = any(f.kind == FindingKind.CONFLICT for f in report.findings)
    raise typer.Exit(EXIT_CONFLICTS if has_conflict else EXIT_CLEAN)


# Where a report file given as a bare name goes when --out-dir is not given.
DEFAULT_OUT_DIR = Path("reports")


def _targets(files: dict[str, Path | None], out_dir: Path | None) -> dict[str, Path]:
    """The files to write, by format: a bare file name goes into the out folder (reports/
    unless --out-dir says otherwise); a name with a folder in it is kept as given."""
    chosen = {kind: path for kind, path in files.items() if path is not None}
    if out_dir is not None and not chosen:
        raise _fail("--out-dir: give --csv, --html or --json FILE to write into it")
    folder = DEFAULT_OUT_DIR if out_dir is None else out_dir
    if not any(_is_bare(path) for path in chosen.values()):
        return chosen
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _fail(f"--out-dir {folder}: cannot make the folder: {exc.strerror or exc}") from None
    return {kind: folder / path if _is_bare(path) else path for kind, path in chosen.items()}


def _is_bare(path: Path) -> bool:
    """'review.csv', not 'out/review.csv' or '/tmp/review.csv': the user chose no folder."""
    return len(path.parts) == 1 and path.name not in ("", ".", "..")


def _write_files(
    targets: dict[str, Path], report: Report, shown: Sequence[Finding], *, bom: bool
) -> None:
    """Write each file asked for, atomically: a failed write leaves no half-written file."""
    from discrepancy.report.files import write_atomically

    for kind, path in targets.items():
        try:
            if kind == "csv":
                from discrepancy.report.csv_report import rows, write_csv

                write_csv(path, rows(report, shown), bom=bom)
            elif kind == "html":
                from discrepancy.report.html import to_html

                write_atomically(path, to_html(report, shown))
            else:
                from discrepancy.report.json_report import to_json

                write_atomically(path, to_json(report))
        except OSError as exc:
            what = {"csv": "the CSV", "html": "the web page", "json": "the JSON report"}[kind]
            raise _fail(f"{path}: cannot write {what}: {exc.strerror or exc}") from None


def _print_report(
    report: Report,
    shown: Sequence[Finding],
    output: ReportFormat,
    *,
    quiet: bool,
    no_color: bool,
    width: int | None,
) -> None:
    if output == ReportFormat.JSON:
        from discrepancy.report.json_report import to_json

        sys.stdout.write(to_json(report))
        return
    if output == ReportFormat.MARKDOWN:
        from discrepancy.report.markdown import to_markdown

        sys.stdout.write(to_markdown(report, shown))
        return
    from discrepancy.report.table import render, summary_line

    console = Console(no_color=no_color or None, width=width, highlight=False)
    if quiet:
        console.print(summary_line(report))
    else:
        render(console, report, shown)


@app.command("extract")
def extract_command(
    paths: PathsArg,
    show: Annotated[
        str,
        typer.Option("--show", help="What to list: quantities, time, claims (comma-separated)."),
    ] = "quantities,time,claims",
    output: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="table for people, json for machines.")
    ] = OutputFormat.TABLE,
    rules: RulesOpt = [],  # noqa: B006
    no_default_rules: NoDefaultsOpt = False,
) -> None:
    """List what the parsers and rules read in each article, for debugging rules.

    Example: discrepancy extract --show quantities,time samples/001_9a9041ecd70332e1.txt
    """
    import json

    from rich.table import Table

    from discrepancy.extract import compile_rules
    from discrepancy.reader import read_articles
    from discrepancy.report.extraction import SHOWABLE, as_records, readings

    chosen = [s.strip() for s in show.split(",") if s.strip()]
    unknown = [s for s in chosen if s not in SHOWABLE]
    if unknown or not chosen:
        raise _fail(f"--show {show!r}: choose from {', '.join(SHOWABLE)}")
    rulebook = _load_rules(rules, defaults=not no_default_rules)
    result = read_articles(paths, stdin=sys.stdin)
    for problem in result.problems:
        _errors().print(f"discrepancy: error: {problem}", markup=False)
    found = readings(result.articles, compile_rules(rulebook), chosen)
    if output == OutputFormat.JSON:
        sys.stdout.write(json.dumps(as_records(found), indent=2, ensure_ascii=False) + "\n")
    else:
        console = Console(highlight=False)
        for article in result.articles:
            table = Table("at", "what", "text", "value", "detail", title=article.id)
            for r in (r for r in found if r.article == article.id):
                table.add_row(str(r.start), r.what, r.text, r.value, r.detail)
            console.print(table)
    raise typer.Exit(EXIT_INPUT_ERROR if result.problems or not result.articles else EXIT_CLEAN)


@app.command("rules")
def list_rules(
    rules: RulesOpt = [],  # noqa: B006
    no_default_rules: NoDefaultsOpt = False,
) -> None:
    """List the rules in force with id, label and an example; a broken rule file is an error.

    Example: discrepancy rules --rules my-rules/
    """
    from rich.table import Table

    rulebook = _load_rules(rules, defaults=not no_default_rules)
    table = Table(title="Rules", show_lines=True)
    table.add_column("id", no_wrap=True)
    for column in ("label", "kind", "severity", "example"):
        table.add_column(column)
    for rule in rulebook.rules:
        example = rule.examples[0].text if rule.examples else ""
        table.add_row(rule.id, rule.label, rule.kind, rule.severity.value, example)
    Console(highlight=False).print(table)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the report (discrepancy/report@1).

    Example: discrepancy schema > report-1.schema.json
    """
    sys.stdout.write(schema_path().read_text(encoding="utf-8"))


def schema_path() -> Path:
    return Path(__file__).parent / "schema" / "report-1.json"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"discrepancy {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Find where news reports of one story disagree on facts."""


def main() -> None:
    app()
