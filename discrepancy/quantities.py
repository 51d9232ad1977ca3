"""Owns reading numbers as news writes them: every figure in a text as an honest interval.

`parse(text)` returns a `Quantity` for each number in the text, sorted by `start`, spans never
overlapping, `text[start:end] == q.text`, `low <= high` whenever both are set; it never raises.
`t` is `about_tolerance` (0.1). `value` is the figure as written: 1000 for "roughly 1,000", the
low end of a range, the lower end of a vague word.

Hedges; the qualifier is the first phrase of each row:

| written                                                                | qualifier | interval |
| ---------------------------------------------------------------------- | --------- | -------- |
| 37, 1,000, two                                                         | ""        | [n, n]   |
| at least, no fewer than, not fewer than, no less than, not less than,  | at least  | [n, None]|
|   a minimum of, N or more, N+, N-plus                                  |           |          |
| more than, over, well over, upwards of, in excess of,                  | more than | (n, None]|
|   north of, above, greater than                                        |           |          |
| up to, at most, no more than, not more than, a maximum of, as many as, | up to     | [0, n]   |
|   as much as, N or fewer, N or less                                    |           |          |
| fewer than, less than, under, below                                    | fewer than| [0, n)   |
| nearly, almost, just under, just below, close to, approaching,         | nearly    | [n(1-t), |
|   just shy of                                                          |           |  n)      |
| just over, a little over, slightly more than, just above               | just over | (n,      |
|                                                                        |           | n(1+t)]  |
| about, around, roughly, some (before a number), approximately,         | about     | [n(1-t), |
|   (an) estimated, more or less, circa, c., ca., approx., N or so, N-odd|           |  n(1+t)] |
| between 10 and 20, from 10 to 20, 10 to 20, 10-20, 10–20, 10 or 20     | between   | [10, 20] |

A magnitude written once covers both ends ("1 to 2 million" and "two to three thousand" are
[1e6, 2e6] and [2000, 3000]). A hedge before a
range applies to the range. Negative figures keep `low <= high`.

Vague counts; the qualifier is the phrase lowercased ("a couple of" is "a couple"):

| phrase                | interval        | phrase                 | interval          |
| --------------------- | --------------- | ---------------------- | ----------------- |
| a couple (of)         | [2, 3]          | thousands              | [2000, 999999]    |
| a few                 | [2, 5]          | tens of thousands      | [20000, 99999]    |
| a handful             | [2, 6]          | hundreds of thousands  | [200000, 999999]  |
| several               | [3, 9]          | millions               | [2e6, 999e6]      |
| dozens                | [24, 99]        | tens of millions       | [2e7, 99e6]       |
| scores (of)           | [40, 199]       | hundreds of millions   | [2e8, 999e6]      |
| hundreds              | [200, 999]      | billions               | [2e9, 999e9]      |

"several / a few / a couple of" + dozen / hundred / thousand / million scale the interval
("several hundred" is [300, 900], qualifier "several hundred"; "a couple of dozen" is [24, 36],
qualifier "a couple dozen"). "a dozen" is 12 exactly, "half a dozen" 6, "two dozen" 24.

"X out of Y", "X of the Y", "X of Y" with Y a count: X's `total` is Y (X's unit is Y's), and Y is
returned on its own as well.

Kinds; `unit` in brackets:

| kind     | examples                                                   | value, interval          |
| -------- | ---------------------------------------------------------- | ------------------------ |
| count    | 37, 5,000, 2.4m, 1.5 million, one and a half, dozens       | the count                |
|          | [the next word lowercased; after "of" for vague words]     |                          |
| number   | 2.5, -5, minus 5, −5: a decimal without magnitude, signed  | the number               |
| percent  | 40%, 40 percent, 40 per cent [%]; 2 percentage points      | the percentage           |
|          | [percentage point]                                         |                          |
| fraction | half (of), a third of, two-thirds, three quarters          | 0.5, 1/3, 2/3, 0.75      |
| money    | $2bn, £5 million, €1.2m, 2 million dollars, USD 5, 5 euros | the amount               |
|          | [ISO code: USD, GBP, EUR, JPY, CNY, RUB, UAH, INR, ...]    |                          |
| ordinal  | first, 21st, twenty-first, second, 1,000th                 | the position             |
| regnal   | Pope Leo XIV, Henry VIII, World War II (after a capitalised word) | the numeral       |
| year     | in 2014, since 1991, 2022-2023, 2022-23                    | the year(s)              |
| decade   | the 1990s, '90s, 80s                                       | [1990, 1999]             |
| age      | 4-year-old, 37 years old, aged 37, age of 37, Smith, 37,   | the age; "in his 40s" is |
|          | in his 40s, in her early thirties [year, month, ...]       | [40, 49], early/mid/late |
|          |                                                            | thirds of it (qualifier) |
| time     | 10:00, 10 a.m., 10am, 22:30 GMT, 5 o'clock, five o'clock   | hours on 24h: 22.5       |
|          | [hour]                                                     |                          |
| date     | May 16, 16 May, May 16, 2025, 24th of February, 2025-05-18,| the day of the month     |
|          | 5/16                                                       |                          |
| duration | two hours, 48 hours, four-day, two-hour-long, several days | in the unit              |
|          | [second, minute, hour, day, night, week, month, year, ...] |                          |
| measure  | 5 km, 10km, 7.1 magnitude, magnitude 7.1, 30 mph, 40C, 40°C | in the unit             |
|          | [km, mi, m, kg, t, lb, mph, C, F, degree, magnitude, ...]  |                          |
| score    | 3-1 within 30 characters of win/lead/beat/victory/draw/... | value = first score,     |
|          |                                                            | low = high = None        |
| phone    | +44 20 7946 0958, (202) 555-0143, 202-555-0143, 461 555 0143 | None, no interval      |
|          | 020 7946 0958                                              |                          |
| code     | COVID-19, F-16, G7, A320, Section 230, Route 66, Article 5,| the number in it         |
|          | v2.1, 5G, 24/7, NY 10001, MH17                             |                          |
| list     | "1." or "2)" opening a line, "(1)"                         | the marker number        |

A 4-digit number 1800..2100 without a comma is a year unless a plural noun follows it directly
and no determiner precedes it: "2000 soldiers" is a count, "the 2024 elections" a year.
"one" is dropped where it is a pronoun ("no one", "one another", "one by one", "the one who",
"one of the things", "One of them") or opens an adjective ("a one-time champion", "one-off",
"one-sided"), and "one day" where it means some day ("will one day", "one day we"); when unsure
it stays a count: "killing one woman" is 1.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import Any

import regex

from discrepancy.model import Quantity

# --- vocabulary --------------------------------------------------------------------------------

_ONES = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_ONES |= {"seven": 7, "eight": 8, "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14}
_TEENS |= {"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
_TENS |= {"seventy": 70, "eighty": 80, "ninety": 90}
_SMALL = _ONES | _TEENS | _TENS
_SCALES = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALES |= {"dozen": 12.0}
# South Asian English counts money and people in lakhs and crores: "Rs 4 lakh", "₹2,000 crore".
_SCALES |= {"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}
# Abbreviated magnitudes, glued ("2.4m", "$2bn", "5k") or spelled after a space.
_MAGNITUDES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9}
_MAGNITUDES |= {"tn": 1e12} | _SCALES

_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_ORDINAL_WORDS |= {"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11}
_ORDINAL_WORDS |= {"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15}
_ORDINAL_WORDS |= {"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19}
_ORDINAL_WORDS |= {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50}
_ORDINAL_WORDS |= {"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90}
_ORDINAL_WORDS |= {"hundredth": 100, "thousandth": 1000, "millionth": 1_000_000}

_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5}
_DENOMINATORS |= {"sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}

_HEDGES = {
    "at least": "at least",
    "no fewer than": "at least",
    "not fewer than": "at least",
    "no less than": "at least",
    "not less than": "at least",
    "a minimum of": "at least",
    "more than": "more than",
    "well over": "more than",
    "just over": "just over",
    "a little over": "just over",
    "a little more than": "just over",
    "slightly more than": "just over",
    "slightly over": "just over",
    "just above": "just over",
    "over": "more than",
    "upwards of": "more than",
    "in excess of": "more than",
    "north of": "more than",
    "above": "more than",
    "greater than": "more than",
    # "likely to exceed €3 million", "costs exceeding 40 million": a floor
    "exceed": "more than",
    "exceeds": "more than",
    "exceeded": "more than",
    "exceeding": "more than",
    "surpassing": "more than",
    "up to": "up to",
    "at most": "up to",
    "no more than": "up to",
    "not more than": "up to",
    "a maximum of": "up to",
    "as many as": "up to",
    "as much as": "up to",
    "fewer than": "fewer than",
    "less than": "fewer than",
    "under": "fewer than",
    "below": "fewer than",
    "nearly": "nearly",
    "almost": "nearly",
    "just under": "nearly",
    "just below": "nearly",
    "close to": "nearly",
    "approaching": "nearly",
    "just shy of": "nearly",
    "about": "about",
    "around": "about",
    "roughly": "about",
    "some": "about",
    "approximately": "about",
    "an estimated": "about",
    "estimated": "about",
    "more or less": "about",
    "circa": "about",
    "c.": "about",
    "ca.": "about",
    "approx.": "about",
}
_POST_HEDGES = {"or so": "about", "odd": "about", "or more": "at least", "plus": "at least"}
_POST_HEDGES |= {"+": "at least", "or fewer": "up to", "or less": "up to"}

_VAGUE = {
    "a couple": (2.0, 3.0),
    "a few": (2.0, 5.0),
    "a handful": (2.0, 6.0),
    "several": (3.0, 9.0),
    "dozens": (24.0, 99.0),
    "scores": (40.0, 199.0),
    "hundreds": (200.0, 999.0),
    "thousands": (2000.0, 999999.0),
    "tens of thousands": (20000.0, 99999.0),
    "hundreds of thousands": (200000.0, 999999.0),
    "millions": (2e6, 999e6),
    "tens of millions": (2e7, 99e6),
    "hundreds of millions": (2e8, 999e6),
    "billions": (2e9, 999e9),
}

_CURRENCY_SIGNS = {"us$": "USD", "a$": "AUD", "c$": "CAD", "hk$": "HKD", "nz$": "NZD"}
_CURRENCY_SIGNS |= {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB"}
_CURRENCY_SIGNS |= {"₴": "UAH", "rs.": "INR", "rs": "INR", "r": "ZAR", "n": "NGN", "₦": "NGN"}
# Kenya's shilling as its press writes it: "Sh9.4 billion", "KSh 2,500", "Kshs 180 million".
_CURRENCY_SIGNS |= {"sh": "KES", "ksh": "KES", "kshs": "KES"}
# Tanzania's and Uganda's shillings, as their papers write them (one code for all shillings:
# the words "shillings" name no country either, and figures of one story must meet).
_CURRENCY_SIGNS |= dict.fromkeys(("tsh", "tshs", "ush", "ushs"), "KES")
# One code for each word the letters abbreviate, as `_CURRENCY_WORDS` has it ("kwacha", "pesos").
_CURRENCY_SIGNS |= {"k": "ZMW", "mk": "ZMW", "zk": "ZMW", "p": "MXN", "gh¢": "GHS", "gh₵": "GHS"}
_CURRENCY_SIGNS |= {"d": "GMD"}
_CURRENCY_SIGNS |= {"tk": "BDT", "rp": "IDR", "rm": "MYR"}
_CURRENCY_SIGNS |= {"s/": "PEN"}  # Peru's sol: "S/ 69.5 million"
_CURRENCY_CODES: tuple[str, ...] = (
    "USD",
    "EUR",
    "GBP",
    "JPY",
    "CNY",
    "RUB",
    "UAH",
    "INR",
    "CHF",
    "AUD",
    "CAD",
)
# Codes that are also English words ("TRY", "COP", "SAR", "RON") are left out: "5 try" is not money.
_CURRENCY_CODES += ("IDR", "MYR", "THB", "KRW", "MXN", "BRL", "ZAR", "NGN", "KES", "PLN", "SEK")
_CURRENCY_CODES += ("NOK", "DKK", "HUF", "AED", "BDT", "PKR", "EGP", "VND", "PHP", "ARS", "NZD")
_CURRENCY_CODES += ("HKD", "SGD", "CZK", "GHS", "ETB")
# The rest of ISO 4217 as the world's papers write it before or after a figure ("SRD 150
# million", "QAR 2.7bn"), but for codes that are words or well-known names in capitals too
# (ALL, BOB, CUP, GEL, MAD, MOP, PEN, SOS, TOP, NPR, AMD).
_CURRENCY_CODES += ("AFN", "AOA", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF", "BMD")
_CURRENCY_CODES += ("BND", "BSD", "BTN", "BWP", "BYN", "BZD", "CDF", "CLP", "CRC", "CVE", "DJF")
_CURRENCY_CODES += ("DOP", "DZD", "ERN", "FJD", "GMD", "GNF", "GTQ", "GYD", "HNL", "HTG", "ILS")
_CURRENCY_CODES += ("IQD", "IRR", "ISK", "JMD", "JOD", "KGS", "KHR", "KMF", "KWD", "KYD", "KZT")
_CURRENCY_CODES += ("LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MDL", "MGA", "MKD", "MMK", "MNT")
_CURRENCY_CODES += ("MRU", "MUR", "MVR", "MWK", "MZN", "NAD", "NIO", "OMR", "PGK", "PYG", "QAR")
_CURRENCY_CODES += ("RSD", "RWF", "SBD", "SCR", "SDG", "SLE", "SRD", "SSP", "SZL", "TJS", "TMT")
_CURRENCY_CODES += ("TND", "TTD", "TWD", "TZS", "UGX", "UYU", "UZS", "VES", "VUV", "WST", "XAF")
_CURRENCY_CODES += ("XCD", "XOF", "XPF", "YER", "ZMW", "ZWL")
_CURRENCY_WORDS = {"us dollars": "USD", "dollars": "USD", "dollar": "USD", "euros": "EUR"}
_CURRENCY_WORDS |= {"euro": "EUR", "pounds sterling": "GBP", "pounds": "GBP", "yen": "JPY"}
_CURRENCY_WORDS |= {"yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "roubles": "RUB"}
_CURRENCY_WORDS |= {"rubles": "RUB", "hryvnias": "UAH", "hryvnia": "UAH", "francs": "CHF"}
# Currencies named after the figure in the world's news ("15 million rupiah", "2,000 naira").
_CURRENCY_WORDS |= {"rupiah": "IDR", "ringgit": "MYR", "baht": "THB", "pesos": "MXN"}
_CURRENCY_WORDS |= {"rand": "ZAR", "naira": "NGN", "shillings": "KES", "lira": "TRY"}
_CURRENCY_WORDS |= {"zloty": "PLN", "zlotys": "PLN", "forint": "HUF", "dirhams": "AED"}
_CURRENCY_WORDS |= {"zł": "PLN", "złoty": "PLN", "złotys": "PLN"}  # as Polish papers write it
_CURRENCY_WORDS |= {"soles": "PEN", "nuevos soles": "PEN", "bolivianos": "BOB"}
_CURRENCY_WORDS |= {"quetzales": "GTQ", "colones": "CRC", "lempiras": "HNL", "guaranies": "PYG"}
_CURRENCY_WORDS |= {"kwanzas": "AOA", "meticais": "MZN", "hryvnias": "UAH", "lari": "GEL"}
_CURRENCY_WORDS |= {"riyals": "SAR", "shekels": "ILS", "taka": "BDT", "rupee": "INR"}
_CURRENCY_WORDS |= {"reais": "BRL", "cedis": "GHS", "birr": "ETB", "dong": "VND"}
_CURRENCY_WORDS |= {"kronor": "SEK", "kroner": "NOK", "korunas": "CZK"}
# Singular, as a figure names them before a noun: "a 4.62 trillion shilling budget".
_CURRENCY_WORDS |= {"shilling": "KES", "rouble": "RUB", "ruble": "RUB", "riyal": "SAR"}
_CURRENCY_WORDS |= {"shekel": "ILS", "dirham": "AED", "cedi": "GHS", "kwacha": "ZMW"}
_CURRENCY_WORDS |= {"kwachas": "ZMW", "peso": "MXN"}
# More of the world's currencies, named after the figure ("45 billion dinars", "2,000 tenge").
_CURRENCY_WORDS |= {"dinars": "RSD", "dinar": "RSD", "leva": "BGN", "lev": "BGN", "lei": "RON"}
_CURRENCY_WORDS |= {"denars": "MKD", "denar": "MKD", "tenge": "KZT", "manat": "AZN"}
_CURRENCY_WORDS |= {"riels": "KHR", "riel": "KHR", "kyats": "MMK", "kyat": "MMK", "kina": "PGK"}
_CURRENCY_WORDS |= {"afghanis": "AFN", "tugriks": "MNT", "tugrik": "MNT", "rials": "IRR"}
_CURRENCY_WORDS |= {"pula": "BWP", "cfa francs": "XOF", "leones": "SLE", "dalasi": "GMD"}
_CURRENCY_WORDS |= {"dalasis": "GMD", "cfp francs": "XPF", "cfp franc": "XPF", "cfa franc": "XOF"}
_CURRENCY_WORDS |= {"ariary": "MGA", "cordobas": "NIO", "córdobas": "NIO", "gourdes": "HTG"}
_CURRENCY_WORDS |= {"bolivars": "VES", "bolívares": "VES", "somoni": "TJS", "soms": "KGS"}
_CURRENCY_WORDS |= {"forints": "HUF", "hong kong dollars": "HKD", "singapore dollars": "SGD"}
_CURRENCY_WORDS |= {"australian dollars": "AUD", "canadian dollars": "CAD", "taiwan dollars": "TWD"}
_CURRENCY_WORDS |= {"new taiwan dollars": "TWD", "new zealand dollars": "NZD"}
_CURRENCY_WORDS |= {"namibian dollars": "NAD", "jamaican dollars": "JMD"}
# A country's shillings, as its own papers name them: one code, as for the bare word.
_CURRENCY_WORDS |= dict.fromkeys(
    ("tanzanian shillings", "ugandan shillings", "kenyan shillings", "somali shillings"), "KES"
)
# South Korea's won, written after a scaled or grouped figure ("200 trillion won", "50,000 won"):
# after a bare small number "won" is the verb, and the figure is left a count.
_CURRENCY_WORDS |= {"won": "KRW"}
# "9.6 billion Norwegian crowns": the crown of a country named (a bare "crowns" could be any).
_CURRENCY_WORDS |= {"norwegian crowns": "NOK", "norwegian kroner": "NOK", "danish kroner": "DKK"}
_CURRENCY_WORDS |= {"swedish crowns": "SEK", "swedish kronor": "SEK", "danish crowns": "DKK"}
_CURRENCY_WORDS |= {"czech crowns": "CZK", "czech korunas": "CZK"}
_CURRENCY_WORDS |= {"u.s. dollars": "USD", "pa'anga": "TOP", "paanga": "TOP", "ngultrum": "BTN"}
_CURRENCY_WORDS |= {"patacas": "MOP", "pataca": "MOP"}
# "<country> dollars": the code of the country's own dollar, as its code after a figure has it.
_CURRENCY_WORDS |= {
    "surinamese dollars": "SRD", "guyanese dollars": "GYD", "fijian dollars": "FJD",
    "liberian dollars": "LRD", "bahamian dollars": "BSD", "barbados dollars": "BBD",
    "belize dollars": "BZD", "trinidad and tobago dollars": "TTD", "brunei dollars": "BND",
    "east caribbean dollars": "XCD", "solomon islands dollars": "SBD", "zimbabwe dollars": "ZWL",
}  # fmt: skip
_CURRENCY_WORDS |= {code.lower(): code for code in _CURRENCY_CODES}
# A code of a currency whose words are one family is that family's, so the two meet: "QAR" and
# "riyals" (whose code the family takes), Tanzania's and Uganda's shillings as the bare word.
_CURRENCY_FAMILY = {"QAR": "SAR", "TZS": "KES", "UGX": "KES", "MWK": "ZMW", "IRR": "IRR"}
# One letter before a figure stands for several currencies ("P" the pula and the peso, "K" the
# kwacha, the kina and the kyat): those whose words a story may also use are one family, so
# "P104.2 billion" meets "102.4 billion pula" (a story is told in one country's money).
_CURRENCY_FAMILY |= {"BWP": "MXN", "PHP": "MXN", "PGK": "ZMW", "MMK": "ZMW"}
_CURRENCY_WORDS |= {code.lower(): family for code, family in _CURRENCY_FAMILY.items()}
_CURRENCY_WORDS |= {
    word: _CURRENCY_FAMILY[code]
    for word, code in _CURRENCY_WORDS.items()
    if code in _CURRENCY_FAMILY
}
_CURRENCY_SIGNS |= {code.lower(): family for code, family in _CURRENCY_FAMILY.items()}
# Letters before a figure: Qatar's riyal "QR2.7bn", Bhutan's ngultrum "Nu 182 million", the
# Tongan pa'anga "T$2.4 million", the East Caribbean dollar "EC$3.1 million".
_CURRENCY_SIGNS |= {
    "qr": "SAR",
    "nu": "BTN",
    "nu.": "BTN",
    "t$": "TOP",
    "ec$": "XCD",
    "mop$": "MOP",
}

_DURATION_UNITS = {"seconds": "second", "second": "second", "secs": "second", "sec": "second"}
_DURATION_UNITS |= {"minutes": "minute", "minute": "minute", "mins": "minute", "min": "minute"}
_DURATION_UNITS |= {"hours": "hour", "hour": "hour", "hrs": "hour", "hr": "hour"}
_DURATION_UNITS |= {"days": "day", "day": "day", "nights": "night", "night": "night"}
_DURATION_UNITS |= {"weeks": "week", "week": "week", "fortnights": "fortnight"}
_DURATION_UNITS |= {"fortnight": "fortnight", "months": "month", "month": "month"}
_DURATION_UNITS |= {"years": "year", "year": "year", "yrs": "year", "decades": "decade"}
_DURATION_UNITS |= {"decade": "decade", "centuries": "century", "century": "century"}

_MEASURE_UNITS = {
    "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "km/h": "km/h", "kph": "km/h", "kmh": "km/h", "mph": "mph", "miles": "mi", "mile": "mi",
    "metres": "m", "meters": "m", "metre": "m", "meter": "m", "cm": "cm", "centimetres": "cm",
    "centimeters": "cm", "mm": "mm", "millimetres": "mm", "millimeters": "mm", "kg": "kg",
    "kilograms": "kg", "kilogram": "kg", "kilos": "kg", "grams": "g", "gram": "g",
    "tonnes": "t", "tonne": "t", "tons": "t", "ton": "t", "lbs": "lb", "lb": "lb",
    "feet": "ft", "foot": "ft", "ft": "ft", "inches": "in", "inch": "in", "yards": "yd",
    "yard": "yd", "acres": "acre", "acre": "acre", "hectares": "ha", "hectare": "ha",
    "sq km": "km2", "square kilometres": "km2", "square kilometers": "km2",
    "square miles": "mi2", "square metres": "m2", "square meters": "m2", "square feet": "ft2",
    "litres": "l", "liters": "l", "litre": "l", "liter": "l", "gallons": "gal",
    "millilitres": "ml", "milliliters": "ml", "millilitre": "ml", "milliliter": "ml", "ml": "ml",
    "gallon": "gal", "barrels": "barrel", "barrel": "barrel", "bpd": "barrel/day",
    "megawatts": "MW", "megawatt": "MW", "mw": "MW", "gigawatts": "GW", "gigawatt": "GW",
    "gw": "GW", "kilowatts": "kW", "kw": "kW", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh",
    "twh": "TWh", "degrees celsius": "C", "degrees fahrenheit": "F", "degrees": "degree",
    "knots": "knot", "magnitude": "magnitude", "points": "point",
    "kilometres an hour": "km/h", "kilometers an hour": "km/h", "kilometres per hour": "km/h",
    "kilometers per hour": "km/h", "km an hour": "km/h", "km per hour": "km/h",
    "miles an hour": "mph", "miles per hour": "mph", "kilometre an hour": "km/h",
    # Rain as Spain and Italy report it: a litre on a square metre is a millimetre deep.
    "litres per square metre": "mm", "liters per square meter": "mm", "l/m2": "mm",
    "litres a square metre": "mm", "litres per square meter": "mm", "l/m²": "mm",
}  # fmt: skip

_MONTHS = tuple(
    "January February March April May June July August September October November December".split()
)
_MONTH_ABBREVIATIONS = tuple("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())

# Capitalised words that make the number after them an identifier, not an amount.
_CODE_KEYWORDS = tuple(
    """Section Article Route Resolution Flight Highway Interstate Chapter Proposition Prop Title
    Rule No. Number Apollo Boeing Category Level Stage Phase Room Gate Terminal Platform
    Paragraph Clause Bill Exit Channel Building Block Unit Brigade Battalion Regiment Squadron
    District Precinct Pier Zone Windows iPhone Galaxy Formula Vision Agenda Model Version
    Grade Class Form Ward Line Track Bay Berth Sector Camp Wing Hall Floor""".split()
)
# US state codes a ZIP code follows; IN, OR, ME, OK, HI, OH, AL, DE, PA are left out because in
# headlines in capitals they are words far more often than states.
_STATES = "AK AZ AR CA CO CT DC FL GA IA ID IL KS KY LA MA MD MI MN MO MS MT NC ND NE NH NJ NM"
_STATES += " NV NY RI SC SD TN TX UT VA VT WA WI WV WY"

_SCORE_CONTEXT = regex.compile(
    r"(?i)\b(?:win|wins|won|winning|lead|leads|led|leading|beat|beats|beaten|beating|victory"
    r"|victories|draw|draws|drew|drawn|defeat|defeats|defeated|score|scored|scoreline)\b"
)


# --- the pattern -------------------------------------------------------------------------------


def word_alternation(words: Iterable[str], endings: dict[str, str] | None = None) -> str:
    """A regex matching any of the literal words, factored as a trie.

    The regex engine tries alternatives one by one at every position; a trie fails on the first
    letter instead of once per word, which makes the scan several times faster. A space in a
    phrase matches any run of whitespace. `endings` gives a word a pattern that must follow it.
    """
    endings = endings or {}
    shared: dict[str, list[str]] = {e: [] for e in _shared_endings(endings)}
    trie: dict[str, Any] = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = ending = endings.get(word, "")
        if ending in shared:  # an empty group marks the word; its ending is checked after
            names = shared[ending]
            names.append(f"w{list(shared).index(ending)}_{len(names)}")
            node[""] = f"(?P<{names[-1]}>)"
    checks = "".join(_check_after(e, names) for e, names in shared.items() if names)
    return f"(?:{_trie_regex(trie)}){checks}" if checks else _trie_regex(trie)


# A long ending that many words share is written once, after the trie, and not once per word:
# the quantity scan's pattern shrank from 71 to 14 KB, and compiling it from 90 to 13 ms, the
# scan as fast. The trie is the same, so the longest word whose ending holds still wins: when
# a checked ending fails, the engine backtracks into the trie, unsetting the groups it leaves.
_SHARED_ENDING = 200  # characters: a shorter ending costs less than the group and its check


def _shared_endings(endings: dict[str, str]) -> list[str]:
    uses = Counter(endings.values())
    return sorted(e for e, n in uses.items() if n > 1 and len(e) >= _SHARED_ENDING)


def _check_after(ending: str, names: list[str]) -> str:
    """`ending` where one of the named groups matched, else nothing (the atomic group keeps
    a failure after it from trying `ending` where none did)."""
    none_matched = "".join(f"(?({name})(?!)|" for name in names) + ")" * len(names)
    return f"(?>{none_matched}|{ending})"


def _trie_regex(node: dict[str, Any]) -> str:
    branches = [
        (r"\s+" if char == " " else regex.escape(char)) + _trie_regex(child)
        for char, child in sorted(node.items())
        if char
    ]
    ending = node.get("")
    if ending:  # a word that needs what follows it: one more alternative, tried last
        branches.append(ending)
    if not branches:
        return ""
    optional = ending == ""
    if len(branches) == 1 and not optional:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if optional else "")


def _month_names() -> str:
    full = [*_MONTHS, *(m.upper() for m in _MONTHS)]
    short = [*_MONTH_ABBREVIATIONS, *(m.upper() for m in _MONTH_ABBREVIATIONS)]
    return rf"(?:{word_alternation(full)}|(?:{word_alternation(short)})\.?)"


_SMALL_WORD = rf"(?:{word_alternation(_SMALL)})"
_SCALE_WORD = rf"(?:{word_alternation(_SCALES)})"
_NUMBER_WORD = rf"(?:{_SMALL_WORD}|{_SCALE_WORD})\b"
_BIG_SCALE = r"(?:hundred|thousand|million|billion|trillion|dozen|lakhs?|crores?)"

# Below a hundred, as English composes it: "forty-two", "seventeen", "six". A unit follows
# only a tens word, and a group of these only a scale word: "two four-storey buildings" and
# "three twenty-year-old men" are two numbers each, not 6 and 23.
_BELOW_HUNDRED = (
    rf"(?:(?:{word_alternation(_TENS)})\b(?:[\s-]+(?:{word_alternation(_ONES)})\b)?"
    rf"|(?:{word_alternation(_TEENS)})\b|(?:{word_alternation(_ONES)})\b)"
)
_SCALE_AFTER = rf"[\s-]+{_SCALE_WORD}\b"
_GROUP_AFTER_SCALE = rf"(?<={_BIG_SCALE})(?:[\s-]+|\s+and\s+){_BELOW_HUNDRED}"
# A transcript's comma after a scale word: "seventy-one thousand, eight hundred and forty-two".
# Only a smaller group follows ("two thousand, three thousand" is a list).
_HUNDREDS_GROUP = rf"{_BELOW_HUNDRED}(?:[\s-]+hundred\b(?:(?:[\s-]+|\s+and\s+){_BELOW_HUNDRED})?)?"
_COMMA_GROUP = (
    rf"(?:(?<=thousand),[ \t]+(?:and[ \t]+)?{_HUNDREDS_GROUP}"
    rf"|(?<=million|billion|trillion),[ \t]+{_HUNDREDS_GROUP}(?:[\s-]+thousand\b)?)"
    rf"(?![\s-]+{_SCALE_WORD}\b)"
)

# "three hundred and forty-two", "a thousand", "half a million", "one and a half".
# "and" joins only after a scale word, so "one and two" stays two numbers.
_WORD_NUMBER = rf"""
(?i:
  (?:(?:half[\s-]+)?an?[\s-]+(?={_BIG_SCALE}\b)|(?=(?:{_SMALL_WORD}|hundred)\b))
  (?:{_BELOW_HUNDRED}|{_SCALE_WORD}\b)
  (?:{_SCALE_AFTER}|{_GROUP_AFTER_SCALE}|{_COMMA_GROUP})*
  (?:[\s-]+and[\s-]+a[\s-]+half\b(?:[\s-]+{_BIG_SCALE}\b)?)?
)"""

# "5,000", "2.5", "2.4m", "$2bn", "1.5 million"; a number is never glued to more digits.
_DIGIT_NUMBER = r"""
(?<![\d])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d]|[.,:/]\d)
(?:\s+and\s+a\s+half\b)?
(?:(?:bn|BN|mn|tn|[mMkKbB])(?![\w])
  |[\s-]+(?i:million|billion|trillion|thousand|hundred|dozen|lakhs?|crores?|mln|bln|mn|bn)\b
  |(?i:million|billion|trillion)\b)?"""

_NUMBER = rf"(?:{_DIGIT_NUMBER}|{_WORD_NUMBER})"

_HEDGE_WORDS = rf"""(?:(?i:{word_alternation(h for h in _HEDGES if not h.endswith("."))})\s+
  |(?:c|ca|approx)\.\s*)"""

_VAGUE_WORDS = r"""(?i:tens\s+of\s+(?:thousands|millions)|hundreds\s+of\s+(?:thousands|millions)
  |(?:several|a\s+few|a\s+couple(?:\s+of)?)\s+(?:dozen|hundred|thousand|million)\b
  |dozens|scores(?=\s+of\b)|hundreds|thousands|millions|billions|a\s+handful
  |several|a\s+couple(?:\s+of)?|a\s+few)\b"""

# South Africa's rand, "R2,500", "R1.3 billion", Nigeria's naira, "N4.5 billion", Zambia's
# kwacha, "K750,000", the Philippine peso, "P150,000", and the Gambian dalasi, "D150 million":
# a capital R, N, K, P or D glued to a
# figure too big or too scaled to be a road (R44, N7), a code (K9, P2) or a ratio (R0.9).
_RAND = (
    r"[RNKPD](?=\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?\s?(?:bn|m|million|billion|trillion)\b)"
)

# Kenya's shilling: "Sh9.4 billion", "KSh 2,500" (not a code such as "Sh4" would otherwise be).
_SHILLING = r"(?:KShs?|Kshs?|TShs?|Tshs?|UShs?|Ushs?|Sh)(?=\s?\d)"
# Letters the press of a country writes before its currency's figures: Ghana's cedi "GH¢2
# million", Bangladesh's taka "Tk 10 crore", Indonesia's rupiah "Rp 5 billion", Malaysia's
# ringgit "RM2.5 million", Malawi's and Zambia's kwacha "MK2 million", "ZK5,000", and the
# rupee glued to its figure as Pakistan's and India's papers write it, "Rs2bn", "Rs500m".
_LETTERED = r"(?:GH[¢₵]|Tk|Rp|RM|MK|ZK|QR|Nu\.?|T\$|EC\$|MOP\$|Rs\.?)(?=\s?\d)"

# A currency's code glued to a scaled or grouped figure, "BND518 million", "QAR2,500": money,
# not a code such as "A320".
_CODE_GLUED_MONEY = (
    rf"(?:{'|'.join(_CURRENCY_CODES)})"
    r"(?=\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?\s?(?:bn|m|million|billion|trillion)\b)"
)

_CURRENCY_PREFIX = rf"""(?:(?i:us\$|a\$|c\$|hk\$|nz\$|rs\.?(?=\s?\d))|{_RAND}|[$£€¥₹₽₴₦]
  |{_SHILLING}|{_LETTERED}|S/(?=\s?\d)
  |(?:{"|".join(_CURRENCY_CODES)})\s?)\s?"""

_RANGE_SEPARATOR = r"(?:(?(between)\s+and\s+|\s+(?:to|or)\s+)|\s*[-–—]\s*)"

_SUFFIX = rf"""(?:
   (?P<percent>\s?%|\s?(?i:per\s?cent|pct)\b|\s+(?i:percentage\s+points?)\b)
  |(?P<age_unit>[\s-](?i:year|month|week|day)s?[\s-](?i:old)s?\b)
  |[\s-](?P<duration_unit>(?i:{word_alternation(_DURATION_UNITS)}))(?i:-long)?\b
  |(?P<temperature>\s?°\s?[CF]?|[CF])(?!\w)
  |[\s-]?(?P<measure_unit>(?i:{word_alternation(_MEASURE_UNITS)}))(?![\w/])
  |\s+(?P<money_word>(?i:{word_alternation(_CURRENCY_WORDS)}))\b
)"""

_POST_HEDGE = r"(?P<post>\s+(?i:or\s+so|or\s+more|or\s+fewer|or\s+less)\b|\+|-(?i:plus|odd)\b)"

# A date, a clock time or "o'clock" right after a number claims it: "about 10 a.m.".
_NOT_CLOCK_OR_DATE = rf"(?!\s?(?i:[ap]\.m\.|[ap]m\b|o['’]clock\b)|\s+{_month_names()}\b)"

_QUANTITY = rf"""
(?<![\w.,/:])
(?P<hedge>{_HEDGE_WORDS})?
(?P<age_prefix>(?i:aged|age(?:\s+of)?|ages)\s+)?
(?:(?P<between>(?i:between))\s+|(?P<from>(?i:from))\s+)?
(?P<prefix>{_CURRENCY_PREFIX}|(?i:magnitude)[\s-]|(?i:minus)\s+|(?<![^\s(\[])[-−](?=\d))?
(?:
  (?P<vague>{_VAGUE_WORDS})
 |(?P<n1>{_NUMBER})(?:{_RANGE_SEPARATOR}(?:{_CURRENCY_PREFIX})?(?P<n2>{_NUMBER}))?
)
{_SUFFIX}?
{_POST_HEDGE}?
{_NOT_CLOCK_OR_DATE}
(?!\w)
"""

_DAY_OF_MONTH = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d]|,\d{3})"

_DATES = rf"""
 (?P<iso_date>(?<![\w-])\d{{4}}-[01]\d-[0-3]\d(?![\w-]))
|(?P<month_day>(?<![\w])(?P<md_month>{_month_names()})\s+(?P<md_day>{_DAY_OF_MONTH})
   (?:,?\s+\d{{4}}(?!\d))?(?!\w))
|(?P<day_month>(?<![\w.,])(?P<dm_day>{_DAY_OF_MONTH})\s+(?:of\s+)?{_month_names()}
   (?:,?\s+\d{{4}}(?!\d))?(?!\w))
|(?P<slash_fraction>(?<![\w/.,])(?<!\b(?i:on|since|by|until|till|from|through)[ \t]+)
   (?:(?P<sf_whole>\d{{1,3}})[ \t]+)?(?P<sf_num>[1-9])/
   (?P<sf_den>16|10|[2-58])(?![\w/])(?=[ \t-]*(?:\p{{Ll}}|of\b)))
|(?P<slash_date>(?<![\w/.,])\d{{1,2}}/\d{{1,2}}(?:/\d{{2}}(?:\d{{2}})?)?(?![\w/]))
"""

_CLOCK = r"""
 (?P<clock>(?<![\w.,:])\d{1,2}:[0-5]\d(?::[0-5]\d)?(?!\d)
   (?:\s?(?i:[ap]\.m\.|[ap]m\b))?
   (?:\s(?:GMT|UTC|BST|CET|CEST|EET|EEST|ET|EST|EDT|CST|CDT|PT|PST|PDT|MSK|IST|JST)\b)?)
|(?P<clock_hour>(?<![\w.,:])(?:\d{1,2}\s?(?i:[ap]\.m\.|[ap]m\b|o['’]clock\b)
   |(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s(?i:o['’]clock\b))
   (?:\s(?:GMT|UTC|BST|CET|CEST|EET|EEST|ET|EST|EDT|CST|CDT|PT|PST|PDT|MSK|IST|JST)\b)?)
"""

_AGES_AND_DECADES = r"""
 (?P<age_comma>(?<=(?<!\w)\p{Lu}\p{Ll}[\p{L}'’.-]*,\s)\d{1,3}(?=,\s))
|(?P<age_decade>(?<=(?<!\w)(?i:in|into)\s+(?i:his|her|their)\s+)
   (?P<age_part>(?i:early|mid|late)[\s-]*)?
   (?P<age_tens>[1-9]0s|(?i:teens|twenties|thirties|forties|fifties|sixties|seventies
     |eighties|nineties))\b)
|(?P<decade>(?<![\w'’])(?:['’](?=\d0s)|(?:1[5-9]|20)(?=\d0s))?[1-9]?\d0s\b)
"""

_REGNAL = r"""(?P<regnal>(?<=(?<!\w)\p{Lu}\p{L}+\s)(?:X{0,3}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3})
  (?![\w'’-]))"""

_CODE_WORDS = word_alternation([*_CODE_KEYWORDS, *(k.upper() for k in _CODE_KEYWORDS)])
_CODES = rf"""
 (?P<code_keyword>(?<!\w)(?:{_CODE_WORDS})
   \s+\d[\w.-]*(?<=\w))
|(?P<zip>(?<=(?<!\w)(?:{_STATES.replace(" ", "|")})\s)\d{{5}}(?:-\d{{4}})?(?![\w-]))
|(?P<code>(?<![\w-])(?!(?i:pre|post|mid|anti|non|over|under|since|early|late|top|end)-)
   \p{{Lu}}\p{{L}}{{0,9}}-\d\w*
 |(?<![\w-])(?!{_RAND}|{_SHILLING}|{_LETTERED}|{_CODE_GLUED_MONEY})\p{{L}}+\d\w*(?:\.\d+)*
 |(?<![\w.,-])\d+(?:\.\d+){{2,}}(?![\w.]))
"""

_LISTS = r"""(?P<list>(?<=^[ \t]*)\d{1,2}[.)](?=[ \t])|(?<![\w(])\(\d{1,2}\)(?=\s))"""

_FRACTION_NUMERATOR = word_alternation([*_ONES, *_TEENS, "a", "an"])
_FRACTIONS = rf"""
(?P<fraction>(?<![\w.,/:])(?P<fraction_hedge>{_HEDGE_WORDS})?(?i:
   (?P<frac_num>{_FRACTION_NUMERATOR})[\s-]+
     (?P<frac_plural>halves|thirds|quarters|fourths|fifths|sixths|sevenths|eighths|ninths|tenths)\b
  |(?P<frac_one>a|an|one)[\s-]+
     (?P<frac_single>half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b
     (?=\s+of\b|\s*[,.;:)]|\s*$)
  |half\b(?=\s+(?:of|the|its|their|his|her|all|those|these|our)\b)
))"""

_ORDINALS = rf"""
(?P<ordinal>(?<![\w.,])\d{{1,3}}(?:,\d{{3}})*(?:st|nd|rd|th|ST|ND|RD|TH)\b
 |(?<!\w)(?i:(?:{word_alternation(_TENS)})[\s-])?(?i:{word_alternation(_ORDINAL_WORDS)})\b)"""

_PHONE = r"""(?P<phone>(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}(?![\w])
 |(?<![\w.,-])1-\d{3}-\d{3}-\d{4}(?![\w-])
 |(?<![\w(])\(\d{3}\)\s?\d{3}[-.\s]\d{4}(?!\w)
 |(?<![\w-])\d{3}[-.]\d{3}[-.]\d{4}(?![\w-])
 |(?<![\w.,-])0\d{2,4}\s\d{3,4}\s\d{3,4}(?![\w.,-])
 |(?<![\w.,-])\d{3}\s\d{3}\s\d{4}(?![\w-]|[.,]\d))"""

_CODE_GLUED_DIGITS = r"(?P<code_digits>(?<![\w.,-])\d+\p{L}\w*)"

# One scan: at each position the first alternative that matches wins, so the specific shapes
# (dates, clocks, ages, codes) come before the general quantity and glued codes come last.
_PATTERN = regex.compile(
    rf"""(?<!\w)(?=[\w$£€¥₹₽₴₦+(−'’-])(?:{_LISTS}|{_PHONE}|{_DATES}|{_CLOCK}|{_AGES_AND_DECADES}|{_REGNAL}|{_CODES}
    |{_FRACTIONS}|{_ORDINALS}|(?P<quantity>{_QUANTITY})|{_CODE_GLUED_DIGITS})""",
    regex.VERBOSE | regex.MULTILINE | regex.VERSION0,
)

_NEXT_WORD = regex.compile(r"[ \t\u00a0]+(\p{L}+)")
_NEXT_WORD_AFTER_OF = regex.compile(r"[ \t\u00a0]+(?:of[ \t\u00a0]+)?(\p{L}+)")
_TOTAL_GAP = regex.compile(
    r"\s+(?:out\s+of|of)(?:\s+(?:the|those|these|its|their|his|her|our|all))?\s+", regex.I
)
_ROMAN = {"I": 1, "V": 5, "X": 10}
_PLURAL_COUNT_NOUNS = frozenset(
    "people men women children police personnel troops staff cattle".split()
)
_NOT_PLURAL_NOUNS = frozenset(
    "was has is as its this his hers thus does goes says sees marks means remains always "
    "perhaps across unless whereas besides plans becomes comes makes takes gives".split()
)
_SUBJECTS = frozenset("i we you he she they it this there".split())
_DETERMINERS = frozenset("the a an its their his her this that last next our".split())

_LETTERS = re.compile(r"[a-z]+")
_TRAILING_WORD = re.compile(r"[A-Za-z]+$")
_LEADING_DIGITS = re.compile(r"[\d,]+(?:\.\d+)?")
_DIGIT_RUNS = re.compile(r"\d+")
_DECIMAL = re.compile(r"\d+(?:\.\d+)?")
_MERIDIEM = re.compile(r"(?i)([ap])\.?m\b")
_AGE_UNIT = re.compile(r"(?i)year|month|week|day")
_RELATIVE_AFTER = re.compile(r"\s*(?:who|that|which|whom|whose|[,.;:!?]|$)")
_OF_NO_DIGITS = re.compile(r"\s+of\s+(?!(?:the\s+|those\s+|these\s+|its\s+|their\s+)?\d)")
_OF_NUMBER_WORD = regex.compile(rf"\s+of\s+(?:the\s+|those\s+|these\s+)?{_SMALL_WORD}\b")

# Letters that `regex` matches case-insensitively as ASCII letters: "ſeven" is "seven".
_CASE_EQUIVALENTS = {"ſ": "s", "İ": "i", "K": "k"}
_FOLD = str.maketrans(_CASE_EQUIVALENTS)


def _folded(word: str) -> str:
    """A word lowercased as `regex` compares it without case: "thouſand" is "thousand"."""
    return word.translate(_FOLD).lower()


# --- reading numbers ----------------------------------------------------------------------------


def _word_value(words: str) -> float | None:
    """The value of number words: "three hundred and forty-two" -> 342.0."""
    total = 0.0
    current = 0.0
    last_scale = 1.0
    for token in _LETTERS.findall(_folded(words)):
        if token in _SMALL:
            current += _SMALL[token]
        elif token in ("hundred", "dozen"):
            current = (current or 1.0) * _SCALES[token]
        elif token in _SCALES:
            scale = _SCALES[token]
            if total and scale > last_scale:
                total = (total + current) * scale  # "two thousand million": 2,000 millions
            else:
                total += (current or 1.0) * scale
            last_scale = scale
            current = 0.0
        elif token == "half":
            # "one and a half" adds a half; "a million and a half" adds half a million;
            # "half a million" halves what follows.
            if current or not total:
                current = current + 0.5 if current else 0.5
            else:
                total += 0.5 * last_scale
    return total + current


def _magnitude_of(text: str) -> float:
    """The multiplier written after digits: 1e6 for "2.4m" or "1.5 million"."""
    word = _TRAILING_WORD.search(text)
    return _MAGNITUDES.get(_folded(word.group()), 1.0) if word else 1.0


def _number_value(text: str) -> tuple[float, float]:
    """(value, multiplier) of a number as written: "1.5 million" -> (1.5e6, 1e6)."""
    digits = _LEADING_DIGITS.match(text)
    if digits is None:
        value = _word_value(text)
        # "two to three million": the last scale word is the magnitude shared by a range.
        return (value if value is not None else 0.0), _magnitude_of(text)
    base = float(digits.group().replace(",", ""))
    if "half" in text[digits.end() :].lower():
        base += 0.5
    scale = _magnitude_of(text)
    return base * scale, scale


# --- building quantities ------------------------------------------------------------------------


def hedged_bounds(
    qualifier: str, low: float, high: float, tolerance: float
) -> tuple[float | None, float | None, bool, bool]:
    """(low, high, low_inclusive, high_inclusive) for a figure [low, high] under a hedge."""
    if qualifier == "at least":
        return low, None, True, True
    if qualifier == "more than":
        return low, None, False, True
    if qualifier == "up to":
        return min(0.0, high), high, True, True
    if qualifier == "fewer than":
        return min(0.0, high), high, True, False
    if qualifier == "nearly":
        ends = sorted((high * (1 - tolerance), high))
        return ends[0], ends[1], True, ends[0] == ends[1]
    if qualifier == "just over":  # "just over 38%" is a little above 38, not any amount above
        ends = sorted((low, low * (1 + tolerance)))
        return ends[0], ends[1], ends[0] == ends[1], True
    if qualifier == "about":
        ends = sorted((low * (1 - tolerance), low * (1 + tolerance), high * (1 + tolerance)))
        return ends[0], ends[-1], True, True
    return min(low, high), max(low, high), True, True


def _make(
    text: str,
    start: int,
    end: int,
    kind: str,
    figure: tuple[float, float] | None,
    *,
    qualifier: str = "",
    hedge: str = "",
    unit: str = "",
    tolerance: float = 0.1,
) -> Quantity:
    """A Quantity over text[start:end]; `figure` is the [low, high] written, None for none."""
    if figure is None:
        return Quantity(start, end, text[start:end], None, None, kind=kind, unit=unit)
    low, high = figure
    bounds = hedged_bounds(hedge, low, high, tolerance) if all(map(math.isfinite, figure)) else None
    lo, hi, lo_in, hi_in = bounds or (low, high, True, True)
    if lo is not None and hi is not None and not lo <= hi:  # NaN or inf from absurd input
        lo, hi = None, None
    return Quantity(
        start, end, text[start:end], lo, hi, lo_in, hi_in, hedge or qualifier, kind, unit, low
    )


# The `regex` module's match costs time in proportion to the text after its start unless told
# where to stop: a figure is never longer than this, nor a word and its spaces.
_MATCH_REACH = 500
_WORD_REACH = 80


def _next_word(text: str, end: int, *, skip_of: bool = False) -> str:
    found = (_NEXT_WORD_AFTER_OF if skip_of else _NEXT_WORD).match(text, end, end + _WORD_REACH)
    word = found.group(1).lower() if found else ""
    return "" if skip_of and word == "of" else word


def _looks_like_year(text: str, m: regex.Match[str], value: float) -> bool:
    """1800..2100 written as four bare digits, unless a plural noun follows with no determiner."""
    written = m.group("n1")
    if not (len(written) == 4 and written.isdigit() and 1800 <= value <= 2100):
        return False
    following = _next_word(text, m.end())
    plural = following in _PLURAL_COUNT_NOUNS or (
        len(following) > 3
        and following.endswith("s")
        and not following.endswith("ss")
        and following not in _NOT_PLURAL_NOUNS
    )
    if not plural:
        return True
    before = text[max(0, m.start() - 20) : m.start()].split()
    return bool(before) and before[-1].lower().strip("'’") in _DETERMINERS | {"s"}


# "one-" opening an adjective, not a count ("one-day", "one-year-old" are read before this).
_ONE_COMPOUND = re.compile(r"-(?:time|off|sided|way|man|woman|party|stop|liner|size)(?![a-z])")


def _is_pronoun_one(text: str, start: int, end: int) -> bool:
    """ "one" that stands for a person or thing, not a count: "no one", "the one who"."""
    before = text[max(0, start - 12) : start].lower().split()
    previous = before[-1] if before else ""
    after = text[end : end + 40].lower()
    if previous in (
        "no",
        "every",
        "any",
        "each",
        "which",
        "this",
        "that",
        "by",
    ) or after.startswith(("'s", "’s", " another", " by one", " or another", " way or another")):
        return True
    if _ONE_COMPOUND.match(after):  # "a one-time champion", "a one-sided match"
        return True
    if previous == "the" and _RELATIVE_AFTER.match(after):
        return True
    if _OF_NO_DIGITS.match(after):
        of_number = _OF_NUMBER_WORD.match(after)
        return of_number is None
    return False


def _is_someday(text: str, m: regex.Match[str]) -> bool:
    """ "one day" meaning some day: after a modal or "that", or opening a sentence."""
    if m.group().lower() != "one day":
        return False
    before = text[max(0, m.start() - 16) : m.start()]
    words = before.lower().split()
    if not words or before.rstrip().endswith((".", "!", "?", '"', "“", ",")):
        return True
    if _next_word(text, m.end()) in _SUBJECTS:  # "one day we will"
        return True
    return words[-1] in ("will", "would", "could", "might", "may", "should", "can", "must", "that")


def _range_figure(m: regex.Match[str]) -> tuple[float, float, float]:
    """(value, low, high) of the number or range in a quantity match."""
    value, scale = _number_value(m.group("n1"))
    second = m.group("n2")
    if second is None:
        return value, value, value
    high, high_scale = _number_value(second)
    if len(second) == 2 and second.isdigit() and m.group("n1").isdigit() and value >= 1800:
        high = value - value % 100 + high  # "2022-23" ends in 2023
    # "1 to 2 million": the magnitude written once applies to both ends.
    if scale == 1.0 and high_scale != 1.0 and value <= high / high_scale:
        value *= high_scale
    return value, min(value, high), max(value, high)


def _quantity_kind(text: str, m: regex.Match[str], value: float) -> tuple[str, str]:
    """(kind, unit) of a general quantity match from its prefix, suffix and context."""
    prefix = (m.group("prefix") or "").strip().lower()
    if m.group("age_prefix") or m.group("age_unit"):
        unit = m.group("age_unit") or "year"
        return "age", _AGE_UNIT.search(unit).group().lower()  # type: ignore[union-attr]
    if m.group("percent"):
        points = "point" in m.group("percent").lower()
        return "percent", "percentage point" if points else "%"
    money_word = _folded(m.group("money_word") or "")
    if prefix and prefix not in ("magnitude", "minus", "-", "−"):
        return "money", _CURRENCY_SIGNS.get(prefix, prefix.upper())
    if money_word == "won" and _magnitude_of(m.group("n1") or "") == 1 and value < 1000:
        return "count", ""  # "the 12 won": a verb after a small figure, no currency
    if money_word and not (money_word == "pounds" and _magnitude_of(m.group("n1") or "") == 1):
        return "money", _CURRENCY_WORDS[" ".join(money_word.split())]
    if money_word:
        return "measure", "lb"
    if m.group("duration_unit"):
        return "duration", _DURATION_UNITS[_folded(m.group("duration_unit"))]
    if m.group("temperature"):
        return "measure", m.group("temperature").strip(" °") or "degree"
    if m.group("measure_unit"):
        return "measure", _MEASURE_UNITS[" ".join(_folded(m.group("measure_unit")).split())]
    if prefix == "magnitude":
        return "measure", "magnitude"
    return _bare_kind(text, m, value)


def _bare_kind(text: str, m: regex.Match[str], value: float) -> tuple[str, str]:
    """Kind of a number with no unit: year, score, plain number, or a count of the next word."""
    if m.group("vague"):
        return "count", _next_word(text, m.end(), skip_of=True)
    if _looks_like_year(text, m, value):
        return "year", ""
    first, second = m.group("n1"), m.group("n2")
    if second and first.isdigit() and second.isdigit() and len(first) <= 2 and len(second) <= 2:
        separator = text[m.end("n1") : m.start("n2")].strip()
        window = text[max(0, m.start() - 30) : m.end() + 30]
        if separator in ("-", "–", "—") and _SCORE_CONTEXT.search(window):
            return "score", ""
    prefix = (m.group("prefix") or "").strip().lower()
    decimal = "." in first and _magnitude_of(first) == 1.0
    if decimal or prefix in ("minus", "-", "−"):
        return "number", ""
    return "count", _next_word(text, m.end())


def _quantity_start_and_hedge(m: regex.Match[str]) -> tuple[int, str]:
    """Where a quantity starts and its canonical hedge, written before or after the number."""
    start = m.start()
    if (m.group("between") or m.group("from")) and not m.group("n2"):
        # "from 37", "between dozens" are no range: the quantity starts at the number.
        number = "prefix" if m.group("prefix") else "vague" if m.group("vague") else "n1"
        start = m.start(number)
    hedge = ""
    if start == m.start():
        hedge = _HEDGES.get(" ".join((m.group("hedge") or "").lower().split()), "")
    post = " ".join((m.group("post") or "").lower().lstrip("-").split())
    return start, hedge or _POST_HEDGES.get(post, "")


def _vague_figure(vague: str) -> tuple[str, tuple[float, float]]:
    """(qualifier, interval) of a vague phrase: "several hundred" -> [300, 900]."""
    phrase = " ".join(_folded(vague).split()).removesuffix(" of")
    if phrase in _VAGUE:
        return phrase, _VAGUE[phrase]
    *words, scale = phrase.split()
    vague = " ".join(words).removesuffix(" of")  # "a couple of hundred" is "a couple hundred"
    low, high = _VAGUE[vague]
    return f"{vague} {scale}", (low * _SCALES[scale], high * _SCALES[scale])


def _from_quantity(text: str, m: regex.Match[str], tolerance: float) -> Quantity | None:
    start, hedge = _quantity_start_and_hedge(m)
    if m.group("vague"):
        qualifier, figure = _vague_figure(m.group("vague"))
        kind, unit = _quantity_kind(text, m, figure[0])
        return _make(
            text,
            start,
            m.end(),
            kind,
            figure,
            qualifier=qualifier,
            hedge=hedge,
            unit=unit,
            tolerance=tolerance,
        )
    value, low, high = _range_figure(m)
    if (m.group("prefix") or "").strip().lower() in ("minus", "-", "−"):
        value, low, high = -value, -high, -low
    kind, unit = _quantity_kind(text, m, value)
    if _is_not_a_quantity(text, m, kind, hedge):
        return None
    if kind == "score":
        return replace(_make(text, start, m.end(), kind, None), value=value)
    quantity = _make(
        text,
        start,
        m.end(),
        kind,
        (low, high),
        qualifier="between" if m.group("n2") else "",
        hedge=hedge,
        unit=unit,
        tolerance=tolerance,
    )
    return replace(quantity, value=value)


def _is_not_a_quantity(text: str, m: regex.Match[str], kind: str, hedge: str) -> bool:
    """ "no one", "one day we will": words that look like a number and say none."""
    if kind == "duration":
        return _is_someday(text, m)
    lone_one = kind == "count" and not hedge and not m.group("n2")
    return lone_one and m.group("n1").lower() == "one" and _is_pronoun_one(text, *m.span("n1"))


def _roman_value(numeral: str) -> float:
    total = 0
    for index, letter in enumerate(numeral):
        worth = _ROMAN[letter]
        following = _ROMAN[numeral[index + 1]] if index + 1 < len(numeral) else 0
        total += -worth if worth < following else worth
    return float(total)


def _clock_hours(written: str) -> float:
    digits = [int(d) for d in _DIGIT_RUNS.findall(written)]
    if not digits:  # "five o'clock"
        digits = [_SMALL.get(_folded(written.split()[0]), 0)]
    hours = digits[0] % 24 + (digits[1] / 60 if len(digits) > 1 else 0.0)
    meridiem = _MERIDIEM.search(written)
    if meridiem and meridiem.group(1).lower() == "p" and hours < 12:
        hours += 12
    if meridiem and meridiem.group(1).lower() == "a" and hours >= 12:
        hours -= 12
    return hours


def _first_number(written: str) -> float | None:
    found = _DECIMAL.search(written)
    return float(found.group()) if found else None


def _exact(
    text: str, start: int, end: int, kind: str, value: float | None, unit: str = ""
) -> Quantity:
    figure = None if value is None else (value, value)
    return _make(text, start, end, kind, figure, unit=unit)


def _slash_fraction(text: str, m: regex.Match[str]) -> Quantity:
    """'a 1/4 inch gap', '2 1/2 hours', '1/3 of voters': a fraction, not the 4th of January.
    A numerator not below its denominator ('5/4 of') is read as the date it may be."""
    numerator, denominator = int(m.group("sf_num")), int(m.group("sf_den"))
    if numerator >= denominator:
        return _slash_date(text, m.start("sf_num"), m.end())
    whole = m.group("sf_whole")
    value = (int(whole) if whole else 0) + numerator / denominator
    quantity = _exact(text, m.start(), m.end(), "count" if whole else "fraction", value)
    return replace(quantity, value=value)


def _slash_date(text: str, start: int, end: int) -> Quantity:
    written = text[start:end]
    first, second = (int(part) for part in written.split("/")[:2])
    is_date = (first <= 12 and 1 <= second <= 31) or (second <= 12 and 1 <= first <= 31)
    if written == "24/7" or not is_date:
        return _exact(text, start, end, "code", float(first))
    return _exact(text, start, end, "date", float(second if first <= 12 else first))


_DECADE_WORDS = (
    "teens twenties thirties forties fifties sixties seventies eighties nineties".split()
)


def _age_decade(text: str, m: regex.Match[str]) -> Quantity:
    tens_word = m.group("age_tens").lower()
    if tens_word in _DECADE_WORDS:
        base = 10 + 10 * _DECADE_WORDS.index(tens_word)
    else:
        base = int(tens_word[:-1])
    low, high = (13, 19) if base == 10 else (base, base + 9)
    part = (m.group("age_part") or "").strip(" -").lower()
    low, high = {"early": (low, low + 3), "mid": (low + 3, low + 6), "late": (high - 2, high)}.get(
        part, (low, high)
    )
    quantity = _make(text, m.start(), m.end(), "age", (float(low), float(high)), unit="year")
    return replace(quantity, qualifier=part)


def _decade(text: str, m: regex.Match[str]) -> Quantity:
    digits = "".join(_DIGIT_RUNS.findall(m.group()))
    start = float(digits) if len(digits) == 4 else 1900.0 + float(digits[-2:])
    return replace(_make(text, m.start(), m.end(), "decade", (start, start + 9)), value=start)


def _fraction(text: str, m: regex.Match[str], tolerance: float) -> Quantity:
    if m.group("frac_plural"):
        numerator = float(_SMALL.get(_folded(m.group("frac_num")), 1))
        denominator = _DENOMINATORS[_folded(m.group("frac_plural")).rstrip("s").replace("ve", "f")]
    elif m.group("frac_single"):
        numerator, denominator = 1.0, _DENOMINATORS[_folded(m.group("frac_single"))]
    else:
        numerator, denominator = 1.0, 2
    value = numerator / denominator
    hedge = _HEDGES.get(" ".join((m.group("fraction_hedge") or "").lower().split()), "")
    quantity = _make(
        text, m.start(), m.end(), "fraction", (value, value), hedge=hedge, tolerance=tolerance
    )
    return replace(quantity, value=value)


def _ordinal(text: str, m: regex.Match[str]) -> Quantity:
    written = m.group().lower()
    number = _first_number(written.replace(",", ""))
    if number is None:
        words = _LETTERS.findall(written)
        number = float(sum(_TENS.get(w, 0) + _ORDINAL_WORDS.get(w, 0) for w in words))
    return _exact(text, m.start(), m.end(), "ordinal", number)


def _regnal(text: str, m: regex.Match[str]) -> Quantity | None:
    if m.group() == "I" and text[max(0, m.start() - 4) : m.start()].lower() != "war ":
        return None  # the pronoun "I", except in "World War I"
    return _exact(text, m.start(), m.end(), "regnal", _roman_value(m.group()))


def _clock(text: str, m: regex.Match[str]) -> Quantity:
    return _exact(text, m.start(), m.end(), "time", _clock_hours(m.group()), unit="hour")


def _day_of(written: str | None) -> float | None:
    return _first_number(written) if written else None


_Builder = Callable[[str, regex.Match[str], float], "Quantity | None"]

_SIMPLE_KINDS = {
    "list": "list",
    "iso_date": "date",
    "code_keyword": "code",
    "zip": "code",
    "code": "code",
    "code_digits": "code",
}

_BUILDERS: dict[str, _Builder] = {
    "quantity": _from_quantity,
    "fraction": _fraction,
    "phone": lambda text, m, _: _exact(text, m.start(), m.end(), "phone", None),
    "month_day": lambda text, m, _: _exact(
        text, m.start(), m.end(), "date", _day_of(m.group("md_day"))
    ),
    "day_month": lambda text, m, _: _exact(
        text, m.start(), m.end(), "date", _day_of(m.group("dm_day"))
    ),
    "slash_date": lambda text, m, _: _slash_date(text, m.start(), m.end()),
    "slash_fraction": lambda text, m, _: _slash_fraction(text, m),
    "clock": lambda text, m, _: _clock(text, m),
    "clock_hour": lambda text, m, _: _clock(text, m),
    "age_comma": lambda text, m, _: _exact(
        text, m.start(), m.end(), "age", float(m.group()), unit="year"
    ),
    "age_decade": lambda text, m, _: _age_decade(text, m),
    "decade": lambda text, m, _: _decade(text, m),
    "regnal": lambda text, m, _: _regnal(text, m),
    "ordinal": lambda text, m, _: _ordinal(text, m),
}


def _build(text: str, m: regex.Match[str], tolerance: float) -> Quantity | None:
    name = m.lastgroup or ""
    builder = _BUILDERS.get(name)
    if builder is not None:
        return builder(text, m, tolerance)
    written = m.group()
    value = _day_of(written[-2:]) if name == "iso_date" else _first_number(written)
    return _exact(text, m.start(), m.end(), _SIMPLE_KINDS.get(name, "code"), value)


def _link_totals(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "88 out of 273 drones": the 88 carries the 273 as its total, and the 273 stays too."""
    linked = list(found)
    # From the end, so in "1,000 of 1,000 of dozens" each total is the linked one that stays.
    for index in reversed(range(len(found) - 1)):
        part, whole = found[index], linked[index + 1]
        if part.kind not in ("count", "fraction") or whole.kind != "count":
            continue
        if _TOTAL_GAP.fullmatch(text, part.end, whole.start) is None:
            continue
        unit = whole.unit if part.kind == "count" else part.unit
        linked[index] = replace(part, total=whole, unit=unit)
    return linked


# --- finding where to read ----------------------------------------------------------------------
# The `regex` engine tries every alternative of _PATTERN at every position, which measured
# 0.7 MB/s on news text. So a cheap scan with the standard `re` engine over the lowercased text
# first finds the anchors every quantity contains (a digit or a number word) and the words that
# can open a quantity a few words earlier (hedges, "between", months, ...), and _PATTERN is
# matched only at those positions. Every alternative of _PATTERN starts at one of them, so the
# result is what _PATTERN.finditer would give (tests/test_quantities.py checks this).

_ROMAN_NUMERALS = [
    tens + ones
    for tens in ("", "x", "xx", "xxx")
    for ones in ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    if tens + ones
]
_ANCHOR_WORDS = frozenset(
    [
        *_SMALL,
        *_SCALES,
        *_ORDINAL_WORDS,
        *_DENOMINATORS,
        *_ROMAN_NUMERALS,
        *_DECADE_WORDS,
        *"thirds quarters fourths fifths sixths sevenths eighths ninths tenths".split(),
        *"dozens scores hundreds thousands millions billions several few couple handful".split(),
    ]
)
_ANCHOR = word_alternation(_ANCHOR_WORDS)
# Where a word may end for _PATTERN's `\b`: `re` counts "½" and "²" as letters, `regex` does not,
# so the scan only asks that no ASCII letter or digit follows ("hundred½" is "hundred").
_WORD_END = r"(?![a-z0-9_])"
# What must follow a word for it to open a quantity: "at" only in "at least" / "at most",
# "about" only before a number. Without these the scan stops at every "a", "in" and "at".
# After a currency prefix: a number or a vague word ("$5", "USD 5", "$ dozens", "USDhundred").
_AFTER_PREFIX = rf"(?:\d|an?[\s-]|tens\s|(?:{_ANCHOR}){_WORD_END})"
# After a hedge: whatever _QUANTITY or _FRACTIONS allow next ("about between 5 and 6",
# "over tens of thousands", "about $ 5", "around aged 40", "c. a few").
_AFTER_HEDGE = (
    rf"(?:[^\s\d]{{0,4}}\d|an?[\s-]|(?:{_ANCHOR}){_WORD_END}"
    r"|(?:aged|age|ages|between|from|minus|tens)\s|magnitude[\s-]|[$£€¥₹₽₴₦]"
    r"|(?:us|a|c|hk|nz)\$|rs\.?\s?\d"
    rf"|(?:{'|'.join(_CURRENCY_CODES).lower()})\s?\s?{_AFTER_PREFIX})"
)
_BEFORE_NUMBER = rf"(?=\s+{_AFTER_HEDGE})"


def _opening_endings() -> dict[str, str]:
    endings: dict[str, list[str]] = {}
    for hedge in _HEDGES:
        first, _, rest = hedge.rstrip(".").partition(" ")
        endings.setdefault(first, []).append(
            rf"\s+{word_alternation([rest])}\b" if rest else _BEFORE_NUMBER[3:-1]
        )
    for first in ("c", "ca", "approx"):
        endings[first] = [rf"\.\s*{_AFTER_HEDGE}"]
    for first in ("a", "an"):
        endings.setdefault(first, []).append(
            # "a few", "a minimum of", "a-million", "a third", "a thirds" (one of _FRACTIONS)
            r"[\s-]+(?:few|couple|handful|dozen|hundred|thousand|million|billion|trillion"
            r"|minimum|maximum|estimated|half|halves|third|quarter|fourth|fifth|sixth|seventh"
            r"|eighth|ninth|tenth)"
        )
    for first in ("aged", "age", "ages", "between", "from", "minus", "tens"):
        endings[first] = [r"\s"]
    endings["magnitude"] = [r"[\s-]"]
    for early in ("early", "mid", "late"):
        endings[early] = [
            r"[\s-]+(?:\d|teens|twenties|thirties|forties|fifties|sixties|seven|eight|nine)"
        ]
    for code in _CURRENCY_CODES:
        endings[code.lower()] = [rf"\s?\s?{_AFTER_PREFIX}"]
    for sign in _CURRENCY_SIGNS:  # "US$", "HK$": the letters open before the sign
        if sign.endswith("$") and len(sign) > 1:
            endings.setdefault(sign[:-1], []).append(r"\$")
    endings["rs"] = [r"\.?\s?\d"]
    endings["sh"] = [r"\s?\d"]
    endings.setdefault("s", []).append(r"/\s?\d")  # Peru's sol, "S/ 69.5 million"
    endings["ksh"] = [r"s?\s?\d"]
    for lettered in ("tsh", "ush", "tk", "rp", "rm", "mk", "zk", "qr"):
        endings[lettered] = [r"s?\s?\d"]
    endings["nu"] = [r"\.?\s?\d"]
    for dollar in ("t", "ec", "mop"):  # "T$2.4 million", "EC$3.1 million", "MOP$50,000"
        endings.setdefault(dollar, []).append(r"\$")
    endings["gh"] = [r"[¢₵]\s?\d"]
    for month in (*_MONTHS, *_MONTH_ABBREVIATIONS):
        endings[month.lower()] = [r"\.?\s+\d"]
    for keyword in _CODE_KEYWORDS:
        endings.setdefault(keyword.lower().rstrip("."), []).append(r"\.?\s+\d")
    return {word: "(?=" + "|".join(after) + ")" for word, after in endings.items()}


_OPENING_ENDINGS = _opening_endings()
# Every digit run, also one right after "," or ".": "1,1990s" holds the decade "1990s".
_DIGIT_SCAN = re.compile(r"\d+")
# One trie for anchors and openings: the engine then reads each word start once.
_WORD_ENDINGS = _OPENING_ENDINGS | dict.fromkeys(_ANCHOR_WORDS, _WORD_END)
_WORD_SCAN = re.compile(rf"(?<![a-z])(?:{word_alternation(_WORD_ENDINGS, _WORD_ENDINGS)})")
# A currency sign can open a match before a word: "$ dozens", "₴ several million".
_CURRENCY_SCAN = re.compile(r"[$£€¥₹₽₴₦]")
# Currency codes open a match that may be glued to a number word ("USDhundred"), which then is
# no anchor, so a code is read where it stands.
_CODES_LOWER = frozenset(code.lower() for code in _CURRENCY_CODES)
# Where _PATTERN can start at all: its own first check.
_CAN_START = regex.compile(r"(?<!\w)(?=[\w$£€¥₹₽₴₦+(−'’-])")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_OPENING, _ANCHOR_AT, _DIGITS_AT = 0, 1, 2


def _lowered(text: str) -> str:
    """The text lowercased as `regex` folds case, with every offset kept ("İ".lower() is two
    characters, "ſ" is a long s)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text.translate(_ASCII_LOWER)
    if any(letter in lowered for letter in _CASE_EQUIVALENTS):
        lowered = lowered.translate(_FOLD)
    return lowered


def _landmarks(text: str) -> list[tuple[int, int]]:
    """(position, what) of every anchor and opening word, in text order."""
    lowered = _lowered(text)
    found = [(m.start(), _DIGITS_AT) for m in _DIGIT_SCAN.finditer(lowered)]
    found += [(m.start(), _OPENING) for m in _CURRENCY_SCAN.finditer(text)]
    for m in _WORD_SCAN.finditer(lowered):
        word = m.group()
        if word in _CODES_LOWER:
            found.append((m.start(), _ANCHOR_AT))
        elif word not in _ANCHOR_WORDS:
            found.append((m.start(), _OPENING))
        elif word not in _ROMAN_NUMERALS or text[m.start()].isupper():  # not the pronoun "i"
            found.append((m.start(), _ANCHOR_AT))
    found.sort()
    return found


def _glued_starts(text: str, digit: int, earliest: int) -> list[int]:
    """Where a match can start in the chunk glued before a digit: "COVID-19" at the C,
    "(-9" at the minus, "1,1990s" at the 1 of 1990s."""
    start = digit
    while start > earliest and not text[start - 1].isspace():
        start -= 1
    return [m.start() for m in _CAN_START.finditer(text, start, digit)]


def _matches(text: str) -> Iterator[regex.Match[str]]:
    """The matches of _PATTERN.finditer(text), found by matching only where one can start.

    A match starts at an opening, an anchor, or in the chunk glued before a digit, and holds an
    anchor; no anchor stands between its opening words and its number, so the openings seen
    since the last anchor are tried at the next one, however much space lies between.
    """
    end = 0  # where the last match ended: matches never overlap
    tried = -1  # every position up to here has been tried
    openings: list[int] = []
    for anchor, what in _landmarks(text):
        if what == _OPENING:
            openings.append(anchor)
            continue
        if anchor < end:
            continue
        earliest = max(end, tried + 1)
        positions = {p for p in openings if p >= earliest}
        positions.add(anchor)
        if what == _DIGITS_AT:
            positions.update(_glued_starts(text, anchor, earliest))
        for position in sorted(positions):
            if position < end:
                continue
            m = _PATTERN.match(text, position, position + _MATCH_REACH)
            if m is not None:
                end = m.end()
                yield m
        tried = anchor
        openings.clear()


def parse(text: str, *, about_tolerance: float = 0.1) -> list[Quantity]:
    """Every number in `text` as news writes it, read as an interval (see the module doc)."""
    if not isinstance(text, str) or not text:
        return []
    found: list[Quantity] = []
    for m in _matches(text):
        quantity = _build(text, m, about_tolerance)
        if quantity is not None:
            found.append(quantity)
    found = _unit_ranges(text, _spoken_decimals(text, found))
    return _link_totals(text, _fractions_of_magnitudes(text, found))


# "between 20% and 30%", "from 40 km/h to 60 km/h": a range whose unit is written twice.
_RANGE_GAP = regex.compile(r"[ \t]+(?:and|to)[ \t]+|[ \t]*[-\u2013][ \t]*", regex.I)
_RANGE_OPENS = regex.compile(r"\b(?:between|from)[ \t]+$", regex.I)
_RANGE_KINDS = frozenset({"measure", "percent", "money"})


def _unit_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    return _join_neighbours(found, lambda a, b: _join_range(text, a, b))


def _join_range(text: str, first: Quantity, second: Quantity) -> Quantity | None:
    if (
        first.kind not in _RANGE_KINDS
        or (first.kind, first.unit) != (second.kind, second.unit)
        or first.qualifier
        or second.qualifier
        or first.low != first.high
        or second.low != second.high
        or first.low is None
        or second.low is None
        or not _RANGE_GAP.fullmatch(text, first.end, second.start)
    ):
        return None
    opening = _RANGE_OPENS.search(text, max(0, first.start - 10), first.start)
    joined_by_and = text[first.end : second.start].strip().lower() == "and"
    if joined_by_and and opening is None:
        return None  # "20% and 30%" are two figures; "between 20% and 30%" one range
    start = opening.start() if opening is not None else first.start
    low, high = sorted((first.low, second.low))
    return replace(
        first,
        start=start,
        end=second.end,
        text=text[start : second.end],
        low=low,
        high=high,
        qualifier="between",
    )


# "a quarter of a billion pounds", "three quarters of a million": a share of a round figure.
_OF = regex.compile(r"[ \t]+of[ \t]+")
_A_MAGNITUDE = regex.compile(r"(?i:an?)[ \t]+(?i:hundred|thousand|million|billion)\b")


def _fractions_of_magnitudes(text: str, found: list[Quantity]) -> list[Quantity]:
    return _join_neighbours(found, lambda a, b: _join_fraction(text, a, b))


def _join_fraction(text: str, first: Quantity, second: Quantity) -> Quantity | None:
    if (
        first.kind != "fraction"
        or first.value is None
        or second.value is None
        or not _OF.fullmatch(text, first.end, second.start)
        or not _A_MAGNITUDE.match(second.text)
    ):
        return None
    share = first.value
    return replace(
        second,
        start=first.start,
        text=text[first.start : second.end],
        # "about a quarter of a million": the hedge's interval, scaled
        low=None if second.low is None else second.low * (first.low or share),
        high=None if second.high is None else second.high * (first.high or share),
        value=second.value * share,
        qualifier=first.qualifier or second.qualifier,
    )


def _join_neighbours(
    found: list[Quantity], join: Callable[[Quantity, Quantity], Quantity | None]
) -> list[Quantity]:
    """Each pair of neighbours that `join` reads as one quantity, replaced by it."""
    merged: list[Quantity] = []
    i = 0
    while i < len(found):
        first = found[i]
        second = found[i + 1] if i + 1 < len(found) else None
        joined = join(first, second) if second is not None else None
        merged.append(joined or first)
        i += 2 if joined else 1
    return merged


# "forty-four point three per cent", "magnitude six point one": broadcast transcripts speak
# decimals; the digits after "point" are single number words.
_SPOKEN_POINT = regex.compile(r"[ \t]+(?i:point)[ \t]+")
_DIGIT_WORDS = regex.compile(
    r"(?i:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
    r"(?:[ \t]+(?i:zero|oh|one|two|three|four|five|six|seven|eight|nine))*\b"
)


def _digit_value(word: str) -> int:
    return 0 if word.lower() in ("zero", "oh") else _ONES[word.lower()]


def _spoken_decimals(text: str, found: list[Quantity]) -> list[Quantity]:
    """Join "four point six two trillion": the digits after "point" may span several of the
    figures read ("six", then "two trillion"), the last of which carries the magnitude."""
    merged: list[Quantity] = []
    i = 0
    while i < len(found):
        first = found[i]
        after = found[i + 1] if i + 1 < len(found) else None
        spoken = after is not None and _SPOKEN_POINT.fullmatch(text, first.end, after.start)
        run = _digit_run(text, found, i + 1) if spoken else 0
        joined = _join_spoken(text, first, found[i + run]) if run else None
        merged.append(joined or first)
        i += run + 1 if joined else 1
    return merged


def _digit_run(text: str, found: list[Quantity], start: int) -> int:
    """How many figures from `start` on the digit words after a "point" cover (0: none)."""
    digits = _DIGIT_WORDS.match(text, found[start].start, found[start].start + _WORD_REACH)
    if digits is None:
        return 0
    run = start
    while run + 1 < len(found) and found[run + 1].start < digits.end():
        run += 1
    return run - start + 1


def _join_spoken(text: str, first: Quantity, second: Quantity) -> Quantity | None:
    """`first` "point" and the digit words up to `second`, which may hold a magnitude."""
    point = _SPOKEN_POINT.match(text, first.end)
    digits = _DIGIT_WORDS.match(text, point.end(), point.end() + _WORD_REACH) if point else None
    if digits is None or first.value is None or second.value is None:
        return None
    hedged = first.low != first.high  # "some two point four million": the hedge covers it all
    if (
        (hedged and not first.qualifier)
        or not first.value.is_integer()
        or first.text[-1:].isdigit()
    ):
        return None
    words = [_digit_value(w) for w in digits.group().split()]
    spoken = int("".join(str(d) for d in words))
    if spoken == 0 and words[0] != 0:
        return None
    # the digit words inside the last figure ("two" of "two trillion") carry its magnitude
    inside = [
        _digit_value(w) for w in text[max(second.start, digits.start()) : digits.end()].split()
    ]
    last = int("".join(str(d) for d in inside)) if inside else 0
    scale = second.value / last if last and digits.end() < second.end else 1.0
    value = (first.value + spoken / 10 ** len(words)) * scale
    kind, unit = (first.kind, first.unit) if first.kind != "count" else (second.kind, second.unit)
    low = value if second.low is not None else None
    high = value if second.high is not None else None
    if hedged:  # the hedge's slack, in proportion to the whole figure
        ratio = value / first.value if first.value else 1.0
        low = first.low * ratio if first.low is not None else None
        high = first.high * ratio if first.high is not None else None
    span = text[first.start : second.end]
    return replace(
        first, end=second.end, text=span, low=low, high=high, kind=kind, unit=unit, value=value
    )
