"""Load and validate the rule files in rules/: facts, event words, word lists, name folds."""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import regex

from discrepancy.errors import RuleFileError
from discrepancy.model import Severity
from discrepancy.units import DIMENSIONS, unit_dimension

RULE_KINDS = ("count", "measure", "score", "day", "duration")
_RULE_KEYS = {
    "id", "label", "description", "kind", "severity", "triggers", "counted", "events", "rate",
    "example", "tolerance", "self_counting", "measure", "subject", "excludes", "variants",
    "updates", "of_person", "floors", "ordinals", "teams", "peak", "aspects", "tally",
    "aftermath", "exact", "event_words", "ordinal_nouns", "trigger_events", "parts", "gap_cues",
    "units", "fate", "counts_suspects",
}  # fmt: skip
_NEEDS_TRIGGERS = ("count", "measure", "score")
# The spelling of people's names: a fact every article is read for, built in rather than a rule
# file's, with the same kind of id so a desk can switch it off or change its severity.
NAME_SLOT = "names.spelling"
_ID_SHAPE = regex.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")


@dataclass(frozen=True, slots=True)
class RuleExample:
    text: str
    expect: str
    published: date | None
    line: int


@dataclass(frozen=True, slots=True)
class Rule:
    """One fact the checker reads, e.g. `casualties.killed`. The id never changes meaning."""

    id: str
    label: str
    description: str
    kind: str
    severity: Severity
    triggers: tuple[str, ...] = ()
    self_counting: frozenset[str] = frozenset()
    counted: frozenset[str] = frozenset()
    events: tuple[str, ...] = ()
    rate: bool = False
    tolerance: float = 0.0
    measure: str = ""  # for a measure rule: the dimension read, "speed", "money", "percent"...
    subject: bool = False  # a per-person fact (an age, a candidate's votes): needs whose it is
    excludes: tuple[str, ...] = ()  # words just before a figure that make it another fact
    variants: tuple[str, ...] = ()  # words before a trigger that name a different fact of it
    # Words that make a figure after "by" in their clause a gap between two sides, not what
    # either got: "leads the race by 936 votes", "cut his lead to 714 votes".
    gap_cues: tuple[str, ...] = ()
    # The units a measure is told in, when not every unit of its dimension: rain falls in
    # millimetres or inches; "snow falling to about 1,000 metres" is a height.
    units: frozenset[str] = frozenset()
    updates: bool = False  # a count that moves as news comes in (a toll): say which is newer
    # A fact of the person, not of an event (an age): one named person's figures always meet.
    of_person: bool = False
    # Triggers whose figure is only a floor of the fact: "23 bodies recovered" is at least 23 dead.
    floors: frozenset[str] = frozenset()
    # What befalls a person (killed, injured, missing, rescued): someone unnamed is known by it
    # ("a 67-year-old farmer was killed"), so their age is compared with their age elsewhere.
    fate: bool = False
    # Its count says how many suspects an article has: above one, "the suspect" names no one.
    counts_suspects: bool = False
    # "A fourth passenger died overnight": an ordinal before a trigger says the count reached it.
    ordinals: bool = False
    # "the second death in an outbreak", "claimed its first life": the Nth of these nouns says
    # the count stood at N then.
    ordinal_nouns: tuple[str, ...] = ()
    # A score's sides: the names around it key it, so two matches' scores never meet.
    teams: bool = False
    # The fact is a peak (a storm's winds): "winds of up to 150 mph" states the peak, 150, not a
    # ceiling of 0 to 150.
    peak: bool = False
    # Triggers that name a fact of their own within the rule: a council's budget is a cost,
    # but not the cost of a storm's damage. Trigger -> aspect; figures of two aspects never meet.
    aspects: tuple[tuple[str, str], ...] = ()
    # A vote's tally: "voted 31 to 24", "by 32 votes to 23" state two figures, for and against.
    tally: bool = False
    # A fact that follows the event (a fine, charges, a clean-up bill): dated by its own day,
    # a day or two after the event, it is still the article's own event's.
    aftermath: bool = False
    # A decided amount (a fine, damages): "3 million" is 3,000,000, not 2.5 to 3.5 million as a
    # measured figure written to one digit would be.
    exact: bool = False
    # For a day rule, the words of a category that date its event: an election is dated by
    # "the election", "the vote", "polls", not by "won" or "elected" (the count's day).
    event_words: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # The fact is a total of groups: "a patient and three crew members" on board, "140
    # passengers and six crew": a figure joined by 'and' to another group is only a floor.
    parts: bool = False
    # Triggers that serve the rule only in some kinds of event: "freed" counts the rescued in a
    # kidnapping, never the prisoners of a swap. Trigger -> event categories.
    trigger_events: tuple[tuple[str, tuple[str, ...]], ...] = ()
    examples: tuple[RuleExample, ...] = ()
    source: str = ""
    line: int = 0

    def dates_by(self, category: str, word: str) -> bool:
        """Does this word of the category date the rule's event?"""
        words = next((ws for c, ws in self.event_words if c == category), None)
        return words is None or word in words

    def narrows(self, trigger: str) -> bool:
        """Does `trigger_events` limit this trigger to some kinds of event? (Only then is the
        figure's event worth looking up.)"""
        return any(word == trigger for word, _ in self.trigger_events)

    def serves_in(self, trigger: str, category: str) -> bool:
        """Does this trigger serve the rule in an event of this category? Always, unless
        `trigger_events` narrows it."""
        categories = next((cs for word, cs in self.trigger_events if word == trigger), None)
        return categories is None or category in categories

    def aspect(self, trigger: str) -> str:
        """The aspect a trigger names ('budget'), or '' for the rule's plain fact."""
        return next((name for word, name in self.aspects if word == trigger), "")


@dataclass(frozen=True, slots=True)
class EventCategory:
    category: str
    words: tuple[str, ...]
    venue_identifies: bool = False
    cues: tuple[str, ...] = ()  # words that name no event but say which sense an article uses
    # Narrower categories its words also refer back to: "the attack" in a story of a stabbing.
    covers: tuple[str, ...] = ()
    reach_days: int = 0  # how many days after the covered event its words still refer to it
    runs_days: int = 0  # how many days one event of this kind can run on: a strike, a flood
    source: str = ""
    line: int = 0
    # For this category the people taking part name the event: the women's final (Sato and
    # Vollmer) is not the men's (Ferreyra and Dvorak), though both were finals that weekend.
    cast_identifies: bool = False
    # An occasion where something else happens: "killed in a crush during a league match" is a
    # story of the crush, so a lead that names both reports the crush.
    setting: bool = False
    # News that is its own telling: a recall or a closure happens the day it is announced, so
    # "said on Tuesday it would recall" dates the recall.
    announced: bool = False
    # A moment of whatever event the article leads with (the first emergency call): an article
    # tells of one, so two articles' are one moment of one story.
    part_of_lead: bool = False
    # Held across a whole country (a national election): "nationally" names its own reach, not
    # a wider one than the event's.
    nationwide: bool = False
    # An order that follows the article's own event (an evacuation order, a lockdown): a count
    # told with it is that event's ("1,400 people remain under an evacuation order" after a
    # derailment); its own length and hour stay its own.
    consequence: bool = False
    # Words that name this event only where their sentence names no other: "a boiler blew up"
    # is the blast, "a tanker collided with a minibus and exploded" the collision.
    alone_words: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class NameFold:
    pattern: str
    replace: str
    why: str
    source: str = ""
    line: int = 0


class Folds(tuple[NameFold, ...]):
    """The rulebook's folds, hashed once: every comparison of two names looks them up in a
    cache keyed by them, and a plain tuple of dataclasses rehashes every field each time."""

    _hash: int

    def __new__(cls, folds: Iterable[NameFold] = ()) -> Folds:
        made = super().__new__(cls, folds)
        made._hash = tuple.__hash__(made)
        return made

    def __hash__(self) -> int:
        return self._hash


@dataclass(frozen=True, slots=True)
class Rulebook:
    rules: tuple[Rule, ...]
    events: tuple[EventCategory, ...]
    folds: tuple[NameFold, ...]
    titles: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    vocab: Mapping[str, frozenset[str]] = field(default_factory=dict)
    other_event: tuple[str, ...] = ()
    # The built-in names.spelling fact: whether names are read at all, and the severity of a
    # likely misspelling.
    check_names: bool = True
    name_severity: Severity = Severity.MEDIUM
    # Spellings a desk knows are one person (configuration's `same_person`): compared as one.
    same_person: tuple[tuple[str, ...], ...] = ()
    # What was left out of the rules as read, each "PATH:LINE: why" (a fold pattern that
    # backtracks without end): the run goes on without it, and says so.
    warnings: tuple[str, ...] = ()
    # Lookups by id and by category, built once: alignment asks for them per pair of claims.
    _rules_by_id: Mapping[str, Rule] = field(default_factory=dict, compare=False, repr=False)
    _events_by_name: Mapping[str, EventCategory] = field(
        default_factory=dict, compare=False, repr=False
    )
    _person_of: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_rules_by_id", {r.id: r for r in reversed(self.rules)})
        object.__setattr__(self, "_events_by_name", {e.category: e for e in reversed(self.events)})
        people = {
            name_key(spelling): name_key(spellings[0])
            for spellings in self.same_person
            for spelling in spellings
        }
        object.__setattr__(self, "_person_of", people)

    def rule(self, rule_id: str) -> Rule:
        return self._rules_by_id[rule_id]

    def category(self, name: str) -> EventCategory | None:
        return self._events_by_name.get(name)

    def runs_days(self, name: str) -> int:
        category = self.category(name) if name else None
        return category.runs_days if category else 0

    def person(self, name: str) -> str | None:
        """The one key of a spelling listed in `same_person`, shared by the spellings listed with
        it; None for a spelling not listed."""
        return self._person_of.get(name_key(name))


def name_key(name: str) -> str:
    """A name as `same_person` matches it: case and spacing do not matter."""
    return " ".join(name.split()).casefold()


def default_rules_dir() -> Path:
    """The rules shipped with the tool: inside the package in a wheel, at the repo top otherwise."""
    packaged = Path(__file__).parent / "rules"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "rules"


def load_rulebook(folders: Sequence[Path] | None = None) -> Rulebook:
    """Read every `*.toml` file in the folders (default: the shipped rules); raise RuleFileError."""
    files = [f for folder in folders or [default_rules_dir()] for f in _rule_files(folder)]
    parsed = [(f, _read_toml(f)) for f in files]
    vocab = _collect_vocab(parsed)
    rules: list[Rule] = []
    events: list[EventCategory] = []
    folds: list[NameFold] = []
    name_words: dict[str, set[str]] = {"titles": set(), "not_names": set()}
    other_event: list[str] = []
    for path, (doc, lines) in parsed:
        rules.extend(_parse_rules(path, doc, lines, vocab))
        events.extend(_parse_events(path, doc, lines))
        folds.extend(_parse_folds(path, doc, lines))
        _merge_name_words(path, doc, lines, name_words)
        other_event.extend(_markers(path, doc, lines))
    _check_unique_ids(rules)
    _check_event_references(rules, events)
    folds, warnings = _safe_folds(folds)
    return Rulebook(
        tuple(rules),
        tuple(events),
        Folds(folds),
        frozenset(name_words["titles"]),
        frozenset(name_words["not_names"]),
        vocab,
        tuple(dict.fromkeys(other_event)),
        warnings=tuple(warnings),
    )


def _markers(path: Path, doc: Mapping[str, Any], lines: list[str]) -> list[str]:
    table = doc.get("markers", {})
    if not isinstance(table, dict):
        raise RuleFileError(str(path), _line_of(lines, "[markers]"), "'markers' must be a table")
    unknown = sorted(set(table) - {"other_event"})
    if unknown:
        line = _key_line(lines, 0, unknown[0])
        raise RuleFileError(str(path), line, f"unknown key '{unknown[0]}' in [markers]", unknown[0])
    line = _key_line(lines, 0, "other_event")
    return _word_list(table.get("other_event", []), path, line, "other_event")


def _merge_name_words(
    path: Path, doc: Mapping[str, Any], lines: list[str], into: dict[str, set[str]]
) -> None:
    table = doc.get("names", {})
    if not isinstance(table, dict):
        raise RuleFileError(str(path), _line_of(lines, "[names]"), "'names' must be a table")
    for key, words in table.items():
        if key not in into:
            raise RuleFileError(
                str(path), _key_line(lines, 0, key), f"unknown key '{key}' in [names]", key
            )
        into[key] |= set(_word_list(words, path, _key_line(lines, 0, key), key))


def _rule_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise RuleFileError(str(folder), None, "not a folder of rule files")
    files = sorted(folder.glob("*.toml"))
    if not files:
        raise RuleFileError(str(folder), None, "no .toml rule files in this folder")
    return files


def _read_toml(path: Path) -> tuple[dict[str, Any], list[str]]:
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(str(path), None, f"cannot read rule file: {exc}") from None
    try:
        return tomllib.loads(raw), raw.splitlines()
    except tomllib.TOMLDecodeError as exc:
        # Python 3.11 puts the position only in the message: "... (at line 11, column 13)".
        where = regex.search(r"\s*\(at line (\d+), column \d+\)", str(exc))
        line = int(where.group(1)) if where else None
        message = str(exc)[: where.start()] if where else str(exc)
        raise RuleFileError(str(path), line, f"not valid TOML: {message}") from None


def _collect_vocab(
    parsed: Iterable[tuple[Path, tuple[dict[str, Any], list[str]]]],
) -> dict[str, frozenset[str]]:
    vocab: dict[str, frozenset[str]] = {}
    for path, (doc, lines) in parsed:
        table = doc.get("vocab", {})
        if not isinstance(table, dict):
            raise RuleFileError(str(path), _line_of(lines, "[vocab]"), "'vocab' must be a table")
        for name, words in table.items():
            line = _key_line(lines, 0, name)
            vocab[name] = frozenset(_word_list(words, path, line, name))
    return vocab


def _parse_rules(
    path: Path, doc: Mapping[str, Any], lines: list[str], vocab: Mapping[str, frozenset[str]]
) -> list[Rule]:
    headers = _header_lines(lines, "[[rule]]")
    return [
        _parse_rule(path, table, headers[i] if i < len(headers) else 0, lines, vocab)
        for i, table in enumerate(_table_list(doc, "rule", path))
    ]


def _parse_rule(
    path: Path,
    table: Mapping[str, Any],
    line: int,
    lines: list[str],
    vocab: Mapping[str, frozenset[str]],
) -> Rule:
    def fail(message: str, key: str | None = None) -> RuleFileError:
        at = _key_line(lines, line, key) if key else line
        return RuleFileError(str(path), at, message, key)

    unknown = sorted(set(table) - _RULE_KEYS)
    if unknown:
        raise fail(f"unknown key '{unknown[0]}' in rule", unknown[0])
    for key in ("id", "label", "kind"):
        if not isinstance(table.get(key), str) or not table[key].strip():
            raise fail(f"rule needs a non-empty string '{key}'", key)
    rule_id, kind = table["id"], table["kind"]
    if not _ID_SHAPE.match(rule_id):
        raise fail(
            f"rule id '{rule_id}' must be dotted lower-case words, e.g. casualties.killed", "id"
        )
    if kind not in RULE_KINDS:
        raise fail(f"kind '{kind}' is not one of {', '.join(RULE_KINDS)}", "kind")
    severity = table.get("severity", "medium")
    if severity not in {s.value for s in Severity}:
        raise fail(f"severity '{severity}' is not high, medium, low or info", "severity")
    triggers = _word_list(
        table.get("triggers", []), path, _key_line(lines, line, "triggers"), "triggers"
    )
    per_person = bool(table.get("subject", False))
    if kind in _NEEDS_TRIGGERS and not triggers and not (kind == "measure" and per_person):
        raise fail(f"a {kind} rule needs 'triggers' (or, for a measure, 'subject')", "triggers")
    measure = table.get("measure", "")
    if kind == "measure" and measure not in DIMENSIONS:
        raise fail(f"measure '{measure}' is not one of {', '.join(DIMENSIONS)}", "measure")
    if kind != "measure" and measure:
        raise fail("'measure' belongs only to a measure rule", "measure")
    _words_of(table, "units", path, lines, line)  # a list of strings; kept as written ("MW")
    measure_units = [u.strip() for u in table.get("units", [])]
    strange = [u for u in measure_units if unit_dimension(u) != measure]
    if strange:
        raise fail(f"unit '{strange[0]}' is not a unit of {measure or 'a measure'}", "units")
    events = _word_list(table.get("events", []), path, _key_line(lines, line, "events"), "events")
    if kind in ("day", "duration") and not events:
        raise fail(f"a {kind} rule needs 'events' (categories from events.toml)", "events")
    counted = _expand_vocab(
        table.get("counted", []), vocab, path, _key_line(lines, line, "counted")
    )
    self_counting = _word_list(
        table.get("self_counting", []),
        path,
        _key_line(lines, line, "self_counting"),
        "self_counting",
    )
    stray = sorted(set(self_counting) - set(triggers))
    if stray:
        raise fail(f"self_counting word '{stray[0]}' is not one of the triggers", "self_counting")
    floors = _word_list(table.get("floors", []), path, _key_line(lines, line, "floors"), "floors")
    stray = sorted(set(floors) - set(triggers))
    if stray:
        raise fail(f"floors word '{stray[0]}' is not one of the triggers", "floors")
    aspects = _parse_aspects(table.get("aspects", {}), set(triggers), fail)
    trigger_events = _parse_trigger_events(table.get("trigger_events", {}), set(triggers), fail)
    of_person = bool(table.get("of_person", False))
    if of_person and not per_person:
        raise fail("'of_person' needs 'subject = true'", "of_person")
    tolerance = table.get("tolerance", 0.0)
    if not isinstance(tolerance, int | float) or not 0 <= tolerance < 1:
        raise fail("'tolerance' must be a number from 0 to 1", "tolerance")
    return Rule(
        id=rule_id,
        label=table["label"],
        description=str(table.get("description", "")),
        kind=kind,
        severity=Severity(severity),
        triggers=tuple(triggers),
        self_counting=frozenset(self_counting),
        counted=counted,
        events=tuple(events),
        rate=bool(table.get("rate", False)),
        tolerance=float(tolerance),
        measure=measure,
        subject=per_person,
        excludes=_words_of(table, "excludes", path, lines, line),
        variants=_words_of(table, "variants", path, lines, line),
        gap_cues=_words_of(table, "gap_cues", path, lines, line),
        units=frozenset(measure_units),
        updates=bool(table.get("updates", False)),
        of_person=of_person,
        floors=frozenset(floors),
        fate=bool(table.get("fate", False)),
        counts_suspects=bool(table.get("counts_suspects", False)),
        ordinals=bool(table.get("ordinals", False)),
        ordinal_nouns=_words_of(table, "ordinal_nouns", path, lines, line),
        teams=bool(table.get("teams", False)),
        peak=bool(table.get("peak", False)),
        aspects=tuple(aspects.items()),
        tally=bool(table.get("tally", False)),
        aftermath=bool(table.get("aftermath", False)),
        exact=bool(table.get("exact", False)),
        parts=bool(table.get("parts", False)),
        event_words=_parse_event_words(table.get("event_words", {}), fail),
        trigger_events=trigger_events,
        examples=_parse_examples(path, table.get("example", []), lines, line),
        source=str(path),
        line=line,
    )


def _parse_aspects(
    raw: Any, triggers: set[str], fail: Callable[[str, str | None], RuleFileError]
) -> dict[str, str]:
    """`aspects = { budget = ["budget", "spending plan"] }`: each trigger to its aspect's name."""
    if not isinstance(raw, Mapping):
        raise fail("'aspects' must be a table of name = [triggers]", "aspects")
    aspect_of: dict[str, str] = {}
    for name, words in raw.items():
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise fail(f"aspect '{name}' must be a list of trigger words", "aspects")
        for word in words:
            if word not in triggers:
                raise fail(f"aspects word '{word}' is not one of the triggers", "aspects")
            aspect_of[word] = name
    return aspect_of


def _parse_trigger_events(
    raw: Any, triggers: set[str], fail: Callable[[str, str | None], RuleFileError]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """`trigger_events = { freed = ["kidnapping"] }`: a trigger and the only kinds of event in
    which it serves the rule (checked against events.toml once all files are read)."""
    if not isinstance(raw, Mapping):
        raise fail("'trigger_events' must be a table of trigger = [categories]", "trigger_events")
    narrowed = []
    for word, categories in raw.items():
        if word not in triggers:
            raise fail(f"trigger_events word '{word}' is not one of the triggers", "trigger_events")
        if (
            not isinstance(categories, list)
            or not categories
            or not all(isinstance(c, str) for c in categories)
        ):
            raise fail(f"trigger_events '{word}' must be a list of categories", "trigger_events")
        narrowed.append((word, tuple(categories)))
    return tuple(narrowed)


def _parse_event_words(
    raw: Any, fail: Callable[[str, str | None], RuleFileError]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """`event_words = { election = ["election", "vote"] }`: the words that date a category."""
    if not isinstance(raw, Mapping):
        raise fail("'event_words' must be a table of category = [words]", "event_words")
    found = []
    for category, words in raw.items():
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise fail(f"event_words '{category}' must be a list of words", "event_words")
        found.append((str(category), tuple(w.lower() for w in words)))
    return tuple(found)


def _words_of(
    table: Mapping[str, Any], key: str, path: Path, lines: list[str], line: int
) -> tuple[str, ...]:
    return tuple(_word_list(table.get(key, []), path, _key_line(lines, line, key), key))


_EXAMPLE_KEYS = frozenset({"text", "expect", "published"})


def _parse_examples(
    path: Path, raw: Any, lines: list[str], rule_line: int
) -> tuple[RuleExample, ...]:
    if not isinstance(raw, list):
        raise RuleFileError(
            str(path), rule_line, "'example' must be a list of [[rule.example]] tables"
        )
    headers = [n for n in _header_lines(lines, "[[rule.example]]") if n > rule_line]
    examples = []
    for i, table in enumerate(raw):
        line = headers[i] if i < len(headers) else rule_line
        if not isinstance(table.get("text"), str) or not isinstance(table.get("expect"), str):
            raise RuleFileError(
                str(path), line, "an example needs string 'text' and 'expect'", "example"
            )
        stray = sorted(set(table) - _EXAMPLE_KEYS)
        if stray:
            # TOML puts a key written after an example's table in that table: a rule's
            # 'exact = true' below its examples would silently do nothing
            raise RuleFileError(
                str(path),
                _key_line(lines, line, stray[0]) or line,
                f"unknown key '{stray[0]}' in an example (a rule's keys go above its "
                "[[rule.example]] tables)",
                stray[0],
            )
        examples.append(
            RuleExample(table["text"], table["expect"], _example_date(path, table, line), line)
        )
    return tuple(examples)


def _example_date(path: Path, table: Mapping[str, Any], line: int) -> date | None:
    raw = table.get("published")
    if raw is None:
        return None
    if isinstance(raw, date):
        return raw
    try:
        return date.fromisoformat(str(raw))
    except ValueError:
        raise RuleFileError(
            str(path), line, f"'published' is not a date: '{raw}'", "published"
        ) from None


def _parse_events(path: Path, doc: Mapping[str, Any], lines: list[str]) -> list[EventCategory]:
    headers = _header_lines(lines, "[[event]]")
    events = []
    for i, table in enumerate(_table_list(doc, "event", path)):
        line = headers[i] if i < len(headers) else 0
        if not isinstance(table.get("category"), str):
            raise RuleFileError(str(path), line, "an event needs a string 'category'", "category")
        words = _word_list(table.get("words", []), path, _key_line(lines, line, "words"), "words")
        if not words:
            raise RuleFileError(str(path), line, "an event needs 'words'", "words")
        cues = _word_list(table.get("cues", []), path, _key_line(lines, line, "cues"), "cues")
        covers = _word_list(
            table.get("covers", []), path, _key_line(lines, line, "covers"), "covers"
        )
        alone = _word_list(
            table.get("alone_words", []), path, _key_line(lines, line, "alone_words"), "alone_words"
        )
        reach, runs = (_days(table, key, path, lines, line) for key in ("reach_days", "runs_days"))
        events.append(
            EventCategory(
                table["category"],
                tuple(words),
                bool(table.get("venue_identifies")),
                tuple(cues),
                tuple(covers),
                reach,
                runs,
                str(path),
                _key_line(lines, line, "covers") or line,
                cast_identifies=bool(table.get("cast_identifies")),
                setting=bool(table.get("setting")),
                announced=bool(table.get("announced")),
                part_of_lead=bool(table.get("part_of_lead")),
                nationwide=bool(table.get("nationwide")),
                consequence=bool(table.get("consequence")),
                alone_words=tuple(alone),
            )
        )
    return events


_MAX_DAYS = 60


def _days(table: Mapping[str, Any], key: str, path: Path, lines: list[str], line: int) -> int:
    value = table.get(key, 0)
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= _MAX_DAYS:
        where = _key_line(lines, line, key) or line
        raise RuleFileError(str(path), where, f"'{key}' must be 0 to {_MAX_DAYS}", key)
    return value


def _parse_folds(path: Path, doc: Mapping[str, Any], lines: list[str]) -> list[NameFold]:
    headers = _header_lines(lines, "[[fold]]")
    folds = []
    for i, table in enumerate(_table_list(doc, "fold", path)):
        line = headers[i] if i < len(headers) else 0
        pattern, replace = table.get("pattern"), table.get("replace")
        if not isinstance(pattern, str) or not isinstance(replace, str):
            raise RuleFileError(
                str(path), line, "a fold needs string 'pattern' and 'replace'", "pattern"
            )
        try:
            regex.compile(pattern)
        except regex.error as exc:
            raise RuleFileError(str(path), line, f"bad pattern: {exc}", "pattern") from None
        fold = NameFold(pattern, replace, str(table.get("why", "")), str(path), line)
        folds.append(fold)
    return folds


# A fold runs on every name of every article: one whose pattern backtracks without end on some
# spelling would hang the run. Each is tried once on spellings built to provoke that (runs of
# the letters it names, with a stray end), and left out if any takes longer than this.
FOLD_PROBE_SECONDS = 0.05
_PROBE_RUN = 40


def _probes(pattern: str) -> list[str]:
    letters = sorted({ch for ch in pattern.lower() if ch.isalpha()} | {"a"})
    runs = [ch * _PROBE_RUN for ch in letters]
    return [*runs, *(run + "!" for run in runs), "".join(letters) * 8 + "!"]


def _backtracks(fold: NameFold) -> bool:
    compiled = regex.compile(fold.pattern)
    try:
        for probe in _probes(fold.pattern):
            compiled.sub(fold.replace, probe, timeout=FOLD_PROBE_SECONDS)
    except TimeoutError:
        return True
    except (regex.error, IndexError):
        return False  # a bad group reference is the replacement's fault, reported elsewhere
    return False


def _safe_folds(folds: Sequence[NameFold]) -> tuple[list[NameFold], list[str]]:
    kept, warnings = [], []
    for fold in folds:
        if _backtracks(fold):
            warnings.append(
                f"{fold.source}:{fold.line}: fold pattern '{fold.pattern}' backtracks without "
                "end on some names (it took too long on a test spelling): left out"
            )
        else:
            kept.append(fold)
    return kept, warnings


def _table_list(doc: Mapping[str, Any], key: str, path: Path) -> list[Mapping[str, Any]]:
    raw = doc.get(key, [])
    if not isinstance(raw, list) or not all(isinstance(t, dict) for t in raw):
        raise RuleFileError(str(path), None, f"'{key}' must be written as [[{key}]] tables", key)
    return raw


def _word_list(raw: Any, path: Path, line: int | None, key: str) -> list[str]:
    if not isinstance(raw, list) or not all(isinstance(w, str) and w.strip() for w in raw):
        raise RuleFileError(str(path), line, f"'{key}' must be a list of non-empty strings", key)
    return [w.strip().lower() for w in raw]


def _expand_vocab(
    raw: Any, vocab: Mapping[str, frozenset[str]], path: Path, line: int | None
) -> frozenset[str]:
    words: set[str] = set()
    for word in _word_list(raw, path, line, "counted"):
        if word.startswith("@"):
            if word[1:] not in vocab:
                raise RuleFileError(
                    str(path), line, f"no word list '{word[1:]}' in [vocab]", "counted"
                )
            words |= vocab[word[1:]]
        else:
            words.add(word)
    return frozenset(words)


def _check_unique_ids(rules: Sequence[Rule]) -> None:
    seen: dict[str, Rule] = {}
    for rule in rules:
        if rule.id in seen:
            first = seen[rule.id]
            message = f"rule id '{rule.id}' is already used at {first.source}:{first.line}"
            raise RuleFileError(rule.source, rule.line, message, "id")
        seen[rule.id] = rule


def _check_event_references(rules: Sequence[Rule], events: Sequence[EventCategory]) -> None:
    known = {e.category for e in events}
    for rule in rules:
        for name in rule.events:
            if name not in known:
                message = f"event category '{name}' is not defined in any [[event]] table"
                raise RuleFileError(rule.source, rule.line, message, "events")
        for _, categories in rule.trigger_events:
            for name in categories:
                if name not in known:
                    message = f"event category '{name}' is not defined in any [[event]] table"
                    raise RuleFileError(rule.source, rule.line, message, "trigger_events")
    for event in events:
        for name in event.covers:
            if name not in known:
                message = f"event category '{name}' is not defined in any [[event]] table"
                raise RuleFileError(event.source, event.line, message, "covers")


def _header_lines(lines: list[str], header: str) -> list[int]:
    return [n for n, text in enumerate(lines, start=1) if text.strip() == header]


def _line_of(lines: list[str], text: str) -> int | None:
    return next((n for n, line in enumerate(lines, start=1) if line.strip() == text), None)


def _key_line(lines: list[str], after: int, key: str | None) -> int | None:
    """The first line at or after `after` that assigns `key`, so errors point at the key."""
    if key is None:
        return after or None
    pattern = regex.compile(rf"^\s*{regex.escape(key)}\s*=")
    for n in range(max(after, 1), len(lines) + 1):
        if pattern.match(lines[n - 1]):
            return n
    return after or None
