"""The rulebook compiled for reading: one matcher for every trigger, event word and cue.

Built once per run and handed to every article, so it stands apart from the per-article text.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from discrepancy import quantities
from discrepancy.defaults import ABOUT_TOLERANCE
from discrepancy.rulebook import Rule, Rulebook


@dataclass(frozen=True, slots=True)
class Phrase:
    """A rule trigger or an event word found in the text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class CompiledRules:
    """The rulebook turned into one matcher, built once per run."""

    rulebook: Rulebook
    pattern: regex.Pattern[str]
    triggers: dict[str, tuple[Rule, ...]]
    categories: dict[str, str]  # an event word's category (its first, for ambiguous words)
    ambiguous: dict[str, tuple[str, ...]]  # "strike": attack or labour, as the article shows
    cues: dict[str, str]  # "union": no event, but a vote for the labour sense of "strike"
    alone: frozenset[str]  # "exploded": an event word only where no other stands by it
    nouns: frozenset[str]
    other_event_pattern: regex.Pattern[str]
    about_tolerance: float = ABOUT_TOLERANCE


def compile_rules(rulebook: Rulebook, *, about_tolerance: float = ABOUT_TOLERANCE) -> CompiledRules:
    """`about_tolerance`: the half-width of 'about 1,000' as a share of it (0.1: 900 to 1,100)."""
    triggers: dict[str, list[Rule]] = {}
    for rule in rulebook.rules:
        for word in rule.triggers:
            triggers.setdefault(word, []).append(rule)
    senses: dict[str, list[str]] = {}
    for event in rulebook.events:
        for word in (*event.words, *event.alone_words):
            senses.setdefault(word, []).append(event.category)
    alone = frozenset(w for event in rulebook.events for w in event.alone_words)
    categories = {word: found[0] for word, found in senses.items()}
    ambiguous = {word: tuple(found) for word, found in senses.items() if len(found) > 1}
    cues = {word: e.category for e in rulebook.events for word in e.cues if word not in senses}
    phrases = sorted(set(triggers) | set(categories) | set(cues), key=len, reverse=True)
    # One trie of every phrase: it fails on a first letter, not once per phrase (the phrase
    # list grew past 600), and still prefers the longest phrase.
    pattern = regex.compile(r"\b(?:" + quantities.word_alternation(phrases) + r")\b", regex.I)
    nouns = frozenset(w for rule in rulebook.rules for w in rule.counted)
    markers = "|".join(regex.escape(m) for m in rulebook.other_event) or r"(?!)"
    # The marker, then at most two adjectives, right before the event word.
    # ... or "a second, smaller eruption": the adjectives may be set apart by commas
    other_event = regex.compile(rf"\b(?:{markers}),?\s+(?:[\w'\-]+,?\s+){{0,2}}$")
    return CompiledRules(
        rulebook,
        pattern,
        {k: tuple(v) for k, v in triggers.items()},
        categories,
        ambiguous,
        cues,
        alone,
        nouns,
        other_event,
        about_tolerance,
    )
