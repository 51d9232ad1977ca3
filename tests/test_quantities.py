"""Tests for discrepancy.quantities: numbers as news writes them, read as honest intervals."""

from __future__ import annotations

import glob
import re
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy import quantities
from discrepancy.model import Quantity

SAMPLES = sorted(glob.glob(str(Path(__file__).resolve().parent.parent / "samples" / "*.txt")))
NONE = object()  # "the field is None" in the tables below, where None would mean "don't check"


def only(text: str, span: str) -> Quantity:
    """The one quantity whose text is `span`."""
    found = [q for q in quantities.parse(text) if q.text == span]
    assert len(found) == 1, [q.text for q in quantities.parse(text)]
    return found[0]


def check(q: Quantity, expected: dict[str, Any]) -> None:
    for name, value in expected.items():
        got = getattr(q, name)
        if value is NONE:
            assert got is None, (name, got)
        elif isinstance(value, float):
            assert got == pytest.approx(value), (name, got)
        else:
            assert got == value, (name, got)


def case(
    case_id: str,
    text: str,
    span: str,
    kind: str,
    low: float | None,
    high: float | None,
    qualifier: str = "",
    **extra: Any,
) -> Any:
    expected: dict[str, Any] = {"kind": kind, "qualifier": qualifier, **extra}
    expected["low"] = NONE if low is None else float(low)
    expected["high"] = NONE if high is None else float(high)
    return pytest.param(text, span, expected, id=case_id)


# --- exact counts -----------------------------------------------------------------------------

EXACT = [
    case("digits", "the death toll rose to 37", "37", "count", 37, 37, unit="", value=37.0),
    case("word-one-woman", "killing one woman", "one", "count", 1, 1, unit="woman"),
    case("word-three-others", "injuring three others", "three", "count", 3, 3, unit="others"),
    case("comma-thousands", "5,000 troops crossed", "5,000", "count", 5000, 5000, unit="troops"),
    case("comma-millions", "1,200,000 refugees", "1,200,000", "count", 1.2e6, 1.2e6),
    case("million-word", "1.5 million people fled", "1.5 million", "count", 1.5e6, 1.5e6),
    case("million-glued-m", "2.4m people lost power", "2.4m", "count", 2.4e6, 2.4e6),
    case("thousand-k", "a 5k run", "5k", "count", 5000, 5000),
    case("billion-word", "3 billion doses", "3 billion", "count", 3e9, 3e9, unit="doses"),
    case("word-two-million", "two million people", "two million", "count", 2e6, 2e6),
    case("word-a-hundred", "a hundred protesters", "a hundred", "count", 100, 100),
    case("word-a-thousand", "a thousand homes", "a thousand", "count", 1000, 1000),
    case(
        "word-compound",
        "three hundred and forty-two",
        "three hundred and forty-two",
        "count",
        342,
        342,
    ),
    case("word-twenty-one", "twenty-one soldiers", "twenty-one", "count", 21, 21),
    case(
        "word-one-and-a-half",
        "one and a half million",
        "one and a half million",
        "count",
        1.5e6,
        1.5e6,
    ),
    case("word-half-a-million", "half a million people", "half a million", "count", 5e5, 5e5),
    case("a-dozen", "a dozen journalists", "a dozen", "count", 12, 12, unit="journalists"),
    case("two-dozen", "two dozen ambulances", "two dozen", "count", 24, 24),
    case("half-a-dozen", "half a dozen villages", "half a dozen", "count", 6, 6),
    case("capitalised-word", "Three people died", "Three", "count", 3, 3, unit="people"),
    case("upper-words", "FIVE SOLDIERS KILLED", "FIVE", "count", 5, 5, unit="soldiers"),
    case(
        "upper-russian",
        "MORE THAN 5000 RUSSIAN AND UKRAINIAN SOLDIERS A WEEK",
        "MORE THAN 5000",
        "count",
        5000,
        None,
        "more than",
        unit="russian",
        low_inclusive=False,
    ),
    case("zero", "zero casualties", "zero", "count", 0, 0),
    case("count-at-end", "the dead numbered 12.", "12", "count", 12, 12, unit=""),
    case("two-hundred-thousand", "two hundred thousand", "two hundred thousand", "count", 2e5, 2e5),
    case("ten-thousand", "ten thousand marchers", "ten thousand", "count", 1e4, 1e4),
    case(
        "numeral-year-like-count",
        "2000 soldiers were sent",
        "2000",
        "count",
        2000,
        2000,
        unit="soldiers",
    ),
    case("decimal-with-scale", "$1.2 trillion", "$1.2 trillion", "money", 1.2e12, 1.2e12),
    case(
        "senior-general-no-number",
        "a car bomb that killed a senior Russian general and 3",
        "3",
        "count",
        3,
        3,
    ),
    case("nine-eleven-words", "nineteen hijackers", "nineteen", "count", 19, 19),
    case("ninety-nine", "ninety-nine days", "ninety-nine days", "duration", 99, 99, unit="day"),
    case(
        "wire-death-toll-digits",
        "The death toll rose to 142, officials said.",
        "142",
        "count",
        142,
        142,
    ),
    case(
        "comma-separated-votes",
        "She won 1,234,567 votes.",
        "1,234,567",
        "count",
        1234567,
        1234567,
        unit="votes",
    ),
    case(
        "comma-evacuated",
        "Authorities evacuated 12,500 residents",
        "12,500",
        "count",
        12500,
        12500,
        unit="residents",
    ),
    case(
        "million-glued-evacuated",
        "3.2m homes without power",
        "3.2m",
        "count",
        3.2e6,
        3.2e6,
        unit="homes",
    ),
    case("thousand-k-fans", "a crowd of 45k fans", "45k", "count", 45000, 45000, unit="fans"),
    case("k-capital", "a 10K race", "10K", "count", 10000, 10000),
    case(
        "word-forty-two",
        "forty-two passengers were aboard",
        "forty-two",
        "count",
        42,
        42,
        unit="passengers",
    ),
    case(
        "word-a-hundred-and-twenty",
        "a hundred and twenty families",
        "a hundred and twenty",
        "count",
        120,
        120,
    ),
    case(
        "word-one-hundred",
        "one hundred firefighters",
        "one hundred",
        "count",
        100,
        100,
        unit="firefighters",
    ),
    case(
        "word-two-thousand-five-hundred",
        "two thousand five hundred troops",
        "two thousand five hundred",
        "count",
        2500,
        2500,
    ),
    case("word-eleven-players", "eleven players", "eleven", "count", 11, 11, unit="players"),
    case(
        "word-seventy-seven",
        "seventy-seven arrests",
        "seventy-seven",
        "count",
        77,
        77,
        unit="arrests",
    ),
    case(
        "word-three-million-voters",
        "three million voters",
        "three million",
        "count",
        3e6,
        3e6,
        unit="voters",
    ),
    case(
        "word-one-and-a-half-thousand",
        "one and a half thousand",
        "one and a half thousand",
        "count",
        1500,
        1500,
    ),
    case(
        "word-two-and-a-half-million",
        "two and a half million people",
        "two and a half million",
        "count",
        2.5e6,
        2.5e6,
    ),
    case(
        "word-a-million", "a million signatures", "a million", "count", 1e6, 1e6, unit="signatures"
    ),
    case(
        "word-nine-hundred-ninety-nine",
        "nine hundred ninety-nine",
        "nine hundred ninety-nine",
        "count",
        999,
        999,
    ),
    case(
        "digits-then-million-word-billion-2",
        "2.5 billion people",
        "2.5 billion",
        "count",
        2.5e9,
        2.5e9,
        unit="people",
    ),
    case(
        "digits-million-space-m",
        "4.7 million viewers",
        "4.7 million",
        "count",
        4.7e6,
        4.7e6,
        unit="viewers",
    ),
    case("digits-thousand-word", "15 thousand marchers", "15 thousand", "count", 15000, 15000),
    case("digits-count-police", "Police arrested 27 people", "27", "count", 27, 27, unit="people"),
    case("digits-one-killed", "1 killed in crash", "1", "count", 1, 1, unit="killed"),
    case(
        "dozen-eggs-word-capital", "A dozen officers", "A dozen", "count", 12, 12, unit="officers"
    ),
    case("three-dozen", "three dozen protesters", "three dozen", "count", 36, 36),
    case(
        "mn-abbrev-barrels-is-a-measure",
        "5mn barrels a day",
        "5mn barrels",
        "measure",
        5e6,
        5e6,
        unit="barrel",
    ),
    case("bn-count", "1.3bn people", "1.3bn", "count", 1.3e9, 1.3e9, unit="people"),
    case("rand-prefix", "a spot fine of R2,500", "R2,500", "money", 2500, 2500, unit="ZAR"),
    case("rand-scaled", "costed at R1.3 billion", "R1.3 billion", "money", 1.3e9, 1.3e9),
    case("naira-prefix", "traders lost N4.5 billion", "N4.5 billion", "money", 4.5e9, 4.5e9),
    case("naira-sign", "₦2,000 a bag", "₦2,000", "money", 2000, 2000, unit="NGN"),
    case("n-road-is-a-code", "on the N7 near Lagos", "N7", "code", 7, 7),
    case("r-road-is-a-code", "on the R44 near Stellenbosch", "R44", "code", 44, 44),
    case("r-number-is-a-code", "an R number of R0.9", "R0.9", "code", 0.9, 0.9),
    case("shilling-sign", "a Sh4.62 trillion budget", "Sh4.62 trillion", "money", 4.62e12, 4.62e12),
    case("ksh-sign", "it cost KSh 21.9 billion", "KSh 21.9 billion", "money", 2.19e10, 2.19e10),
    case("sh-capitals-is-a-code", "on the SH4 near Taupo", "SH4", "code", 4, 4),
    case("kwacha-prefix", "fined K750,000", "K750,000", "money", 750000, 750000, unit="ZMW"),
    case("peso-prefix", "a fine of P150,000", "P150,000", "money", 150000, 150000),
    case("k-unit-is-a-code", "a K9 unit searched", "K9", "code", 9, 9),
    case("tsh-sign", "prize money of TSh 200 million", "TSh 200 million", "money", 2e8, 2e8),
    case(
        "cedi-sign", "spending of GH¢302.4 billion", "GH¢302.4 billion", "money", 3.024e11, 3.024e11
    ),
    case("taka-sign", "losses of Tk 1,500 crore", "Tk 1,500 crore", "money", 1.5e10, 1.5e10),
    case("rupiah-sign", "a fine of Rp1 billion", "Rp1 billion", "money", 1e9, 1e9, unit="IDR"),
    case("ringgit-sign", "RM2.5 million in cash", "RM2.5 million", "money", 2.5e6, 2.5e6),
    case("rupee-glued", "a Rs2bn emergency package", "Rs2bn", "money", 2e9, 2e9, unit="INR"),
    case(
        "dalasi-sign",
        "damage stood at D150 million",
        "D150 million",
        "money",
        1.5e8,
        1.5e8,
        unit="GMD",
    ),
    case(
        "code-glued", "worth BND518 million", "BND518 million", "money", 5.18e8, 5.18e8, unit="BND"
    ),
    case(
        "cfp-francs",
        "150 million CFP francs",
        "150 million CFP francs",
        "money",
        1.5e8,
        1.5e8,
        unit="XPF",
    ),
    # one letter stands for the pula and the peso: the pula meets "P104.2 billion"
    case(
        "pula-family",
        "102.4 billion pula",
        "102.4 billion pula",
        "money",
        1.024e11,
        1.024e11,
        unit="MXN",
    ),
    case(
        "exceed",
        "likely to exceed €3 million",
        "exceed €3 million",
        "money",
        3e6,
        None,
        "more than",
    ),
    case("rs-port-code", "an RS232 port", "RS232", "code", 232, 232),
    case("dinars", "a package of 45 billion dinars", "45 billion dinars", "money", 4.5e10, 4.5e10),
    # the rest of ISO 4217 before a figure, and the letters a country's press writes
    case("iso-code", "offering SRD 150 million", "SRD 150 million", "money", 1.5e8, 1.5e8),
    case("ngultrum-sign", "It cost Nu 182 million.", "Nu 182 million", "money", 1.82e8, 1.82e8),
    case("qatari-riyal", "worth QR2.73bn", "QR2.73bn", "money", 2.73e9, 2.73e9, unit="SAR"),
    case("east-caribbean", "sales of EC$3.1 million", "EC$3.1 million", "money", 3.1e6, 3.1e6),
    case("paanga", "worth 2.38 million pa'anga", "2.38 million pa'anga", "money", 2.38e6, 2.38e6),
    case(
        "country-s-dollars",
        "a package of 250 million Surinamese dollars",
        "250 million Surinamese dollars",
        "money",
        2.5e8,
        2.5e8,
        unit="SRD",
    ),
    case(
        "us-dollars-dotted",
        "5.1 million U.S. dollars",
        "5.1 million U.S. dollars",
        "money",
        5.1e6,
        5.1e6,
    ),
    case("scale-glued", "The fixed fee is €85million", "€85million", "money", 8.5e7, 8.5e7),
    case("top-is-no-code-in-lower-case", "the top 5 players", "5", "count", 5, 5),
    case("patacas", "pay 50,000 patacas to each", "50,000 patacas", "money", 5e4, 5e4, unit="MOP"),
    case("toll-free-phone", "call 1-800-555-0143 now", "1-800-555-0143", "phone", None, None),
    case("sol-sign", "a contract of S/ 69.5 million", "S/ 69.5 million", "money", 6.95e7, 6.95e7),
    case("soles", "fined 35,000 soles", "35,000 soles", "money", 35000, 35000, unit="PEN"),
    case(
        "singular-currency-before-a-noun",
        "a 4.62 trillion shilling budget",
        "4.62 trillion shilling",
        "money",
        4.62e12,
        4.62e12,
        unit="KES",
    ),
    case("won-scaled", "worth 200 trillion won", "200 trillion won", "money", 2e14, 2e14),
    case("won-grouped", "paid 50,000 won a month", "50,000 won", "money", 5e4, 5e4, unit="KRW"),
    case("lakh-rupees", "a tender worth Rs 38 lakh", "Rs 38 lakh", "money", 3.8e6, 3.8e6),
    case(
        "crore-rupees",
        "over Rs 2,000 crore",
        "over Rs 2,000 crore",
        "money",
        2e10,
        None,
        "more than",
    ),
    case("lakh-words", "five lakh rupees each", "five lakh rupees", "money", 5e5, 5e5),
    case("lakh-count", "1.2 lakh people fled", "1.2 lakh", "count", 1.2e5, 1.2e5),
    case("upper-wire-headline", "QUAKE KILLS 300", "300", "count", 300, 300),
    case(
        "single-digit-nine",
        "nine firefighters were hurt",
        "nine",
        "count",
        9,
        9,
        unit="firefighters",
    ),
    case("twelve-jurors", "The twelve jurors", "twelve", "count", 12, 12, unit="jurors"),
    case(
        "local-paper-crash-two-dead",
        "Two men died after their car left the A38 on Sunday",
        "Two",
        "count",
        2,
        2,
        unit="men",
    ),
    case(
        "broadcast-words-hostages",
        "Hamas freed thirty-three hostages",
        "thirty-three",
        "count",
        33,
        33,
        unit="hostages",
    ),
    case("court-counts", "convicted on 34 counts", "34", "count", 34, 34, unit="counts"),
    case(
        "sport-goals-words",
        "scored fifteen goals this season",
        "fifteen",
        "count",
        15,
        15,
        unit="goals",
    ),
    case("election-seats", "Labour won 411 seats", "411", "count", 411, 411, unit="seats"),
    case("business-jobs-k", "cutting 12k jobs", "12k", "count", 12000, 12000, unit="jobs"),
    case(
        "protest-arrests-comma",
        "Police made 1,026 arrests",
        "1,026",
        "count",
        1026,
        1026,
        unit="arrests",
    ),
    case(
        "disaster-homes-decimal-million",
        "1.1 million homes damaged",
        "1.1 million",
        "count",
        1.1e6,
        1.1e6,
        unit="homes",
    ),
]


# --- hedges -----------------------------------------------------------------------------------

HEDGES = [
    case(
        "at-least",
        "At least two civilians were killed",
        "At least two",
        "count",
        2,
        None,
        "at least",
        unit="civilians",
    ),
    case(
        "no-fewer-than",
        "no fewer than 40 people",
        "no fewer than 40",
        "count",
        40,
        None,
        "at least",
    ),
    case(
        "no-less-than", "no less than 15 missiles", "no less than 15", "count", 15, None, "at least"
    ),
    case(
        "a-minimum-of", "a minimum of 30 soldiers", "a minimum of 30", "count", 30, None, "at least"
    ),
    case("or-more", "50 or more bodies", "50 or more", "count", 50, None, "at least"),
    case("plus-sign", "300+ soldiers", "300+", "count", 300, None, "at least"),
    case("dash-plus", "a 300-plus crowd", "300-plus", "count", 300, None, "at least"),
    case(
        "more-than",
        "more than 100 drones",
        "more than 100",
        "count",
        100,
        None,
        "more than",
        low_inclusive=False,
    ),
    case(
        "over",
        "over 200 people were evacuated",
        "over 200",
        "count",
        200,
        None,
        "more than",
        low_inclusive=False,
    ),
    case("upwards-of", "upwards of 60 trucks", "upwards of 60", "count", 60, None, "more than"),
    case(
        "in-excess-of",
        "in excess of 1,000 claims",
        "in excess of 1,000",
        "count",
        1000,
        None,
        "more than",
    ),
    case("north-of", "north of $3bn", "north of $3bn", "money", 3e9, None, "more than"),
    case("above", "above 40 deaths", "above 40", "count", 40, None, "more than"),
    case("greater-than", "greater than 10 hits", "greater than 10", "count", 10, None, "more than"),
    case("well-over", "well over 500 homes", "well over 500", "count", 500, None, "more than"),
    case("up-to", "up to 70 people", "up to 70", "count", 0, 70, "up to"),
    case("at-most", "at most 12 boats", "at most 12", "count", 0, 12, "up to"),
    case("no-more-than", "no more than 20 guests", "no more than 20", "count", 0, 20, "up to"),
    case("a-maximum-of", "a maximum of 8 players", "a maximum of 8", "count", 0, 8, "up to"),
    case("as-many-as", "as many as 400 migrants", "as many as 400", "count", 0, 400, "up to"),
    case("or-fewer", "10 or fewer cases", "10 or fewer", "count", 0, 10, "up to"),
    case(
        "fewer-than",
        "fewer than 50 survivors",
        "fewer than 50",
        "count",
        0,
        50,
        "fewer than",
        high_inclusive=False,
    ),
    case(
        "less-than",
        "less than 5 percent",
        "less than 5 percent",
        "percent",
        0,
        5,
        "fewer than",
        high_inclusive=False,
    ),
    case("under", "under 18 players", "under 18", "count", 0, 18, "fewer than"),
    case("below", "below 30 seats", "below 30", "count", 0, 30, "fewer than"),
    case(
        "nearly",
        "nearly 300 people",
        "nearly 300",
        "count",
        270,
        300,
        "nearly",
        high_inclusive=False,
        value=300.0,
    ),
    case("almost", "almost 1,000 prisoners", "almost 1,000", "count", 900, 1000, "nearly"),
    case("just-under", "just under 2,000 votes", "just under 2,000", "count", 1800, 2000, "nearly"),
    case("close-to", "close to 90 percent", "close to 90 percent", "percent", 81, 90, "nearly"),
    case(
        "approaching",
        "approaching 100 days",
        "approaching 100 days",
        "duration",
        90,
        100,
        "nearly",
        unit="day",
    ),
    case("just-shy-of", "just shy of 40 goals", "just shy of 40", "count", 36, 40, "nearly"),
    case(
        "roughly",
        "a deal to swap roughly 1,000 prisoners",
        "roughly 1,000",
        "count",
        900,
        1100,
        "about",
        unit="prisoners",
        value=1000.0,
    ),
    case("about", "about 30 people", "about 30", "count", 27, 33, "about"),
    case("around", "around 500 homes", "around 500", "count", 450, 550, "about"),
    case("some-before-number", "some 300 people", "some 300", "count", 270, 330, "about"),
    case(
        "approximately", "approximately 70 vehicles", "approximately 70", "count", 63, 77, "about"
    ),
    case(
        "an-estimated",
        "an estimated 1.2 million people",
        "an estimated 1.2 million",
        "count",
        1.08e6,
        1.32e6,
        "about",
        unit="people",
    ),
    case("estimated", "estimated 40 fighters", "estimated 40", "count", 36, 44, "about"),
    case("more-or-less", "more or less 100 seats", "more or less 100", "count", 90, 110, "about"),
    case("or-so", "300 or so people", "300 or so", "count", 270, 330, "about", unit="people"),
    case("circa", "circa 1,500 troops", "circa 1,500", "count", 1350, 1650, "about"),
    case("c-dot", "c. 1,500 troops", "c. 1,500", "count", 1350, 1650, "about"),
    case("approx-dot", "approx. 200 guests", "approx. 200", "count", 180, 220, "about"),
    case("odd", "a 300-odd crowd", "300-odd", "count", 270, 330, "about"),
    case("hedge-on-word", "nearly two hundred", "nearly two hundred", "count", 180, 200, "nearly"),
    case("hedge-upper", "AT LEAST 12 DEAD", "AT LEAST 12", "count", 12, None, "at least"),
    case("hedge-title", "Nearly 40 schools", "Nearly 40", "count", 36, 40, "nearly"),
    case(
        "hedge-on-money",
        "nearly $2bn in aid",
        "nearly $2bn",
        "money",
        1.8e9,
        2e9,
        "nearly",
        unit="USD",
    ),
    case(
        "hedge-on-duration",
        "more than three years",
        "more than three years",
        "duration",
        3,
        None,
        "more than",
        unit="year",
    ),
    case(
        "hedge-on-dozen", "more than a dozen", "more than a dozen", "count", 12, None, "more than"
    ),
    case("about-on-word", "about a thousand", "about a thousand", "count", 900, 1100, "about"),
    case("some-not-hedge", "some people say 5", "5", "count", 5, 5),
    case(
        "at-least-wire",
        "At least 18 people were killed",
        "At least 18",
        "count",
        18,
        None,
        "at least",
        unit="people",
    ),
    case(
        "not-fewer-than",
        "not fewer than 25 victims",
        "not fewer than 25",
        "count",
        25,
        None,
        "at least",
    ),
    case(
        "not-less-than",
        "not less than 6 months",
        "not less than 6 months",
        "duration",
        6,
        None,
        "at least",
        unit="month",
    ),
    case("n-plus-word", "100-plus arrests", "100-plus", "count", 100, None, "at least"),
    case(
        "more-than-million",
        "more than 1.5 million people",
        "more than 1.5 million",
        "count",
        1.5e6,
        None,
        "more than",
        unit="people",
    ),
    case(
        "over-capital", "Over 2,000 homes destroyed", "Over 2,000", "count", 2000, None, "more than"
    ),
    case(
        "upwards-of-money",
        "upwards of £10m",
        "upwards of £10m",
        "money",
        1e7,
        None,
        "more than",
        unit="GBP",
    ),
    case(
        "in-excess-of-money",
        "damages in excess of $50 million",
        "in excess of $50 million",
        "money",
        5e7,
        None,
        "more than",
        unit="USD",
    ),
    case(
        "north-of-count",
        "north of 20,000 fans",
        "north of 20,000",
        "count",
        20000,
        None,
        "more than",
    ),
    case(
        "just-over",
        "just over 60 percent",
        "just over 60 percent",
        "percent",
        60,
        66.00000000000001,  # a little over 60: 60 plus the about-tolerance, 10%
        "just over",
    ),
    case(
        "up-to-money",
        "fines of up to $5,000",
        "up to $5,000",
        "money",
        0,
        5000,
        "up to",
        unit="USD",
    ),
    case(
        "up-to-years-prison",
        "up to 10 years in prison",
        "up to 10 years",
        "duration",
        0,
        10,
        "up to",
        unit="year",
    ),
    case("at-most-capital", "At most 3 people", "At most 3", "count", 0, 3, "up to"),
    case(
        "no-more-than-percent",
        "no more than 2%",
        "no more than 2%",
        "percent",
        0,
        2,
        "up to",
        unit="%",
    ),
    case(
        "not-more-than", "not more than 15 passengers", "not more than 15", "count", 0, 15, "up to"
    ),
    case("as-much-as", "as much as $1bn", "as much as $1bn", "money", 0, 1e9, "up to"),
    case("or-less", "$100 or less", "$100 or less", "money", 0, 100, "up to"),
    case(
        "fewer-than-words",
        "fewer than twenty people",
        "fewer than twenty",
        "count",
        0,
        20,
        "fewer than",
        high_inclusive=False,
    ),
    case("less-than-money", "less than $1m", "less than $1m", "money", 0, 1e6, "fewer than"),
    case("under-years", "under 5 years old", "under 5 years old", "age", 0, 5, "fewer than"),
    case("under-count", "under 100 survivors", "under 100", "count", 0, 100, "fewer than"),
    case("below-percent", "below 50 percent", "below 50 percent", "percent", 0, 50, "fewer than"),
    case(
        "nearly-capital-wire",
        "Nearly 1,500 people have died",
        "Nearly 1,500",
        "count",
        1350,
        1500,
        "nearly",
        unit="people",
    ),
    case("almost-million", "almost 2 million", "almost 2 million", "count", 1.8e6, 2e6, "nearly"),
    case(
        "almost-words",
        "almost forty years",
        "almost forty years",
        "duration",
        36,
        40,
        "nearly",
        unit="year",
    ),
    case("just-below", "just below 3%", "just below 3%", "percent", 2.7, 3, "nearly"),
    case("close-to-count", "close to 500 migrants", "close to 500", "count", 450, 500, "nearly"),
    case(
        "about-capital",
        "About 200 people gathered",
        "About 200",
        "count",
        180,
        220,
        "about",
        unit="people",
    ),
    case(
        "around-million",
        "around 1.2 million",
        "around 1.2 million",
        "count",
        1.08e6,
        1.32e6,
        "about",
    ),
    case("roughly-half", "roughly half of voters", "roughly half", "fraction", 0.45, 0.55, "about"),
    case(
        "some-thousand-words",
        "some two thousand people",
        "some two thousand",
        "count",
        1800,
        2200,
        "about",
    ),
    case(
        "approximately-money",
        "approximately $3.5bn",
        "approximately $3.5bn",
        "money",
        3.15e9,
        3.85e9,
        "about",
        unit="USD",
    ),
    case(
        "an-estimated-money",
        "an estimated £2m",
        "an estimated £2m",
        "money",
        1.8e6,
        2.2e6,
        "about",
        unit="GBP",
    ),
    case("ca-dot", "ca. 400 soldiers", "ca. 400", "count", 360, 440, "about"),
    case("or-so-words", "a hundred or so", "a hundred or so", "count", 90, 110, "about"),
    case("odd-words", "forty-odd", "forty-odd", "count", 36, 44, "about"),
    case("about-percent", "about 40% of", "about 40%", "percent", 36, 44, "about", unit="%"),
    case("hedge-on-range", "about 10 to 20 people", "about 10 to 20", "count", 9, 22, "about"),
    case(
        "at-least-on-words-million",
        "at least two million",
        "at least two million",
        "count",
        2e6,
        None,
        "at least",
    ),
    case(
        "more-than-half", "more than half of", "more than half", "fraction", 0.5, None, "more than"
    ),
    case(
        "wire-at-least-crash",
        "At least 62 people were killed when the plane crashed",
        "At least 62",
        "count",
        62,
        None,
        "at least",
        unit="people",
    ),
    case(
        "broadcast-more-than-words",
        "more than two hundred firefighters",
        "more than two hundred",
        "count",
        200,
        None,
        "more than",
        low_inclusive=False,
    ),
    case(
        "court-up-to-life",
        "faces up to 20 years",
        "up to 20 years",
        "duration",
        0,
        20,
        "up to",
        unit="year",
    ),
    case(
        "election-nearly-percent-turnout",
        "turnout of nearly 60%",
        "nearly 60%",
        "percent",
        54,
        60,
        "nearly",
        unit="%",
    ),
    case(
        "business-roughly-bn",
        "roughly $4.2bn in revenue",
        "roughly $4.2bn",
        "money",
        3.78e9,
        4.62e9,
        "about",
        unit="USD",
    ),
    case(
        "protest-some-thousands-words",
        "some 5,000 demonstrators",
        "some 5,000",
        "count",
        4500,
        5500,
        "about",
        unit="demonstrators",
    ),
]


# --- ranges -----------------------------------------------------------------------------------

RANGES = [
    case(
        "between-and",
        "between 20 and 30 people",
        "between 20 and 30",
        "count",
        20,
        30,
        "between",
        unit="people",
        value=20.0,
    ),
    case("to", "10 to 20 casualties", "10 to 20", "count", 10, 20, "between"),
    case("hyphen", "10-20 casualties", "10-20", "count", 10, 20, "between"),
    case("en-dash", "10–20 casualties", "10–20", "count", 10, 20, "between"),
    case("em-dash", "10—20 casualties", "10—20", "count", 10, 20, "between"),
    case("spaced-hyphen", "10 - 20 casualties", "10 - 20", "count", 10, 20, "between"),
    case("or", "10 or 20 casualties", "10 or 20", "count", 10, 20, "between"),
    case("from-to", "from 10 to 20 casualties", "from 10 to 20", "count", 10, 20, "between"),
    case(
        "words-or",
        "two or three days",
        "two or three days",
        "duration",
        2,
        3,
        "between",
        unit="day",
    ),
    case("words-to", "five to seven people", "five to seven", "count", 5, 7, "between"),
    case(
        "shared-magnitude",
        "between 1 and 2 million people",
        "between 1 and 2 million",
        "count",
        1e6,
        2e6,
        "between",
    ),
    case(
        "money-range", "$10-20 million", "$10-20 million", "money", 1e7, 2e7, "between", unit="USD"
    ),
    case("percent-range", "10-15%", "10-15%", "percent", 10, 15, "between", unit="%"),
    case(
        "duration-range",
        "three to five years",
        "three to five years",
        "duration",
        3,
        5,
        "between",
        unit="year",
    ),
    case("from-without-range", "rose from 37", "37", "count", 37, 37),
    case("between-without-and", "between 20 soldiers", "20", "count", 20, 20),
    case("reversed-range-ordered", "20-10 candidates", "20-10", "count", 10, 20, "between"),
    case("year-range", "the 2022-2023 season", "2022-2023", "year", 2022, 2023, "between"),
    case("year-range-short", "the 2022-23 budget", "2022-23", "year", 2022, 2023, "between"),
    case("score-win", "a 3-1 win over Spain", "3-1", "score", None, None, value=3.0),
    case("score-beat", "Chelsea beat Arsenal 2-0", "2-0", "score", None, None, value=2.0),
    case("score-lead", "took a 2-1 lead", "2-1", "score", None, None),
    case("score-draw", "a 1-1 draw", "1-1", "score", None, None),
    case("no-score-without-sport", "3-5 people", "3-5", "count", 3, 5, "between"),
    case("ten-year-old-not-range", "a 10-year-old girl", "10-year-old", "age", 10, 10, unit="year"),
    case(
        "between-words",
        "between five and seven people",
        "between five and seven",
        "count",
        5,
        7,
        "between",
    ),
    case(
        "between-money",
        "between $5m and $10m",
        "between $5m and $10m",
        "money",
        5e6,
        1e7,
        "between",
        unit="USD",
    ),
    case(
        "between-percent",
        "between 30 and 40 percent",
        "between 30 and 40 percent",
        "percent",
        30,
        40,
        "between",
        unit="%",
    ),
    case("to-thousands", "3,000 to 5,000 troops", "3,000 to 5,000", "count", 3000, 5000, "between"),
    case(
        "from-to-million",
        "from 2 to 3 million",
        "from 2 to 3 million",
        "count",
        2e6,
        3e6,
        "between",
    ),
    case("hyphen-ages-range", "aged 18-25", "aged 18-25", "age", 18, 25, "between"),
    case(
        "or-words-four-five",
        "four or five men",
        "four or five",
        "count",
        4,
        5,
        "between",
        unit="men",
    ),
    case("or-digits", "20 or 30 vehicles", "20 or 30", "count", 20, 30, "between"),
    case("en-dash-million", "1–2 million", "1–2 million", "count", 1e6, 2e6, "between"),
    case("to-percent", "40 to 45 percent", "40 to 45 percent", "percent", 40, 45, "between"),
    case("range-dollars-bn", "$2bn-$3bn", "$2bn-$3bn", "money", 2e9, 3e9, "between"),
    case(
        "words-range-shares-magnitude",
        "between two and three thousand people",
        "between two and three thousand",
        "count",
        2000,
        3000,
        "between",
    ),
    case("up-to-range", "up to 20-30 people", "up to 20-30", "count", 0, 30, "up to"),
    case("score-victory", "a 4-2 victory", "4-2", "score", None, None, value=4.0),
    case("score-defeat", "a 0-3 defeat at home", "0-3", "score", None, None),
    case("score-won", "Leeds won 2-1", "2-1", "score", None, None),
    case(
        "words-to-million-shares-magnitude",
        "two to three million people displaced",
        "two to three million",
        "count",
        2e6,
        3e6,
        "between",
        unit="people",
    ),
    case(
        "words-range-not-shared-when-first-is-larger",
        "twenty to three hundred",
        "twenty to three hundred",
        "count",
        20,
        300,
        "between",
    ),
    case(
        "words-or-dozen-shares",
        "three or four dozen officers",
        "three or four dozen",
        "count",
        36,
        48,
        "between",
    ),
    case(
        "words-to-thousand-shares",
        "five to ten thousand fans",
        "five to ten thousand",
        "count",
        5000,
        10000,
        "between",
    ),
    case("one-or-two", "one or two shots were fired", "one or two", "count", 1, 2, "between"),
]


# --- vague words ------------------------------------------------------------------------------

VAGUE = [
    case(
        "dozens", "dozens of homes", "dozens", "count", 24, 99, "dozens", unit="homes", value=24.0
    ),
    case("scores-of", "scores of people", "scores", "count", 40, 199, "scores", unit="people"),
    case("hundreds", "hundreds of families", "hundreds", "count", 200, 999, "hundreds"),
    case(
        "thousands",
        "thousands of people marched",
        "thousands",
        "count",
        2000,
        999999,
        "thousands",
        unit="people",
    ),
    case(
        "tens-of-thousands",
        "tens of thousands of people",
        "tens of thousands",
        "count",
        20000,
        99999,
        "tens of thousands",
    ),
    case(
        "hundreds-of-thousands",
        "hundreds of thousands of refugees",
        "hundreds of thousands",
        "count",
        200000,
        999999,
        "hundreds of thousands",
    ),
    case("millions", "millions of Ukrainians", "millions", "count", 2e6, 999e6, "millions"),
    case("a-handful", "a handful of protesters", "a handful", "count", 2, 6, "a handful"),
    case("several", "several people were hurt", "several", "count", 3, 9, "several", unit="people"),
    case(
        "a-couple-of",
        "a couple of soldiers",
        "a couple of",
        "count",
        2,
        3,
        "a couple",
        unit="soldiers",
    ),
    case("a-couple", "a couple were hurt", "a couple", "count", 2, 3, "a couple"),
    case("a-few", "a few civilians", "a few", "count", 2, 5, "a few", unit="civilians"),
    case(
        "several-hundred",
        "several hundred troops",
        "several hundred",
        "count",
        300,
        900,
        "several hundred",
    ),
    case(
        "a-few-thousand",
        "a few thousand fans",
        "a few thousand",
        "count",
        2000,
        5000,
        "a few thousand",
    ),
    case(
        "several-days",
        "several days of fighting",
        "several days",
        "duration",
        3,
        9,
        "several",
        unit="day",
    ),
    case("a-few-hours", "a few hours later", "a few hours", "duration", 2, 5, "a few", unit="hour"),
    case("dozens-upper", "DOZENS OF HOMES", "DOZENS", "count", 24, 99, "dozens"),
    case("at-least-dozens", "at least dozens of", "at least dozens", "count", 24, None, "at least"),
    case(
        "hundreds-capital",
        "Hundreds of people",
        "Hundreds",
        "count",
        200,
        999,
        "hundreds",
        unit="people",
    ),
    case(
        "thousands-protesters",
        "thousands of protesters",
        "thousands",
        "count",
        2000,
        999999,
        "thousands",
        unit="protesters",
    ),
    case("dozens-killed", "dozens were killed", "dozens", "count", 24, 99, "dozens"),
    case(
        "tens-of-millions",
        "tens of millions of dollars",
        "tens of millions",
        "count",
        2e7,
        99e6,
        "tens of millions",
    ),
    case(
        "hundreds-of-millions",
        "hundreds of millions",
        "hundreds of millions",
        "count",
        2e8,
        999e6,
        "hundreds of millions",
    ),
    case("billions", "billions of dollars", "billions", "count", 2e9, 999e9, "billions"),
    case("a-handful-words", "only a handful", "a handful", "count", 2, 6, "a handful"),
    case(
        "several-thousand",
        "several thousand people",
        "several thousand",
        "count",
        3000,
        9000,
        "several thousand",
    ),
    case(
        "several-million",
        "several million",
        "several million",
        "count",
        3e6,
        9e6,
        "several million",
    ),
    case(
        "a-couple-of-hundred-qualifier-drops-of",
        "a couple of hundred people",
        "a couple of hundred",
        "count",
        200,
        300,
        "a couple hundred",
    ),
    case(
        "a-couple-hundred",
        "a couple hundred fans",
        "a couple hundred",
        "count",
        200,
        300,
        "a couple hundred",
    ),
    case(
        "a-few-hundred-metres",
        "a few hundred metres away",
        "a few hundred metres",
        "measure",
        200,
        500,
        "a few hundred",
        unit="m",
    ),
    case(
        "a-few-dozen-scales",
        "a few dozen supporters",
        "a few dozen",
        "count",
        24,
        60,
        "a few dozen",
        unit="supporters",
    ),
    case(
        "several-dozen-scales",
        "several dozen protesters",
        "several dozen",
        "count",
        36,
        108,
        "several dozen",
        unit="protesters",
    ),
    case(
        "several-weeks", "several weeks", "several weeks", "duration", 3, 9, "several", unit="week"
    ),
    case(
        "a-couple-of-days",
        "a couple of days",
        "a couple of days",
        "duration",
        2,
        3,
        "a couple",
        unit="day",
    ),
    case(
        "more-than-a-dozen-people",
        "more than a dozen people",
        "more than a dozen",
        "count",
        12,
        None,
        "more than",
    ),
    case("several-capital", "Several people", "Several", "count", 3, 9, "several"),
    case("about-a-dozen", "about a dozen", "about a dozen", "count", 10.8, 13.2, "about"),
    case(
        "a-couple-of-dozen-scales",
        "a couple of dozen reporters",
        "a couple of dozen",
        "count",
        24,
        36,
        "a couple dozen",
    ),
    case(
        "tens-of-thousands-capital-wire",
        "Tens of thousands of protesters marched",
        "Tens of thousands",
        "count",
        20000,
        99999,
        "tens of thousands",
        unit="protesters",
    ),
]


# --- totals -----------------------------------------------------------------------------------

TOTALS = [
    pytest.param("downing 88 out of 273 drones launched", "88", 88, 273, id="out-of"),
    pytest.param("one of the 20 hostages", "one", 1, 20, id="one-of-the"),
    pytest.param("12 of the 40 victims", "12", 12, 40, id="of-the"),
    pytest.param("5 of 9 judges agreed", "5", 5, 9, id="of-number"),
    pytest.param("nearly 88 out of 273", "nearly 88", 88, 273, id="hedged-part"),
    pytest.param("three out of four voters", "three", 3, 4, id="words"),
    pytest.param("half of the 20 hostages", "half", 0.5, 20, id="fraction-of"),
    pytest.param("seven out of 10 voters backed it", "seven", 7, 10, id="words-out-of-digits-poll"),
    pytest.param("four of the five suspects were charged", "four", 4, 5, id="court-words-of-the"),
    pytest.param("2 of the 11 crew members survived", "2", 2, 11, id="crash-of-the-crew"),
    pytest.param("nine of 12 jurors voted to convict", "nine", 9, 12, id="court-words-of-digits"),
    pytest.param(
        "almost half of the 600 workers", "almost half", 0.5, 600, id="hedged-fraction-of-the"
    ),
    pytest.param(
        "at least 30 of the 45 passengers", "at least 30", 30, 45, id="at-least-part-of-the"
    ),
    pytest.param("23 of the 27 EU members", "23", 23, 27, id="election-members-of-the"),
]


@pytest.mark.parametrize(("text", "span", "part", "whole"), TOTALS)
def test_part_of_a_total(text: str, span: str, part: float, whole: float) -> None:
    found = quantities.parse(text)
    first = only(text, span)
    assert first.value == pytest.approx(part)
    assert first.total is not None and first.total.value == pytest.approx(whole)
    assert first.total in found  # the total is returned on its own too
    assert first.end <= first.total.start


def test_out_of_reads_both_as_exact_counts_with_the_noun() -> None:
    part, whole = quantities.parse("downing 88 out of 273 drones launched")
    assert (part.low, part.high, part.text, part.unit) == (88, 88, "88", "drones")
    assert (whole.low, whole.high, whole.text, whole.unit) == (273, 273, "273", "drones")
    assert part.total == whole


def test_of_a_year_is_no_total() -> None:
    first = quantities.parse("5 of the 2022 contracts")[0]
    assert first.total is None


# --- pronouns and other words that are not counts ----------------------------------------------

NOT_COUNTS = [
    pytest.param("No one was hurt", id="no-one"),
    pytest.param("Anyone could see it", id="anyone"),
    pytest.param("someone fired", id="someone"),
    pytest.param("they blamed one another", id="one-another"),
    pytest.param("the one who fired", id="the-one-who"),
    pytest.param("one of the things he said", id="one-of-the-things"),
    pytest.param("One of them was a child", id="one-of-them"),
    pytest.param("maybe one day we will", id="one-day-someday"),
    pytest.param("Russia will one day pay", id="will-one-day"),
    pytest.param("one by one", id="one-by-one"),
    pytest.param("the things that matter", id="no-number"),
    pytest.param("I think so, said the officer", id="pronoun-i"),
    pytest.param("often", id="ten-inside-often"),
    pytest.param("G3", id="no-digit-count-inside-code"),
    pytest.param("a nonetheless", id="one-inside-word"),
    pytest.param("Scores on the test", id="scores-not-vague-without-of"),
    pytest.param("Nobody was hurt in the blaze", id="nobody"),
    pytest.param("each one of us", id="each-one-of-us"),
    pytest.param("the one that got away", id="the-one-that"),
    pytest.param("once again the council voted", id="one-inside-once"),
    pytest.param("someone else was driving", id="someone-else"),
    pytest.param("None of them survived", id="none-of-them"),
    pytest.param("a one-time champion", id="one-time-adjective-not-a-count"),
    pytest.param("a one-sided match", id="one-sided-adjective-not-a-count"),
    pytest.param("a one-off payment", id="one-off-adjective-not-a-count"),
    pytest.param(
        "Scores were injured", id="scores-without-of-stays-no-count-ambiguous-with-match-scores"
    ),
]


@pytest.mark.parametrize("text", NOT_COUNTS)
def test_no_count_is_read(text: str) -> None:
    assert [q.text for q in quantities.parse(text) if q.kind == "count"] == []


def test_one_day_as_a_length_is_kept() -> None:
    assert only("the ceasefire lasted one day", "one day").kind == "duration"


def test_one_of_a_number_word_is_kept() -> None:
    assert only("one of the three suspects", "one").total is not None


# --- kinds that are not counts ------------------------------------------------------------------

KINDS = [
    case("percent-sign", "40% of voters", "40%", "percent", 40, 40, unit="%"),
    case("percent-word", "40 percent of voters", "40 percent", "percent", 40, 40, unit="%"),
    case("per-cent", "40 per cent turnout", "40 per cent", "percent", 40, 40),
    case(
        "percentage-points",
        "2 percentage points",
        "2 percentage points",
        "percent",
        2,
        2,
        unit="percentage point",
    ),
    case("percent-decimal", "3.5% inflation", "3.5%", "percent", 3.5, 3.5),
    case("fraction-half", "half of the town", "half", "fraction", 0.5, 0.5, value=0.5),
    case("fraction-a-third", "a third of the army", "a third", "fraction", 1 / 3, 1 / 3),
    case("fraction-two-thirds", "two-thirds of voters", "two-thirds", "fraction", 2 / 3, 2 / 3),
    # written with a slash: a fraction, not the 4th of January
    case("fraction-slash", "a 1/4 inch gap", "1/4", "fraction", 0.25, 0.25, value=0.25),
    # a range whose unit is written twice is one range; two figures joined by 'and' alone are two
    case(
        "range-unit-twice",
        "between 20% and 30% of voters",
        "between 20% and 30%",
        "percent",
        20,
        30,
        qualifier="between",
    ),
    case(
        "range-unit-twice-to",
        "from 40 km/h to 60 km/h",
        "from 40 km/h to 60 km/h",
        "measure",
        40,
        60,
        qualifier="between",
    ),
    case("fraction-slash-of", "1/3 of voters", "1/3", "fraction", 1 / 3, 1 / 3),
    case("fraction-mixed", "it took 2 1/2 hours", "2 1/2", "count", 2.5, 2.5, value=2.5),
    case("fraction-slash-date", "on 1/2 we met", "1/2", "date", 2, 2),
    case("fraction-top-heavy-is-a-date", "sales on 5/4 rose", "5/4", "date", 4, 4),
    case(
        "fraction-three-quarters",
        "three quarters of homes",
        "three quarters",
        "fraction",
        0.75,
        0.75,
    ),
    case(
        "fraction-hedged",
        "nearly half of the staff",
        "nearly half",
        "fraction",
        0.45,
        0.5,
        "nearly",
    ),
    case("money-dollar-bn", "$2bn in aid", "$2bn", "money", 2e9, 2e9, unit="USD", value=2e9),
    case("money-pound-million", "£5 million fine", "£5 million", "money", 5e6, 5e6, unit="GBP"),
    case("money-euro-m", "€1.2m grant", "€1.2m", "money", 1.2e6, 1.2e6, unit="EUR"),
    case(
        "money-dollars-word",
        "2 million dollars",
        "2 million dollars",
        "money",
        2e6,
        2e6,
        unit="USD",
    ),
    case("money-usd-code", "USD 5 each", "USD 5", "money", 5, 5, unit="USD"),
    case("money-euros-word", "5 euros", "5 euros", "money", 5, 5, unit="EUR"),
    case("money-us-dollar-sign", "US$40 billion", "US$40 billion", "money", 4e10, 4e10, unit="USD"),
    case("money-rouble", "100 roubles", "100 roubles", "money", 100, 100, unit="RUB"),
    case("money-hryvnia", "₴200", "₴200", "money", 200, 200, unit="UAH"),
    case(
        "money-rupiah-word",
        "pay 15 million rupiah to",
        "15 million rupiah",
        "money",
        1.5e7,
        1.5e7,
        unit="IDR",
    ),
    case(
        "money-quarter-of-a-billion",
        "costs a quarter of a billion pounds",
        "a quarter of a billion pounds",
        "money",
        2.5e8,
        2.5e8,
        unit="GBP",
    ),
    case(
        "count-hedged-quarter-of-a-million",
        "about a quarter of a million",
        "about a quarter of a million",
        "count",
        225000,
        275000,
        "about",
    ),
    case(
        "rain-litres-per-square-metre",
        "296 litres per square metre fell",
        "296 litres per square metre",
        "measure",
        296,
        296,
        unit="mm",
    ),
    case("money-naira-word", "2,000 naira", "2,000 naira", "money", 2000, 2000, unit="NGN"),
    case(
        "money-pounds-with-magnitude",
        "5 million pounds",
        "5 million pounds",
        "money",
        5e6,
        5e6,
        unit="GBP",
    ),
    case("weight-pounds", "a 5 pounds bag", "5 pounds", "measure", 5, 5, unit="lb"),
    case("ordinal-first", "the first attack", "first", "ordinal", 1, 1),
    case("ordinal-21st", "the 21st century", "21st", "ordinal", 21, 21),
    case("ordinal-third", "a third attack", "third", "ordinal", 3, 3),
    case("ordinal-second", "a second wave", "second", "ordinal", 2, 2),
    case("ordinal-compound", "the twenty-first day", "twenty-first", "ordinal", 21, 21),
    case("ordinal-1000th", "the 1,000th day of the war", "1,000th", "ordinal", 1000, 1000),
    case("regnal-pope", "the inaugural Mass of Pope Leo XIV", "XIV", "regnal", 14, 14),
    case("regnal-henry", "Henry VIII", "VIII", "regnal", 8, 8),
    case("regnal-world-war", "World War II", "II", "regnal", 2, 2),
    case("regnal-world-war-one", "World War I", "I", "regnal", 1, 1),
    case("regnal-upper", "POPE LEO XIV", "XIV", "regnal", 14, 14),
    case("year-in", "which Russia annexed in 2014", "2014", "year", 2014, 2014),
    case("year-since", "since 1991", "1991", "year", 1991, 1991),
    case("year-alone", "2014", "2014", "year", 2014, 2014),
    case("year-before-verb", "in 2022 was", "2022", "year", 2022, 2022),
    case("year-with-determiner", "the 2024 elections", "2024", "year", 2024, 2024),
    case("year-end-of-sentence", "It began in 2022.", "2022", "year", 2022, 2022),
    case("decade", "the 1990s", "1990s", "decade", 1990, 1999, value=1990.0),
    case("decade-apostrophe", "the '90s", "'90s", "decade", 1990, 1999),
    case("decade-curly", "the ’80s", "’80s", "decade", 1980, 1989),
    case("age-year-old", "including a 4-year-old child", "4-year-old", "age", 4, 4, unit="year"),
    case("age-suspect", "the 21-year-old suspect", "21-year-old", "age", 21, 21),
    case("age-words", "a six-year-old boy", "six-year-old", "age", 6, 6),
    case("age-month-old", "a 6-month-old baby", "6-month-old", "age", 6, 6, unit="month"),
    case("age-years-old", "he was 37 years old", "37 years old", "age", 37, 37),
    case("age-aged", "a man aged 37", "aged 37", "age", 37, 37),
    case("age-age", "at age 37", "age 37", "age", 37, 37),
    case("age-comma", "John Smith, 37, was arrested", "37", "age", 37, 37),
    case("age-in-his-40s", "a man in his 40s", "40s", "age", 40, 49),
    case(
        "age-early-thirties",
        "a woman in her early thirties",
        "early thirties",
        "age",
        30,
        33,
        "early",
    ),
    case("age-late-20s", "in their late 20s", "late 20s", "age", 27, 29, "late"),
    case("time-colon", "at 10:00 a.m.", "10:00 a.m.", "time", 10, 10, unit="hour"),
    case("time-am", "at 10 a.m.", "10 a.m.", "time", 10, 10),
    case("time-glued", "at 10am", "10am", "time", 10, 10),
    case("time-pm", "at 9pm", "9pm", "time", 21, 21),
    case("time-gmt", "at 22:30 GMT", "22:30 GMT", "time", 22.5, 22.5),
    case("time-oclock", "at 5 o'clock", "5 o'clock", "time", 5, 5),
    case("time-hedged-keeps-clock", "at about 10 a.m.", "10 a.m.", "time", 10, 10),
    case("date-month-day", "on May 16", "May 16", "date", 16, 16),
    case("date-day-month", "on 16 May", "16 May", "date", 16, 16),
    case("date-with-year", "May 16, 2025", "May 16, 2025", "date", 16, 16),
    case("date-iso", "2025-05-18", "2025-05-18", "date", 18, 18),
    case("date-slash", "on 5/16", "5/16", "date", 16, 16),
    case("date-ordinal-day", "on March 3rd", "March 3rd", "date", 3, 3),
    case("date-abbrev", "on Feb. 24", "Feb. 24", "date", 24, 24),
    case("date-upper", "ON MAY 16", "MAY 16", "date", 16, 16),
    case("date-of", "the 24th of February", "24th of February", "date", 24, 24),
    case("may-modal-is-no-date", "they may 5 times", "5", "count", 5, 5),
    case(
        "duration-hours",
        "the meeting lasted just two hours",
        "two hours",
        "duration",
        2,
        2,
        unit="hour",
    ),
    case("duration-years", "three years of war", "three years", "duration", 3, 3, unit="year"),
    case("duration-48-hours", "within 48 hours", "48 hours", "duration", 48, 48),
    case("duration-hyphen", "a four-day truce", "four-day", "duration", 4, 4, unit="day"),
    case("duration-long", "a two-hour-long call", "two-hour-long", "duration", 2, 2),
    case("duration-weeks", "six weeks", "six weeks", "duration", 6, 6, unit="week"),
    case("duration-months", "18 months", "18 months", "duration", 18, 18, unit="month"),
    case("duration-minutes", "30 minutes", "30 minutes", "duration", 30, 30, unit="minute"),
    case("duration-decades", "two decades", "two decades", "duration", 2, 2, unit="decade"),
    case("measure-km", "5 km from the border", "5 km", "measure", 5, 5, unit="km"),
    case("measure-km-glued", "a 10km stretch", "10km", "measure", 10, 10, unit="km"),
    case(
        "measure-magnitude-before",
        "a magnitude 7.1 earthquake",
        "magnitude 7.1",
        "measure",
        7.1,
        7.1,
        unit="magnitude",
    ),
    case(
        "measure-magnitude-after",
        "a 7.1 magnitude quake",
        "7.1 magnitude",
        "measure",
        7.1,
        7.1,
        unit="magnitude",
    ),
    case("measure-magnitude-hyphen", "a 7.1-magnitude quake", "7.1-magnitude", "measure", 7.1, 7.1),
    case("measure-mph", "winds of 30 mph", "30 mph", "measure", 30, 30, unit="mph"),
    case("measure-celsius", "temperatures of 40C", "40C", "measure", 40, 40, unit="C"),
    case("measure-degree-sign", "40°C", "40°C", "measure", 40, 40, unit="C"),
    case("measure-metres", "10 metres deep", "10 metres", "measure", 10, 10, unit="m"),
    case("measure-kg", "5 kg of explosives", "5 kg", "measure", 5, 5, unit="kg"),
    case("measure-miles", "20 miles south", "20 miles", "measure", 20, 20, unit="mi"),
    case("measure-hedged", "about 50 km", "about 50 km", "measure", 45, 55, "about"),
    case(
        "measure-square-km",
        "400 square kilometres",
        "400 square kilometres",
        "measure",
        400,
        400,
        unit="km2",
    ),
    case(
        "measure-tonnes", "1,000 tonnes of grain", "1,000 tonnes", "measure", 1000, 1000, unit="t"
    ),
    case("code-covid", "COVID-19 cases", "COVID-19", "code", 19, 19),
    case("code-f16", "F-16 jets", "F-16", "code", 16, 16),
    case("code-g7", "the G7 summit", "G7", "code", 7, 7),
    case("code-a320", "an Airbus A320", "A320", "code", 320, 320),
    case("code-section", "Section 230 protections", "Section 230", "code", 230, 230),
    case("code-version", "v2.1 of the app", "v2.1", "code", 2.1, 2.1),
    case("code-route", "Route 66", "Route 66", "code", 66, 66),
    case("code-article", "NATO's Article 5", "Article 5", "code", 5, 5),
    case("code-zip", "New York, NY 10001", "10001", "code", 10001, 10001),
    case("code-flight", "flight MH17", "MH17", "code", 17, 17),
    case("code-5g", "5G masts", "5G", "code", 5, 5),
    case("code-s400", "S-400 systems", "S-400", "code", 400, 400),
    case("code-shahed", "Shahed-136 drones", "Shahed-136", "code", 136, 136),
    case("code-24-7", "open 24/7", "24/7", "code", 24, 24),
    case("code-dotted", "version 1.2.3", "1.2.3", "code", 1.2, 1.2),
    case("phone-international", "call +44 20 7946 0958", "+44 20 7946 0958", "phone", None, None),
    case("phone-us", "call (202) 555-0143", "(202) 555-0143", "phone", None, None),
    case("phone-dashes", "call 202-555-0143", "202-555-0143", "phone", None, None),
    case(
        "phone-spaces",
        "the hotline, 461 555 0143, stayed open",
        "461 555 0143",
        "phone",
        None,
        None,
    ),
    case(
        "millilitres", "as little as 30 millilitres can kill", "30 millilitres", "measure", 30, 30
    ),
    case("list-dot", "Key points:\n1. Ceasefire", "1.", "list", 1, 1),
    case("list-paren", "Key points:\n2) Prisoners", "2)", "list", 2, 2),
    case("list-parenthesised", "demands: (1) a ceasefire", "(1)", "list", 1, 1),
    case("number-decimal", "a rate of 2.5", "2.5", "number", 2.5, 2.5),
    case("number-negative", "fell to -5 overnight", "-5", "number", -5, -5),
    case("number-minus-word", "minus 5", "minus 5", "number", -5, -5),
    case("number-unicode-minus", "−5", "−5", "number", -5, -5),
    case("negative-temperature", "-5C", "-5C", "measure", -5, -5, unit="C"),
    case("hyphen-not-sign", "the pre-2022 border", "2022", "year", 2022, 2022),
    case(
        "percent-hedged-word",
        "nearly 70 per cent",
        "nearly 70 per cent",
        "percent",
        63,
        70,
        "nearly",
    ),
    case("percent-negative", "-2.3% in the quarter", "-2.3%", "percent", -2.3, -2.3),
    case("percent-turnout", "turnout was 67.3%", "67.3%", "percent", 67.3, 67.3),
    case("fraction-one-third", "one third of", "one third", "fraction", 1 / 3, 1 / 3),
    case("fraction-a-quarter", "a quarter of the population", "a quarter", "fraction", 0.25, 0.25),
    case(
        "fraction-three-quarters-hyphen",
        "three-quarters of",
        "three-quarters",
        "fraction",
        0.75,
        0.75,
    ),
    case("fraction-one-in-five", "two-fifths of", "two-fifths", "fraction", 0.4, 0.4),
    case("fraction-half-alone", "Half the town", "Half", "fraction", 0.5, 0.5),
    case("money-pound-bn", "£3bn", "£3bn", "money", 3e9, 3e9, unit="GBP"),
    case("money-euro-word-million", "€5 million", "€5 million", "money", 5e6, 5e6, unit="EUR"),
    case("money-yen", "¥100 billion", "¥100 billion", "money", 1e11, 1e11, unit="JPY"),
    case("money-cents", "$4.99", "$4.99", "money", 4.99, 4.99, unit="USD"),
    case(
        "money-dollars-comma",
        "$1,250,000 settlement",
        "$1,250,000",
        "money",
        1.25e6,
        1.25e6,
        unit="USD",
    ),
    case("money-gbp-code", "GBP 10m", "GBP 10m", "money", 1e7, 1e7, unit="GBP"),
    case("money-eur-code-after", "5 million EUR", "5 million EUR", "money", 5e6, 5e6, unit="EUR"),
    case("money-words-dollars", "ten dollars", "ten dollars", "money", 10, 10, unit="USD"),
    case("ordinal-nd", "the 2nd round", "2nd", "ordinal", 2, 2),
    case("ordinal-rd", "the 3rd quarter", "3rd", "ordinal", 3, 3),
    case("ordinal-fifth", "the fifth day", "fifth", "ordinal", 5, 5),
    case("ordinal-hundredth", "the hundredth anniversary", "hundredth", "ordinal", 100, 100),
    case("ordinal-101st", "the 101st Airborne", "101st", "ordinal", 101, 101),
    case("regnal-charles", "King Charles III", "III", "regnal", 3, 3),
    case("regnal-elizabeth", "Queen Elizabeth II", "II", "regnal", 2, 2),
    case("regnal-louis", "Louis XVI", "XVI", "regnal", 16, 16),
    case("year-in-election-wire", "the party lost power in 2010", "2010", "year", 2010, 2010),
    case("year-sentence-start", "2020 was a hard year", "2020", "year", 2020, 2020),
    case("year-by", "by 2030", "2030", "year", 2030, 2030),
    case("decade-apostrophe-80s", "a hit in the '80s", "'80s", "decade", 1980, 1989),
    case("decade-short", "the 60s", "60s", "decade", 1960, 1969),
    case("age-year-old-local-paper", "a 4-year-old child was rescued", "4-year-old", "age", 4, 4),
    case("age-aged-court", "Jane Doe, aged 37, denied", "aged 37", "age", 37, 37),
    case("age-years-old-broadcast", "the victim was 37 years old", "37 years old", "age", 37, 37),
    case("age-comma-of-town", "John Smith, 54, of Leeds", "54", "age", 54, 54),
    case("age-in-her-40s-suspect", "a woman in her 40s was arrested", "40s", "age", 40, 49),
    case(
        "age-early-thirties-man",
        "a man in his early thirties",
        "early thirties",
        "age",
        30,
        33,
        "early",
    ),
    case("age-month-old-3", "a 3-month-old baby", "3-month-old", "age", 3, 3, unit="month"),
    case("age-age-of", "at the age of 92", "age of 92", "age", 92, 92),
    case("time-pm-kick-off", "kick-off at 3pm", "3pm", "time", 15, 15),
    case("time-p-m-dotted", "at 7:15 p.m.", "7:15 p.m.", "time", 19.25, 19.25),
    case(
        "time-word-oclock",
        "at five o'clock this morning",
        "five o'clock",
        "time",
        5,
        5,
        unit="hour",
    ),
    case("date-month-day-march", "on March 3", "March 3", "date", 3, 3),
    case("date-day-month-march", "on 3 March", "3 March", "date", 3, 3),
    case("date-abbrev-month", "Jan. 6", "Jan. 6", "date", 6, 6),
    case(
        "phone-uk-spaced-leading-zero", "ring 020 7946 0958", "020 7946 0958", "phone", None, None
    ),
    case("phone-dots", "call 202.555.0143", "202.555.0143", "phone", None, None),
    case("code-boeing-737", "a Boeing 737 crashed", "Boeing 737", "code", 737, 737),
    case("code-m4", "the M4 motorway", "M4", "code", 4, 4),
    case("code-i-95", "on I-95", "I-95", "code", 95, 95),
    case("code-g20", "the G20 summit", "G20", "code", 20, 20),
    case("code-h5n1", "H5N1 bird flu", "H5N1", "code", 5, 5),
    case("code-bill", "Bill C-18", "C-18", "code", 18, 18),
    case("code-amendment", "Proposition 47", "Proposition 47", "code", 47, 47),
    case("list-three", "\n3. Rising prices", "3.", "list", 3, 3),
    case("list-paren-two", "demands: (2) elections", "(2)", "list", 2, 2),
    case("duration-four-day", "a four-day strike", "four-day", "duration", 4, 4, unit="day"),
    case(
        "duration-90-minutes-sport",
        "after 90 minutes",
        "90 minutes",
        "duration",
        90,
        90,
        unit="minute",
    ),
    case(
        "duration-year-sentence", "a 25-year sentence", "25-year", "duration", 25, 25, unit="year"
    ),
    case("measure-feet", "30 feet", "30 feet", "measure", 30, 30),
    case("measure-fahrenheit", "98F", "98F", "measure", 98, 98, unit="F"),
    case("measure-kmh", "120 km/h", "120 km/h", "measure", 120, 120),
    case("measure-hectares", "5,000 hectares", "5,000 hectares", "measure", 5000, 5000),
    case("measure-degrees", "40 degrees", "40 degrees", "measure", 40, 40),
    case("measure-richter", "a 6.4-magnitude earthquake", "6.4-magnitude", "measure", 6.4, 6.4),
    case("number-decimal-rate", "a rate of 5.25", "5.25", "number", 5.25, 5.25),
    case("number-negative-minus-word", "minus 12", "minus 12", "number", -12, -12),
    case("negative-temperature-word", "minus 10C", "minus 10C", "measure", -10, -10, unit="C"),
    case("time-word-oclock-capital", "Twelve O'clock news", "Twelve O'clock", "time", 12, 12),
    case("phone-uk-mobile", "text 07700 900 123", "07700 900 123", "phone", None, None),
    case("year-the-2026-world-cup", "ahead of the 2026 World Cup", "2026", "year", 2026, 2026),
    case(
        "decade-the-1970s-strikes",
        "strikes not seen since the 1970s",
        "1970s",
        "decade",
        1970,
        1979,
    ),
    case("age-word-year-old-seven", "a seven-year-old girl drowned", "seven-year-old", "age", 7, 7),
    case("time-24h-bst", "the polls close at 22:00 BST", "22:00 BST", "time", 22, 22),
    case("date-ordinal-of-june", "on the 3rd of June", "3rd of June", "date", 3, 3),
]


@pytest.mark.parametrize(("text", "span", "expected"), EXACT + HEDGES + RANGES + VAGUE + KINDS)
def test_reads_quantity(text: str, span: str, expected: dict[str, Any]) -> None:
    check(only(text, span), expected)


# --- whole sentences ----------------------------------------------------------------------------

SENTENCES = [
    pytest.param(
        "Russia launched its largest drone attack since the start of the war, killing one "
        "woman and injuring three others, including a 4-year-old child.",
        [("one", "count"), ("three", "count"), ("4-year-old", "age")],
        id="drone-attack",
    ),
    pytest.param(
        "Ukraine's air force said it shot down 88 of the 273 drones.",
        [("88", "count"), ("273", "count")],
        id="air-force",
    ),
    pytest.param(
        "On Friday, Ukrainian and Russian officials met in Istanbul for their first "
        "face-to-face meeting in years. But the meeting lasted just two hours.",
        [("first", "ordinal"), ("two hours", "duration")],
        id="istanbul",
    ),
    pytest.param(
        "The earthquake, magnitude 7.1, struck at 10:00 a.m. on May 16, 2025, 30 km from Kyiv.",
        [
            ("magnitude 7.1", "measure"),
            ("10:00 a.m.", "time"),
            ("May 16, 2025", "date"),
            ("30 km", "measure"),
        ],
        id="earthquake",
    ),
    pytest.param(
        "Crimea, which Russia annexed in 2014, has been hit by dozens of drones.",
        [("2014", "year"), ("dozens", "count")],
        id="crimea",
    ),
    pytest.param(
        "He said 5,000 soldiers a week were dying, up from 3,500 in 2023.",
        [("5,000", "count"), ("3,500", "count"), ("2023", "year")],
        id="soldiers-a-week",
    ),
    pytest.param(
        "Police said 14 people, including a 9-year-old boy, were taken to hospital after the "
        "crash on the M6 at 6:40 a.m.",
        [("14", "count"), ("9-year-old", "age"), ("M6", "code"), ("6:40 a.m.", "time")],
        id="local-paper-crash",
    ),
    pytest.param(
        "The Conservatives won 121 seats, down from 365 in 2019, with a turnout of 59.7%.",
        [("121", "count"), ("365", "count"), ("2019", "year"), ("59.7%", "percent")],
        id="election-result",
    ),
    pytest.param(
        "The jury deliberated for nine hours before convicting the 42-year-old on three counts.",
        [("nine hours", "duration"), ("42-year-old", "age"), ("three", "count")],
        id="court-verdict",
    ),
    pytest.param(
        "Shares fell 4.5% to $182.30, wiping nearly $30bn off the company value.",
        [("4.5%", "percent"), ("$182.30", "money"), ("nearly $30bn", "money")],
        id="business-shares",
    ),
    pytest.param(
        "Firefighters battled the blaze for 36 hours; more than 1,200 acres burned and two "
        "firefighters were injured.",
        [("36 hours", "duration"), ("more than 1,200 acres", "measure"), ("two", "count")],
        id="wildfire",
    ),
    pytest.param(
        "Tens of thousands of protesters marched through the capital on Saturday, police said.",
        [("Tens of thousands", "count")],
        id="protest-march",
    ),
    pytest.param(
        "Arsenal beat Chelsea 3-1 in front of 60,000 fans at the Emirates.",
        [("3-1", "score"), ("60,000", "count")],
        id="sport-match",
    ),
    pytest.param(
        "The magnitude 6.8 quake killed at least 2,900 people and injured more than 5,500.",
        [("magnitude 6.8", "measure"), ("at least 2,900", "count"), ("more than 5,500", "count")],
        id="earthquake-toll",
    ),
    pytest.param(
        "The bus carrying 52 passengers overturned at around 11 p.m. on Tuesday, 3 June.",
        [("52", "count"), ("11 p.m.", "time"), ("3 June", "date")],
        id="bus-crash-broadcast",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_reads_every_number_in_a_sentence(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.text, q.kind) for q in quantities.parse(text)] == expected


# --- tolerance, spans, robustness ---------------------------------------------------------------


def test_about_tolerance_is_a_parameter() -> None:
    q = quantities.parse("about 100 people", about_tolerance=0.25)[0]
    assert (q.low, q.high) == pytest.approx((75, 125))
    q = quantities.parse("nearly 100 people", about_tolerance=0.2)[0]
    assert (q.low, q.high, q.high_inclusive) == pytest.approx((80, 100, False))


def test_curly_and_normalised_text_read_alike() -> None:
    curly = quantities.parse("between 10–20 people and the ’90s")
    straight = quantities.parse("between 10-20 people and the '90s")
    assert [(q.low, q.high, q.kind) for q in curly] == [(q.low, q.high, q.kind) for q in straight]


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\x00\x01\x02",
        "\u200f123\u200e",
        "İ" * 50 + " 5 people",
        "1," * 500,
        "9" * 5000,
        "one " * 300,
        "-" * 100 + "5",
        "$" * 100,
        "between and",
        "from to",
        "1e309",
        "0" * 400 + ".5",
        "(((1)))",
        "a\nb\n1.\n2)",
    ],
    ids=lambda t: repr(t[:12]),
)
def test_never_raises_on_odd_text(text: str) -> None:
    assert_well_formed(text, quantities.parse(text))


def test_huge_digit_and_comma_string_is_fast() -> None:
    text = ("1,000,000," * 100_000)[:1_000_000]
    started = time.perf_counter()
    quantities.parse(text)
    digits = "7" * 1_000_000
    quantities.parse(digits)
    assert time.perf_counter() - started < 5


def test_unicode_lowercasing_keeps_offsets() -> None:
    text = "İİİ about 30 people"
    assert only(text, "about 30").start == text.index("about")


def assert_well_formed(text: str, found: list[Quantity]) -> None:
    previous_end = 0
    for q in found:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.start >= previous_end
        assert q.end > q.start
        previous_end = q.end
        if q.low is not None and q.high is not None:
            assert q.low <= q.high
        if q.total is not None:
            assert q.total in found


# Examples the property tests once falsified: each must read well formed, as the full scan would.
SCAN_REGRESSIONS = [
    pytest.param("between dozens", id="between-before-vague-word-starts-at-the-word"),
    pytest.param("from hundreds", id="from-before-vague-word-starts-at-the-word"),
    pytest.param("between several hundred", id="between-before-scaled-vague-word"),
    pytest.param("about from a few", id="hedge-before-from-vague-word"),
    pytest.param("about between hundred", id="hedge-before-between-is-an-opening"),
    pytest.param("about  " + " " * 80 + "5", id="hedge-far-before-number-is-tried"),
    pytest.param("above tens of millions", id="hedge-before-tens-of"),
    pytest.param("about magnitude-7", id="hedge-before-glued-magnitude"),
    pytest.param("about $ 5", id="hedge-before-spaced-currency-sign"),
    pytest.param("$ dozens", id="currency-sign-before-vague-word"),
    pytest.param("₴ dozens", id="hryvnia-sign-before-vague-word"),
    pytest.param("USDhundred", id="currency-code-glued-to-number-word"),
    pytest.param("USD a few", id="currency-code-before-vague-word"),
    pytest.param("hk$hundred", id="letters-of-currency-sign-open"),
    pytest.param("c.two", id="dotted-hedge-before-number-word"),
    pytest.param("c. a few", id="dotted-hedge-before-vague-word"),
    pytest.param("a thirds", id="a-before-plural-fraction"),
    pytest.param("a-million", id="a-hyphen-scale"),
    pytest.param("1,1990s", id="digit-run-after-comma-is-an-anchor"),
    pytest.param("1,2024-05-18", id="date-after-comma-in-digit-run"),
    pytest.param("1,202.555.0143", id="phone-after-comma-in-digit-run"),
    pytest.param("(-9", id="minus-glued-after-bracket"),
    pytest.param(".F6", id="code-glued-after-full-stop"),
    pytest.param("-'90s", id="decade-glued-after-hyphen"),
    pytest.param("Abcdefghijklmnopqrs5", id="long-glued-code-is-tried"),
    pytest.param("hundred½", id="number-word-before-vulgar-fraction"),
    pytest.param("My V²", id="roman-numeral-before-superscript"),
    pytest.param("ſeven people", id="long-s-read-as-s"),
    pytest.param("thouſands", id="long-s-in-vague-word-never-raises"),
    pytest.param("several mİllion", id="dotted-capital-i-in-scale-never-raises"),
]


@pytest.mark.parametrize("text", SCAN_REGRESSIONS)
def test_regressions_read_well_formed_as_the_full_scan(text: str) -> None:
    assert_well_formed(text, quantities.parse(text))
    fast = [(m.start(), m.end()) for m in quantities._matches(text)]
    assert fast == [(m.start(), m.end()) for m in quantities._PATTERN.finditer(text)]


def test_between_a_vague_word_spans_the_word() -> None:
    (q,) = quantities.parse("between dozens")
    assert (q.start, q.text, q.low, q.high) == (8, "dozens", 24.0, 99.0)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: Path(p).name)
def test_samples_read_as_the_full_scan_would(path: str) -> None:
    """The prefilter finds exactly what matching the pattern at every position finds."""
    text = Path(path).read_text(encoding="utf-8")
    fast = [(m.start(), m.end()) for m in quantities._matches(text)]
    full = [(m.start(), m.end()) for m in quantities._PATTERN.finditer(text)]
    assert fast == full
    assert_well_formed(text, quantities.parse(text))


def test_the_sample_article_reads_its_counts() -> None:
    text = Path(SAMPLES[0]).read_text(encoding="utf-8")
    counts = [q for q in quantities.parse(text) if q.kind == "count"]
    assert ("roughly 1,000", "about", "prisoners") in [
        (q.text, q.qualifier, q.unit) for q in counts
    ]
    assert ("one", "woman") in [(q.text, q.unit) for q in counts]


# --- properties ---------------------------------------------------------------------------------

ONES = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def below_thousand(n: int, use_and: bool) -> str:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += [ONES[hundreds], "hundred"]
        if rest and use_and:
            words.append("and")
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        words.append(TENS[tens] + (f"-{ONES[ones]}" if ones else ""))
    elif rest >= 10:
        words.append(TEENS[rest - 10])
    elif rest:
        words.append(ONES[rest])
    return " ".join(words)


def in_words(n: int, use_and: bool = False) -> str:
    """English words for 0 <= n < 10**9: 1234567 -> 'one million two hundred thirty-four ...'."""
    if n == 0:
        return "zero"
    parts = []
    for scale, name in ((10**6, "million"), (10**3, "thousand"), (1, "")):
        chunk, n = divmod(n, scale)
        if chunk:
            parts.append(f"{below_thousand(chunk, use_and)} {name}".strip())
    return " ".join(parts)


def test_words_writer() -> None:
    assert in_words(342, use_and=True) == "three hundred and forty-two"
    assert in_words(1_000_021) == "one million twenty-one"


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**7 - 1), st.booleans(), st.booleans())
def test_numbers_in_words_read_back(n: int, use_and: bool, capitalise: bool) -> None:
    written = in_words(n, use_and)
    if capitalise:
        written = written.capitalize()
    found = quantities.parse(f"officials said {written} were affected")
    assert [q.value for q in found] == [n], [q.text for q in found]
    assert found[0].text == written


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**9), st.booleans())
def test_digits_read_back(n: int, commas: bool) -> None:
    written = f"{n:,}" if commas else str(n)
    found = quantities.parse(f"officials said {written} people were affected")
    assert len(found) == 1
    assert found[0].value == n


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_is_read_well_formed(text: str) -> None:
    assert_well_formed(text, quantities.parse(text))


NEWSY = st.lists(
    st.sampled_from(
        [
            "at least",
            "about",
            "nearly",
            "between",
            "and",
            "to",
            "or",
            "more than",
            "of",
            "the",
            "out of",
            "1,000",
            "5",
            "2.5",
            "-",
            "–",
            "twenty-one",
            "a",
            "dozen",
            "dozens",
            "hundred",
            "one",
            "$",
            "2bn",
            "%",
            "percent",
            "May",
            "16",
            "2014",
            "year-old",
            "hours",
            "killed",
            "people",
            ",",
            ".",
            "\n",
            "XIV",
            "Pope",
            "Leo",
            "win",
            "3-1",
            "10:00",
            "a.m.",
            "COVID-19",
            "(1)",
            "half",
            "third",
            "first",
        ]
    ),
    max_size=25,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(NEWSY)
def test_newsy_text_is_read_well_formed(text: str) -> None:
    assert_well_formed(text, quantities.parse(text))
    fast = [(m.start(), m.end()) for m in quantities._matches(text)]
    assert fast == [(m.start(), m.end()) for m in quantities._PATTERN.finditer(text)]


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("forty-four point three per cent", 44.3, "percent"),
        ("magnitude six point one", 6.1, "measure"),
        ("two point five million dollars", 2_500_000, "money"),
        ("eight point two", 8.2, "count"),
    ],
)
def test_spoken_decimals_of_broadcast_transcripts(text: str, value: float, kind: str) -> None:
    [q] = quantities.parse(text)
    assert (q.text, q.kind) == (text, kind)
    assert q.value == pytest.approx(value)


def test_a_hedged_spoken_decimal_keeps_its_hedge_over_the_whole_figure() -> None:
    [some] = quantities.parse("worth some two point four million euros")
    assert (some.text, some.value, some.qualifier) == (
        "some two point four million euros",
        2_400_000,
        "about",
    )
    assert some.low is not None and some.high is not None
    assert some.low < 2_400_000 < some.high and some.high < 3_000_000
    [floor] = quantities.parse("at least two point five million")
    assert (floor.low, floor.high) == (2_500_000, None)


def test_a_point_after_digits_is_not_a_spoken_decimal() -> None:
    assert [q.text for q in quantities.parse("at least 5 point guards")] == ["at least 5"]


def test_chained_totals_link_to_quantities_that_stay() -> None:
    found = quantities.parse("1,000 of 1,000 of dozens")
    assert all(q.total is None or q.total in found for q in found)


def test_two_figures_joined_by_and_alone_stay_two() -> None:
    found = quantities.parse("Sales rose 20% and 30% in the regions.")
    assert [(q.text, q.low, q.high) for q in found] == [("20%", 20, 20), ("30%", 30, 30)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a unit word follows only a tens word: two numbers, never their sum
        ("the two four-storey buildings collapsed", [2, 4]),
        ("three twenty-year-old men were arrested", [3, 20]),
        ("one two three four", [1, 2, 3, 4]),
        # a larger scale after a smaller multiplies what came before it
        ("two thousand million", [2_000_000_000]),
        ("two thousand two million", [2_002_000_000]),
        ("three million two hundred thousand", [3_200_000]),
        ("nineteen billion and nineteen", [19_000_000_019]),
        # a transcript's comma after a scale word goes on with a smaller group...
        ("seventy-one thousand, eight hundred and forty-two votes", [71_842]),
        ("two million, three hundred thousand, four hundred", [2_300_400]),
        # ...not with an equal or larger one, nor with a word that is no number
        ("two thousand, three thousand people", [2000, 3000]),
        # a decimal said aloud digit by digit, its magnitude on the last digit
        ("four point six two trillion shillings", [4.62e12]),
        ("one point four billion zloty", [1.4e9]),
        ("a thousand, wounded two hundred", [1000, 200]),
    ],
)
def test_number_words_compose_as_english_does(text: str, values: list[float]) -> None:
    assert [q.value for q in quantities.parse(text)] == values


# Words that begin one another, some sharing a long ending (written once, after the trie).
_LONG_ENDING = r"(?=\s+(?:" + "|".join(f"n{i:03}" for i in range(60)) + r"|\d))"
_SCAN_ENDINGS = {
    "a": r"(?=[\s-])",
    "ab": _LONG_ENDING,
    "abc": _LONG_ENDING,
    "abcd": r"(?![a-z])",
    "b": _LONG_ENDING,
    "bc": r"(?=\$)",
    "bcd": _LONG_ENDING,
    "c": r"(?![a-z])",
}


def _longest_word_whose_ending_holds(text: str) -> list[tuple[int, int]]:
    found, at = [], 0
    while at < len(text):
        words = [
            w
            for w in sorted(_SCAN_ENDINGS, key=len, reverse=True)
            if text.startswith(w, at)
            and (at == 0 or not text[at - 1].isalpha())
            and re.match(_SCAN_ENDINGS[w], text[at + len(w) :])
        ]
        if words:
            found.append((at, at + len(words[0])))
            at += len(words[0])
        else:
            at += 1
    return found


@given(st.lists(st.sampled_from([*_SCAN_ENDINGS, " ", "-", "$", " 5", " n007", "x"]), max_size=12))
def test_shared_endings_keep_the_longest_word_whose_ending_holds(parts: list[str]) -> None:
    pattern = re.compile(
        rf"(?<![a-z])(?:{quantities.word_alternation(_SCAN_ENDINGS, _SCAN_ENDINGS)})"
    )
    assert pattern.pattern.count("n007") == 1  # the long ending is written once
    text = "".join(parts)
    assert [m.span() for m in pattern.finditer(text)] == _longest_word_whose_ending_holds(text)
