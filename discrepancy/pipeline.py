"""Wire the stages: articles -> claims -> stories -> aligned groups -> findings -> report."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from discrepancy.align import align
from discrepancy.compare import compare
from discrepancy.defaults import ABOUT_TOLERANCE
from discrepancy.extract import compile_rules, extract
from discrepancy.model import Article, Finding, FindingKind, Report
from discrepancy.rulebook import Rulebook
from discrepancy.stories import group_stories, place_claims

_KIND_ORDER = {
    FindingKind.CONFLICT: 0,
    FindingKind.VARIANT: 1,
    FindingKind.AGREEMENT: 2,
    FindingKind.SINGLE: 3,
    FindingKind.MISSING: 4,
}


def check(
    articles: Sequence[Article],
    rulebook: Rulebook,
    *,
    problems: Sequence[str] = (),
    about_tolerance: float = ABOUT_TOLERANCE,
    on_article: Callable[[], None] | None = None,
) -> Report:
    """Run every stage over the articles; pure: the same input gives the same report.

    `on_article` is called once each article is read for claims, the slow stage, so a caller
    can show progress; the pipeline itself does no I/O.
    """
    rules = compile_rules(rulebook, about_tolerance=about_tolerance)
    extractions = []
    for article in articles:
        extractions.append(extract(article, rules))
        if on_article is not None:
            on_article()
    claims = [claim for extraction in extractions for claim in extraction.claims]
    leads = {a.id: e.lead for a, e in zip(articles, extractions, strict=True) if e.lead}
    stories, placed = place_claims(group_stories(articles, leads=leads), claims, leads, rulebook)
    published = {a.id: a.published for a in articles if a.published}
    findings: list[Finding] = []
    for story, story_claims in placed:
        for group in align(story.id, story_claims, rulebook):
            findings.extend(compare(group, rulebook, published=published))
    findings.sort(key=_most_severe_first)
    return Report(
        tuple(articles), stories, tuple(claims), tuple(_unique_ids(findings)), tuple(problems)
    )


def _unique_ids(findings: Sequence[Finding]) -> list[Finding]:
    """Two findings can say the same thing of one fact (two events' figures alike): number the
    later ones, so every id names one finding."""
    seen: dict[str, int] = {}
    unique = []
    for finding in findings:
        seen[finding.id] = seen.get(finding.id, 0) + 1
        n = seen[finding.id]
        unique.append(finding if n == 1 else replace(finding, id=f"{finding.id}-{n}"))
    return unique


def _most_severe_first(finding: Finding) -> tuple[int, int, str, str]:
    return (-finding.severity.rank, _KIND_ORDER[finding.kind], finding.story, finding.id)
