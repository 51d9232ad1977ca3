"""GitHub Actions annotations: one workflow command per claim of each conflict and variant.

A line such as

    ::error file=a.txt,line=3,col=13,endLine=3,endColumn=35,title=People killed::...

makes GitHub mark the claim's words in the pull request's diff and list it in the run's
summary. A high conflict is an `error`, a medium one a `warning`, a low or info one and every
variant a `notice`. Lines and columns are 1-based; the end is the position just after the
claim's last character. Agreements and single-source facts are never annotated: nothing there
needs an editor.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

from discrepancy.compare import describe_claim
from discrepancy.model import Article, Claim, Finding, FindingKind, Report, Severity
from discrepancy.reader import STDIN_PATH
from discrepancy.report.sources import Span, claim_spans, source_name

LEVELS = {
    Severity.HIGH: "error",
    Severity.MEDIUM: "warning",
    Severity.LOW: "notice",
    Severity.INFO: "notice",
}
_DATA = {"%": "%25", "\r": "%0D", "\n": "%0A"}
_PROPERTY = {**_DATA, ":": "%3A", ",": "%2C"}


def escape_data(text: str) -> str:
    """A message as GitHub's workflow commands read it: `%`, CR and LF escaped."""
    return "".join(_DATA.get(ch, ch) for ch in text)


def escape_property(text: str) -> str:
    """A property value (file, title): also `:` and `,`, which would end the value."""
    return "".join(_PROPERTY.get(ch, ch) for ch in text)


def annotation(level: str, message: str, properties: Sequence[tuple[str, str | int]]) -> str:
    """One workflow command line: `::LEVEL name=value,...::message`, everything escaped."""
    props = ",".join(f"{name}={escape_property(str(value))}" for name, value in properties)
    return f"::{level}{' ' if props else ''}{props}::{escape_data(message)}"


def to_github(report: Report, findings: Sequence[Finding] | None = None) -> str:
    """An annotation per claim of each conflict and variant among `findings` (by default all
    the report's), most severe first, as the report orders them."""
    chosen = report.findings if findings is None else findings
    articles = {a.id: a for a in report.articles}
    claims = {c.id: c for c in report.claims}
    spans = claim_spans(report)
    lines = []
    for finding in chosen:
        if finding.kind not in (FindingKind.CONFLICT, FindingKind.VARIANT):
            continue
        level = LEVELS[finding.severity] if finding.kind == FindingKind.CONFLICT else "notice"
        for claim_id in finding.claims:
            claim = claims[claim_id]
            where = _where(articles.get(claim.article), spans.get(claim_id))
            title = [("title", f"{finding.label} ({finding.slot})")]
            lines.append(annotation(level, _message(finding, claim, articles), [*where, *title]))
    return "".join(line + "\n" for line in lines)


def _where(article: Article | None, span: Span | None) -> list[tuple[str, str | int]]:
    """The file and the claim's place in it; nothing for standard input, which has no file."""
    if article is None or article.path == STDIN_PATH:
        return []
    where: list[tuple[str, str | int]] = [("file", _repository_path(article.path))]
    if span is not None:
        where += [
            ("line", span.line),
            ("col", span.column),
            ("endLine", span.end_line),
            ("endColumn", span.end_column),
        ]
    return where


def _repository_path(path: str) -> str:
    """The path as given, tidied ("./samples/a.txt" is "samples/a.txt"), with forward slashes:
    GitHub matches it against the repository's files."""
    return os.path.normpath(path).replace(os.sep, "/")


def _message(finding: Finding, claim: Claim, articles: Mapping[str, Article]) -> str:
    """What this source says here, then why the finding was made, then its id."""
    said = f"{source_name(claim.article, articles)} says {describe_claim(claim)}"
    if claim.attribution:
        said += f", per {claim.attribution}"
    if claim.text != describe_claim(claim):  # a name is its own words: no need to quote it
        said += f": “{claim.text}”"
    lines = [f"{finding.severity.value.upper()} {finding.kind.value}: {said}", finding.message]
    if finding.consensus:
        lines.append(f"consensus: {finding.consensus}")
    lines.append(f"finding {finding.id}")
    return "\n".join(lines)
