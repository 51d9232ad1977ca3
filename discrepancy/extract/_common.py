"""Word lists and limits that several extractors share.

Kept apart so the claim readers (counts, measures, days, subjects, the lead) can share them
without importing one another; nothing here reads an article.
"""

from __future__ import annotations

# How far (in words) a number may stand from the word that says what it counts.
MAX_TRIGGER_DISTANCE = 8

_NOT_PLACES = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december the
    jan feb apr jun jul aug sep sept oct nov dec
    """.split()
)

_STATEMENT = "statement"
_DETERMINERS = frozenset("a an the his her their its this that separate same".split())

_COMMON_OPENERS = frozenset(
    "a an and but in on at it its he she they we i this that there after before when while as "
    "for with by of to from the his her their our meanwhile however officials police".split()
)
# A brief that gives no day reports news of the days just before it was published.
_UNDATED_LEAD_DAYS = 2

# A verb that gives a toll its figure: "the toll ... rose to", "has reached", "stood at".
_GIVES_A_FIGURE = (
    r"(?:(?:rose|risen|rising|climbed|climbing|jumped|increased|grew|fell|dropped)\s+to"
    r"|reached|stands?\s+at|stood\s+at|(?:peaked|peaking)\s+at|topped)"
)

# "a year earlier", "last year", "the same quarter last year": a figure's time of comparison.
_A_YEAR_BACK = (
    r"(?:(?:the\s+)?(?:last|previous|prior)[\s-]year(?:'s)?|year[\s-](?:earlier|ago)"
    r"|(?:a|one)\s+year\s+(?:earlier|ago|before)"
    r"|(?:the\s+)?same\s+(?:period|quarter)\s+(?:last|a)\s+year)"
)

# A figure written as digits or as a number word: one alternation every reader of "is there
# another figure here" shares.
NUMBER_WORDS = (
    r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|dozens?|scores"
)
