"""Read one article: run every claim reader, find the lead and tie the claims to it.

The entry point of the package (`extract`, `extract_claims`); the readers themselves live in
`counts`, `measures`, `times` and `spellings`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from discrepancy.extract.counts import _count_claims
from discrepancy.extract.events import _of_other_events
from discrepancy.extract.lead import _lead, _relate_to_lead
from discrepancy.extract.measures import _measure_claims
from discrepancy.extract.rules import CompiledRules
from discrepancy.extract.scope import _scoped
from discrepancy.extract.spellings import _name_claims
from discrepancy.extract.tallies import _tally_claims
from discrepancy.extract.text import _Text
from discrepancy.extract.times import _time_claims
from discrepancy.model import Article, Claim, Day, Lead
from discrepancy.rulebook import Rulebook


@dataclass(frozen=True, slots=True)
class Extraction:
    claims: tuple[Claim, ...]
    lead: Lead | None


def extract(article: Article, rules: CompiledRules) -> Extraction:
    """Every claim the rules find in the article, in text order, and what its lead reports."""
    text = _Text(article, rules)
    claims = [
        *_count_claims(text),
        *_tally_claims(text),
        *_measure_claims(text),
        *_time_claims(text),
        *(_name_claims(text) if rules.rulebook.check_names else ()),
    ]
    lead = _lead(text)
    claims = _of_other_events(text, _date_named_events(claims))
    claims = [
        _relate_to_lead(_scoped(text, c, lead), lead, article, rules.rulebook) for c in claims
    ]
    claims = [c for c in _suspect_of_many(claims, rules.rulebook) if not _in_a_note(c)]
    claims.sort(key=lambda c: (c.start, c.slot))
    return Extraction(tuple(claims), lead)


def _in_a_note(claim: Claim) -> bool:
    """A transcript's bracketed note ("[Transcript, Radio Derby Breakfast, 07:10 news]") says
    when the programme aired, not when anything happened."""
    written = claim.sentence.strip()
    return written.startswith("[") and written.endswith("]")


_SUSPECT = "suspect"


def _suspect_of_many(claims: list[Claim], rulebook: Rulebook) -> list[Claim]:
    """'The man believed to run the operation, a 44-year-old' in an article of seventeen
    arrests is one suspect of many: another report's named suspect, 34, may be someone else.
    'Suspect' keys a person only in an article that tells of one arrest at most (a count of a
    rule marked `counts_suspects`)."""
    counting = {r.id for r in rulebook.rules if r.counts_suspects}
    many = any(
        c.slot in counting
        and not c.event.distinct
        and c.interval is not None
        and c.interval.low is not None
        and c.interval.low > 1
        for c in claims
    )
    if not many:
        return claims
    kept = []
    for claim in claims:
        keys = claim.subject.split("|") if claim.subject else []
        if _SUSPECT in keys:
            keys = [k for k in keys if k != _SUSPECT]
            if not keys:
                continue  # known only as the suspect: which one is not said
            claim = replace(claim, subject="|".join(keys))
        kept.append(claim)
    return kept


def _date_named_events(claims: Sequence[Claim]) -> list[Claim]:
    """'Storm Cato, on Monday February 16, was worse. ... Storm Cato claimed three lives': a
    named event keeps the day the article gave it, wherever its figures stand."""
    days: dict[str, Day] = {}
    for claim in claims:
        if claim.event.name and claim.event.anchor is not None:
            days.setdefault(claim.event.name, claim.event.anchor)
    return [
        replace(c, event=replace(c.event, anchor=days[c.event.name]))
        if c.event.name in days and c.event.anchor is None
        else c
        for c in claims
    ]


def extract_claims(article: Article, rules: CompiledRules) -> tuple[Claim, ...]:
    return extract(article, rules).claims
