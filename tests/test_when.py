"""Tests for discrepancy.when: time expressions in news text, read against the publication date."""

from __future__ import annotations

import itertools
import re
import time
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy import when
from discrepancy.model import When

SUN = date(2025, 5, 18)  # a Sunday
MON = date(2025, 5, 19)
SAT = date(2025, 5, 17)
HOUR = 3600.0
DAY = 86400.0
YEAR = 365.25 * DAY
MONTH = 30.44 * DAY


def d(iso: str) -> date:
    return date.fromisoformat(iso)


def only(text: str, published: date | None, span: str) -> When:
    """The one expression whose text is `span` (case-insensitive)."""
    found = [w for w in when.parse(text, published) if w.text.lower() == span.lower()]
    assert len(found) == 1, [w.text for w in when.parse(text, published)]
    return found[0]


def check(item: When, expected: dict[str, Any]) -> None:
    for name, value in expected.items():
        got = getattr(item, name)
        if isinstance(value, float):
            assert got == pytest.approx(value), name
        else:
            assert got == value, f"{name}: {got!r} != {value!r}"


def case(text: str, published: date | None, span: str, id: str, **expected: Any) -> Any:
    return pytest.param(text, published, span, expected, id=id)


# --- days ----------------------------------------------------------------------------------------

DAY_CASES = [
    case(
        "Vance met with Zelenskyy in Rome on Sunday",
        MON,
        "on Sunday",
        "sunday-in-monday-article",
        kind="day",
        date=d("2025-05-18"),
        weekday=6,
    ),
    case(
        "Vance met with Zelenskyy in Rome on Sunday",
        SUN,
        "on Sunday",
        "sunday-same-day",
        date=d("2025-05-18"),
        earliest=d("2025-05-18"),
        latest=d("2025-05-18"),
    ),
    case(
        "Vance met with Zelenskyy in Rome on Sunday",
        None,
        "on Sunday",
        "sunday-unresolved",
        kind="day",
        date=None,
        weekday=6,
        earliest=None,
        latest=None,
    ),
    case(
        "a phone call scheduled for Monday morning between President Donald Trump and Russian "
        "President Vladimir Putin",
        SUN,
        "Monday morning",
        "scheduled-for-is-future",
        date=d("2025-05-19"),
        part_of_day="morning",
        weekday=0,
    ),
    case(
        "I WILL BE SPEAKING, BY TELEPHONE, TO PRESIDENT VLADIMIR PUTIN OF RUSSIA ON MONDAY, AT "
        "10:00 A.M. THE SUBJECTS",
        SUN,
        "ON MONDAY, AT 10:00 A.M.",
        "all-caps-day-with-time",
        kind="day",
        date=d("2025-05-19"),
        time="10:00",
        weekday=0,
    ),
    case(
        "I will be speaking, by telephone, to President Vladimir Putin of Russia on Monday, at "
        "10:00 am The subjects",
        MON,
        "on Monday, at 10:00 am",
        "future-on-the-day-itself",
        date=d("2025-05-19"),
        time="10:00",
    ),
    case(
        "Trump said he will speak on Monday",
        SAT,
        "on Monday",
        "will-speak-from-saturday",
        date=d("2025-05-19"),
    ),
    case(
        "Trump said he will speak on Monday",
        MON,
        "on Monday",
        "will-speak-same-monday",
        date=d("2025-05-19"),
    ),
    case(
        "Trump spoke on Monday", SAT, "on Monday", "past-monday-from-saturday", date=d("2025-05-12")
    ),
    case(
        "Friday's talks in Turkey",
        SUN,
        "Friday's",
        "possessive-day",
        kind="day",
        date=d("2025-05-16"),
        weekday=4,
    ),
    case("Friday’s talks in Turkey", SUN, "Friday’s", "curly-possessive-day", date=d("2025-05-16")),
    case(
        "Sunday's two-hour-long liturgy",
        MON,
        "Sunday's",
        "possessive-before-duration",
        date=d("2025-05-18"),
    ),
    case(
        "Meanwhile Sunday, Russia launched its largest drone attack",
        SUN,
        "Sunday",
        "bare-weekday",
        date=d("2025-05-18"),
    ),
    case(
        "Earlier Sunday, Zelenskyy shook hands with Vance",
        SUN,
        "Earlier Sunday",
        "earlier-weekday",
        date=d("2025-05-18"),
        part_of_day=None,
    ),
    case(
        "The strike happened late Friday near Kharkiv",
        SUN,
        "late Friday",
        "late-friday",
        date=d("2025-05-16"),
        part_of_day="late",
    ),
    case(
        "The strike happened early Saturday near Kharkiv",
        SUN,
        "early Saturday",
        "early-saturday",
        date=d("2025-05-17"),
        part_of_day="early",
    ),
    case(
        "Explosions were heard Sunday night in Kyiv",
        MON,
        "Sunday night",
        "sunday-night",
        date=d("2025-05-18"),
        part_of_day="night",
    ),
    case(
        "The talks resumed on Monday afternoon",
        MON,
        "on Monday afternoon",
        "monday-afternoon",
        date=d("2025-05-19"),
        part_of_day="afternoon",
    ),
    case(
        "Officials met last Monday in Geneva",
        MON,
        "last Monday",
        "last-monday-strictly-before",
        date=d("2025-05-12"),
    ),
    case(
        "Officials met last Friday in Geneva",
        SUN,
        "last Friday",
        "last-friday",
        date=d("2025-05-16"),
    ),
    case(
        "The leaders will meet next Monday",
        SAT,
        "next Monday",
        "next-monday-from-saturday",
        date=d("2025-05-19"),
    ),
    case(
        "The leaders will meet next Monday",
        MON,
        "next Monday",
        "next-monday-from-monday",
        date=d("2025-05-26"),
    ),
    case(
        "The vote is set for this coming Monday",
        SUN,
        "this coming Monday",
        "this-coming",
        date=d("2025-05-19"),
    ),
    case(
        "Trump announced plans for separate Monday phone calls with Putin",
        SUN,
        "Monday",
        "plans-for-monday-calls",
        date=d("2025-05-19"),
    ),
    case(
        "Trump announced plans for separate Monday phone calls in a Saturday post",
        SUN,
        "Saturday",
        "tense-belongs-to-the-earlier-day",
        date=d("2025-05-17"),
    ),
    case(
        "The summit is due to open on Thursday",
        SUN,
        "on Thursday",
        "due-to-is-future",
        date=d("2025-05-22"),
    ),
    case(
        "The ceremony is to be held on Wednesday",
        SUN,
        "on Wednesday",
        "to-be-held",
        date=d("2025-05-21"),
    ),
    case(
        "Negotiators are expected to return Tuesday",
        SUN,
        "Tuesday",
        "expected-is-future",
        date=d("2025-05-20"),
    ),
    case(
        "The delegation is set to arrive on Friday",
        SUN,
        "on Friday",
        "set-to-is-future",
        date=d("2025-05-23"),
    ),
    case(
        "ahead of the upcoming Tuesday deadline",
        SUN,
        "upcoming Tuesday",
        "upcoming",
        date=d("2025-05-20"),
    ),
    case(
        "the summit planned for Thursday in Brussels",
        SUN,
        "Thursday",
        "planned-for",
        date=d("2025-05-22"),
    ),
    case(
        "Trump said on Friday, during his tour, that he wants to meet Putin",
        SUN,
        "on Friday",
        "said-on-friday-is-past",
        date=d("2025-05-16"),
    ),
    case(
        "He will go to Kyiv, he said Monday",
        SUN,
        "Monday",
        "past-verb-after-future-marker",
        date=d("2025-05-12"),
    ),
    case(
        "Trump posted on Truth Social on Thursday",
        date(2025, 4, 26),
        "on Thursday",
        "thursday-in-saturday-article",
        date=d("2025-04-24"),
    ),
    case("Speaking Sunday on ABC News", SUN, "Sunday", "speaking-sunday", date=d("2025-05-18")),
    case(
        "in an interview with Fox News Sunday on the crisis",
        SUN,
        "on the crisis",
        "fox-news-sunday-is-a-show-not-a-day",
        kind=None,
    ),
    case("the Bloody Sunday inquiry", SUN, "Sunday", "bloody-sunday-is-a-name", kind=None),
    case(
        "Monday at 10am the talks open",
        SUN,
        "Monday at 10am",
        "monday-at-10am",
        time="10:00",
        weekday=0,
    ),
    case(
        "The call started at 10:00 on Monday",
        MON,
        "at 10:00 on Monday",
        "time-then-day",
        kind="day",
        time="10:00",
        date=d("2025-05-19"),
    ),
    case(
        "On Friday, Trump's envoy met Putin",
        date(2025, 4, 26),
        "On Friday",
        "capitalised-on-friday",
        date=d("2025-04-25"),
    ),
    case(
        "ON SATURDAY THE KREMLIN SAID",
        SUN,
        "ON SATURDAY",
        "all-caps-saturday",
        date=d("2025-05-17"),
    ),
    case(
        "the attack on Wednesday",
        None,
        "on Wednesday",
        "wednesday-unresolved",
        weekday=2,
        date=None,
    ),
    case(
        "a meeting on Tuesday", SUN, "on Tuesday", "tuesday-past", weekday=1, date=d("2025-05-13")
    ),
    case(
        "Trump will host the talks this Monday",
        SUN,
        "this Monday",
        "this-monday-future",
        date=d("2025-05-19"),
    ),
    case(
        "Trump hosted the talks this Monday",
        date(2025, 5, 21),
        "this Monday",
        "this-monday-past",
        date=d("2025-05-19"),
    ),
    case(
        "a Saturday post on Truth Social",
        SUN,
        "Saturday",
        "attributive-saturday",
        date=d("2025-05-17"),
    ),
]

# --- clock times ---------------------------------------------------------------------------------

TIME_CASES = [
    case(
        "The call began at 22:30 GMT",
        SUN,
        "at 22:30 GMT",
        "gmt-24h",
        kind="time",
        time="22:30",
        approximate=False,
    ),
    case("The call began at 22:30", SUN, "at 22:30", "24h", time="22:30"),
    case("The call began at 10:00 a.m.", SUN, "at 10:00 a.m.", "am-dotted", time="10:00"),
    case(
        "The call began at 10 a.m. local time",
        SUN,
        "at 10 a.m. local time",
        "local-time",
        time="10:00",
    ),
    case("The call began at 10am", SUN, "at 10am", "am-joined", time="10:00"),
    case("The call began at 10:00 am", SUN, "at 10:00 am", "am-spaced", time="10:00"),
    case("The call began at 3:45 p.m.", SUN, "at 3:45 p.m.", "pm", time="15:45"),
    case("The call began at 12 p.m.", SUN, "at 12 p.m.", "twelve-pm-is-noon", time="12:00"),
    case("The call began at 12 a.m.", SUN, "at 12 a.m.", "twelve-am-is-midnight", time="00:00"),
    case("The curfew starts at midnight", SUN, "at midnight", "midnight", time="00:00"),
    case("They met at noon", SUN, "at noon", "noon", time="12:00"),
    case(
        "ON THURSDAY AT 10:00 A.M. THE SIRENS SOUNDED",
        SUN,
        "ON THURSDAY AT 10:00 A.M.",
        "all-caps-day-time",
        time="10:00",
        weekday=3,
    ),
    case(
        "Sirens sounded around 3 a.m. in Kyiv",
        SUN,
        "around 3 a.m.",
        "hedged-time",
        time="03:00",
        approximate=True,
    ),
    case(
        "Sirens sounded shortly after midnight",
        SUN,
        "shortly after midnight",
        "shortly-after-midnight",
        time="00:00",
        approximate=True,
    ),
    case("Sirens sounded at 7 o'clock", SUN, "at 7 o'clock", "oclock", time="07:00"),
    case("Sirens sounded at 10.30pm", SUN, "at 10.30pm", "dotted-minutes", time="22:30"),
    case("The afternoon session ended", SUN, "noon", "no-noon-inside-afternoon", kind=None),
    case("The score was 2:1 after extra time", SUN, "2:1", "score-is-not-time", kind=None),
    case("The blast hit at 05:40 Kyiv time", SUN, "at 05:40 Kyiv time", "kyiv-time", time="05:40"),
]

# --- dates ---------------------------------------------------------------------------------------

DATE_CASES = [
    case(
        "the May 16 session of the Ukraine-Russia talks",
        MON,
        "May 16",
        "month-day",
        kind="date",
        date=d("2025-05-16"),
        weekday=4,
    ),
    case(
        "the May 16 session of the Ukraine-Russia talks",
        None,
        "May 16",
        "month-day-unresolved",
        kind="date",
        date=None,
        earliest=None,
    ),
    case("talks on 16 May in Istanbul", MON, "on 16 May", "day-month", date=d("2025-05-16")),
    case(
        "talks on May 16, 2025 in Istanbul",
        None,
        "on May 16, 2025",
        "written-year-no-published",
        date=d("2025-05-16"),
        weekday=4,
    ),
    case(
        "talks on 16 May 2025 in Istanbul",
        None,
        "on 16 May 2025",
        "day-month-year",
        date=d("2025-05-16"),
    ),
    case(
        "published 2025-05-18 in Kyiv", None, "2025-05-18", "iso", date=d("2025-05-18"), weekday=6
    ),
    case("the 5/16 talks", MON, "5/16", "us-month-day", date=d("2025-05-16")),
    case("the 5/16/2025 talks", None, "5/16/2025", "us-with-year", date=d("2025-05-16")),
    case("the 5/16/25 talks", None, "5/16/25", "us-two-digit-year", date=d("2025-05-16")),
    case(
        "On Friday, May 16, the delegations met",
        MON,
        "On Friday, May 16",
        "weekday-and-date",
        kind="date",
        date=d("2025-05-16"),
        weekday=4,
    ),
    case(
        "the Friday, May 16 meeting",
        None,
        "Friday, May 16",
        "weekday-and-date-unresolved",
        kind="date",
        date=None,
        weekday=4,
    ),
    case("talks on May 16th", MON, "on May 16th", "ordinal-suffix", date=d("2025-05-16")),
    case(
        "talks on the 16th of May",
        MON,
        "on the 16th of May",
        "on-the-16th-of-may",
        date=d("2025-05-16"),
    ),
    case(
        "The talks took place on the 16th",
        MON,
        "on the 16th",
        "ordinal-in-published-month",
        date=d("2025-05-16"),
    ),
    case(
        "The talks took place on the 20th",
        MON,
        "on the 20th",
        "ordinal-in-previous-month",
        date=d("2025-04-20"),
    ),
    case(
        "The talks took place on the 16th",
        None,
        "on the 16th",
        "ordinal-unresolved",
        date=None,
        kind="date",
    ),
    case(
        "the war began on Feb. 24, 2022",
        None,
        "on Feb. 24, 2022",
        "ap-abbreviation",
        date=d("2022-02-24"),
        weekday=3,
    ),
    case(
        "on December 28 the talks began",
        d("2025-01-05"),
        "on December 28",
        "previous-year-when-ahead",
        date=d("2024-12-28"),
    ),
    case("Elections are scheduled for June 1", SUN, "June 1", "future-date", date=d("2025-06-01")),
    case(
        "the Feb 28 Oval Office meeting", SUN, "Feb 28", "abbreviation-no-dot", date=d("2025-02-28")
    ),
    case("ON MAY 16 THE TALKS BEGAN", MON, "ON MAY 16", "all-caps-date", date=d("2025-05-16")),
    case("On February 30 nothing happened", SUN, "February 30", "impossible-date", kind=None),
    case("the 9/11 attacks", SUN, "9/11", "nine-eleven-is-a-name", kind=None),
    case("a 24/7 operation", SUN, "24/7", "round-the-clock-is-not-a-date", kind=None),
    case("on February 29 2024", None, "on February 29 2024", "leap-day", date=d("2024-02-29")),
    case("on February 29", SUN, "on February 29", "leap-day-without-year", date=d("2024-02-29")),
    case("the 16 May session", MON, "16 May", "day-month-attributive", date=d("2025-05-16")),
]

# --- windows -------------------------------------------------------------------------------------

WINDOW_CASES = [
    case(
        "talks are planned for mid-May",
        d("2025-05-02"),
        "mid-May",
        "mid-may-future",
        kind="window",
        approximate=True,
        date=None,
        earliest=d("2025-05-11"),
        latest=d("2025-05-20"),
    ),
    case(
        "talks took place in mid-May",
        MON,
        "in mid-May",
        "mid-may",
        earliest=d("2025-05-11"),
        latest=d("2025-05-20"),
    ),
    case(
        "talks took place in early May",
        MON,
        "in early May",
        "early-may",
        earliest=d("2025-05-01"),
        latest=d("2025-05-10"),
    ),
    case(
        "talks took place in late May",
        d("2025-06-10"),
        "in late May",
        "late-may",
        earliest=d("2025-05-21"),
        latest=d("2025-05-31"),
    ),
    case(
        "talks took place in late February",
        MON,
        "in late February",
        "late-february",
        earliest=d("2025-02-21"),
        latest=d("2025-02-28"),
    ),
    case(
        "the end of April deadline passed",
        MON,
        "the end of April",
        "end-of-month",
        earliest=d("2025-04-21"),
        latest=d("2025-04-30"),
    ),
    case(
        "their first meeting since a tense exchange at the White House in February",
        SUN,
        "in February",
        "in-february",
        kind="window",
        earliest=d("2025-02-01"),
        latest=d("2025-02-28"),
    ),
    case(
        "a frosty February encounter in the White House",
        SUN,
        "February",
        "attributive-february",
        earliest=d("2025-02-01"),
    ),
    case(
        "a war that has raged since February of 2022",
        SUN,
        "since February of 2022",
        "february-of-2022",
        kind="window",
        earliest=d("2022-02-01"),
        latest=d("2022-02-28"),
    ),
    case(
        "a war that has raged since February 2022",
        None,
        "since February 2022",
        "february-2022-unpublished",
        earliest=d("2022-02-01"),
        latest=d("2022-02-28"),
    ),
    case(
        "their first meeting since February",
        None,
        "since February",
        "february-unresolved",
        kind="window",
        earliest=None,
        latest=None,
    ),
    case(
        "she resigned her post in April",
        SUN,
        "in April",
        "in-april",
        earliest=d("2025-04-01"),
        latest=d("2025-04-30"),
    ),
    case("the talks will resume in June", SUN, "in June", "future-month", earliest=d("2025-06-01")),
    case(
        "the talks collapsed in December",
        SUN,
        "in December",
        "december-of-last-year",
        earliest=d("2024-12-01"),
        latest=d("2024-12-31"),
    ),
    case(
        "the talks collapsed last December",
        SUN,
        "last December",
        "last-december",
        earliest=d("2024-12-01"),
    ),
    case(
        "the talks collapsed in May",
        SUN,
        "in May",
        "current-month",
        earliest=d("2025-05-01"),
        latest=d("2025-05-31"),
    ),
    case("Theresa May met the delegation", SUN, "May", "may-is-a-surname", kind=None),
    case(
        "officials met last week in Istanbul",
        SUN,
        "last week",
        "last-week-from-sunday",
        kind="window",
        earliest=d("2025-05-05"),
        latest=d("2025-05-17"),
    ),
    case(
        "officials met last week in Istanbul",
        MON,
        "last week",
        "last-week-from-monday",
        earliest=d("2025-05-12"),
        latest=d("2025-05-18"),
    ),
    case(
        "officials met last week in Istanbul",
        None,
        "last week",
        "last-week-unresolved",
        earliest=None,
        latest=None,
        approximate=True,
    ),
    case(
        "officials meet this week in Istanbul",
        d("2025-05-21"),
        "this week",
        "this-week",
        earliest=d("2025-05-19"),
        latest=d("2025-05-25"),
    ),
    case(
        "officials will meet next week in Istanbul",
        SUN,
        "next week",
        "next-week",
        earliest=d("2025-05-19"),
        latest=d("2025-05-25"),
    ),
    case(
        "prices rose last month",
        SUN,
        "last month",
        "last-month",
        earliest=d("2025-04-01"),
        latest=d("2025-04-30"),
    ),
    case(
        "the deal signed earlier this month",
        SUN,
        "earlier this month",
        "earlier-this-month",
        earliest=d("2025-05-01"),
        latest=d("2025-05-17"),
    ),
    case(
        "World leaders converged in Rome this weekend",
        SUN,
        "this weekend",
        "this-weekend-on-sunday",
        earliest=d("2025-05-17"),
        latest=d("2025-05-18"),
    ),
    case(
        "World leaders converged in Rome this weekend",
        MON,
        "this weekend",
        "this-weekend-on-monday-past",
        earliest=d("2025-05-17"),
        latest=d("2025-05-18"),
    ),
    case(
        "World leaders will gather in Rome this weekend",
        d("2025-05-14"),
        "this weekend",
        "this-weekend-midweek",
        earliest=d("2025-05-17"),
        latest=d("2025-05-18"),
    ),
    case(
        "World leaders gathered in Rome last weekend",
        SUN,
        "last weekend",
        "last-weekend",
        earliest=d("2025-05-10"),
        latest=d("2025-05-11"),
    ),
    case(
        "prices rose last year",
        SUN,
        "last year",
        "last-year",
        earliest=d("2024-01-01"),
        latest=d("2024-12-31"),
    ),
    case(
        "Crimea, which Russia annexed in 2014",
        SUN,
        "in 2014",
        "annexed-in-2014",
        kind="window",
        earliest=d("2014-01-01"),
        latest=d("2014-12-31"),
    ),
    case(
        "Crimea, which Russia annexed in 2014",
        None,
        "in 2014",
        "year-needs-no-published",
        earliest=d("2014-01-01"),
    ),
    case(
        "at war since Russia's 2022 invasion",
        SUN,
        "2022",
        "possessive-year",
        earliest=d("2022-01-01"),
        latest=d("2022-12-31"),
    ),
    case(
        "fighting has continued since 2022",
        SUN,
        "since 2022",
        "since-2022",
        earliest=d("2022-01-01"),
    ),
    case("5000 soldiers a week are dying", SUN, "5000", "count-is-not-a-year", kind=None),
    case("in 2000 homes across the region", SUN, "in 2000", "count-noun-after-year", kind=None),
    case(
        "a recession in early 2022",
        SUN,
        "in early 2022",
        "early-year",
        earliest=d("2022-01-01"),
        latest=d("2022-04-30"),
    ),
    case(
        "a recession in late 2022",
        SUN,
        "in late 2022",
        "late-year",
        earliest=d("2022-09-01"),
        latest=d("2022-12-31"),
    ),
    case(
        "attacks over the past week",
        SUN,
        "over the past week",
        "the-past-week",
        kind="window",
        earliest=d("2025-05-11"),
        latest=d("2025-05-17"),
    ),
    case(
        "talks later this month",
        SUN,
        "later this month",
        "later-this-month",
        earliest=d("2025-05-18"),
        latest=d("2025-05-31"),
    ),
    case(
        "the talks three years ago",
        SUN,
        "three years ago",
        "years-ago",
        kind="window",
        earliest=d("2022-01-01"),
        latest=d("2022-12-31"),
    ),
    case(
        "IN FEBRUARY THE TALKS COLLAPSED",
        SUN,
        "IN FEBRUARY",
        "all-caps-month",
        earliest=d("2025-02-01"),
    ),
    case(
        "the March 2022 talks in Istanbul",
        None,
        "March 2022",
        "march-with-year",
        earliest=d("2022-03-01"),
        latest=d("2022-03-31"),
    ),
    case("troops march 5 km a day", SUN, "march 5", "lowercase-march-verb", kind=None),
]

# --- relative days -------------------------------------------------------------------------------

RELATIVE_CASES = [
    case(
        "Russia launched a record drone assault on Ukraine overnight",
        SUN,
        "overnight",
        "overnight",
        kind="relative",
        date=None,
        approximate=True,
        earliest=d("2025-05-17"),
        latest=d("2025-05-18"),
        relative_days=-1,
    ),
    case(
        "Russia launched a record drone assault on Ukraine overnight",
        None,
        "overnight",
        "overnight-unresolved",
        earliest=None,
        latest=None,
        relative_days=-1,
    ),
    case(
        "The day before, Russia carried out its deadliest attack in months",
        SUN,
        "The day before",
        "the-day-before",
        kind="relative",
        date=None,
        relative_days=-1,
    ),
    case(
        "the previous day, officials said",
        SUN,
        "the previous day",
        "the-previous-day",
        relative_days=-1,
        date=None,
    ),
    case(
        "a day earlier, officials said",
        SUN,
        "a day earlier",
        "a-day-earlier",
        relative_days=-1,
        date=None,
    ),
    case("the next day, officials said", SUN, "the next day", "the-next-day", relative_days=1),
    case(
        "the following day, officials said",
        SUN,
        "the following day",
        "the-following-day",
        relative_days=1,
    ),
    case(
        "two days later, officials said",
        SUN,
        "two days later",
        "two-days-later",
        relative_days=2,
        date=None,
    ),
    case(
        "three days earlier, officials said",
        SUN,
        "three days earlier",
        "three-days-earlier",
        relative_days=-3,
    ),
    case(
        "a week later, officials said",
        SUN,
        "a week later",
        "a-week-later",
        relative_days=7,
        approximate=False,
    ),
    case(
        "officials said today",
        SUN,
        "today",
        "today",
        kind="relative",
        date=d("2025-05-18"),
        relative_days=0,
    ),
    case("officials said today", None, "today", "today-unresolved", date=None, relative_days=0),
    case(
        "the strike tonight", SUN, "tonight", "tonight", date=d("2025-05-18"), part_of_day="night"
    ),
    case(
        "This afternoon in Rome, Vance met Zelenskyy",
        MON,
        "This afternoon",
        "this-afternoon",
        date=d("2025-05-19"),
        part_of_day="afternoon",
    ),
    case(
        "the statement released this morning",
        SUN,
        "this morning",
        "this-morning",
        date=d("2025-05-18"),
        part_of_day="morning",
    ),
    case(
        "officials said yesterday",
        SUN,
        "yesterday",
        "yesterday",
        date=d("2025-05-17"),
        relative_days=-1,
        weekday=5,
    ),
    case(
        "officials said yesterday morning",
        SUN,
        "yesterday morning",
        "yesterday-morning",
        date=d("2025-05-17"),
        part_of_day="morning",
    ),
    case(
        "the talks resume tomorrow",
        SUN,
        "tomorrow",
        "tomorrow",
        date=d("2025-05-19"),
        relative_days=1,
    ),
    case(
        "Explosions were heard last night",
        SUN,
        "last night",
        "last-night",
        date=d("2025-05-17"),
        part_of_day="night",
        relative_days=-1,
    ),
    case(
        "the strikes two days ago",
        SUN,
        "two days ago",
        "days-ago-from-publication",
        date=d("2025-05-16"),
        relative_days=-2,
    ),
    case("the strikes a week ago", SUN, "a week ago", "week-ago", date=d("2025-05-11")),
    case(
        "Earlier in that day, Trump said",
        SUN,
        "Earlier in that day",
        "earlier-that-day",
        relative_days=0,
        date=None,
    ),
    case("on the same day, Kyiv replied", SUN, "the same day", "the-same-day", relative_days=0),
    case(
        "Hours after the meeting, a drone hit a bus",
        SUN,
        "Hours",
        "hours-after-is-skipped",
        kind=None,
    ),
    case(
        "officials said today at 10:00",
        SUN,
        "today at 10:00",
        "today-with-time",
        date=d("2025-05-18"),
        time="10:00",
    ),
]

# --- durations -----------------------------------------------------------------------------------

DURATION_CASES = [
    case(
        "the meeting lasted just two hours",
        SUN,
        "just two hours",
        "two-hours",
        kind="duration",
        duration=2 * HOUR,
        approximate=False,
    ),
    case(
        "met the Russian president in Moscow for three hours",
        SUN,
        "for three hours",
        "for-three-hours",
        duration=3 * HOUR,
    ),
    case(
        "Sunday's two-hour-long liturgy", MON, "two-hour-long", "two-hour-long", duration=2 * HOUR
    ),
    case("a two-hour meeting", SUN, "a two-hour", "a-two-hour", duration=2 * HOUR),
    case(
        "during his four-day tour of the Middle East", SUN, "four-day", "four-day", duration=4 * DAY
    ),
    case(
        "after three years of tough military confrontation",
        SUN,
        "three years",
        "three-years",
        duration=3 * YEAR,
        approximate=False,
    ),
    case(
        "the first direct contact between Ukraine and Russia in over three years",
        SUN,
        "in over three years",
        "over-three-years-hedged",
        duration=3 * YEAR,
        approximate=True,
    ),
    case("a ceasefire for 48 hours", SUN, "for 48 hours", "digits", duration=48 * HOUR),
    case("a day-long strike", SUN, "a day-long", "a-day-long", duration=DAY),
    case("a 90-minute call", SUN, "a 90-minute", "ninety-minute", duration=90 * 60.0),
    case("they spoke for 90 minutes", SUN, "for 90 minutes", "ninety-minutes", duration=90 * 60.0),
    case(
        "the call lasted an hour and a half",
        SUN,
        "an hour and a half",
        "hour-and-a-half",
        duration=1.5 * HOUR,
    ),
    case("the call lasted half an hour", SUN, "half an hour", "half-an-hour", duration=0.5 * HOUR),
    case(
        "two and a half years of war",
        SUN,
        "two and a half years",
        "and-a-half",
        duration=2.5 * YEAR,
    ),
    case(
        "fighting raged for several days",
        SUN,
        "for several days",
        "several-days",
        duration=3 * DAY,
        approximate=True,
    ),
    case(
        "a missionary for decades",
        SUN,
        "for decades",
        "decades",
        duration=20 * YEAR,
        approximate=True,
    ),
    case(
        "served there for several decades",
        SUN,
        "for several decades",
        "several-decades",
        approximate=True,
        duration=30 * YEAR,
    ),
    case(
        "a ceasefire for twenty-four hours",
        SUN,
        "for twenty-four hours",
        "word-compound",
        duration=24 * HOUR,
    ),
    case(
        "their first direct peace talks in years",
        SUN,
        "in years",
        "in-years-vague",
        duration=2 * YEAR,
        approximate=True,
    ),
    case(
        "its deadliest attack in months",
        SUN,
        "in months",
        "in-months-vague",
        duration=2 * MONTH,
        approximate=True,
    ),
    case(
        "spoken with allies over the past two months",
        SUN,
        "over the past two months",
        "over-the-past-is-not-a-hedge",
        duration=2 * MONTH,
        approximate=False,
    ),
    case(
        "killed over the past three years",
        SUN,
        "over the past three years",
        "past-three-years",
        duration=3 * YEAR,
    ),
    case("a 4-year-old child", SUN, "4-year", "age-is-not-a-duration", kind=None),
    case("5000 soldiers a week are dying", SUN, "a week", "rate-is-not-a-duration", kind=None),
    case(
        "the talks lasted about an hour",
        SUN,
        "about an hour",
        "about-an-hour",
        duration=HOUR,
        approximate=True,
    ),
    case(
        "the war has lasted more than three years",
        SUN,
        "more than three years",
        "more-than",
        duration=3 * YEAR,
        approximate=True,
    ),
    case(
        "the siege lasted nearly a year",
        SUN,
        "nearly a year",
        "nearly-a-year",
        duration=YEAR,
        approximate=True,
    ),
    case("a truce for a week", SUN, "for a week", "for-a-week", duration=7 * DAY),
    case(
        "a truce of two to three days",
        SUN,
        "two to three days",
        "range",
        duration=2 * DAY,
        approximate=True,
    ),
    case("a 30-day ceasefire", SUN, "a 30-day", "thirty-day-ceasefire", duration=30 * DAY),
    case("a 30-DAY CEASEFIRE", SUN, "a 30-DAY", "all-caps-duration", duration=30 * DAY),
    case("for the first time in a decade", SUN, "in a decade", "in-a-decade", duration=10 * YEAR),
    case("the fighting lasted 10 days", SUN, "10 days", "ten-days", duration=10 * DAY),
    case("a fortnight-long visit", SUN, "a fortnight-long", "fortnight", duration=14 * DAY),
    case(
        "over 24 hours", SUN, "over 24 hours", "over-24-hours", duration=24 * HOUR, approximate=True
    ),
    case(
        "a few weeks of talks",
        SUN,
        "a few weeks",
        "a-few-weeks",
        duration=21 * DAY,
        approximate=True,
    ),
    case("the summit lasted two days", SUN, "two days", "two-days", duration=2 * DAY),
    case("a three-month ceasefire", SUN, "a three-month", "three-month", duration=3 * MONTH),
    case("for a second time", SUN, "for a second", "ordinal-second-is-not-a-duration", kind=None),
    case(
        "The meeting lasted just two hours, and Russia's demands infuriated Ukraine",
        SUN,
        "just two hours",
        "just-is-exact",
        approximate=False,
    ),
]

ALL_CASES = DAY_CASES + TIME_CASES + DATE_CASES + WINDOW_CASES + RELATIVE_CASES + DURATION_CASES


@pytest.mark.parametrize(("text", "published", "span", "expected"), ALL_CASES)
def test_expression(text: str, published: date | None, span: str, expected: dict[str, Any]) -> None:
    if expected.get("kind", "") is None:  # the phrase must not be reported
        found = [w.text.lower() for w in when.parse(text, published)]
        assert not any(span.lower() in f for f in found), found
        return
    check(only(text, published, span), expected)


def test_cases_are_many_and_named() -> None:
    ids = [c.id for c in ALL_CASES]
    assert len(ids) >= 150
    assert len(set(ids)) == len(ids)


# --- whole articles ------------------------------------------------------------------------------

LEAD = (
    "Vice President JD Vance met with Ukrainian President Volodymyr Zelenskyy in Rome on Sunday "
    "as the Trump administration continued to push for a ceasefire. The meeting comes amid "
    "anxieties about a phone call scheduled for Monday morning between President Donald Trump and "
    "Russian President Vladimir Putin. On Friday, Ukrainian and Russian officials met in Istanbul "
    "for their first face-to-face meeting in years. But the meeting lasted just two hours."
)


def test_article_lead_in_order() -> None:
    found = when.parse(LEAD, SUN)
    assert [w.text for w in found] == [
        "on Sunday",
        "Monday morning",
        "On Friday",
        "in years",
        "just two hours",
    ]
    assert [w.date for w in found[:3]] == [d("2025-05-18"), d("2025-05-19"), d("2025-05-16")]


def test_merged_day_time_is_one_expression() -> None:
    text = "on Monday, May 19, 2025, at 10 a.m. the call began"
    (item,) = when.parse(text, None)
    assert item.kind == "date"
    assert item.text == "on Monday, May 19, 2025, at 10 a.m."
    assert (item.date, item.weekday, item.time) == (d("2025-05-19"), 0, "10:00")


def test_pure_and_deterministic() -> None:
    assert when.parse(LEAD, SUN) == when.parse(LEAD, SUN)
    assert when.parse("", SUN) == []


# --- properties ----------------------------------------------------------------------------------

NEWS_WORDS = (
    "Monday Tuesday Friday Sunday's Saturday May March February 16 2022 2025 10:00 10 a.m. pm "
    "on at in for since over the a an last next this late early mid- week weekend month year "
    "years days two three hours hour -long -day ago later before day night morning today "
    "yesterday overnight noon will scheduled said , . - – ’s 5/16 2025-05-18 GMT and half "
    "several decades of 4-year-old 24/7 Fox News 5000 soldiers ON MONDAY AT"
)
NEWS_TOKENS = NEWS_WORDS.split(" ")
news_like = st.lists(st.sampled_from(NEWS_TOKENS), max_size=40).map(" ".join)
published_dates = st.one_of(st.none(), st.dates())


def assert_well_formed(text: str, found: list[When]) -> None:
    for item in found:
        assert text[item.start : item.end] == item.text
        assert item.start < item.end
        if item.earliest is not None and item.latest is not None:
            assert item.earliest <= item.latest
        if item.date is not None:
            assert item.weekday == item.date.weekday()
    for first, second in itertools.pairwise(found):
        assert first.end <= second.start


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), published_dates)
def test_any_text_never_raises(text: str, published: date | None) -> None:
    assert_well_formed(text, when.parse(text, published))


@settings(max_examples=500, deadline=None)
@given(news_like, published_dates)
def test_news_like_text_is_well_formed(text: str, published: date | None) -> None:
    assert_well_formed(text, when.parse(text, published))


@settings(max_examples=300, deadline=None)
@given(news_like)
def test_fast_scan_finds_what_the_whole_pattern_finds(text: str) -> None:
    """The anchor pre-scan is only an optimisation: it must find exactly the full scan's matches."""
    full, _ = when._compile(when._KINDS)
    expected = [m.span() for m in full.finditer(text)]
    assert [m.span() for m, _ in when._matches(text)] == expected


@settings(max_examples=200, deadline=None)
@given(news_like, st.dates(min_value=date(1900, 1, 8), max_value=date(2100, 1, 1)))
def test_resolved_days_are_near_publication(text: str, published: date) -> None:
    """A weekday, "yesterday" or "tomorrow" resolves to within a week of the article's date."""
    for item in when.parse(text, published):
        if item.kind == "day" or (item.kind == "relative" and item.date is not None):
            assert item.date is not None
            assert abs((item.date - published).days) <= 7 or "ago" in item.text.lower()


def test_unresolved_without_publication_date() -> None:
    for item in when.parse(LEAD, None):
        assert item.date is None
        assert item.earliest is None


# --- speed ---------------------------------------------------------------------------------------


def test_repeated_weekdays_run_in_linear_time() -> None:
    text = "Monday, " * (1_000_000 // 8)
    started = time.perf_counter()
    found = when.parse(text, SUN)
    assert time.perf_counter() - started < 15
    assert len(found) == len(re.findall("Monday", text))


@pytest.mark.parametrize(
    "unit",
    ["5 ", "1:", "on the ", "for a little more than ", "two-", "May ", "in 2022 ", "-", "’s "],
    ids=lambda u: repr(u),
)
def test_adversarial_repetition_is_quick(unit: str) -> None:
    text = unit * (100_000 // len(unit))
    started = time.perf_counter()
    when.parse(text, SUN)
    assert time.perf_counter() - started < 5
