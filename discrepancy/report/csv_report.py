"""The review CSV: one row per claim of each finding, safe to open in a spreadsheet."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from discrepancy.compare import describe_claim
from discrepancy.model import Claim, Finding, Report
from discrepancy.report.files import write_atomically
from discrepancy.report.sources import claim_spans

# The order is part of the format (README, "The review CSV"): new columns go where they are
# documented, and a column once there keeps its name and meaning.
COLUMNS = (
    "finding", "story", "slot", "kind", "severity", "article", "published", "value", "low",
    "high", "qualifier", "quote", "line", "column", "sentence", "message", "decision", "comment",
)  # fmt: skip
# Spreadsheets run a cell that starts with these as a formula (OWASP: CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def rows(report: Report, findings: Iterable[Finding]) -> list[dict[str, str]]:
    claims = {c.id: c for c in report.claims}
    published = {a.id: a.published.isoformat() if a.published else "" for a in report.articles}
    spans = claim_spans(report)
    table = []
    for finding in findings:
        for claim_id in finding.claims:
            claim = claims[claim_id]
            low, high = _bounds(claim)
            span = spans.get(claim_id)
            row = {
                "finding": finding.id,
                "story": finding.story,
                "slot": finding.slot,
                "kind": finding.kind.value,
                "severity": finding.severity.value,
                "article": claim.article,
                "published": published.get(claim.article, ""),
                "value": describe_claim(claim),
                "low": low,
                "high": high,
                "qualifier": claim.qualifier,
                "quote": claim.text,
                "line": str(span.line) if span else "",
                "column": str(span.column) if span else "",
                "sentence": claim.sentence,
                "message": finding.message,
                "decision": "",
                "comment": "",
            }
            table.append({k: neutralise(v) for k, v in row.items()})
    return table


def _bounds(claim: Claim) -> tuple[str, str]:
    if claim.interval is None:
        return "", ""
    low, high = claim.interval.low, claim.interval.high
    return ("" if low is None else f"{low:g}", "" if high is None else f"{high:g}")


def neutralise(cell: str) -> str:
    """Make a cell inert in a spreadsheet: a leading quote stops formula evaluation."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def write_csv(path: Path, table: list[dict[str, str]], *, bom: bool = False) -> None:
    """Write with pandas, atomically (see `write_atomically`): never half a file."""
    import pandas as pd  # heavy: imported only when a CSV is asked for

    frame = pd.DataFrame(table, columns=list(COLUMNS))
    # RFC 4180's CRLF line ends: the csv module quotes a cell only for the characters of the line
    # end, so with "\n" alone a lone "\r" in a quote (an old Mac file) would go out unquoted and
    # split its row when read back.
    text = frame.to_csv(index=False, lineterminator="\r\n")
    write_atomically(path, text, encoding="utf-8-sig" if bom else "utf-8")
