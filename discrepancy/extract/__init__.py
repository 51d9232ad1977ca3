"""Read an article's claims: numbers, days and durations tied to the rules' facts, and names.

The package splits the reading by job; `extraction` runs them all for one article:

  rules        the rulebook compiled into one matcher (`compile_rules`)
  text         one article's normalised body and its indexes, which every reader asks
  counts       counts tied to a rule's trigger ('seven people were killed'), with
  counted        what a number counts and which trigger it belongs to
  measures     money, percentages, ages, speeds, durations and scores
  times        days and durations tied to an event word
  spellings    the spellings of people's full names
  subjects     whose figure it is: a person, a role, a party, two teams
  events       the event a claim reports: its word, day, name, places and people
  anchors      which written day dates an event (and which date something else)
  days         a written day made as precise as the article allows
  attribution  who said it
  figures      comparison bases, exclusions and rates around a figure
  lead         the article's own event, and each claim tied to it
"""

from __future__ import annotations

# The parsers first, as the single extract.py did. Their import builds large tries by recursion,
# and on CPython 3.11 the stack depth that runs at decides how often the interpreter maps and
# unmaps a 16 KiB frame chunk: reached first from deep inside this package's import chain, they
# doubled that churn and added about 50 ms to every start-up.
from discrepancy import quantities, units, when  # noqa: F401
from discrepancy.extract._common import MAX_TRIGGER_DISTANCE
from discrepancy.extract.counted import MAX_NOUN_DISTANCE, MAX_SELF_COUNTING_AFTER
from discrepancy.extract.extraction import Extraction, extract, extract_claims
from discrepancy.extract.measures import MAX_AGE
from discrepancy.extract.rules import CompiledRules, Phrase, compile_rules
from discrepancy.rulebook import NAME_SLOT

__all__ = [
    "MAX_AGE",
    "MAX_NOUN_DISTANCE",
    "MAX_SELF_COUNTING_AFTER",
    "MAX_TRIGGER_DISTANCE",
    "NAME_SLOT",
    "CompiledRules",
    "Extraction",
    "Phrase",
    "compile_rules",
    "extract",
    "extract_claims",
]
