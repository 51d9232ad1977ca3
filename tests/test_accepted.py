"""Accepted findings: a diffable file, ids that survive edits, quiet until a value moves."""

from __future__ import annotations

from pathlib import Path

import pytest

from discrepancy.accepted import (
    Acceptance,
    acceptance_of,
    from_review_rows,
    load_accepted,
    merged,
    parse_accepted,
    save_accepted,
    without_accepted,
)
from discrepancy.errors import AcceptedFileError
from discrepancy.model import FindingKind, Report
from discrepancy.pipeline import check
from discrepancy.reader import parse_article, read_articles
from discrepancy.report.csv_report import neutralise, rows
from discrepancy.rulebook import load_rulebook

SAMPLES = Path(__file__).parent.parent / "samples"
RULES = load_rulebook()


def _samples(edit: tuple[str, str] | None = None) -> Report:
    articles = list(read_articles([str(SAMPLES)]).articles)
    if edit is not None:
        old, new = edit
        (at,) = [n for n, a in enumerate(articles) if old in a.text]
        edited = articles[at]
        articles[at] = parse_article(edited.id, edited.path, edited.text.replace(old, new))
    return check(articles, RULES)


def _killed(report: Report) -> str:
    (finding,) = [
        f
        for f in report.findings
        if f.slot == "casualties.killed" and f.kind == FindingKind.CONFLICT
    ]
    return finding.id


def test_a_finding_id_survives_an_edit_elsewhere_in_the_article() -> None:
    before = _killed(_samples())
    after = _killed(
        _samples(
            ("Rubio said he spoke with his Russian", "Rubio said he had spoken with his Russian")
        )
    )
    assert before == after


def test_a_finding_id_changes_when_a_value_in_it_changes() -> None:
    before = _killed(_samples())
    after = _killed(_samples(("At least two civilians", "At least three civilians")))
    assert before != after


def test_an_accepted_finding_is_left_out_until_its_value_changes() -> None:
    report = _samples()
    accepted = [Acceptance(_killed(report))]
    quiet, hidden = without_accepted(report, accepted)
    assert hidden == 1
    assert _killed(report) not in {f.id for f in quiet.findings}
    changed = _samples(("At least two civilians", "At least three civilians"))
    loud, hidden = without_accepted(changed, accepted)
    assert hidden == 0
    assert _killed(changed) in {f.id for f in loud.findings}


def test_the_file_round_trips_and_reads_as_plain_toml(tmp_path: Path) -> None:
    report = _samples()
    finding = next(f for f in report.findings if f.id == _killed(report))
    entry = acceptance_of(
        finding, report, decision="older toll", comment='AP said "1"', day="2026-11-22"
    )
    path = tmp_path / ".discrepancy-accepted.toml"
    save_accepted(path, [entry])
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Findings reviewed by an editor")
    assert f'finding = "{finding.id}"' in text
    assert '"000_2c9a3e51d78f5dc0: 1"' in text
    assert load_accepted(path) == (entry,)


def test_a_missing_file_is_no_acceptance(tmp_path: Path) -> None:
    assert load_accepted(tmp_path / "none.toml") == ()


@pytest.mark.parametrize(
    ("raw", "line", "message"),
    [
        ("[[accepted]]\nfinding = 'nope'\n", 1, "'finding' must be a finding id"),
        ("[[accepted]]\nfinding = 'F0123abcd'\n\n[[accepted]]\nfinding = 3\n", 4, "finding id"),
        ("[[accepted]]\nfinding = 'F0123abcd'\nwho = 'me'\n", 1, "unknown key 'who'"),
        ("[[accepted]]\nfinding = 'F0123abcd\n", 2, "not valid TOML"),
        ("reviewed = []\n", 1, "unknown key 'reviewed'"),
    ],
)
def test_a_broken_file_names_file_and_line(raw: str, line: int, message: str) -> None:
    with pytest.raises(AcceptedFileError) as caught:
        parse_accepted("team/.discrepancy-accepted.toml", raw)
    assert str(caught.value).startswith(f"team/.discrepancy-accepted.toml:{line}: ")
    assert message in str(caught.value)


def test_review_csv_rows_with_a_decision_become_acceptances() -> None:
    report = _samples()
    table = rows(report, report.findings)
    killed = _killed(report)
    for row in table:
        if row["finding"] == killed:
            row["decision"] = neutralise("=checked: older toll")
    entries = from_review_rows(table, day="2026-11-22")
    assert [e.finding for e in entries] == [killed]
    assert entries[0].decision == "=checked: older toll"
    assert entries[0].slot == "casualties.killed"
    assert len(entries[0].values) == 2


def test_accepting_again_replaces_the_entry() -> None:
    old = (Acceptance("F0123abcd", decision="a"), Acceptance("F9999aaaa"))
    new = merged(old, [Acceptance("F0123abcd", decision="b")])
    assert [(e.finding, e.decision) for e in new] == [("F0123abcd", "b"), ("F9999aaaa", "accepted")]
