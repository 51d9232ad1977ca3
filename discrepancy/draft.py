"""Draft mode: what an editor's own draft says that the sources contradict, and what it leaves out.

The whole input (draft and sources) goes through the ordinary pipeline; this module then reads
the report from the draft's side. A finding stays only when it holds a draft claim and at
least one source claim that contradicts it; it is retold as "the draft says X; sources say Y",
with the sources' own consensus. Disagreements among the sources alone are not the draft's
business and are left out. With `missing`, a fact that most of the story's sources state and
the draft does not becomes a finding of its own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from discrepancy.align import Group
from discrepancy.compare import compare, describe_claim, fingerprint
from discrepancy.model import Claim, Finding, FindingKind, Report, Severity, Story
from discrepancy.rulebook import Rulebook

# A fact is "stated by most sources" when at least this share of the story's sources state it
# (and never fewer than two): one outlet's detail is not a gap in the draft.
MISSING_SHARE = 0.5


def draft_view(report: Report, draft: str, rulebook: Rulebook, *, missing: bool = False) -> Report:
    """The report as the draft's author needs it: only the draft's contradicted facts (and,
    with `missing`, the facts most sources state that the draft leaves out)."""
    claims = {c.id: c for c in report.claims}
    published = {a.id: a.published for a in report.articles if a.published}
    stories = [s for s in report.stories if draft in s.articles]
    findings: list[Finding] = []
    for finding in report.findings:
        if finding.story not in {s.id for s in stories}:
            continue
        own = [claims[c] for c in finding.claims if claims[c].article == draft]
        sources = [claims[c] for c in finding.claims if claims[c].article != draft]
        if own and sources:
            contradicted = _contradicted(finding, own, sources, rulebook, published)
            if contradicted is not None:
                findings.append(contradicted)
        elif missing and not own:
            story = next(s for s in stories if s.id == finding.story)
            gap = _missing(finding, sources, story, draft)
            if gap is not None:
                findings.append(gap)
    return replace(report, stories=tuple(stories), findings=tuple(findings))


def _contradicted(
    finding: Finding,
    own: Sequence[Claim],
    sources: Sequence[Claim],
    rulebook: Rulebook,
    published: Mapping[str, date],
) -> Finding | None:
    """The finding retold from the draft's side, or None when no source contradicts it or
    most of the sources that state the fact side with the draft."""
    against = [
        source
        for source in sources
        if any(_clash(mine, source, finding, rulebook, published) for mine in own)
    ]
    backing = {c.article for c in sources} - {c.article for c in against}
    if not against or len(backing) > len({c.article for c in against}):
        return None  # most sources back the draft: the odd one out is a source's problem
    consensus = _sources_consensus(finding, sources, rulebook, published)
    draft_says = " / ".join(dict.fromkeys(describe_claim(c) for c in own))
    others = "; ".join(dict.fromkeys(f"{c.article} says {describe_claim(c)}" for c in against))
    message = f"the draft says {draft_says}; {others}"
    return replace(
        finding,
        kind=FindingKind.CONFLICT,
        message=message,
        consensus=consensus,
        claims=tuple(c.id for c in (*own, *sources)),
    )


def _clash(
    mine: Claim,
    source: Claim,
    finding: Finding,
    rulebook: Rulebook,
    published: Mapping[str, date],
) -> bool:
    """Do the draft's claim and this source's claim conflict, on their own?"""
    pair = Group(finding.story, finding.slot, (mine, source))
    verdicts = compare(pair, rulebook, published=published)
    return any(v.kind == FindingKind.CONFLICT for v in verdicts)


def _sources_consensus(
    finding: Finding,
    sources: Sequence[Claim],
    rulebook: Rulebook,
    published: Mapping[str, date],
) -> str:
    """What the sources say among themselves: their consensus, or their one shared value."""
    if len({c.article for c in sources}) < 2:
        return describe_claim(sources[0])
    verdicts = compare(Group(finding.story, finding.slot, tuple(sources)), rulebook,
                       published=published)  # fmt: skip
    for verdict in verdicts:
        if verdict.consensus:
            return verdict.consensus
        if verdict.kind == FindingKind.AGREEMENT:
            return describe_claim(sources[0])
    return ""


def _missing(
    finding: Finding, sources: Sequence[Claim], story: Story, draft: str
) -> Finding | None:
    """A fact most of the story's sources state and the draft does not, as a finding."""
    if finding.slot == "names.spelling":
        return None  # a name the draft does not use is no gap in its facts
    stating = {c.article for c in sources}
    story_sources = [a for a in story.articles if a != draft]
    if len(stating) < max(2, MISSING_SHARE * len(story_sources)):
        return None
    value = finding.consensus or _common_value(sources)
    said = f": {value}" if value else ""
    message = (
        f"{len(stating)} of {len(story_sources)} sources state {finding.label.lower()}{said}; "
        "the draft does not"
    )
    return replace(
        finding,
        id=fingerprint(finding.slot, sources) + "-missing",
        kind=FindingKind.MISSING,
        severity=Severity.LOW,
        message=message,
    )


def _common_value(claims: Sequence[Claim]) -> str:
    values = list(dict.fromkeys(describe_claim(c) for c in claims))
    return values[0] if len(values) == 1 else ""
