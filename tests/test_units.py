"""Measured figures: one unit per dimension, and the precision a figure was written to."""

from __future__ import annotations

import pytest

from discrepancy import quantities, units
from discrepancy.model import Interval


def written(text: str) -> tuple[str, str, Interval]:
    [q] = quantities.parse(text)
    return units.dimension(q), units.canonical_unit(q), units.as_written(q)


@pytest.mark.parametrize(
    ("text", "dimension", "unit"),
    [
        ("80 mph", "speed", "km/h"),
        ("130 km/h", "speed", "km/h"),
        ("12,000 acres", "area", "ha"),
        ("4,900 hectares", "area", "ha"),
        ("6 miles", "length", "m"),
        ("150 mm", "length", "m"),
        ("magnitude 6.1", "magnitude", "magnitude"),
        ("52.1%", "percent", "%"),
        ("$4.2bn", "money", "USD"),
        ("£45m", "money", "GBP"),
        ("a 34-year-old", "age", "years"),
        ("12 years", "duration", "s"),
    ],
)
def test_each_figure_has_a_dimension_and_a_unit_to_compare_in(
    text: str, dimension: str, unit: str
) -> None:
    found_dimension, found_unit, _ = written(text)
    assert (found_dimension, found_unit) == (dimension, unit)


def test_a_plain_count_has_no_dimension() -> None:
    [q] = quantities.parse("14 people")
    assert units.dimension(q) == ""


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("magnitude 6.1", 6.05, 6.15),  # one decimal: half a tenth either way
        ("52%", 51.5, 52.5),
        ("40%", 39.5, 40.5),  # a share is exact to the point, not a round figure
        ("12,000 acres", 11_500 * 0.40468564, 12_500 * 0.40468564),  # round to the thousand
        ("4,900 hectares", 4_850, 4_950),
        ("$4.2bn", 4.15e9, 4.25e9),
        ("a 34-year-old", 34, 34),  # ages are exact
    ],
)
def test_a_figure_covers_what_its_writing_allows(text: str, low: float, high: float) -> None:
    _, _, interval = written(text)
    assert interval.low == pytest.approx(low)
    assert interval.high == pytest.approx(high)


def test_round_figures_in_two_units_meet_and_different_figures_do_not() -> None:
    _, _, mph = written("80 mph")
    _, _, kmh = written("130 km/h")
    assert mph.high is not None and kmh.low is not None and mph.high > kmh.low
    _, _, share = written("52.1%")
    _, _, other = written("51.2%")
    assert other.high is not None and share.low is not None and other.high < share.low
