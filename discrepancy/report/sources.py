"""What the Markdown and HTML reports say about each source: its name, its date, its quote."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from discrepancy.model import Article, Claim, Finding, Report, Story
from discrepancy.positions import line_starts, locate


@dataclass(frozen=True, slots=True)
class Quote:
    """A claim's sentence cut in three: the words before, the claim's own words, the words after.

    `cut_before`/`cut_after` say the sentence was shortened there (an ellipsis belongs there).
    """

    before: str
    own: str
    after: str
    cut_before: bool = False
    cut_after: bool = False


@dataclass(frozen=True, slots=True)
class Span:
    """Where a claim's words stand in its article's file: 1-based lines and columns, the end
    being the position just after the last character (as `end` is an exclusive offset)."""

    line: int
    column: int
    end_line: int
    end_column: int


def claim_spans(report: Report) -> dict[str, Span]:
    """The span of every claim whose article is in the report, by claim id."""
    starts = {a.id: line_starts(a.text) for a in report.articles}
    spans = {}
    for claim in report.claims:
        lines = starts.get(claim.article)
        if lines is not None:
            spans[claim.id] = Span(*locate(lines, claim.start), *locate(lines, claim.end))
    return spans


def source_name(article_id: str, articles: Mapping[str, Article]) -> str:
    """The outlet when the article names one, else the article's id (its file name)."""
    article = articles.get(article_id)
    return article.outlet if article is not None and article.outlet else article_id


def published(article_id: str, articles: Mapping[str, Article]) -> str:
    article = articles.get(article_id)
    return article.published.isoformat() if article is not None and article.published else ""


def quote(claim: Claim, article: Article | None, context: int | None = None) -> Quote:
    """The claim's sentence with its own words picked out, at most `context` characters on each
    side of them (whole words, None for the whole sentence).

    The claim's offsets say which occurrence of its words it is when the sentence repeats them.
    """
    sentence, own = claim.sentence, claim.text
    at = _offset_in_sentence(claim, article)
    if at < 0:
        return Quote("", own, "")
    lo, hi = 0, len(sentence)
    if context is not None:
        lo = max(0, at - context)
        hi = min(len(sentence), at + len(own) + context)
        if lo:  # start and end on whole words
            lo = min(at, sentence.find(" ", lo) + 1 or lo)
        if hi < len(sentence):
            hi = max(at + len(own), sentence.rfind(" ", 0, hi))
    return Quote(
        sentence[lo:at].lstrip() if lo else sentence[:at],
        own,
        sentence[at + len(own) : hi].rstrip() if hi < len(sentence) else sentence[at + len(own) :],
        cut_before=lo > 0,
        cut_after=hi < len(sentence),
    )


def _offset_in_sentence(claim: Claim, article: Article | None) -> int:
    """Where the claim's words start in its sentence, or -1 when they are not in it."""
    sentence, own = claim.sentence, claim.text
    if article is not None and article.text[claim.start : claim.end] == own:
        at = article.text.find(sentence)
        while 0 <= at <= claim.start:
            if claim.end <= at + len(sentence):
                return claim.start - at
            at = article.text.find(sentence, at + 1)
    return sentence.find(own) if own else -1


def shown_stories(report: Report, findings: Sequence[Finding]) -> list[tuple[Story, list[Finding]]]:
    """The stories that have something to show, in the report's order, each with its findings."""
    grouped = []
    for story in report.stories:
        mine = [f for f in findings if f.story == story.id]
        if mine:
            grouped.append((story, mine))
    return grouped
