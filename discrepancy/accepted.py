"""Findings an editor has reviewed and accepted, kept in a plain, diffable TOML file.

A finding's id is a fingerprint of the fact and of what each article says of it (see
`compare.fingerprint`), not of where the words stand: an edit elsewhere in an article keeps
the id, so an accepted finding stays quiet; a changed value, or a new source stating the fact,
gives a new id, and the finding is reported again for a fresh look.

Reading and parsing are pure (`parse_accepted`, `from_review_rows`, `without_accepted`); the
file I/O is `load_accepted` and `save_accepted`, thin and atomic.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import regex

from discrepancy.compare import describe_claim
from discrepancy.errors import AcceptedFileError
from discrepancy.model import Finding, Report

DEFAULT_FILE = ".discrepancy-accepted.toml"
_HEADER = """\
# Findings reviewed by an editor: `discrepancy check` does not report them again.
# A finding's id changes when a value in it changes, or a new source states the fact; it is
# then reported again. Written by `discrepancy accept`; fine to edit by hand, and to review
# in a diff.

"""
_FINDING_ID = regex.compile(r"^F[0-9a-f]{8}(?:-[0-9a-z]+)*$")
_KEYS = {"finding", "slot", "values", "decision", "comment", "date"}


@dataclass(frozen=True, slots=True)
class Acceptance:
    """One reviewed finding: its id, and for the human reader what it said when accepted."""

    finding: str
    slot: str = ""
    values: tuple[str, ...] = ()
    decision: str = "accepted"
    comment: str = ""
    date: str = ""


def is_finding_id(text: str) -> bool:
    return _FINDING_ID.match(text) is not None


# --- pure ------------------------------------------------------------------------------------


def parse_accepted(path: str, raw: str) -> tuple[Acceptance, ...]:
    """The entries of an accepted-findings file; an error names the file and the line."""
    try:
        document = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        where = regex.search(r"\(at line (\d+), column \d+\)", str(exc))
        message = regex.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        line = int(where.group(1)) if where else None
        if line is None and "end of document" in message:
            line = max(1, len(raw.splitlines()))
        raise AcceptedFileError(path, line, f"not valid TOML: {message}") from None
    unknown = sorted(set(document) - {"accepted"})
    if unknown:
        raise AcceptedFileError(path, _line_of(raw, unknown[0]), f"unknown key '{unknown[0]}'")
    entries = document.get("accepted", [])
    if not isinstance(entries, list):
        raise AcceptedFileError(path, _line_of(raw, "accepted"), "'accepted' must be [[accepted]]")
    lines = _entry_lines(raw)
    return tuple(
        _entry(path, entry, lines[n] if n < len(lines) else None) for n, entry in enumerate(entries)
    )


def _entry(path: str, entry: Any, line: int | None) -> Acceptance:
    if not isinstance(entry, dict):
        raise AcceptedFileError(path, line, "each [[accepted]] entry must be a table")
    unknown = sorted(set(entry) - _KEYS)
    if unknown:
        raise AcceptedFileError(path, line, f"unknown key '{unknown[0]}' in [[accepted]]")
    finding = entry.get("finding")
    if not isinstance(finding, str) or not is_finding_id(finding):
        raise AcceptedFileError(path, line, f"'finding' must be a finding id, got {finding!r}")
    values = entry.get("values", [])
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise AcceptedFileError(path, line, "'values' must be a list of strings")
    texts = {key: entry.get(key, default) for key, default in
             (("slot", ""), ("decision", "accepted"), ("comment", ""), ("date", ""))}  # fmt: skip
    for key, value in texts.items():
        if not isinstance(value, str):
            raise AcceptedFileError(path, line, f"'{key}' must be a string")
    return Acceptance(finding, values=tuple(values), **texts)


def _entry_lines(raw: str) -> list[int]:
    return [n for n, text in enumerate(raw.splitlines(), start=1) if text.strip() == "[[accepted]]"]


def _line_of(raw: str, key: str) -> int | None:
    for n, text in enumerate(raw.splitlines(), start=1):
        if text.strip().startswith((key, f"[{key}", f"[[{key}")):
            return n
    return None


def acceptance_of(
    finding: Finding, report: Report, *, decision: str, comment: str, day: str
) -> Acceptance:
    """An acceptance of a finding of this report, with its values for the human reader."""
    claims = {c.id: c for c in report.claims}
    values = tuple(
        dict.fromkeys(f"{claims[c].article}: {describe_claim(claims[c])}" for c in finding.claims)
    )
    return Acceptance(finding.id, finding.slot, values, decision or "accepted", comment, day)


def from_review_rows(rows: Iterable[Mapping[str, str]], *, day: str) -> tuple[Acceptance, ...]:
    """Acceptances from a review CSV's rows (see report/csv_report.py): every finding with a
    decision filled in on any of its rows."""
    by_finding: dict[str, Acceptance] = {}
    for row in rows:
        finding = _plain(row.get("finding", ""))
        decision = _plain(row.get("decision", "")).strip()
        if not is_finding_id(finding):
            continue
        seen = by_finding.get(finding)
        value = f"{_plain(row.get('article', ''))}: {_plain(row.get('value', ''))}"
        if seen is None:
            seen = Acceptance(finding, _plain(row.get("slot", "")), (), "", "", day)
        comment = _plain(row.get("comment", "")).strip()
        by_finding[finding] = replace(
            seen,
            values=(*seen.values, value) if value not in seen.values else seen.values,
            decision=seen.decision or decision,
            comment=seen.comment or comment,
        )
    return tuple(a for a in by_finding.values() if a.decision)


def _plain(cell: object) -> str:
    """A cell as the reviewer typed it: a CSV's neutralising quote ("'=1") taken off."""
    text = "" if cell is None or cell != cell else str(cell)  # NaN != NaN: an empty cell
    return text[1:] if text[:2] in {"'=", "'+", "'-", "'@"} else text


def merged(old: Sequence[Acceptance], new: Iterable[Acceptance]) -> tuple[Acceptance, ...]:
    """The old entries with the new ones added; a finding accepted again takes the new entry."""
    entries = {a.finding: a for a in old}
    for acceptance in new:
        entries[acceptance.finding] = acceptance
    return tuple(entries.values())


def without_accepted(report: Report, accepted: Iterable[Acceptance]) -> tuple[Report, int]:
    """The report without the accepted findings, and how many were left out."""
    ids = {a.finding for a in accepted}
    kept = tuple(f for f in report.findings if f.id not in ids)
    return replace(report, findings=kept), len(report.findings) - len(kept)


def to_toml(entries: Sequence[Acceptance]) -> str:
    import tomli_w

    tables = [
        {
            key: value
            for key, value in (
                ("finding", a.finding),
                ("slot", a.slot),
                ("values", list(a.values)),
                ("decision", a.decision),
                ("comment", a.comment),
                ("date", a.date),
            )
            if value not in ("", [])
        }
        for a in entries
    ]
    return _HEADER + tomli_w.dumps({"accepted": tables})


# --- I/O -------------------------------------------------------------------------------------


def load_accepted(path: Path) -> tuple[Acceptance, ...]:
    """The file's entries; none when it does not exist yet."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ()
    except (OSError, UnicodeDecodeError) as exc:
        raise AcceptedFileError(str(path), None, f"cannot read: {exc}") from None
    return parse_accepted(str(path), raw)


def save_accepted(path: Path, entries: Sequence[Acceptance]) -> None:
    from discrepancy.report.files import write_atomically

    write_atomically(path, to_toml(entries))
