"""Group the input's articles into stories: reports of the same news, told by different sources."""

from __future__ import annotations

import bisect
import functools
import heapq
import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

import regex

from discrepancy.align import days_overlap
from discrepancy.model import Article, Claim, Day, Event, Lead, Story, ValueKind
from discrepancy.rarity import zipf
from discrepancy.rulebook import Rulebook

# An article whose weighted word vector is at least this similar to a story's articles (mean
# cosine: average linkage) joins that story. Reports of one event by different outlets group;
# reports of a related but different event, which share the cast but not the occasion, should
# not. A first setting, to be measured on a corpus of many stories (issue 4); the event model
# in align.py keeps different events apart even inside one story.
SAME_STORY = 0.2
# Short articles share few words with long ones. One whose lead reports the same kind of event
# on the same day with a name in common (a place, a person) joins a story it resembles this
# little: "Three died in Saturday's shooting at a Denver mall" and a long wire story of it.
SAME_LEAD_FLOOR = 0.05
# ... and whose cast of names is not wholly another's: one city in common ("London") must not
# join two strikes of one week.
LEAD_NAMES_FLOOR = 0.1
# Or one that shares this much of its cast of proper names (cosine of the names, weighted by
# how few of the input's articles name them): a wire story and a business paper's account of
# one company's results word the news apart but name the same company, chief and city.
# The cast alone says little when related news names the same people for months (a meeting in
# May, a funeral in April): it counts only between articles published this close together.
# (0.3 until batch 9's local paper on a steelworks closure, 0.26 from its wire, stood apart;
# 0.25 changes no grouping of the 83 dev and pending stories read as one input.)
SAME_NAMES = 0.25
NAMES_DAYS = 3
# A cast shared this much (the same company, its chief, its rival) still counts a week on: an
# analyst's note on a merger names everyone the announcement did, in words of its own.
STRONG_CAST = 0.5
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
class _Vector:
    weights: dict[str, float]
    norm: float


@dataclass(frozen=True, slots=True)
class _Profile:
    article: Article
    words: _Vector  # weighted by rarity in English at large
    topic: _Vector  # weighted by rarity in the input: what sets it apart from the rest
    names: _Vector
    has_lead: bool  # its lead tells an event (and so guards against another of the topic)
    figures: frozenset[str] = frozenset()  # its exact figures ("4,412", "59.6"), see `_figures`


@dataclass(slots=True)
class _Cluster:
    """A story being built: its members and the sums of their unit word and name vectors."""

    members: list[int] = field(default_factory=list)
    centroid: dict[str, float] = field(default_factory=dict)
    topic_centroid: dict[str, float] = field(default_factory=dict)
    name_centroid: dict[str, float] = field(default_factory=dict)
    leadless: bool = True  # no member's lead tells an event
    figures: set[str] = field(default_factory=set)

    def add(self, index: int, profile: _Profile) -> None:
        self.members.append(index)
        _add_unit(self.centroid, profile.words)
        _add_unit(self.topic_centroid, profile.topic)
        _add_unit(self.name_centroid, profile.names)
        self.leadless = self.leadless and not profile.has_lead
        self.figures |= profile.figures

    def absorb(self, other: _Cluster) -> None:
        for mine, theirs in ((self.centroid, other.centroid),
                             (self.topic_centroid, other.topic_centroid),
                             (self.name_centroid, other.name_centroid)):  # fmt: skip
            for word, weight in theirs.items():
                mine[word] = mine.get(word, 0.0) + weight
        self.members = sorted(self.members + other.members)
        self.leadless = self.leadless and other.leadless
        self.figures |= other.figures


def _add_unit(centroid: dict[str, float], vector: _Vector) -> None:
    for word, weight in vector.weights.items():
        centroid[word] = centroid.get(word, 0.0) + weight / vector.norm


@dataclass(frozen=True, slots=True)
class _Likeness:
    """How alike an article (or a story) is to a story: in words, and in the names they give."""

    words: float
    names: float | None  # None: the articles were not published close enough for names to count
    # The kinder of the two weighings of words (`_profiles`), for the floors of a lead that
    # agrees: a short broadcast shares few words with the wire, and fewer still are rare.
    overlap: float = 0.0

    def damped(self, factor: float) -> _Likeness:
        """Words count less when dates or leads tell of another event; a shared cast then
        counts for nothing: related stories (a meeting, a funeral) name the same people."""
        names = self.names if factor >= 1 else 0.0
        return _Likeness(self.words * factor, names, self.overlap * factor)

    @property
    def cast_not_foreign(self) -> bool:
        """The names give no sign of another story (or cannot tell)."""
        return self.names is None or self.names >= LEAD_NAMES_FLOOR

    @property
    def same_story(self) -> bool:
        return self.words >= SAME_STORY or (
            self.words >= SAME_LEAD_FLOOR and (self.names or 0.0) >= SAME_NAMES
        )

    @property
    def rank(self) -> float:
        """Among the stories an article may join, the closest in words: a round-up shares its
        cast with both stories it covers, its words mostly with the one it leads with."""
        return self.words


def group_stories(
    articles: Sequence[Article], *, leads: Mapping[str, Lead] | None = None
) -> tuple[Story, ...]:
    """Stories in input order, each with its articles in input order.

    Each article joins the story whose centroid it is most similar to, or starts a new one:
    linear in articles times stories, not all pairs.
    """
    if not articles:
        return ()
    clusters: list[_Cluster] = []
    # Which stories hold each word: an article is scored only against those that hold one of its
    # heaviest words (blocking), not against every story of a day's wire. Reports of one story
    # share their rarest words: the town, the victim, the company.
    holding: dict[str, set[int]] = {}
    profiles = _profiles(articles, leads)
    frequency = Counter(word for profile in profiles for word in profile.words.weights)
    rare: list[list[str]] = []
    for index, profile in enumerate(profiles):
        keys = _blocking_words(profile, frequency)
        rare.append(keys)
        sharing = (
            sorted({c for word in keys for c in holding.get(word, ())})
            if len(clusters) > _BLOCK_FROM
            else range(len(clusters))
        )
        # Each scored story with its place in `clusters`: looking it up again in the list cost
        # a scan of every story per article.
        scored = [(_score(profile, clusters[c], articles, leads), c) for c in sharing]
        joinable = [
            s
            for s in scored
            if s[0].same_story
            or (
                s[0].overlap >= SAME_LEAD_FLOOR
                and s[0].cast_not_foreign
                and _same_lead(profile.article, clusters[s[1]], articles, leads)
            )
            or (
                s[0].overlap >= SAME_LEAD_FLOOR
                and _same_named_event(profile.article, clusters[s[1]], articles, leads)
            )
            or (s[0].overlap >= SAME_LEAD_FLOOR and _restates(profile, clusters[s[1]], articles))
        ]
        best = max(joinable, key=lambda s: s[0].rank, default=None)
        if best is not None:
            home = best[1]
            clusters[home].add(index, profile)
        else:
            clusters.append(_Cluster())
            clusters[-1].add(index, profile)
            home = len(clusters) - 1
        for word in profile.words.weights:
            holding.setdefault(word, set()).add(home)
    # Many stories: two are weighed for a merge when they share a rare word, not a heavy one
    # (a kind's own words, "fire", are heavy in hundreds of stories of a day's wire).
    blocking = rare if len(clusters) > _BLOCK_FROM else None
    clusters = _merge_close(clusters, articles, leads, blocking)
    return tuple(
        Story(
            id=f"story-{n}",
            articles=tuple(articles[i].id for i in cluster.members),
            title=_story_title([articles[i] for i in cluster.members]),
        )
        for n, cluster in enumerate(clusters, start=1)
    )


# An article's rarest words that another article also uses (a town, a street, a victim's name)
# block the stories it is scored against; a word of fifty articles or more ("fire", "police")
# tells no story from another. A fixed count, not a share of the input: a share let words of
# 2,000 articles block 100,000, and the pairs of stories they join grew with their square.
_BLOCKING_WORDS = 25
_COMMON_FROM = 50
# Below this many stories every one is scored: few articles say too little of which words are
# rare, and scoring them all costs nothing.
_BLOCK_FROM = 50


def _blocking_words(profile: _Profile, frequency: Counter[str]) -> list[str]:
    shared = [w for w in profile.words.weights if 2 <= frequency[w] < _COMMON_FROM]
    return sorted(shared, key=lambda w: (frequency[w], w))[:_BLOCKING_WORDS]


# Each story's heaviest words: two stories are weighed for a merge only when they share one.
_TOP_WORDS = 12


def _merge_close(
    clusters: list[_Cluster],
    articles: Sequence[Article],
    leads: Mapping[str, Lead] | None,
    blocking: Sequence[Sequence[str]] | None = None,
) -> list[_Cluster]:
    """One pass puts each article where the stories so far pull it: the first report of a
    story can seed a second cluster before the article that links them arrives. Join stories
    whose articles are, on average, as alike as one story's (average linkage), closest first.
    Only stories that share a heavy word are weighed, each pair once until one of the two
    grows, and the closest pair is kept at the top of a heap: near linear in stories."""
    alive = dict(enumerate(clusters))  # stable ids: the clusters' order, kept through merges
    version = dict.fromkeys(alive, 0)

    def keys(cluster: _Cluster) -> list[str]:
        if blocking is None:
            # Few stories: weigh every pair. Two halves of one story can share no word of
            # their twelve heaviest (a wire story and its broadcast word the news apart).
            return [""]
        return sorted({word for member in cluster.members for word in blocking[member]})

    tops = {i: keys(c) for i, c in alive.items()}
    holders: dict[str, set[int]] = {}
    for i, top in tops.items():
        for word in top:
            holders.setdefault(word, set()).add(i)
    heap: list[tuple[float, int, int, int, int]] = []

    def weigh(i: int, j: int) -> None:
        rank = _merge_rank(alive[i], alive[j], articles, leads)
        if rank is not None:
            heapq.heappush(heap, (-rank, i, j, version[i], version[j]))

    for i, j in sorted({(a, b) for ids in holders.values() for a in ids for b in ids if a < b}):
        weigh(i, j)
    while heap:
        _, i, j, vi, vj = heapq.heappop(heap)
        if i not in alive or j not in alive or (vi, vj) != (version[i], version[j]):
            continue  # a pair weighed before one of the two grew or was absorbed
        alive[i].absorb(alive.pop(j))
        version[i] += 1
        for word in tops.pop(j):
            holders[word].discard(j)
        for word in tops[i]:
            holders[word].discard(i)
        tops[i] = keys(alive[i])
        for word in tops[i]:
            holders.setdefault(word, set()).add(i)
        for other in sorted({o for word in tops[i] for o in holders[word]} - {i}):
            weigh(min(i, other), max(i, other))
    return sorted(alive.values(), key=lambda c: c.members[0])


def _top_words(cluster: _Cluster) -> list[str]:
    return sorted(cluster.centroid, key=lambda w: -cluster.centroid[w])[:_TOP_WORDS]


def _merge_rank(
    a: _Cluster, b: _Cluster, articles: Sequence[Article], leads: Mapping[str, Lead] | None
) -> float | None:
    """How close two stories are, or None when they are not one story."""
    close = _published_close(a, b, articles)
    damping = _cluster_damping(a, b, articles, leads)
    score = _linkage(a, b, close=close, topical=damping < 1).damped(damping)
    return score.rank if score.same_story else None


def _linkage(a: _Cluster, b: _Cluster, *, close: bool, topical: bool = False) -> _Likeness:
    """Mean cosine over pairs of members: the centroids are sums of unit vectors. Stories
    whose leads tell of other days (`topical`), or of which one has no lead that tells an
    event, are weighed by the words that set them apart within the input (see `_profiles`)."""
    pairs = len(a.members) * len(b.members)
    names = _dot(a.name_centroid, b.name_centroid) / pairs
    if not topical and a.leadless == b.leadless and _share_a_specific_word(a.centroid, b.centroid):
        words = _dot(a.centroid, b.centroid) / pairs
    else:
        words = _dot(a.topic_centroid, b.topic_centroid) / pairs
    # A merge weighs words and names only: the lead floors' `overlap` is an article's.
    return _Likeness(words, names if close else None)


def _published_close(a: _Cluster, b: _Cluster, articles: Sequence[Article]) -> bool:
    """Were any two of their articles published within NAMES_DAYS of each other? Sorted and
    searched, not all pairs: a merge weighs many candidate pairs of stories."""
    days_b = sorted(d for i in b.members if (d := articles[i].published))
    slack = timedelta(days=NAMES_DAYS)
    for x in {d for i in a.members if (d := articles[i].published)}:
        at = bisect.bisect_left(days_b, x - slack)
        if at < len(days_b) and days_b[at] <= x + slack:
            return True
    return False


def _dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    small, large = sorted((a, b), key=len)
    return sum(w * large.get(word, 0.0) for word, w in small.items())


def _cluster_damping(
    a: _Cluster, b: _Cluster, articles: Sequence[Article], leads: Mapping[str, Lead] | None
) -> float:
    """Half for stories published far apart; none for leads of one kind on days apart: a
    round-up of both can pull two stories together, and two stabbings a week apart stay two."""
    damping = 1.0
    days_a = {d for i in a.members if (d := articles[i].published)}
    days_b = sorted({d for i in b.members if (d := articles[i].published)})
    if days_a and days_b and _nearest_apart(days_a, days_b) > DAYS_APART:
        damping *= 0.5
    ours = _dated_leads(a, articles, leads)
    theirs = _dated_leads(b, articles, leads)
    shared = ours.keys() & theirs.keys()
    if shared and not any(_a_pair_within_a_day(ours[k], theirs[k]) for k in shared):
        damping = 0.0
    if any(
        _set_apart(x, y) or _set_apart(y, x) for k in shared for x in ours[k] for y in theirs[k]
    ):
        damping = 0.0
    return damping


# Longer than any day a lead names ("last month"): beyond it the quick test gives up.
_SPAN_DAYS = 31


def _days_far_apart(ours: Sequence[Lead], theirs: Sequence[Lead]) -> bool:
    """A quick no: every lead of both has its days, and none comes within the longest slack
    of any of the other's."""
    slack = max(1, *(lead.runs_days for lead in (*ours, *theirs)))
    near: set[int] = set()
    for day in (day for lead in ours for day in _lead_days(lead)):
        first, last = day.earliest, day.latest
        if first is None or last is None or (last - first).days > _SPAN_DAYS:
            return False
        near.update(range(first.toordinal() - slack, last.toordinal() + slack + 1))
    for day in (day for lead in theirs for day in _lead_days(lead)):
        first, last = day.earliest, day.latest
        if first is None or last is None or (last - first).days > _SPAN_DAYS:
            return False
        if any(d in near for d in range(first.toordinal(), last.toordinal() + 1)):
            return False
    return True


def _nearest_apart(days: set[date], sorted_days: Sequence[date]) -> int:
    """The fewest days between a day of the one set and one of the other, sorted, list."""
    nearest = None
    for day in days:
        at = bisect.bisect_left(sorted_days, day)
        for neighbour in sorted_days[max(0, at - 1) : at + 1]:
            apart = abs((day - neighbour).days)
            nearest = apart if nearest is None else min(nearest, apart)
    return nearest or 0


def _dated_leads(
    cluster: _Cluster, articles: Sequence[Article], leads: Mapping[str, Lead] | None
) -> dict[str, list[Lead]]:
    """A story's dated leads by kind of event."""
    by_kind: dict[str, list[Lead]] = {}
    for i in cluster.members:
        lead = (leads or {}).get(articles[i].id)
        if lead is not None and lead.dated:
            by_kind.setdefault(lead.category, []).append(lead)
    return by_kind


def _a_pair_within_a_day(ours: Sequence[Lead], theirs: Sequence[Lead]) -> bool:
    """Does a lead of the one story fall within a day of one of the other (or within the days
    their event runs on)? Leads of one day are weighed once: a big story repeats its day."""
    if _days_far_apart(ours, theirs):
        return False
    ours_by_day = {(x.day, x.recalled, x.runs_days, x.names): x for x in ours}
    theirs_by_day = {(y.day, y.recalled, y.runs_days, y.names): y for y in theirs}
    return any(_leads_meet(x, y) for x in ours_by_day.values() for y in theirs_by_day.values())


def _similarity_to(
    profile: _Profile, cluster: _Cluster, articles: Sequence[Article], *, topical: bool = False
) -> _Likeness:
    """The article's mean cosine with the story's members (average linkage), from the sum of
    their unit vectors in one pass; damped when publication dates lie far apart. `topical`:
    weighed by the words that set articles apart within the input, as for an article with no
    lead."""
    members = len(cluster.members)
    mine = profile.article.published
    dated = [d for i in cluster.members if (d := articles[i].published)]
    apart = min((abs((mine - d).days) for d in dated), default=None) if mine else None
    names = _dot(profile.names.weights, cluster.name_centroid) / (profile.names.norm * members)
    counted = apart is not None and (
        apart <= NAMES_DAYS or (apart <= DAYS_APART and names >= STRONG_CAST)
    )
    topic = _dot(profile.topic.weights, cluster.topic_centroid) / (profile.topic.norm * members)
    words = topic
    if (
        profile.has_lead
        and not topical
        and _share_a_specific_word(profile.words.weights, cluster.centroid)
    ):
        words = _dot(profile.words.weights, cluster.centroid) / (profile.words.norm * members)
    score = _Likeness(words, names if counted else None, max(words, topic))
    return score.damped(0.5) if apart is not None and apart > DAYS_APART else score


def _profiles(
    articles: Sequence[Article], leads: Mapping[str, Lead] | None = None
) -> list[_Profile]:
    """Each article's words weighed two ways. By their rarity in English: two reports of one
    story share its rare words (a town, a company) however few else they share. By their rarity
    in the input: what sets an article apart from the other articles. The first joins the late
    update of a story to it; but an article whose lead tells no event (a comment, an analysis)
    has nothing to keep it from a story of the same topic ("Zelenskyy", "ceasefire") but another
    event, and joins a story only by the second."""
    counts = [_weighted_counts(a) for a in articles]
    words = _tf_idf(counts, _by_rarity)
    topic = _tf_idf(counts, _by_input_rarity)
    names = _tf_idf([_proper_names(a) for a in articles], _unweighted)
    # Without leads (a caller that gives none), every article is weighed the first way.
    has_lead = [leads is None or a.id in leads for a in articles]
    figures = [_figures(a) for a in articles]
    return [
        _Profile(*fields)
        for fields in zip(articles, words, topic, names, has_lead, figures, strict=True)
    ]


# A figure exact enough to be the story's own: three significant digits or more, written with
# a thousands group, a decimal point or none ("4,412 votes", "59.6%", "2.84 billion"); not a
# round one that any story may give ("1,000", "250", "3.5%"), not a year, not a piece of a
# telephone number or a code ("414-224-8477", "A-320").
_EXACT_FIGURE = regex.compile(
    r"(?<![\d.,\-/:])(?:\d{1,3}(?:,\d{3})+|\d+\.\d+|\d{3,})(?![\d\-/:]|[.,]\d)"
)
_A_YEAR = regex.compile(r"(?:19|20)\d\d")
# Reports of one event that restate this many of its exact figures tell the same news.
_SHARED_FIGURES = 2


def _figures(article: Article) -> frozenset[str]:
    body = article.text[article.body_start :]
    found = (m.group().replace(",", "") for m in _EXACT_FIGURE.finditer(body))
    return frozenset(
        f for f in found if not _A_YEAR.fullmatch(f) and len(_significant(f)) >= _EXACT_DIGITS
    )


_EXACT_DIGITS = 3


def _significant(figure: str) -> str:
    return figure.replace(".", "").lstrip("0").rstrip("0")


def _restates(profile: _Profile, cluster: _Cluster, articles: Sequence[Article]) -> bool:
    """A later report that restates the story's exact figures (the preliminary count beside
    the certified one, the rate cut the minutes explain) is an update of it, though its lead
    tells a later moment on another day. Only a report published after every one of the
    story's: a round-up of two shootings, read first, must not pull in the first shooting's
    own reports through the figures it recalls of it."""
    published = profile.article.published
    days = [articles[i].published for i in cluster.members]
    if published is None or any(d is None or d > published for d in days):
        return False
    # Within a month: a storm's winds (185 km/h, 115 mph) are another storm's months later.
    if all((published - d).days > _UPDATE_DAYS for d in days if d is not None):
        return False
    return len(profile.figures & cluster.figures) >= _SHARED_FIGURES


_UPDATE_DAYS = 31


_Weight = Callable[[str, int, int], float]


def _tf_idf(counts: Sequence[Mapping[str, float]], weight: _Weight) -> list[_Vector]:
    """Log-scaled counts times `weight(word, articles with it, articles)`."""
    document_frequency = Counter(word for c in counts for word in c)
    n = len(counts)
    vectors = []
    for count in counts:
        weights = {
            word: (1 + math.log(tf)) * weight(word, document_frequency[word], n)
            for word, tf in count.items()
        }
        vectors.append(_Vector(weights, math.sqrt(sum(w * w for w in weights.values())) or 1.0))
    return vectors


# Reports of one story share a word rarer than the words of any news ("police" 5.3, "road"
# 5.2, "officers" 4.9): a place, a name, what happened ("Birmingham" 4.2, "stabbed" 3.9).
_SPECIFIC_ZIPF = 4.5


def _share_a_specific_word(a: Mapping[str, float], b: Mapping[str, float]) -> bool:
    small, large = sorted((a, b), key=len)
    return any(word in large and zipf(word) < _SPECIFIC_ZIPF for word in small)


def _unweighted(word: str, articles_with_it: int, articles: int) -> float:
    return 1.0


def _by_rarity(word: str, articles_with_it: int, articles: int) -> float:
    return _rarity(word) * _input_rarity(articles_with_it, articles)


def _by_input_rarity(word: str, articles_with_it: int, articles: int) -> float:
    return math.log((articles + 1) / (articles_with_it + 1)) + 1


# A word as common as "fire" (Zipf 5) weighs 0.56, "quake" (3.5) 1.3, a town's name (1.5) 2.6:
# squared, so the rare words two reports share decide, not the common ones.
_RARITY_TOP = 8.0
_RARITY_FLOOR = 0.1
# Words in no more articles than one story may have are not discounted for being in many of
# the input's: in one story's reports, the words they share are in all of them.
_STORY_ARTICLES = 20


@functools.lru_cache(maxsize=65536)
def _rarity(word: str) -> float:
    """How much a word says of which story an article tells, by its rarity in English at large.
    A rarity within the input alone fails on the common case, an input of one story."""
    return max(_RARITY_FLOOR, (_RARITY_TOP - zipf(word)) / 4) ** 2


def _input_rarity(articles_with_it: int, articles: int) -> float:
    """In a day's wire, what dozens of stories say ("Ukraine", "drone") tells none apart."""
    return 1 + max(0.0, math.log((articles + 1) / (max(articles_with_it, _STORY_ARTICLES) + 1)))


# A capitalised word inside a sentence: a name of a place, a person, a company, a team.
_CAPITALISED = regex.compile(r"(?<![\p{L}\d'’-])\p{Lu}\p{Ll}+(?:['’-]\p{L}+)*")
# What may stand before a sentence's first word: its capital says nothing.
_SENTENCE_OPENING = regex.compile(r"(?:^|[.!?:;\"“”‘(\[—–]|\s-)[\s\"“‘'(]*$")
_NOT_NAMES = frozenset(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr
    """.split()
)


def _proper_names(article: Article) -> dict[str, float]:
    """The article's proper names with their counts: capitalised words that do not open a
    sentence, the outlet's own name (its dateline, its credits) left out."""
    body = article.text[article.body_start :]
    if article.title and body.lstrip().startswith(article.title):
        body = body.lstrip()[len(article.title) :]
    body = _without_outlet(body, article.outlet or "")
    skip = _NOT_NAMES
    counts: dict[str, float] = {}
    for match in _CAPITALISED.finditer(body):
        if _SENTENCE_OPENING.search(body, max(0, match.start() - 4), match.start()):
            continue
        name = match.group().lower().removesuffix("'s").removesuffix("’s")
        if len(name) >= 3 and name not in skip and name not in _STOPWORDS:
            counts[name] = counts.get(name, 0.0) + 1.0
    return counts


def _without_outlet(body: str, outlet: str) -> str:
    """The body with the outlet's name blanked where it is written ("the Dnipro Herald",
    "(Meridian Wire)"): it names no one of the story. A word of it alone is another matter: the
    Dnipro Herald's "Dnipro" is the city the story happened in."""
    words = [regex.escape(w) for w in _WORD.findall(outlet)]
    if len(words) < 2:
        return body
    alternatives = "|".join(words)
    run = regex.compile(rf"(?<![\p{{L}}])(?:{alternatives})(?:\s+(?:{alternatives}))+(?![\p{{L}}])")
    return run.sub(lambda m: " " * len(m.group()), body)


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


def _score(
    profile: _Profile,
    cluster: _Cluster,
    articles: Sequence[Article],
    leads: Mapping[str, Lead] | None,
) -> _Likeness:
    damping = _lead_damping(profile.article, cluster, articles, leads)
    # Leads of one kind on other days may tell two events of one topic (two stabbings in one
    # city): only words that set the articles apart within the input count then.
    return _similarity_to(profile, cluster, articles, topical=damping < 1).damped(damping)


def _lead_damping(
    article: Article,
    cluster: _Cluster,
    articles: Sequence[Article],
    leads: Mapping[str, Lead] | None,
) -> float:
    """Leads that report the same kind of event on different days ("Friday's shooting",
    "Saturday's shooting") are likely two events: their similarity counts half, and nothing
    when they name no place or person in common (wire copy of two fires reads alike)."""
    mine = (leads or {}).get(article.id)
    if mine is None or not mine.dated:
        return 1.0
    theirs = [
        lead
        for i in cluster.members
        if (lead := (leads or {}).get(articles[i].id))
        and lead.dated
        and lead.category == mine.category
    ]
    if any(_set_apart(mine, lead) or _set_apart(lead, mine) for lead in theirs):
        return 0.0
    if theirs and not any(_leads_meet(lead, mine) for lead in theirs):
        return 0.5 if any(_share_a_name(lead.names, mine.names) for lead in theirs) else 0.0
    return 1.0


def _set_apart(later: Lead, earlier: Lead) -> bool:
    """The later lead dates an earlier event of its kind apart from its own ("after last
    week's deadly earthquake in neighbouring Akhisar"), and the earlier lead is of those days."""
    return (
        later.earlier is not None
        and days_overlap(earlier.day, later.earlier)
        and not _within_a_day(earlier.day, later.day)
    )


def _runs(a: Lead, b: Lead) -> int:
    """How many days apart two leads may be and still report one running event (a strike, a
    flood): only when they name a place or person in common; two fires in two cities four days
    apart are two fires."""
    if not _share_a_name(a.names, b.names):
        return 0
    return max(a.runs_days, b.runs_days)


def _lead_days(lead: Lead) -> tuple[Day, ...]:
    """The lead's day, and the earlier day it gives its own event when its news is a later
    moment of it: a certified count meets the election night's reports."""
    return (lead.day,) if lead.recalled is None else (lead.day, lead.recalled)


def _leads_meet(a: Lead, b: Lead) -> bool:
    """Leads on days within a day of each other (or the days their event runs on)."""
    runs = _runs(a, b)
    return any(_within_a_day(x, y, runs) for x in _lead_days(a) for y in _lead_days(b))


def _within_a_day(a: Day, b: Day, runs_days: int = 0) -> bool:
    """News of the next day is the same story; a strike, a fire or a flood runs on longer."""
    if a.earliest and b.earliest and a.latest and b.latest:
        slack = timedelta(days=max(1, runs_days))
        return a.earliest - slack <= b.latest and b.earliest - slack <= a.latest
    return days_overlap(a, b, runs_days=runs_days)


def _same_lead(
    article: Article,
    cluster: _Cluster,
    articles: Sequence[Article],
    leads: Mapping[str, Lead] | None,
) -> bool:
    mine = (leads or {}).get(article.id)
    if mine is None:
        return False
    for index in cluster.members:
        theirs = (leads or {}).get(articles[index].id)
        if (
            theirs is not None
            and _one_kind(theirs, mine)
            and _leads_meet(theirs, mine)
            and _share_a_name(theirs.names, mine.names)
        ):
            return True
    return False


def _one_kind(a: Lead, b: Lead) -> bool:
    """Leads of one kind of event, or one whose lead also names the other's kind: a
    broadcast that leads with the rescue of hikers 'caught by a flash flood' and the wire's
    flood."""
    return a.category == b.category or a.category in b.kinds or b.category in a.kinds


def _same_named_event(
    article: Article,
    cluster: _Cluster,
    articles: Sequence[Article],
    leads: Mapping[str, Lead] | None,
) -> bool:
    """Leads that name one event ("Typhoon Saranai") on days near each other: one story, however
    few other names a local paper shares with the wire."""
    mine = (leads or {}).get(article.id)
    if mine is None or not mine.event_name:
        return False
    for index in cluster.members:
        theirs = (leads or {}).get(articles[index].id)
        if (
            theirs is not None
            and theirs.event_name == mine.event_name
            and _within_a_day(theirs.day, mine.day, max(theirs.runs_days, mine.runs_days, 3))
        ):
            return True
    return False


@functools.lru_cache(maxsize=65536)
def _share_a_name(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    """'Bavaria' and 'Bavarian', 'Ukraine' and 'Ukrainian' name one place. Leads are weighed
    against each other many times while stories form: the answer is kept."""
    if ours & theirs:
        return True
    # Names of one stem share their first letters: only those are compared.
    by_start: dict[str, list[str]] = {}
    for name in ours:
        by_start.setdefault(_stem_key(name), []).append(name)
    return any(_same_stem(a, b) for b in theirs for a in by_start.get(_stem_key(b), ()))


def _stem_key(name: str) -> str:
    """What two names `_share_a_name` meets have in common: their first letters (all of a
    shorter name's, which meets only itself)."""
    return name[: _MIN_STEM - 1]


def _same_stem(a: str, b: str) -> bool:
    """A place and its people's word: the longer adds a demonym's ending to the shorter's stem
    ('Ukraine', 'Ukrainian'; 'Germany', 'German'), not any letters ('France', 'Francisco')."""
    short, long = sorted((a, b), key=len)
    stem = short[:-1]
    return len(short) >= _MIN_STEM and long.startswith(stem) and long[len(stem) :] in _ENDINGS


# What follows a place's stem in it or in its people's word: Ukrain-e/-ian, Bavari-a/-an,
# Germa-ny/-n, Ital-y/-ian, Russi-a/-an, Chin-a/-ese, Engl-and/-ish.
_ENDINGS = frozenset("a e y n an ian ean ese nese ish ny ns ans ians ic is i ia".split())


_MIN_STEM = 5


def _kinds_meet(category: str, lead_category: str, rulebook: Rulebook | None) -> bool:
    if category == lead_category:
        return True
    broader = rulebook.category(category) if rulebook is not None else None
    return broader is not None and lead_category in broader.covers


def _story_title(articles: Sequence[Article]) -> str:
    titled = [a.title for a in articles if a.title]
    if titled:
        return titled[0]
    first_line = articles[0].text[articles[0].body_start :].strip().split("\n", 1)[0]
    return first_line if len(first_line) <= 80 else first_line[:79].rsplit(" ", 1)[0] + "…"


def place_claims(
    stories: Sequence[Story],
    claims: Sequence[Claim],
    leads: Mapping[str, Lead],
    rulebook: Rulebook | None = None,
) -> tuple[tuple[Story, ...], tuple[tuple[Story, tuple[Claim, ...]], ...]]:
    """Each story with the claims it compares.

    A claim is compared in its article's story, unless it speaks of the event another story
    leads with and of none its own story leads with: a round-up ("the second fatal stabbing
    in the city in a week") reports the other story's event too, and its figures of that event
    are compared there. The round-up article is then listed in both stories.
    """
    story_of = {article: story.id for story in stories for article in story.articles}
    leads_of = {
        story.id: [leads[a] for a in story.articles if a in leads and leads[a].dated]
        for story in stories
    }
    by_kind = _LeadIndex(leads_of)
    placed: dict[str, list[Claim]] = {story.id: [] for story in stories}
    guests: dict[str, list[str]] = {story.id: [] for story in stories}
    for claim in claims:
        home = story_of[claim.article]
        away = _story_it_reports(claim, home, leads_of, rulebook, by_kind)
        if away is None:
            placed[home].append(claim)
            continue
        placed[away].append(replace(claim, event=replace(claim.event, is_lead=True)))
        if claim.article not in guests[away]:
            guests[away].append(claim.article)
    # A name belongs to no one event: a round-up's names are compared in each of its stories.
    # Only the stories with guests are visited, each with its guests' names alone (in input
    # order): scanning every claim for every story grew with the square of the input.
    names_of = _names_by_article(claims, {a for visitors in guests.values() for a in visitors})
    for story, visitors in guests.items():
        if visitors:
            theirs = sorted((n for a in visitors for n in names_of[a]), key=lambda n: n[0])
            placed[story].extend(claim for _, claim in theirs)
    widened = tuple(
        replace(story, articles=(*story.articles, *guests[story.id])) for story in stories
    )
    return widened, tuple((story, tuple(placed[story.id])) for story in widened)


def _names_by_article(
    claims: Sequence[Claim], articles: set[str]
) -> dict[str, list[tuple[int, Claim]]]:
    """The name claims of these articles, each with its place in the input."""
    names: dict[str, list[tuple[int, Claim]]] = {article: [] for article in articles}
    for at, claim in enumerate(claims):
        if claim.article in names and claim.value_kind == ValueKind.NAME:
            names[claim.article].append((at, claim))
    return names


def _story_it_reports(
    claim: Claim,
    home: str,
    leads_of: Mapping[str, Sequence[Lead]],
    rulebook: Rulebook | None = None,
    by_kind: _LeadIndex | None = None,
) -> str | None:
    """The one other story whose lead event the claim reports, or None. Only stories whose
    leads report the claim's kind of event (or one its word covers) and give a name it gives
    are weighed."""
    event = claim.event
    if event.is_lead or not event.category or event.anchor is None or event.distinct:
        return None
    names = _names_written(event)
    if any(_reports(event, lead, rulebook, names) for lead in leads_of[home]):
        return None
    if by_kind is None:
        candidates: Iterable[str] = leads_of
    else:
        kind = rulebook.category(event.category) if rulebook is not None else None
        kinds = {event.category, *(kind.covers if kind is not None else ())}
        candidates = by_kind.stories(kinds, event.anchor, names)
    others = [
        story
        for story in candidates
        if story != home and any(_reports(event, lead, rulebook, names) for lead in leads_of[story])
    ]
    return others[0] if len(others) == 1 else None


class _LeadIndex:
    """The stories whose leads report each kind of event, by the days a figure of that event may
    carry (the lead's days, a day either side, or as long as its event runs on) and by the
    names the leads give: a round-up's figure is weighed against those stories only, not the
    whole day's wire, nor every story of its kind when the figure's day is vague."""

    def __init__(self, leads_of: Mapping[str, Sequence[Lead]]) -> None:
        self._by_day: dict[tuple[str, int], set[str]] = {}
        self._any_day: dict[str, set[str]] = {}
        self._by_name: dict[tuple[str, str], set[str]] = {}
        for story, story_leads in leads_of.items():
            for lead in story_leads:
                for name in lead.names:
                    self._by_name.setdefault((lead.category, _stem_key(name)), set()).add(story)
                first, last = lead.day.earliest, lead.day.latest
                if first is None or last is None or (last - first).days > _SPAN_DAYS:
                    self._any_day.setdefault(lead.category, set()).add(story)
                    continue
                slack = max(1, lead.runs_days)
                for day in range(first.toordinal() - slack, last.toordinal() + slack + 1):
                    self._by_day.setdefault((lead.category, day), set()).add(story)

    def stories(self, kinds: Iterable[str], anchor: Day, names: frozenset[str]) -> set[str]:
        """Stories with a lead of one of the kinds that names one of the names (by stem, as
        `_share_a_name` meets them), on the anchor's days when they are known."""
        first, last = anchor.earliest, anchor.latest
        keys = {_stem_key(name) for name in names}
        found: set[str] = set()
        for kind in kinds:
            named = set().union(*(self._by_name.get((kind, key), ()) for key in keys))
            if not named or first is None or last is None or (last - first).days > _SPAN_DAYS:
                found |= named
                continue
            dated = set(self._any_day.get(kind, ()))
            for day in range(first.toordinal(), last.toordinal() + 1):
                dated |= self._by_day.get((kind, day), set())
            found |= named & dated
        return found


def _names_written(event: Event) -> frozenset[str]:
    """The words of the places, people and name the event is told with, lowercased."""
    written = (*event.places, *event.participants, event.name)
    return frozenset(word.lower() for name in written for word in name.split())


def _reports(
    event: Event,
    lead: Lead,
    rulebook: Rulebook | None = None,
    names: frozenset[str] | None = None,
) -> bool:
    """Same kind of event (or a broader word for it: "the attack at the Neon Lounge" in a
    story of a shooting), on the lead's day or the next, in a place the lead names. `names`:
    the event's `_names_written`, when the caller weighs it against many leads."""
    if event.anchor is None or not _kinds_meet(event.category, lead.category, rulebook):
        return False
    within = _within_a_day(event.anchor, lead.day, lead.runs_days)
    return within and _share_a_name(_names_written(event) if names is None else names, lead.names)
