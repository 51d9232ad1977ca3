"""What a measured figure measures, in one unit per dimension, and how precisely it was written.

"80 mph" and "130 km/h" are compared as speeds in km/h; "12,000 acres" and "4,900 hectares" as
areas in hectares. A figure is read as the interval its writing allows: "6.1" is 6.05 to 6.15,
"12,000" is a round figure (11,500 to 12,500), "52%" covers 52.1%.
"""

from __future__ import annotations

import regex

from discrepancy.model import Interval, Quantity

# unit as the quantity parser names it -> (dimension, factor to the dimension's canonical unit)
_UNITS: dict[str, tuple[str, float]] = {
    "km": ("length", 1000.0), "m": ("length", 1.0), "cm": ("length", 0.01),
    "mm": ("length", 0.001), "mi": ("length", 1609.344), "ft": ("length", 0.3048),
    "in": ("length", 0.0254), "yd": ("length", 0.9144),
    "ha": ("area", 1.0), "acre": ("area", 0.40468564), "km2": ("area", 100.0),
    "mi2": ("area", 258.998811), "m2": ("area", 0.0001), "ft2": ("area", 0.0000092903),
    "km/h": ("speed", 1.0), "mph": ("speed", 1.609344), "knot": ("speed", 1.852),
    "kg": ("mass", 1.0), "g": ("mass", 0.001), "t": ("mass", 1000.0), "lb": ("mass", 0.45359237),
    "l": ("volume", 1.0), "gal": ("volume", 3.78541), "barrel": ("volume", 158.987),
    "ml": ("volume", 0.001),
    "magnitude": ("magnitude", 1.0),
    "MW": ("power", 1.0), "GW": ("power", 1000.0), "kW": ("power", 0.001),
}  # fmt: skip
CANONICAL = {
    "length": "m", "area": "ha", "speed": "km/h", "mass": "kg", "volume": "l",
    "magnitude": "magnitude", "power": "MW", "percent": "%", "age": "years", "duration": "s",
}  # fmt: skip
# Dimensions the rules can ask for besides the measured ones above.
OTHER_DIMENSIONS = ("percent", "money", "age", "duration", "score")
DIMENSIONS = tuple(sorted({d for d, _ in _UNITS.values()} | set(OTHER_DIMENSIONS)))
_SECONDS = {
    "second": 1, "minute": 60, "hour": 3600, "day": 86_400, "night": 86_400, "week": 604_800,
    "fortnight": 1_209_600, "month": 2_629_800, "year": 31_557_600, "decade": 315_576_000,
    "century": 3_155_760_000,
}  # fmt: skip
_DIGITS = regex.compile(r"\d[\d,]*(?:\.\d+)?")


def unit_dimension(unit: str) -> str:
    """The dimension a unit as the quantity parser names it measures ("mm": "length")."""
    return _UNITS[unit][0] if unit in _UNITS else ""


def dimension(quantity: Quantity) -> str:
    """'speed', 'money', 'percent', 'age', 'duration', 'score'..., or '' for a plain count."""
    if quantity.kind in ("money", "age", "score", "duration"):
        return quantity.kind
    if quantity.kind == "percent":
        return "percent" if quantity.unit == "%" else ""
    if quantity.kind == "measure" and quantity.unit in _UNITS:
        return _UNITS[quantity.unit][0]
    return ""


def canonical_unit(quantity: Quantity, dim: str = "") -> str:
    """The unit claims of this quantity are compared in: 'km/h', 'USD', '%'... `dim` overrides
    the quantity's own dimension (a bare '19' set off by commas after 'the suspect' is an age)."""
    dim = dim or dimension(quantity)
    if dim == "money":
        return quantity.unit
    return CANONICAL.get(dim, quantity.unit)


def as_written(quantity: Quantity, dim: str = "", *, exact: bool = False) -> Interval:
    """The quantity's interval in its canonical unit, widened by the precision it was written
    to: an exact '6.1' covers 6.05 up to 6.15, a round '12,000' covers 11,500 up to 12,500.
    Half-open, so '19' (18.5 to 19.5) and '20' (19.5 to 20.5) still cannot both be true.
    An `exact` figure (a decided amount: a fine) is not widened."""
    factor = _factor(quantity)
    low, high = quantity.low, quantity.high
    if low is not None and low == high:
        counted = exact or (dim or dimension(quantity)) in ("age", "score")
        half = 0.0 if counted else half_unit(quantity)
        return Interval((low - half) * factor, (high + half) * factor, True, half == 0)
    return Interval(
        None if low is None else low * factor,
        None if high is None else high * factor,
        quantity.low_inclusive,
        quantity.high_inclusive,
    )


def half_unit(quantity: Quantity) -> float:
    """Half the last written digit's place, in the quantity's own unit: '4.2bn' is 0.05bn,
    '12,000' is 500, '6' is 0.5. Ages and scores are counted exactly."""
    if quantity.kind in ("age", "score") or quantity.value is None:
        return 0.0
    if len(_DIGITS.findall(quantity.text)) > 1 and quantity.kind == "duration":
        return 0.0  # "3 years and 9 months": one length told to its smaller unit
    digits = _DIGITS.search(quantity.text)
    if digits is None:
        # A share said aloud ("sixty-eight percent") is a whole number of points, 67.5 to 68.5.
        return 0.5 if quantity.kind == "percent" and float(quantity.value).is_integer() else 0.0
    written = digits.group().replace(",", "")
    try:
        number = float(written)
    except ValueError:
        return 0.0
    if number == 0:
        return 0.0
    scale = abs(quantity.value) / number
    if "." in written:
        place = 10.0 ** -len(written.split(".")[1])
    else:
        zeros = len(written) - len(written.rstrip("0"))
        place = 10.0 ** min(zeros, max(len(written) - 1, 0))
    if quantity.kind == "percent":  # "40%" is not a round figure for 43%: points count
        place = min(place, 1.0)
    return 0.5 * place * scale


def duration_seconds(quantity: Quantity) -> float:
    """A length's figure in seconds ("nine months": 23,668,200)."""
    return (quantity.value or 0.0) * float(_SECONDS.get(quantity.unit, 1))


def _factor(quantity: Quantity) -> float:
    if quantity.kind == "measure" and quantity.unit in _UNITS:
        return _UNITS[quantity.unit][1]
    if quantity.kind == "duration":
        return float(_SECONDS.get(quantity.unit, 1))
    return 1.0
