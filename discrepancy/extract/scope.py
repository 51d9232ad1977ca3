"""How far a figure reaches: the event's own place, the whole country around it, or one
people's share of it.

"More than 1,100 people were arrested across France overnight" and "56 people have been
arrested in the town" are counts of two things: a nation's and one town's. A figure told with a
nationwide marker is compared only with figures told the same way.
"""

from __future__ import annotations

import functools
from dataclasses import replace

import regex

from discrepancy.extract.text import _Text
from discrepancy.model import Claim, Lead, ValueKind

WIDER = "nationwide"
OWN_SHARE = "their own"
# A people's name before what a count counts: "fourteen Jordanian pilgrims have died" are
# Jordan's dead, a share of the toll, not the toll.
_A_PEOPLES_SHARE = regex.compile(
    r"(?<=\s)(\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|[^aeiou]i|ch|an))\s+(?=\p{Ll})", regex.VERSION1
)


# "37 passengers and two drivers", "212 passengers and 14 crew": those carried, the crew apart;
# "39 people on board" counts both.
WITHOUT_CREW = "without the crew"
_AND_THE_CREW = regex.compile(
    r"[ \t]+(?:and|plus)[ \t]+(?:\d+|[\p{Ll}\-]+)[ \t]+(?:crew|crew[ \t]+members|drivers?"
    r"|pilots?|staff|sailors|seamen|cabin[ \t]+crew)\b",
    regex.VERSION1,
)


# One seat of a national vote: "In the vast Northern Territory seat of Lingiari, turnout was
# just 67 per cent" is that seat's turnout, not the nation's.
ONE_SEAT = "one seat"
_ONE_SEAT = regex.compile(
    r"\b(?:seat|constituency|electorate|riding|ward|precinct|electoral\s+district)\s+of\s+\p{Lu}",
    regex.VERSION1,
)


# A count that opens a list by place is that place's share: "Eleven were detained in Spain,
# three in the Netherlands and three in Ecuador" are not seventeen.
_LISTED_BY_PLACE = regex.compile(
    r"[ \t]+(?:[\p{Ll}\-]+[ \t]+){0,2}?(?:in|at)[ \t]+(?:the[ \t]+)?"
    r"(?P<place>\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+)?)[ \t]*,[ \t]+"
    r"(?:\d[\d,]*|[\p{Ll}\-]+)[ \t]+(?:[\p{Ll}\-]+[ \t]+)?(?:in|at)[ \t]+(?:the[ \t]+)?\p{Lu}",
    regex.VERSION1,
)


def _scoped(text: _Text, claim: Claim, lead: Lead | None) -> Claim:
    """The claim, marked nationwide when its sentence says so of a place wider than the lead's,
    or with the people its count is a share of ("fourteen Jordanian pilgrims")."""
    if claim.value_kind not in (ValueKind.COUNT, ValueKind.MEASURE):
        return claim
    if claim.counted and regex.search(
        rf"\bof\s+(?:its|their|his|her)\s+{regex.escape(claim.counted)}\b", claim.text
    ):
        return replace(claim, scope=OWN_SHARE)  # "the deaths of 41 of its pilgrims": Jordan's
    share = _A_PEOPLES_SHARE.search(claim.text)
    if claim.counted and share is not None and claim.text[share.end() :].startswith(claim.counted):
        return replace(claim, scope=share.group(1).lower())
    if _AND_THE_CREW.match(text.article.text, claim.end):
        return replace(claim, scope=WITHOUT_CREW)
    listed = _LISTED_BY_PLACE.match(text.article.text, claim.end)
    if listed is not None:
        return replace(claim, scope=f"in {listed.group('place').lower()}")
    kind = text.rules.rulebook.category(claim.event.category)
    if kind is not None and kind.nationwide:
        if _ONE_SEAT.search(claim.sentence):
            return replace(claim, scope=ONE_SEAT)  # "in the seat of Lingiari, turnout was 67%"
        return claim  # "Nationally, Undurraga took 53.8%": a national election's own figure
    span = (text.body_offset(claim.start), text.body_offset(claim.end))
    sentence = text.sentences[text.sentence_of(span[0])]
    pattern = _markers(text.rules.rulebook.vocab.get("wider_scope", frozenset()))
    own = lead.names if lead is not None else frozenset()
    # the sentence, or of one that never ends only the claim's neighbourhood
    for match in pattern.finditer(text.body, *text.around(sentence, span)):
        place = match.group("place")
        # "across Florida" in a story led by Florida's storm is the story's own ground
        if place is None or not own & set(place.lower().split()):
            return replace(claim, scope=WIDER)
    return claim


@functools.lru_cache(maxsize=8)
def _markers(words: frozenset[str]) -> regex.Pattern[str]:
    listed = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return regex.compile(
        rf"(?<![\w-])(?i:{listed})(?![\w-])"
        r"|(?<![\w-])(?i:across|throughout)\s+(?:all\s+of\s+)?"
        r"(?P<place>\p{Lu}[\p{L}'\-]+(?:\s+\p{Lu}[\p{L}'\-]+)*)",
        regex.VERSION1,
    )
