"""Why a finding was made: its claims, the events they were tied to, the intervals compared.

Pure: from a report and a finding id to lines of text; the CLI prints them.
"""

from __future__ import annotations

from itertools import combinations

from discrepancy.align import Group
from discrepancy.compare import compare, describe_claim, describe_day, source_of
from discrepancy.model import Article, Claim, Event, Finding, FindingKind, Interval, Report
from discrepancy.positions import line_and_column
from discrepancy.rulebook import Rulebook


def find_finding(report: Report, finding_id: str) -> Finding | None:
    return next((f for f in report.findings if f.id == finding_id), None)


def explain(report: Report, finding: Finding, rulebook: Rulebook) -> list[str]:
    """The finding in full, for an editor who wants to see the reasoning before acting on it."""
    articles = {a.id: a for a in report.articles}
    claims = {c.id: c for c in report.claims}
    mine = [claims[c] for c in finding.claims]
    lines = [
        f"{finding.id}: {finding.label} ({finding.slot}), {finding.kind.value}, "
        f"severity {finding.severity.value}, in {finding.story}",
        f"  why: {finding.message}",
    ]
    if finding.consensus:
        lines.append(f"  consensus: {finding.consensus}")
    for n, claim in enumerate(mine, start=1):
        lines.append("")
        lines.extend(_claim_lines(n, claim, articles.get(claim.article)))
    pairs = _pairs(finding, mine, rulebook)
    if pairs:
        lines += ["", "compared pairwise (each pair on its own):", *pairs]
    return lines


def _claim_lines(n: int, claim: Claim, article: Article | None) -> list[str]:
    where = ""
    if article is not None:
        line, column = line_and_column(article.text, claim.start)
        where = f" ({article.path}:{line}:{column})"
    outlet = f", {article.outlet}" if article is not None and article.outlet else ""
    day = f", published {article.published}" if article is not None and article.published else ""
    lines = [
        f"claim {n}: {claim.article}{outlet}{day}{where}",
        f"  says: {describe_claim(claim)}",
        f'  quote: "{claim.text}" in "{claim.sentence}"',
    ]
    if claim.interval is not None:
        lines.append(f"  interval: {_interval(claim.interval)}{_unit(claim)}")
    if claim.qualifier:
        lines.append(f"  hedge: {claim.qualifier}")
    if claim.distributive:
        lines.append("  per side: yes (a figure for each side)")
    if claim.subject:
        lines.append(f"  whose: {claim.subject.replace('|', ' / ')}")
    lines.append(f"  source: {claim.attribution or 'the article itself'} ({source_of(claim)})")
    lines.append(f"  event: {_event(claim.event)}")
    return lines


def _interval(interval: Interval) -> str:
    low = "-inf" if interval.low is None else f"{interval.low:g}"
    high = "inf" if interval.high is None else f"{interval.high:g}"
    opening = "[" if interval.low_inclusive and interval.low is not None else "("
    closing = "]" if interval.high_inclusive and interval.high is not None else ")"
    return f"{opening}{low}, {high}{closing}"


def _unit(claim: Claim) -> str:
    return f" {claim.unit}" if claim.unit else ""


def _event(event: Event) -> str:
    parts = [event.category or "no event word"]
    if event.trigger:
        parts.append(f"word '{event.trigger}'")
    if event.name:
        parts.append(f"named '{event.name}'")
    if event.anchor is not None:
        parts.append(f"on {describe_day(event.anchor)}")
    if event.places:
        parts.append("at " + ", ".join(event.places))
    if event.is_lead:
        parts.append("the article's lead event")
    if event.distinct:
        parts.append("introduced as another event")
    return "; ".join(parts)


def _pairs(finding: Finding, claims: list[Claim], rulebook: Rulebook) -> list[str]:
    """Each pair of claims from two articles, compared alone: which pairs clash."""
    if finding.kind == FindingKind.SINGLE:
        return []
    lines = []
    for a, b in combinations(claims, 2):
        if a.article == b.article:
            continue
        verdicts = compare(Group(finding.story, finding.slot, (a, b)), rulebook)
        clash = any(v.kind == FindingKind.CONFLICT for v in verdicts)
        verdict = "cannot both be true" if clash else "compatible"
        lines.append(
            f"  {a.article} ({describe_claim(a)}) vs {b.article} ({describe_claim(b)}): {verdict}"
        )
    return lines
