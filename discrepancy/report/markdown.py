"""The Markdown report: for pasting into a ticket or a chat, a GitHub-flavoured table per story."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from discrepancy.compare import describe_claim
from discrepancy.model import Article, Claim, Finding, FindingKind, Report
from discrepancy.report.sources import published, quote, shown_stories, source_name
from discrepancy.report.table import summary_line

_QUOTE_CONTEXT = 60
# What Markdown (CommonMark, GitHub's tables, strikethrough and math) may read as markup inside
# a line: a backslash before ASCII punctuation is always a literal. Only these are escaped, so
# the text stays readable where a chat shows the Markdown as it is; `&` only where it would
# start an entity ("&amp;"), `_` only where it can start or end emphasis (not inside a word,
# "000_2c9a"), `(` only after `]`, which is escaped.
_SIGNIFICANT = re.compile(r"([\\`*\[\]<>#|~$]|&(?=#?\w+;)|(?<![^\W_])_|_(?![^\W_]))")
_SPACES = re.compile(r"\s+")


def escape(text: str) -> str:
    """Article text as literal Markdown on one line: markup characters escaped, `|` included
    (it would end a table cell), line breaks folded into spaces."""
    return _SIGNIFICANT.sub(r"\\\1", _SPACES.sub(" ", text)).strip()


def to_markdown(report: Report, findings: Sequence[Finding] | None = None) -> str:
    """The report as Markdown: a summary line, then per story a table of `findings` (by default
    the conflicts and variants), then any input that could not be read."""
    if findings is None:
        findings = [
            f for f in report.findings if f.kind in (FindingKind.CONFLICT, FindingKind.VARIANT)
        ]
    articles = {a.id: a for a in report.articles}
    claims = {c.id: c for c in report.claims}
    lines = ["# Discrepancy report", "", summary_line(report).plain, ""]
    grouped = shown_stories(report, findings)
    if not grouped:
        lines += ["No conflicts or variants to show.", ""]
    for story, mine in grouped:
        title = f"{story.id}: {story.title}" if story.title else story.id
        lines += [f"## {escape(title)}", ""]
        lines += ["| Severity | Fact | Sources: value and quote | Why |", "|---|---|---|---|"]
        for finding in mine:
            sources = "<br>".join(_source(claims[i], articles) for i in finding.claims)
            lines.append(
                f"| **{finding.severity.value.upper()}** {finding.kind.value} "
                f"| {escape(finding.label)} | {sources} | {_why(finding)} |"
            )
        lines.append("")
    if report.problems:
        lines += ["## Inputs that could not be read", ""]
        lines += [f"- {escape(problem)}" for problem in report.problems]
        lines.append("")
    return "\n".join(lines)


def _source(claim: Claim, articles: Mapping[str, Article]) -> str:
    """`**outlet** (date): value, per attribution` then the quote with the claim's words bold."""
    head = f"**{escape(source_name(claim.article, articles))}**"
    day = published(claim.article, articles)
    if day:
        head += f" ({day})"
    head += f": {escape(describe_claim(claim))}"
    if claim.attribution:
        head += f", per {escape(claim.attribution)}"
    q = quote(claim, articles.get(claim.article), _QUOTE_CONTEXT)
    before = ("…" if q.cut_before else "") + escape(q.before)
    after = escape(q.after) + ("…" if q.cut_after else "")
    own = escape(q.own)
    # Emphasis must hug its words: spaces stay outside the asterisks.
    spaced_before = " " if before and q.before[-1:].isspace() else ""
    spaced_after = " " if after and q.after[:1].isspace() else ""
    return f"{head}<br>“{before}{spaced_before}**{own}**{spaced_after}{after}”"


def _why(finding: Finding) -> str:
    why = escape(finding.message)
    if finding.consensus:
        why += f"<br>consensus: {escape(finding.consensus)}"
    return why
