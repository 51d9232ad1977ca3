"""The terminal table: what an editor reads before publishing, most severe first."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from discrepancy.compare import describe_claim
from discrepancy.model import Article, Claim, Finding, FindingKind, Report, Severity
from discrepancy.report.json_report import summary
from discrepancy.report.sources import published, quote, shown_stories, source_name

_SEVERITY_STYLE = {
    Severity.HIGH: "bold red",
    Severity.MEDIUM: "yellow",
    Severity.LOW: "cyan",
    Severity.INFO: "dim",
}
_QUOTE_CONTEXT = 90
_FACT_MAX = 20
# From this many columns the reason gets a column of its own; narrower, it goes under the quotes.
WIDE = 110


def render(console: Console, report: Report, findings: Sequence[Finding]) -> None:
    """Print one table per story that has something to show, then the summary line."""
    claims = {c.id: c for c in report.claims}
    articles = {a.id: a for a in report.articles}
    wide = console.width >= WIDE
    for story, shown in shown_stories(report, findings):
        table = _table(f"{story.id}: {story.title}", console.width, wide=wide)
        for finding in shown:
            sources = _sources([claims[i] for i in finding.claims], articles)
            why = _why(finding)
            cells = (
                [sources, why] if wide else [Group(sources, Text.assemble(("why: ", "bold"), why))]
            )
            table.add_row(_severity(finding), Text(finding.label), *cells)
        console.print(table)
    console.print(summary_line(report))


def _table(title: str, width: int, *, wide: bool) -> Table:
    """The columns: severity and fact as narrow as their words allow, the rest for the quotes.

    The fact column takes its words' width up to a sixth of the screen (at most `_FACT_MAX`), so
    at 80 columns the quotes keep room and at 200 the labels are not set in a sea of blanks.
    """
    table = Table(
        title=title, title_justify="left", box=box.SIMPLE_HEAVY, show_lines=True, expand=True
    )
    table.add_column("Severity", no_wrap=True, min_width=8)
    table.add_column("Fact", min_width=9, max_width=max(9, min(_FACT_MAX, width // 6)))
    table.add_column("Sources: value and quote" + ("" if wide else ", and why"), ratio=3)
    if wide:
        table.add_column("Why", ratio=2)
    return table


def _why(finding: Finding) -> Text:
    consensus = f"\nconsensus: {finding.consensus}" if finding.consensus else ""
    return Text(finding.message + consensus)


def _severity(finding: Finding) -> Text:
    style = _SEVERITY_STYLE[finding.severity]
    return Text(f"{finding.severity.value.upper()}\n{finding.kind.value}", style=style)


def _sources(claims: Sequence[Claim], articles: Mapping[str, Article]) -> Group:
    parts: list[RenderableType] = []
    for claim in claims:
        # Styles on appended spans, not on the Text: a Text's own style covers all it holds.
        head = Text.assemble((source_name(claim.article, articles), "bold"))
        day = published(claim.article, articles)
        if day:
            head.append(f" ({day})", style="dim")
        head.append(f": {describe_claim(claim)}")
        if claim.attribution:  # who vouches for it: an editor weighs "police said" differently
            head.append(f", per {claim.attribution}", style="dim")
        parts.append(head)
        # Indented as a block, so a quote that wraps stays visibly under its source.
        parts.append(Padding(_quote(claim, articles.get(claim.article)), (0, 0, 0, 2)))
    return Group(*parts)


def _quote(claim: Claim, article: Article | None) -> Text:
    """The sentence around the claim, in quotes, with the claim's own words highlighted."""
    q = quote(claim, article, _QUOTE_CONTEXT)
    text = Text('"' + ("…" if q.cut_before else "") + q.before, style="italic")
    text.append(q.own, style="bold reverse")
    text.append(q.after + ("…" if q.cut_after else "") + '"')
    return text


def summary_line(report: Report) -> Text:
    counts = summary(report)
    kinds = counts["findings"]
    by_severity = counts["conflicts_by_severity"]
    severities = ", ".join(f"{n} {s}" for s, n in by_severity.items())
    line = Text(
        f"{counts['articles']} articles in {counts['stories']} stories, {counts['claims']} claims: "
    )
    line.append(
        f"{kinds[FindingKind.CONFLICT.value]} conflicts",
        style="bold red" if kinds[FindingKind.CONFLICT.value] else "green",
    )
    if severities:
        line.append(f" ({severities})")
    line.append(
        f", {kinds[FindingKind.VARIANT.value]} variants, {kinds[FindingKind.AGREEMENT.value]} "
        f"agreements, {kinds[FindingKind.SINGLE.value]} single-source facts"
    )
    if kinds[FindingKind.MISSING.value]:
        n = kinds[FindingKind.MISSING.value]
        line.append(f", {n} fact{'' if n == 1 else 's'} missing from the draft")
    return line
