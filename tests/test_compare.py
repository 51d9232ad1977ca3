"""Interval logic and verdicts: what counts as a conflict, a variant, or an agreement."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from discrepancy.align import Group
from discrepancy.compare import compare, days_agree, describe_day, describe_interval
from discrepancy.model import Claim, Day, Event, FindingKind, Interval, Severity, ValueKind
from discrepancy.rulebook import load_rulebook

RULES = load_rulebook()
INF = None


def count(article: str, low: float | None, high: float | None, **extra: object) -> Claim:
    fields: dict[str, object] = {
        "id": f"{article}#{low}-{high}",
        "article": article,
        "slot": "casualties.killed",
        "value_kind": ValueKind.COUNT,
        "text": f"{low}..{high}",
        "sentence": "",
        "start": 0,
        "end": 1,
        "interval": Interval(low, high),
    }
    fields.update(extra)
    return Claim(**fields)  # type: ignore[arg-type]


def verdict(*claims: Claim, slot: str = "casualties.killed") -> tuple[FindingKind, Severity, str]:
    [finding] = compare(Group("story-1", slot, claims), RULES)
    return finding.kind, finding.severity, finding.message


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        pytest.param(
            Interval(1, 1), Interval(2, INF), FindingKind.CONFLICT, id="one_vs_at_least_two"
        ),
        pytest.param(
            Interval(3, 3), Interval(2, INF), FindingKind.VARIANT, id="three_within_at_least_two"
        ),
        pytest.param(
            Interval(7, 7), Interval(5, 5), FindingKind.CONFLICT, id="early_and_later_toll"
        ),
        pytest.param(Interval(40, 40), Interval(24, 99), FindingKind.VARIANT, id="dozens_vs_forty"),
        pytest.param(
            Interval(15, 15), Interval(24, 99), FindingKind.CONFLICT, id="dozens_vs_fifteen"
        ),
        pytest.param(
            Interval(5000, INF, low_inclusive=False),
            Interval(5000, INF, low_inclusive=False),
            FindingKind.AGREEMENT,
            id="more_than_5000_written_two_ways",
        ),
        pytest.param(
            Interval(5000, 5000),
            Interval(5000, INF, low_inclusive=False),
            FindingKind.VARIANT,
            id="round_5000_vs_more_than_5000_is_rounding",
        ),
        pytest.param(
            Interval(1, 1),
            Interval(1, INF, low_inclusive=False),
            FindingKind.CONFLICT,
            id="one_vs_more_than_one_is_exact",
        ),
        pytest.param(
            Interval(0, 100, high_inclusive=False),
            Interval(100, INF, low_inclusive=False),
            FindingKind.CONFLICT,
            id="fewer_than_vs_more_than_the_same_figure",
        ),
        pytest.param(
            Interval(900, 1100),
            Interval(1000, 1000),
            FindingKind.VARIANT,
            id="roughly_1000_vs_1000",
        ),
        pytest.param(
            Interval(900, 1100),
            Interval(1200, 1200),
            FindingKind.CONFLICT,
            id="roughly_1000_vs_1200",
        ),
        pytest.param(
            Interval(0, 10), Interval(12, 12), FindingKind.CONFLICT, id="up_to_ten_vs_twelve"
        ),
    ],
)
def test_interval_verdicts(a: Interval, b: Interval, kind: FindingKind) -> None:
    first = count("a", None, None, interval=a, id="a#1")
    second = count("b", None, None, interval=b, id="b#1")
    assert verdict(first, second)[0] == kind


def test_conflict_takes_the_rules_severity_and_says_why() -> None:
    kind, severity, message = verdict(count("000", 1, 1), count("001", 2, INF))
    assert (kind, severity) == (FindingKind.CONFLICT, Severity.HIGH)
    assert "000 says 1" in message and "001 says at least 2" in message
    assert "cannot both be true" in message


def test_per_side_figure_is_compatible_with_its_total() -> None:
    per_side = count("001", 1000, 1000, distributive=True)
    total = count("000", 2000, 2000)
    kind, _, message = verdict(per_side, total, slot="prisoners.exchanged")
    assert kind == FindingKind.VARIANT
    assert "per side" in message


def test_per_side_figure_still_clashes_with_neither_reading() -> None:
    per_side = count("001", 1000, 1000, distributive=True)
    other = count("000", 5000, 5000)
    assert verdict(per_side, other, slot="prisoners.exchanged")[0] == FindingKind.CONFLICT


def test_one_source_alone_is_single() -> None:
    assert verdict(count("000", 3, 3))[0] == FindingKind.SINGLE


def test_same_article_twice_is_not_a_conflict_between_sources() -> None:
    first = count("000", 1, 1, id="000#1")
    second = count("000", 2, 2, id="000#2")
    assert verdict(first, second)[0] == FindingKind.SINGLE


def test_consensus_names_the_value_most_sources_allow() -> None:
    claims = [count("a", 7, 7), count("b", 7, 7), count("c", 5, INF), count("d", 5, 5)]
    [finding] = compare(Group("s", "casualties.killed", tuple(claims)), RULES)
    assert finding.kind == FindingKind.CONFLICT
    assert finding.consensus.startswith("7 (3 of 4 sources)")


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        pytest.param(
            Day(weekday=0, part_of_day="morning"),
            Day(weekday=0, time="10:00"),
            True,
            id="monday_morning_vs_10am",
        ),
        pytest.param(
            Day(weekday=0, part_of_day="morning"),
            Day(weekday=0, time="15:00"),
            False,
            id="morning_vs_3pm",
        ),
        pytest.param(
            Day(weekday=4),
            Day(date(2025, 5, 16), 4, earliest=date(2025, 5, 16), latest=date(2025, 5, 16)),
            True,
            id="friday_vs_may_16",
        ),
        pytest.param(Day(weekday=4), Day(weekday=3), False, id="friday_vs_thursday"),
        pytest.param(
            Day(date(2025, 5, 18), 6, earliest=date(2025, 5, 18), latest=date(2025, 5, 18)),
            Day(date(2025, 5, 18), 6, earliest=date(2025, 5, 18), latest=date(2025, 5, 18)),
            True,
            id="sunday_from_two_publication_dates",
        ),
        pytest.param(Day(time="10:00"), Day(time="22:00"), False, id="different_clock_times"),
        pytest.param(
            Day(earliest=date(2025, 5, 5), latest=date(2025, 5, 17)),
            Day(date(2025, 5, 16), 4, earliest=date(2025, 5, 16), latest=date(2025, 5, 16)),
            True,
            id="last_week_contains_friday",
        ),
    ],
)
def test_days_agree(a: Day, b: Day, agree: bool) -> None:
    assert days_agree(a, b) is agree


@pytest.mark.parametrize(
    ("interval", "words"),
    [
        (Interval(1, 1), "1"),
        (Interval(2, None), "at least 2"),
        (Interval(5000, None, low_inclusive=False), "more than 5,000"),
        (Interval(0, 10), "up to 10"),
        (Interval(0, 10, high_inclusive=False), "fewer than 10"),
        (Interval(900, 1100), "between 900 and 1,100"),
    ],
)
def test_describe_interval_in_editors_words(interval: Interval, words: str) -> None:
    assert describe_interval(interval) == words


def test_durations_are_described_in_hours() -> None:
    assert describe_interval(Interval(7200, 7200), seconds=True) == "2 hours"


def name(article: str, spelling: str) -> Claim:
    return Claim(
        id=f"{article}#{spelling}",
        article=article,
        slot="names.spelling",
        value_kind=ValueKind.NAME,
        text=spelling,
        sentence=spelling,
        start=0,
        end=len(spelling),
        name=spelling,
    )


def test_a_misspelling_in_one_source_against_two_names_the_usual_spelling() -> None:
    claims = (name("a", "Ron Thomas"), name("b", "Ron Tomas"), name("c", "Ron Thomas"))
    [finding] = compare(Group("s", "names.spelling", claims), RULES)
    assert finding.kind == FindingKind.CONFLICT
    assert finding.consensus == "Ron Thomas"
    assert "'Ron Tomas' (b): likely a misspelling of 'Ron Thomas'" in finding.message


def test_a_tie_between_spellings_does_not_pick_a_winner() -> None:
    claims = (name("a", "Ron Thomas"), name("b", "Ron Tomas"))
    [finding] = compare(Group("s", "names.spelling", claims), RULES)
    assert finding.kind == FindingKind.CONFLICT
    assert finding.consensus == ""
    assert "one is likely misspelt" in finding.message


def test_spellings_listed_as_one_person_are_not_compared() -> None:
    """A desk's `same_person`: the listed spellings count as one, and pool their support."""
    from dataclasses import replace

    rulebook = replace(RULES, same_person=(("Ron Thomas", "ron  tomas"),))
    claims = (name("a", "Ron Thomas"), name("b", "Ron Tomas"), name("c", "Ron Thomass"))
    [finding] = compare(Group("s", "names.spelling", claims), rulebook)
    assert finding.claims[0] == "c#Ron Thomass"  # only the unlisted spelling is odd
    assert finding.consensus == "Ron Thomas"  # Thomas and Tomas: two sources against one
    assert compare(Group("s", "names.spelling", claims[:2]), rulebook) == []


def test_the_name_severity_is_the_rulebooks() -> None:
    from dataclasses import replace

    claims = (name("a", "Ron Thomas"), name("b", "Ron Tomas"), name("c", "Ron Thomas"))
    rulebook = replace(RULES, name_severity=Severity.LOW)
    [finding] = compare(Group("s", "names.spelling", claims), rulebook)
    assert finding.severity == Severity.LOW


def test_a_rules_tolerance_widens_both_figures() -> None:
    from dataclasses import replace

    from discrepancy.rulebook import Rulebook

    tolerant = replace(RULES.rule("casualties.killed"), tolerance=0.1)
    rulebook = Rulebook((tolerant,), RULES.events, RULES.folds)
    claims = (count("a", 100, 100), count("b", 115, 115))
    [strict] = compare(Group("s", "casualties.killed", claims), RULES)
    [lenient] = compare(Group("s", "casualties.killed", claims), rulebook)
    assert strict.kind == FindingKind.CONFLICT
    assert lenient.kind == FindingKind.VARIANT


def test_a_conflict_says_which_figure_is_newer_when_the_days_are_known() -> None:
    early, late = count("a", 5, 5), count("b", 7, 7)
    days = {"a": date(2025, 3, 14), "b": date(2025, 3, 15)}
    [finding] = compare(Group("s", "casualties.killed", (early, late)), RULES, published=days)
    assert finding.kind == FindingKind.CONFLICT
    assert "newer report (b, 2025-03-15) has it rose from 5 to 7" in finding.message


def test_one_original_source_quoted_by_several_articles_counts_once() -> None:
    police = [count(a, 5, 5, attribution="police") for a in ("a", "b", "c")]
    others = [count("d", 7, 7, attribution="the hospital"), count("e", 7, 7)]
    [finding] = compare(Group("s", "casualties.killed", (*police, *others)), RULES)
    # Five articles but three sources: police (5), the hospital (7), article e (7).
    assert finding.consensus.startswith("7 (2 of 3 sources)")
    assert "outliers: a (5)" in finding.consensus


def test_two_scores_of_one_match_conflict() -> None:
    def score(article: str, written: str) -> Claim:
        result = "-".join(sorted(written.split("-"), reverse=True))
        return count(
            article, None, None, slot="match.score", value_kind=ValueKind.SCORE,
            interval=None, figure=written, name=result, id=f"{article}#score",
        )  # fmt: skip

    [same] = compare(Group("s", "match.score", (score("a", "2-1"), score("b", "1-2"))), RULES)
    [other] = compare(Group("s", "match.score", (score("a", "2-1"), score("b", "3-1"))), RULES)
    assert same.kind == FindingKind.AGREEMENT
    assert other.kind == FindingKind.CONFLICT
    assert "a says 2-1; b says 3-1" in other.message


def test_no_rise_is_claimed_when_the_newest_report_keeps_the_old_figure() -> None:
    claims = (count("a", 3, 3), count("b", 4, 4), count("c", 3, 3))
    days = {"a": date(2026, 3, 10), "b": date(2026, 3, 12), "c": date(2026, 3, 17)}
    [finding] = compare(Group("s", "casualties.injured", claims), RULES, published=days)
    assert finding.kind == FindingKind.CONFLICT
    assert "rose" not in finding.message
    assert "the newest report (c, 2026-03-17) has 3" in finding.message


def _on(iso: str, clock: str | None = None, hedge: str = "") -> Day:
    d = date.fromisoformat(iso)
    return Day(d, d.weekday(), clock, earliest=d, latest=d, time_hedge=hedge)


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        pytest.param(
            _on("2026-03-10", "02:40"),
            _on("2026-03-10", "03:00", "before"),
            True,
            id="2:40_is_shortly_before_3am",
        ),
        pytest.param(
            _on("2026-03-10", "07:45", "before"),
            _on("2026-03-10", "08:15", "about"),
            False,
            id="just_before_7:45_is_not_about_8:15",
        ),
        pytest.param(
            _on("2026-03-10", "02:30", "about"),
            _on("2026-03-10", "02:40"),
            True,
            id="about_2:30_covers_2:40",
        ),
        pytest.param(
            _on("2026-03-10", "07:40"), _on("2026-03-10", "07:55"), False, id="7:40_is_not_7:55"
        ),
        pytest.param(
            Day(weekday=1, part_of_day="morning"),
            _on("2026-03-10", "02:30"),
            True,
            id="this_morning_holds_2:30am",
        ),
        pytest.param(
            _on("2026-09-09", "23:45"),
            _on("2026-09-10"),
            True,
            id="11:45pm_wednesday_is_thursday_in_another_time_zone",
        ),
        pytest.param(
            _on("2026-09-09", "21:00"), _on("2026-09-10"), False, id="9pm_wednesday_is_not_thursday"
        ),
        pytest.param(
            _on("2026-09-09", "23:45"),
            _on("2026-09-11"),
            False,
            id="near_midnight_reaches_one_day_only",
        ),
    ],
)
def test_clock_times_agree_within_their_hedges(a: Day, b: Day, agree: bool) -> None:
    assert days_agree(a, b) is agree


def test_two_counts_of_bodies_found_clash_though_the_tolls_they_bound_agree() -> None:
    seven = count("001", 7, INF, qualifier="at least", found=Interval(7, 7))
    nine = count("003", 9, INF, qualifier="at least", found=Interval(9, INF))
    kind, _, message = verdict(seven, nine)
    assert kind == FindingKind.CONFLICT
    assert "7 found is below at least 9 found" in message
    # a toll of eight is what seven bodies found allows: no clash with a count of the dead
    toll = count("002", 8, 8)
    assert verdict(seven, toll)[0] == FindingKind.VARIANT


@pytest.mark.parametrize(
    ("later_age", "published", "kind"),
    [
        # a birthday may fall between reports two months apart
        pytest.param(59, date(2025, 12, 14), FindingKind.VARIANT, id="a_year_older_months_on"),
        pytest.param(61, date(2025, 12, 14), FindingKind.CONFLICT, id="three_years_older"),
        # within a month, one person has one age
        pytest.param(59, date(2025, 10, 20), FindingKind.CONFLICT, id="a_year_older_days_on"),
    ],
)
def test_one_person_s_ages_reported_months_apart(
    later_age: int, published: date, kind: FindingKind
) -> None:
    def age(article: str, years: int, reported: date) -> Claim:
        return count(
            article, years, years, slot="person.age", value_kind=ValueKind.MEASURE,
            unit="years", subject="al-sulaiti", event=Event(reported=reported),
        )  # fmt: skip

    october = age("002", 58, date(2025, 10, 10))
    assert verdict(october, age("005", later_age, published), slot="person.age")[0] == kind


def test_a_date_with_the_wrong_weekday_meets_no_report_of_that_date() -> None:
    friday = Day(date(2025, 7, 25), 4, earliest=date(2025, 7, 25), latest=date(2025, 7, 25))
    misnamed = replace(friday, misnamed_weekday=3)
    assert days_agree(friday, friday)
    assert not days_agree(misnamed, friday)
    assert days_agree(misnamed, misnamed)
    assert describe_day(misnamed) == (
        "Thursday 2025-07-25 (a Friday: the weekday and the date disagree)"
    )
