"""The command line: the only place that reads arguments, prints, and decides the exit status."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from discrepancy import __version__
from discrepancy.config import (
    COMMAND_LINE,
    FailOn,
    ReportFormat,
    Setting,
    Settings,
    configure_rulebook,
    fails,
    find_config,
    load_settings,
    override,
    rename_outlets,
    rule_folders,
)
from discrepancy.defaults import MAX_BYTES as DEFAULT_MAX_BYTES
from discrepancy.errors import AcceptedFileError, ConfigError, FileError, RuleFileError
from discrepancy.model import Article, Finding, FindingKind, Report
from discrepancy.rulebook import Rulebook, default_rules_dir, load_rulebook

EXIT_CLEAN, EXIT_CONFLICTS, EXIT_INPUT_ERROR = 0, 1, 2

app = typer.Typer(
    add_completion=True,
    no_args_is_help=True,
    help="Find where news reports of one story disagree on facts.",
    epilog="Example: discrepancy check samples/",
    rich_markup_mode=None,
)
rules_app = typer.Typer(rich_markup_mode=None)
app.add_typer(rules_app, name="rules")


class OutputFormat(StrEnum):
    """What `extract` and `config` print."""

    TABLE = "table"
    JSON = "json"


def _errors() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _progress_console() -> Console:
    """Standard error, a terminal only when it is one: FORCE_COLOR or TTY_COMPATIBLE must not
    put a progress bar into a pipe or a log."""
    return Console(stderr=True, force_terminal=sys.stderr.isatty())


def _fail(message: str) -> typer.Exit:
    _errors().print(f"discrepancy: error: {message}", markup=False)
    return typer.Exit(EXIT_INPUT_ERROR)


def _settings(config: Path | None, **options: Any) -> Settings:
    """The settings in force: the configuration file (--config, else the nearest one from the
    current folder up), then the options given on the command line (those not None)."""
    try:
        path = config if config is not None else _relative(find_config(Path.cwd()))
        settings = load_settings(path) if path is not None else Settings()
    except ConfigError as exc:
        raise _fail(str(exc)) from None
    return override(settings, **options)


def _relative(path: Path | None) -> Path | None:
    """A found file as the user would name it from here ("discrepancy.toml", "../pyproject.toml"),
    so errors and sources read "discrepancy.toml:3"."""
    if path is None:
        return None
    try:
        return Path(os.path.relpath(path))
    except ValueError:  # another drive, on Windows
        return path


def _load_rules(settings: Settings) -> Rulebook:
    """The rulebook in force: its folders read and checked, the desk's settings applied."""
    chosen = rule_folders(settings, default_rules_dir())
    if not chosen:
        raise _fail("no rules: give --rules DIR, or use the default rules")
    try:
        return configure_rulebook(load_rulebook(chosen), settings)
    except (RuleFileError, ConfigError) as exc:
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
        help="Article files or folders (.txt, .md, .html, .htm, .json, .jsonl, .parquet); "
        "'-' reads standard input (text, a web page or JSON records)."
    ),
]
RulesOpt = Annotated[
    list[Path],
    typer.Option(
        "--rules",
        help="A folder of extra rule files (repeatable; replaces the configuration's 'rules').",
    ),
]
DefaultRulesOpt = Annotated[
    bool | None,
    typer.Option(
        "--default-rules/--no-default-rules",
        help="Use the shipped rules too, or only the --rules folders (default: use them).",
        show_default=False,
    ),
]
ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help="Read settings from this file, not from the discrepancy.toml or pyproject.toml "
        "[tool.discrepancy] found from the current folder upwards.",
    ),
]
FailOnOpt = Annotated[
    FailOn | None,
    typer.Option(
        "--fail-on",
        help="Exit 1 only for a conflict this severe or more; never: always 0 (default: low, "
        "any conflict).",
        show_default=False,
    ),
]
JobsOpt = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        help="Worker processes that read the articles (default: the machine's cores). Inputs "
        "under 400 articles are read in one process; the report is the same either way.",
        show_default=False,
    ),
]
MaxBytesOpt = Annotated[
    int,
    typer.Option(
        "--max-bytes",
        min=1,
        help="The largest input read, in bytes (default 50,000,000): a larger file is reported "
        "and left out, and the rest is checked.",
        show_default=False,
    ),
]
AboutToleranceOpt = Annotated[
    float | None,
    typer.Option(
        "--about-tolerance",
        min=0.0,
        max=0.9,
        help="How far 'about', 'roughly', 'some' reach, as a share: 0.1 (the default) reads "
        "'about 1,000' as 900 to 1,100.",
        show_default=False,
    ),
]
OutDirOpt = Annotated[
    Path | None,
    typer.Option(
        "--out-dir",
        help="The folder for --csv, --html and --json files given as bare file names "
        "(default: reports/, made if missing; '.' for the current folder).",
    ),
]


@app.command(epilog="Example: discrepancy check samples/ --fail-on high --format github")
def check(
    paths: PathsArg,
    output: Annotated[
        ReportFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="table for people (the default), json for machines, markdown for a ticket "
            "or a chat, github for annotations in a GitHub Actions run.",
            show_default=False,
        ),
    ] = None,
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
    parquet: Annotated[
        Path | None,
        typer.Option(
            "--parquet",
            help="Also write the findings (the CSV's rows) as Parquet. Needs pyarrow.",
        ),
    ] = None,
    out_dir: OutDirOpt = None,
    excel: Annotated[
        bool, typer.Option("--excel", help="Start the CSV with a BOM for spreadsheet programs.")
    ] = False,
    force: Annotated[
        bool,
        typer.Option(
            "--force", help="Replace a --csv, --html or --json file that is not a report of ours."
        ),
    ] = False,
    published: Annotated[
        list[str],
        typer.Option("--published", help="FILE=YYYY-MM-DD: an article's publication date."),
    ] = [],  # noqa: B006 - typer reads the default, never mutates it
    rules: RulesOpt = [],  # noqa: B006
    default_rules: DefaultRulesOpt = None,
    fail_on: FailOnOpt = None,
    config: ConfigOpt = None,
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
    about_tolerance: AboutToleranceOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    jobs: JobsOpt = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="Run on a Dask cluster: a scheduler's address (tcp://host:8786), or 'local' "
            "for one of this machine's cores. Needs pip install 'discrepancy[dask]'.",
            show_default=False,
        ),
    ] = None,
    draft: Annotated[
        Path | None,
        typer.Option(
            "--draft",
            help="Your own draft: report only what it says that the sources contradict, "
            "with the sources' consensus.",
        ),
    ] = None,
    missing: Annotated[
        bool,
        typer.Option(
            "--missing", help="With --draft: also list facts most sources state and it does not."
        ),
    ] = False,
    show_accepted: Annotated[
        bool,
        typer.Option(
            "--show-accepted", help="Also show findings accepted with `discrepancy accept`."
        ),
    ] = False,
) -> None:
    """Check articles for conflicting facts.

    Settings come from discrepancy.toml or pyproject.toml [tool.discrepancy], found from the
    current folder upwards (see `discrepancy config`); options given here override them.

    Exit status: 0 when no conflict at or above --fail-on (default: low, so any conflict) was
    found; 1 when one was; 2 for an input that could not be read, a broken rule or
    configuration file, or a wrong option (2 wins over 1).
    """
    settings = _settings(
        config,
        rules=tuple(rules) or None,
        default_rules=default_rules,
        fail_on=fail_on,
        about_tolerance=about_tolerance,
        format=output,
        out_dir=out_dir,
    )
    if missing and draft is None:
        raise _fail("--missing needs --draft FILE: it lists what the draft leaves out")
    home = settings.file.parent if settings.file else Path.cwd()
    targets = _targets(
        {"csv": csv, "html": html, "json": json_file, "parquet": parquet}, settings.out_dir, home
    )
    _check_overwrites(targets, force=force)
    rulebook = _load_rules(settings)
    run = _run(
        paths,
        settings,
        rulebook,
        published=published,
        quiet=quiet,
        draft=draft,
        max_bytes=max_bytes,
        jobs=jobs or os.cpu_count() or 1,
        scheduler=scheduler,
    )
    report = run.report
    if draft is not None:
        from discrepancy.draft import draft_view

        report = draft_view(report, run.draft_id, rulebook, missing=missing)
    hidden = 0
    if not show_accepted:
        report, hidden = _without_accepted(report, settings)
    shown = [
        f
        for f in report.findings
        if show_all or f.kind in (FindingKind.CONFLICT, FindingKind.VARIANT, FindingKind.MISSING)
    ]
    _write_files(targets, report, shown, bom=excel)
    output = settings.format.value
    _print_report(report, shown, output, quiet=quiet, no_color=no_color, width=width)
    if hidden and output == ReportFormat.TABLE:
        _errors().print(
            f"{hidden} accepted findings not shown ({settings.accepted.value}; "
            "--show-accepted to see them)",
            markup=False,
            style="dim",
        )
    if run.problems:
        raise typer.Exit(EXIT_INPUT_ERROR)
    failed = fails(report.findings, settings.fail_on.value)
    raise typer.Exit(EXIT_CONFLICTS if failed else EXIT_CLEAN)


@contextmanager
def _long_lived() -> Iterator[None]:
    """The first import of the extractors compiles their patterns: objects that live as long as
    the process. Collecting garbage among them wastes 70 ms of a 0.6 s check, so the collector
    waits, then leaves them out of every later collection (gc.freeze), once a process."""
    if "discrepancy.extract" in sys.modules or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


@dataclass(frozen=True, slots=True)
class _Run:
    report: Report
    problems: tuple[str, ...]
    draft_id: str = ""


def _run(
    paths: Sequence[str],
    settings: Settings,
    rulebook: Rulebook,
    *,
    published: Sequence[str] = (),
    quiet: bool = True,
    draft: Path | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    jobs: int = 1,
    scheduler: str | None = None,
) -> _Run:
    """Read the inputs (the draft first), print what could not be read, check the rest."""
    with _long_lived():
        from discrepancy.pipeline import check as run_check
        from discrepancy.reader import read_articles
        from discrepancy.report.progress import article_progress

    inputs = [str(draft), *paths] if draft is not None else list(paths)
    result = read_articles(
        inputs,
        published=_parse_published(list(published)),
        stdin=sys.stdin,
        max_bytes=max_bytes,
    )
    problems = (*rulebook.warnings, *(str(p) for p in result.problems))
    for problem in problems:
        _errors().print(f"discrepancy: error: {problem}", markup=False)
    if not result.articles:
        raise _fail("no articles could be read; nothing was checked")
    draft_id = ""
    if draft is not None:
        draft_id = next((a.id for a in result.articles if a.path == str(draft)), "")
        if not draft_id:
            raise _fail(f"{draft}: the draft could not be read; nothing was checked")
        if len(result.articles) < 2:
            raise _fail("no sources could be read to check the draft against")
    articles = rename_outlets(result.articles, settings.outlets.value)
    if scheduler is not None:
        return _Run(
            _run_on_dask(articles, rulebook, settings, problems, scheduler), problems, draft_id
        )
    try:
        with article_progress(_progress_console(), articles, quiet=quiet) as on_article:
            report = run_check(
                articles,
                rulebook,
                problems=problems,
                about_tolerance=settings.about_tolerance.value,
                on_article=on_article,
                jobs=jobs,
            )
    except FileError as exc:  # a data file of an installed package is missing or broken
        raise _fail(str(exc)) from None
    return _Run(report, problems, draft_id)


def _run_on_dask(
    articles: Sequence[Article],
    rulebook: Rulebook,
    settings: Settings,
    problems: Sequence[str],
    scheduler: str,
) -> Report:
    from discrepancy.scaleout import MissingExtra, check_on_dask

    try:
        return check_on_dask(
            articles,
            rulebook,
            scheduler=scheduler,
            problems=problems,
            about_tolerance=settings.about_tolerance.value,
        )
    except MissingExtra as missing:
        raise _fail(str(missing)) from None
    except OSError as error:  # no scheduler at that address
        raise _fail(f"--scheduler {scheduler}: {error}") from None


def _without_accepted(report: Report, settings: Settings) -> tuple[Report, int]:
    from discrepancy.accepted import load_accepted, without_accepted

    try:
        accepted = load_accepted(settings.accepted.value)
    except AcceptedFileError as exc:
        raise _fail(str(exc)) from None
    return without_accepted(report, accepted)


def _targets(files: dict[str, Path | None], out_dir: Setting[Path], home: Path) -> dict[str, Path]:
    """The files to write, by format: a bare file name goes into the out folder (reports/
    unless --out-dir or the configuration says otherwise); a name with a folder in it is kept
    as given. An out folder not given on the command line stays inside `home` (the
    configuration file's folder, or the working folder)."""
    chosen = {kind: path for kind, path in files.items() if path is not None}
    if out_dir.source == COMMAND_LINE and not chosen:
        raise _fail("--out-dir: give --csv, --html or --json FILE to write into it")
    folder = out_dir.value
    if not any(_is_bare(path) for path in chosen.values()):
        return chosen
    if out_dir.source != COMMAND_LINE and not _within(folder, home):
        # A configuration must not send reports out of its own folder ("../../etc")
        raise _fail(
            f"out_dir {folder} (from {out_dir.source}) is outside {home}; "
            "give --out-dir to write there"
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _fail(f"--out-dir {folder}: cannot make the folder: {exc.strerror or exc}") from None
    return {kind: folder / path if _is_bare(path) else path for kind, path in chosen.items()}


def _within(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def _check_overwrites(targets: dict[str, Path], *, force: bool) -> None:
    """Refuse, before anything is read, to replace a file that is not a report of ours."""
    if force:
        return
    from discrepancy.report.csv_report import COLUMNS
    from discrepancy.report.files import written_by_us
    from discrepancy.report.parquet_report import written_by_us as parquet_by_us

    for kind, path in targets.items():
        if not path.exists():
            continue
        ours = parquet_by_us(path) if kind == "parquet" else written_by_us(path, ",".join(COLUMNS))
        if not ours:
            raise _fail(
                f"{path}: the file exists and is not a report discrepancy wrote; "
                "give --force to replace it"
            )


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
            elif kind == "parquet":
                from discrepancy.report.csv_report import rows
                from discrepancy.report.parquet_report import NoParquet, write_parquet

                try:
                    write_parquet(path, rows(report, shown))
                except NoParquet as missing:
                    raise _fail(str(missing)) from None
            elif kind == "html":
                from discrepancy.report.html import to_html

                write_atomically(path, to_html(report, shown))
            else:
                from discrepancy.report.json_report import json_pieces

                write_atomically(path, json_pieces(report))
        except OSError as exc:
            what = {
                "csv": "the CSV",
                "html": "the web page",
                "json": "the JSON report",
                "parquet": "the Parquet findings",
            }[kind]
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
        from discrepancy.report.json_report import json_pieces

        sys.stdout.writelines(json_pieces(report))  # a piece at a time: no second copy
        return
    if output == ReportFormat.MARKDOWN:
        from discrepancy.report.markdown import to_markdown

        sys.stdout.write(to_markdown(report, shown))
        return
    if output == ReportFormat.GITHUB:
        from discrepancy.report.github import to_github

        sys.stdout.write(to_github(report, shown))
        return
    from discrepancy.report.table import render, summary_line

    console = Console(no_color=no_color or None, width=width, highlight=False)
    if quiet:
        console.print(summary_line(report))
    else:
        render(console, report, shown)


@app.command(
    "extract", epilog="Example: discrepancy extract --show time samples/001_9a9041ecd70332e1.txt"
)
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
    default_rules: DefaultRulesOpt = None,
    config: ConfigOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
) -> None:
    """List what the parsers and rules read in each article, for debugging rules."""
    import json

    from rich.table import Table

    with _long_lived():
        from discrepancy.extract import compile_rules
        from discrepancy.reader import read_articles
        from discrepancy.report.extraction import SHOWABLE, as_records, readings

    chosen = [s.strip() for s in show.split(",") if s.strip()]
    unknown = [s for s in chosen if s not in SHOWABLE]
    if unknown or not chosen:
        raise _fail(f"--show {show!r}: choose from {', '.join(SHOWABLE)}")
    settings = _settings(config, rules=tuple(rules) or None, default_rules=default_rules)
    rulebook = _load_rules(settings)
    result = read_articles(paths, stdin=sys.stdin, max_bytes=max_bytes)
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


@rules_app.callback(
    invoke_without_command=True, epilog="Example: discrepancy rules --rules my-rules/"
)
def list_rules(
    ctx: typer.Context,
    rules: RulesOpt = [],  # noqa: B006
    default_rules: DefaultRulesOpt = None,
    config: ConfigOpt = None,
) -> None:
    """List the rules in force with id, label and an example; a broken rule file is an error.

    The configuration's rule folders, disable and severity apply. `discrepancy rules check
    DIR` validates one folder of rule files.
    """
    if ctx.invoked_subcommand is not None:
        return
    from rich.table import Table

    settings = _settings(config, rules=tuple(rules) or None, default_rules=default_rules)
    rulebook = _load_rules(settings)
    table = Table(title="Rules", show_lines=True)
    table.add_column("id", no_wrap=True)
    for column in ("label", "kind", "severity", "example"):
        table.add_column(column)
    for rule in rulebook.rules:
        example = rule.examples[0].text if rule.examples else ""
        table.add_row(rule.id, rule.label, rule.kind, rule.severity.value, example)
    Console(highlight=False).print(table)


@rules_app.command("check", epilog="Example: discrepancy rules check my-rules/")
def check_rules(
    folder: Annotated[Path, typer.Argument(help="A folder of rule files (*.toml).")],
    default_rules: Annotated[
        bool,
        typer.Option(
            "--default-rules/--no-default-rules",
            help="Read the folder beside the shipped rules, whose event kinds and word lists "
            "it may use, and whose ids it must not reuse; or on its own.",
        ),
    ] = True,
) -> None:
    """Validate a folder of rule files: exit 0 and say how many rules it holds, or print the
    first error as PATH:LINE: message and exit 2."""
    shipped = [default_rules_dir()] if default_rules else []
    if shipped and folder.resolve() == shipped[0].resolve():
        shipped = []  # the shipped rules themselves: read once
    try:
        rulebook = load_rulebook([*shipped, folder])
    except RuleFileError as exc:
        raise _fail(str(exc)) from None
    files = sorted(folder.glob("*.toml"))
    own = {str(f) for f in files}
    count = sum(1 for rule in rulebook.rules if rule.source in own)
    if rulebook.warnings:
        for warning in rulebook.warnings:
            _errors().print(f"discrepancy: error: {warning}", markup=False)
        raise typer.Exit(EXIT_INPUT_ERROR)
    typer.echo(f"{count} rules in {len(files)} files: ok")


@app.command("config", epilog="Example: discrepancy config --format json")
def config_command(
    output: Annotated[
        OutputFormat,
        typer.Option("--format", "-f", help="table for people, json for machines."),
    ] = OutputFormat.TABLE,
    config: ConfigOpt = None,
    rules: RulesOpt = [],  # noqa: B006
    default_rules: DefaultRulesOpt = None,
    fail_on: FailOnOpt = None,
    about_tolerance: AboutToleranceOpt = None,
    out_dir: OutDirOpt = None,
) -> None:
    """Print every setting in force, its value, and where it came from: default, PATH:LINE of
    the configuration file, or command line (the options here are check's, to try them).

    The file is discrepancy.toml or pyproject.toml [tool.discrepancy], the nearest from the
    current folder upwards. A broken file, or a rule id it names that no rule has, is an error
    (exit 2), as in check.
    """
    import json

    from rich.table import Table

    from discrepancy.config import plain, rows

    settings = _settings(
        config,
        rules=tuple(rules) or None,
        default_rules=default_rules,
        fail_on=fail_on,
        about_tolerance=about_tolerance,
        out_dir=out_dir,
    )
    _load_rules(settings)  # the rule ids it names must exist
    file = str(settings.file) if settings.file else None
    if output == OutputFormat.JSON:
        values = plain(settings)
        document = {
            "file": file,
            "settings": {
                name: {"value": values[name], "source": source}
                for name, _, source in rows(settings)
            },
        }
        sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
        return
    title = f"Settings from {file}" if file else "Settings (no configuration file found)"
    table = Table("setting", "value", "from", title=title, title_justify="left")
    for row in rows(settings):
        table.add_row(*row)
    Console(highlight=False).print(table)


@app.command(
    "accept",
    epilog="Example: discrepancy accept F1a2b3c4d samples/ --decision 'AP had the older toll'",
)
def accept_command(
    ids_and_paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Finding ids (F followed by 8 hex digits) and, to record what they said, the "
            "articles they were found in.",
            show_default=False,
        ),
    ] = None,
    review_csv: Annotated[
        Path | None,
        typer.Option(
            "--csv",
            help="A review CSV (from check --csv) whose filled-in decision column says "
            "which findings to accept.",
        ),
    ] = None,
    decision: Annotated[
        str, typer.Option("--decision", help="What was decided (default: accepted).")
    ] = "accepted",
    comment: Annotated[str, typer.Option("--comment", help="A note for the next reader.")] = "",
    config: ConfigOpt = None,
) -> None:
    """Mark findings as reviewed: `check` does not report them again until a value in them
    changes. They are kept in .discrepancy-accepted.toml (or the configuration's 'accepted'),
    a plain file to commit and review in a diff."""
    from discrepancy.accepted import (
        acceptance_of,
        from_review_rows,
        is_finding_id,
        load_accepted,
        merged,
        save_accepted,
    )
    from discrepancy.explain import find_finding

    given = ids_and_paths or []
    ids = [item for item in given if is_finding_id(item)]
    paths = [item for item in given if not is_finding_id(item)]
    if not ids and review_csv is None:
        raise _fail("give finding ids (as shown by check) or --csv FILE")
    settings = _settings(config)
    today = date.today().isoformat()
    new = list(from_review_rows(_review_rows(review_csv), day=today)) if review_csv else []
    if ids and paths:
        report = _run(paths, settings, _load_rules(settings)).report
        for finding_id in ids:
            found = find_finding(report, finding_id)
            if found is None:
                raise _fail(f"{finding_id}: no such finding in {', '.join(paths)}")
            new.append(acceptance_of(found, report, decision=decision, comment=comment, day=today))
    else:
        from discrepancy.accepted import Acceptance

        new += [Acceptance(i, decision=decision, comment=comment, date=today) for i in ids]
    path = settings.accepted.value
    try:
        save_accepted(path, merged(load_accepted(path), new))
    except AcceptedFileError as exc:
        raise _fail(str(exc)) from None
    except OSError as exc:
        raise _fail(f"{path}: cannot write: {exc.strerror or exc}") from None
    typer.echo(f"accepted {len(new)} finding{'s' if len(new) != 1 else ''} in {path}")


def _review_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a review CSV, every cell as text; an unreadable file is an error."""
    import pandas as pd

    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise _fail(f"{path}: cannot read the review CSV: {exc}") from None
    needed = {"finding", "decision"} - set(frame.columns)
    if needed:
        raise _fail(f"{path}: not a review CSV: no {', '.join(sorted(needed))} column")
    return [{str(k): str(v) for k, v in row.items()} for row in frame.to_dict("records")]


@app.command("explain", epilog="Example: discrepancy explain F1a2b3c4d samples/")
def explain_command(
    finding_id: Annotated[str, typer.Argument(help="The finding's id, as check shows it.")],
    paths: PathsArg,
    published: Annotated[
        list[str],
        typer.Option("--published", help="FILE=YYYY-MM-DD: an article's publication date."),
    ] = [],  # noqa: B006
    config: ConfigOpt = None,
) -> None:
    """Show why a finding was made: its claims with their quotes and places in the files, the
    events they were tied to, the intervals compared, and which pairs clash."""
    from discrepancy.explain import explain, find_finding

    settings = _settings(config)
    rulebook = _load_rules(settings)
    run = _run(paths, settings, rulebook, published=published)
    found = find_finding(run.report, finding_id)
    if found is None:
        raise _fail(f"{finding_id}: no such finding in {', '.join(paths)}")
    for line in explain(run.report, found, rulebook):
        typer.echo(line)
    raise typer.Exit(EXIT_INPUT_ERROR if run.problems else EXIT_CLEAN)


@app.command(epilog="Example: discrepancy schema > report-1.schema.json")
def schema() -> None:
    """Print the JSON Schema of the report (discrepancy/report@1)."""
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
