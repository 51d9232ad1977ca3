"""The terminal table: what an editor reads before publishing, most severe first."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from discrepancy.compare import describe_claim
from discrepancy.model import Claim, Finding, FindingKind, Report, Severity
from discrepancy.report.json_report import summary

_SEVERITY_STYLE = {
    Severity.HIGH: "bold red",
    Severity.MEDIUM: "yellow",
    Severity.LOW: "cyan",
    Severity.INFO: "dim",
}
_QUOTE_CONTEXT = 90
# From this many columns the reason gets a column of its own; narrower, it goes under the quotes.
WIDE = 110


def render(console: Console, report: Report, findings: Sequence[Finding]) -> None:
    """Print one table per story that has something to show, then the summary line."""
    claims = {c.id: c for c in report.claims}
    published = {a.id: a.published for a in report.articles}
    for story in report.stories:
        shown = [f for f in findings if f.story == story.id]
        if not shown:
            continue
        table = Table(
            title=f"{story.id}: {story.title}",
            title_justify="left",
            box=box.SIMPLE_HEAVY,
            show_lines=True,
            expand=True,
        )
        wide = console.width >= WIDE
        table.add_column("Severity", no_wrap=True, min_width=8)
        table.add_column("Fact", min_width=9, ratio=2)
        table.add_column("Sources: value and quote" + ("" if wide else ", and why"), ratio=6)
        if wide:
            table.add_column("Why", ratio=4)
        for finding in shown:
            sources = _sources([claims[i] for i in finding.claims], published)
            why = _why(finding)
            cells = [sources, why] if wide else [Group(sources, Text("why: ", style="bold") + why)]
            table.add_row(_severity(finding), Text(finding.label), *cells)
        console.print(table)
    console.print(summary_line(report))


def _why(finding: Finding) -> Text:
    consensus = f"\nconsensus: {finding.consensus}" if finding.consensus else ""
    return Text(finding.message + consensus)


def _severity(finding: Finding) -> Text:
    style = _SEVERITY_STYLE[finding.severity]
    return Text(f"{finding.severity.value.upper()}\n{finding.kind.value}", style=style)


def _sources(claims: Sequence[Claim], published: Mapping[str, object]) -> Group:
    parts = []
    for claim in claims:
        day = published.get(claim.article)
        head = Text(f"{claim.article}", style="bold")
        if day:
            head.append(f" ({day})", style="dim")
        head.append(f": {describe_claim(claim)}")
        if claim.attribution:  # who vouches for it: an editor weighs "police said" differently
            head.append(f", per {claim.attribution}", style="dim")
        parts.append(head)
        parts.append(_quote(claim))
    return Group(*parts)


def _quote(claim: Claim) -> Text:
    """The sentence around the claim with the claim's own words highlighted."""
    sentence = claim.sentence
    at = sentence.find(claim.text)
    if at < 0:
        return Text(f'  "{claim.text}"', style="italic")
    lo = max(0, at - _QUOTE_CONTEXT)
    hi = min(len(sentence), at + len(claim.text) + _QUOTE_CONTEXT)
    if lo:  # start and end on whole words
        lo = min(at, sentence.find(" ", lo) + 1 or lo)
    if hi < len(sentence):
        hi = max(at + len(claim.text), sentence.rfind(" ", 0, hi))
    quote = Text('  "' + ("…" if lo else ""), style="italic")
    quote.append(sentence[lo:at])
    quote.append(claim.text, style="bold reverse")
    quote.append(sentence[at + len(claim.text) : hi] + ("…" if hi < len(sentence) else "") + '"')
    return quote


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
    return line
