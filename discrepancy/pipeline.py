"""Wire the stages: articles -> claims -> stories -> aligned groups -> findings -> report."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from datetime import date

from discrepancy.align import align
from discrepancy.compare import compare
from discrepancy.defaults import ABOUT_TOLERANCE
from discrepancy.extract import compile_rules, extract
from discrepancy.extract.extraction import Extraction
from discrepancy.extract.rules import CompiledRules
from discrepancy.model import Article, Claim, Finding, FindingKind, Report, Story
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
    jobs: int = 1,
) -> Report:
    """Run every stage over the articles; pure: the same input gives the same report.

    `on_article` is called once each article is read for claims, the slow stage, so a caller
    can show progress; the pipeline itself does no I/O. `jobs` worker processes read the
    articles for claims when there are enough of them to repay starting the workers; the
    report is the same whatever the number.
    """
    extractions = _extract_all(articles, rulebook, about_tolerance, on_article, jobs)
    stories, claims, placed = place(articles, extractions, rulebook)
    published = published_days(articles)
    findings = [f for story in placed for f in compare_story(story, rulebook, published)]
    return assemble(articles, stories, claims, findings, problems)


# The stages between extraction and the report, as pieces a scheduler can place (scaleout.py
# runs extraction and compare_story on a Dask cluster); `check` runs them in this process.


def place(
    articles: Sequence[Article], extractions: Sequence[Extraction], rulebook: Rulebook
) -> tuple[tuple[Story, ...], list[Claim], tuple[tuple[Story, tuple[Claim, ...]], ...]]:
    """The stories, every claim, and each story with the claims it compares."""
    claims = [claim for extraction in extractions for claim in extraction.claims]
    leads = {a.id: e.lead for a, e in zip(articles, extractions, strict=True) if e.lead}
    stories, placed = place_claims(group_stories(articles, leads=leads), claims, leads, rulebook)
    return stories, claims, placed


def published_days(articles: Sequence[Article]) -> dict[str, date]:
    return {a.id: a.published for a in articles if a.published}


def compare_story(
    placed: tuple[Story, tuple[Claim, ...]], rulebook: Rulebook, published: Mapping[str, date]
) -> list[Finding]:
    """One story's findings: its claims aligned by fact and event, each group compared."""
    story, story_claims = placed
    findings: list[Finding] = []
    for group in align(story.id, story_claims, rulebook):
        findings.extend(compare(group, rulebook, published=published))
    return findings


def assemble(
    articles: Sequence[Article],
    stories: Sequence[Story],
    claims: Sequence[Claim],
    findings: Sequence[Finding],
    problems: Sequence[str],
) -> Report:
    """The report, most severe findings first, each id naming one finding."""
    ordered = sorted(findings, key=_most_severe_first)
    return Report(
        tuple(articles), tuple(stories), tuple(claims), tuple(_unique_ids(ordered)), tuple(problems)
    )


# Fewer articles than this are read in this process: starting workers costs about a second,
# more than reading a few hundred articles saves.
PARALLEL_FROM = 400
# Articles handed to a worker at a time: few round trips, and an even share of the work.
_CHUNK = 32


def extract_batch(
    articles: Sequence[Article],
    rulebook: Rulebook,
    about_tolerance: float = ABOUT_TOLERANCE,
    on_article: Callable[[], None] | None = None,
) -> list[Extraction]:
    """Read a batch of articles for claims, compiling the rules once for the batch."""
    rules = compile_rules(rulebook, about_tolerance=about_tolerance)
    extractions = []
    for article in articles:
        extractions.append(extract(article, rules))
        if on_article is not None:
            on_article()
    return extractions


def _extract_all(
    articles: Sequence[Article],
    rulebook: Rulebook,
    about_tolerance: float,
    on_article: Callable[[], None] | None,
    jobs: int,
) -> list[Extraction]:
    """Each article's claims and lead, in input order, in `jobs` processes when worth it."""
    if jobs <= 1 or len(articles) < PARALLEL_FROM:
        return extract_batch(articles, rulebook, about_tolerance, on_article)
    with ProcessPoolExecutor(
        max_workers=jobs, initializer=_start_worker, initargs=(rulebook, about_tolerance)
    ) as pool:
        extractions = []
        for extraction in pool.map(_extract_in_worker, articles, chunksize=_CHUNK):
            extractions.append(extraction)
            if on_article is not None:
                on_article()
        return extractions


_worker_rules: CompiledRules | None = None


def _start_worker(rulebook: Rulebook, about_tolerance: float) -> None:
    """Compile the rules once per worker, not once per article."""
    global _worker_rules
    _worker_rules = compile_rules(rulebook, about_tolerance=about_tolerance)


def _extract_in_worker(article: Article) -> Extraction:
    assert _worker_rules is not None, "worker started without rules"
    return extract(article, _worker_rules)


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
