"""Draft mode: the draft's own contradicted facts, the facts it leaves out, nothing else."""

from __future__ import annotations

from pathlib import Path

from discrepancy.draft import draft_view
from discrepancy.model import Article, FindingKind, Report
from discrepancy.pipeline import check
from discrepancy.reader import parse_article, read_articles
from discrepancy.rulebook import load_rulebook

ROOT = Path(__file__).parent.parent
DRAFT = ROOT / "tests" / "data" / "drafts" / "rome-meeting-draft.md"
RULES = load_rulebook()


def _report(*extra: Article) -> tuple[Report, str]:
    result = read_articles([str(ROOT / "samples"), str(DRAFT)])
    return check((*result.articles, *extra), RULES), "rome-meeting-draft"


def test_the_draft_s_toll_contradicted_by_a_source_is_reported_from_the_draft_s_side() -> None:
    report, draft = _report()
    view = draft_view(report, draft, RULES)
    killed = [f for f in view.findings if f.slot == "casualties.killed"]
    assert len(killed) == 1
    assert killed[0].kind == FindingKind.CONFLICT
    assert killed[0].message.startswith("the draft says at least 5; 000_2c9a3e51d78f5dc0 says 1")
    claims = {c.id: c for c in view.claims}
    assert any(claims[c].article == draft for c in killed[0].claims)


def test_what_only_the_sources_disagree_on_is_not_the_draft_s_business() -> None:
    """The sources misspell Zelenskyy, and differ on the prisoner count's wording; the draft
    spells the name as most sources do: nothing to report to its author."""
    report, draft = _report()
    view = draft_view(report, draft, RULES)
    assert {f.slot for f in view.findings} == {"casualties.killed"}
    claims = {c.id: c for c in view.claims}
    assert all(any(claims[c].article == draft for c in f.claims) for f in view.findings)


def test_missing_lists_facts_most_sources_state_and_the_draft_does_not() -> None:
    report, draft = _report()
    view = draft_view(report, draft, RULES, missing=True)
    missing = [f for f in view.findings if f.kind == FindingKind.MISSING]
    assert missing, "the sources' call day is in every source, not in the draft"
    claims = {c.id: c for c in view.claims}
    for finding in missing:
        assert all(claims[c].article != draft for c in finding.claims)
        assert len({claims[c].article for c in finding.claims}) >= 2
        assert finding.message.endswith("the draft does not")

    # A fact the draft states (a slot of the same kind of event) is never missing from it;
    # the day of the inaugural mass is missing from a draft that dates only the drone attack.
    def fact(claim_id: str) -> tuple[str, str]:
        return claims[claim_id].slot, claims[claim_id].event.category

    stated = {fact(c) for c in claims if claims[c].article == draft}
    assert not {fact(f.claims[0]) for f in missing} & stated


def test_a_draft_that_agrees_with_every_source_gets_an_empty_report() -> None:
    text = DRAFT.read_text(encoding="utf-8").replace(
        "At least five civilians were killed", "At least one civilian was killed"
    )
    result = read_articles([str(ROOT / "samples")])
    agreeing = parse_article("agreeing-draft", "agreeing-draft.md", text)
    report = check((*result.articles, agreeing), RULES)
    assert draft_view(report, "agreeing-draft", RULES).findings == ()
