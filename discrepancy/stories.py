"""Group the input's articles into stories: reports of the same news, told by different sources."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from discrepancy.model import Article, Story

# Articles whose weighted word vectors are at least this similar (cosine, average linkage)
# are one story. Chosen so that reports of one event by different outlets group, and reports
# of a related but different event, which share the cast but not the occasion, do not.
SAME_STORY = 0.22
# Articles published this many days apart are rarely the same story; their similarity is damped.
DAYS_APART = 10
_LEAD_CHARS = 400
_LEAD_WEIGHT = 2.0
_WORD = regex.compile(r"\p{L}[\p{L}'\-]+")
_STOPWORDS = frozenset(
    """
    the a an and or but if of to in on at for from by with about as into over after before
    than then that this these those there their they them he she his her its it we our you
    your i me my is are was were be been being has have had do does did will would can could
    should may might must shall not no nor so such also very more most much many some any all
    each both few other others own same just only still even too again further here when where
    why how what which who whom whose while during between against through under until up down
    out off above below said says say told according one two three four five six seven eight
    nine ten first last new mr mrs ms monday tuesday wednesday thursday friday saturday sunday
    week weeks day days year years month months time times people would like make made per
    cent percent
    """.split()
)


@dataclass(frozen=True, slots=True)
class _Profile:
    article: Article
    weights: dict[str, float]
    norm: float


def group_stories(articles: Sequence[Article]) -> tuple[Story, ...]:
    """Stories in input order, each with its articles in input order."""
    if not articles:
        return ()
    profiles = _profiles(articles)
    clusters: list[list[int]] = [[i] for i in range(len(articles))]
    similarity = [[_cosine(a, b) for b in profiles] for a in profiles]
    while len(clusters) > 1:
        best, pair = _closest_pair(clusters, similarity)
        if best < SAME_STORY:
            break
        i, j = pair
        clusters[i] = sorted(clusters[i] + clusters[j])
        del clusters[j]
    clusters.sort(key=lambda c: c[0])
    return tuple(
        Story(
            id=f"story-{n}",
            articles=tuple(articles[i].id for i in members),
            title=_story_title([articles[i] for i in members]),
        )
        for n, members in enumerate(clusters, start=1)
    )


def _closest_pair(
    clusters: list[list[int]], similarity: list[list[float]]
) -> tuple[float, tuple[int, int]]:
    best, pair = -1.0, (0, 1)
    for i in range(len(clusters)):
        for j in range(i + 1, len(clusters)):
            pairs = [similarity[a][b] for a in clusters[i] for b in clusters[j]]
            score = sum(pairs) / len(pairs)
            if score > best:
                best, pair = score, (i, j)
    return best, pair


def _profiles(articles: Sequence[Article]) -> list[_Profile]:
    counts = [_weighted_counts(a) for a in articles]
    document_frequency = Counter(word for c in counts for word in c)
    n = len(articles)
    profiles = []
    for article, count in zip(articles, counts, strict=True):
        weights = {
            word: (1 + math.log(tf)) * (math.log((n + 1) / (document_frequency[word] + 1)) + 1)
            for word, tf in count.items()
        }
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        profiles.append(_Profile(article, weights, norm))
    return profiles


def _weighted_counts(article: Article) -> dict[str, float]:
    """Word counts of the article; headline and lead count double: they say what it is about."""
    body = article.text[article.body_start :]
    counts: dict[str, float] = {}
    for match in _WORD.finditer(body):
        word = match.group().lower().strip("'-")
        if word.endswith("'s"):
            word = word[:-2]
        if len(word) < 3 or word in _STOPWORDS:
            continue
        counts[word] = counts.get(word, 0.0) + (
            _LEAD_WEIGHT if match.start() < _LEAD_CHARS else 1.0
        )
    return counts


def _cosine(a: _Profile, b: _Profile) -> float:
    if a is b:
        return 1.0
    small, large = (a, b) if len(a.weights) < len(b.weights) else (b, a)
    dot = sum(w * large.weights.get(word, 0.0) for word, w in small.weights.items())
    score = dot / (a.norm * b.norm)
    first, second = a.article.published, b.article.published
    if first and second and abs((first - second).days) > DAYS_APART:
        score *= 0.5
    return score


def _story_title(articles: Sequence[Article]) -> str:
    titled = [a.title for a in articles if a.title]
    if titled:
        return titled[0]
    first_line = articles[0].text[articles[0].body_start :].strip().split("\n", 1)[0]
    return first_line if len(first_line) <= 80 else first_line[:79].rsplit(" ", 1)[0] + "…"
