"""The scorer: a reported conflict is a hit only on the gold's slot, articles and quotes."""

from __future__ import annotations

from discrepancy.evaluate import mixing, score, total
from discrepancy.model import (
    Article,
    Claim,
    Finding,
    FindingKind,
    Interval,
    Report,
    Severity,
    Story,
    ValueKind,
)


def _claim(article: str, sentence: str) -> Claim:
    return Claim(
        id=f"{article}#1",
        article=article,
        slot="casualties.killed",
        value_kind=ValueKind.COUNT,
        text="x",
        sentence=sentence,
        start=0,
        end=1,
        interval=Interval(1, 1),
    )


def _report(*sentences: tuple[str, str]) -> Report:
    claims = tuple(_claim(a, s) for a, s in sentences)
    finding = Finding(
        "F1", "story-1", "casualties.killed", "People killed", FindingKind.CONFLICT,
        Severity.HIGH, tuple(c.id for c in claims), "differ",
    )  # fmt: skip
    articles = tuple(Article(a, f"{a}.md", s) for a, s in sentences)
    story = Story("story-1", tuple(a for a, _ in sentences))
    return Report(articles, (story,), claims, (finding,))


GOLD = {
    "conflicts": [
        {
            "slot": "casualties.killed",
            "articles": ["a", "b"],
            "quotes": ["killing one woman", "two were killed"],
        }
    ]
}


def test_a_conflict_on_the_gold_s_quotes_is_a_hit() -> None:
    result = score(
        _report(("a", "An attack, killing one woman."), ("b", "Also two were killed.")), GOLD
    )
    assert (result.precision, result.recall, result.false_alarms) == (1.0, 1.0, ())


def test_a_clash_of_misread_figures_in_the_same_articles_is_a_false_alarm() -> None:
    result = score(_report(("a", "A 4-year-old."), ("b", "In 2014.")), GOLD)
    assert (result.precision, result.recall) == (0.0, 0.0)
    assert len(result.false_alarms) == 1 and len(result.misses) == 1


def test_totals_count_every_conflict_once() -> None:
    hit = score(_report(("a", "killing one woman"), ("b", "two were killed")), GOLD)
    miss = score(_report(("a", "nothing"), ("b", "nothing")), GOLD)
    overall = total([hit, miss])
    assert (overall.true_positives, overall.reported, overall.expected) == (1, 2, 2)
    assert overall.precision == overall.recall == 0.5


def test_mixing_names_a_story_that_holds_two_gold_stories() -> None:
    report = _report(("a", "killing one woman"), ("b", "two were killed"))
    mixed = mixing(report, {"a": "quake#0", "b": "shooting#0"})
    assert mixed.merged and mixed.crossing_conflicts


def _report_of(*claims: Claim) -> Report:
    finding = Finding(
        "F1", "story-1", "company.revenue", "Revenue", FindingKind.CONFLICT,
        Severity.MEDIUM, tuple(c.id for c in claims), "differ",
    )  # fmt: skip
    articles = tuple(Article(c.article, f"{c.article}.md", c.sentence) for c in claims)
    story = Story("story-1", tuple(c.article for c in claims))
    return Report(articles, (story,), claims, (finding,))


def _revenue(article: str, text: str, sentence: str) -> Claim:
    return Claim(
        id=f"{article}#1", article=article, slot="company.revenue", value_kind=ValueKind.MEASURE,
        text=text, sentence=sentence, start=0, end=len(text), interval=Interval(1, 1),
    )  # fmt: skip


NEVER = {
    "never_compare": [
        {
            "slot": "company.revenue",
            "a": {"article": "a", "quote": "from $4.51 billion a year earlier"},
            "b": {"article": "b", "quote": "$4.7bn in revenue"},
        }
    ]
}
SENTENCE = "Revenue fell to $4.21 billion from $4.51 billion a year earlier."


def test_a_finding_mixes_events_only_through_the_quoted_figure_itself() -> None:
    this_quarter = _revenue("a", "Revenue fell to $4.21 billion", SENTENCE)
    last_year = _revenue("a", "from $4.51 billion", SENTENCE)
    theirs = _revenue("b", "$4.7bn in revenue", "It had $4.7bn in revenue.")
    assert score(_report_of(this_quarter, theirs), NEVER).mixed_events == ()
    assert len(score(_report_of(last_year, theirs), NEVER).mixed_events) == 1


def test_a_conflict_the_gold_lists_as_unslotted_is_not_scored() -> None:
    """A real disagreement no slot can express (a mine's depth) is no false alarm, and no hit."""
    report = _report(("a", "The shaft is 120 metres deep."), ("b", "It is 200 metres deep."))
    depth = {"articles": ["a", "b"], "quotes": ["120 metres", "200 metres"], "note": "depth"}
    result = score(report, {"conflicts": [], "unslotted": [depth]})
    assert (result.reported, result.false_alarms, len(result.unscored)) == (0, (), 1)
    # without the entry, or with quotes on one side only or none, it is a false alarm
    for unslotted in ([], [{**depth, "quotes": ["120 metres"]}], [{"articles": ["a", "b"]}]):
        scored = score(report, {"conflicts": [], "unslotted": unslotted})
        assert len(scored.false_alarms) == 1 and scored.unscored == ()
