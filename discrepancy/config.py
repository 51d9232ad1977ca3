"""A desk's settings: `discrepancy.toml`, or `[tool.discrepancy]` in `pyproject.toml`.

The file is found from the current folder upwards: the nearest folder with a `discrepancy.toml`
or a `pyproject.toml` that has a `[tool.discrepancy]` table (a pyproject without one is passed
over); in one folder `discrepancy.toml` wins. Every setting keeps where its value came from
(`default`, `PATH:LINE`, or `command line`), so `discrepancy config` can say why a run behaves
as it does, and every error names the file and line: "PATH:LINE: message".

Only `find_config` and `load_settings` read files; the rest are pure functions over frozen
records: `parse_settings` (a file's text to Settings), `override` (command-line options win),
`configure_rulebook` (disable and severity applied to a Rulebook), `rename_outlets`, `fails`.
Paths in a file (rules, out_dir, accepted) are relative to the file's folder; defaults and
command-line paths to the current folder.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from difflib import get_close_matches
from enum import StrEnum
from pathlib import Path, PurePath
from typing import Any, Generic, TypeVar

from discrepancy.defaults import ABOUT_TOLERANCE
from discrepancy.errors import ConfigError
from discrepancy.model import Article, Finding, FindingKind, Severity
from discrepancy.rulebook import NAME_SLOT, Rulebook

CONFIG_FILE = "discrepancy.toml"
PYPROJECT = "pyproject.toml"
ACCEPTED_FILE = ".discrepancy-accepted.toml"
DEFAULT = "default"
COMMAND_LINE = "command line"
MAX_ABOUT_TOLERANCE = 0.9

T = TypeVar("T")


class ReportFormat(StrEnum):
    """What `check` prints."""

    TABLE = "table"
    JSON = "json"
    MARKDOWN = "markdown"
    GITHUB = "github"


class FailOn(StrEnum):
    """The least severe conflict that makes `check` exit 1; `never` only reports."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    NEVER = "never"


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    """A value in force and where it came from: `default`, `PATH:LINE` or `command line`."""

    value: T
    source: str = DEFAULT


def _empty_map() -> Setting[Mapping[str, Any]]:
    return Setting({})


@dataclass(frozen=True, slots=True)
class Settings:
    """Every setting in force. `file` is the configuration file read, if any."""

    file: Path | None = None
    rules: Setting[tuple[Path, ...]] = Setting(())
    default_rules: Setting[bool] = Setting(True)
    disable: Setting[tuple[str, ...]] = Setting(())
    severity: Setting[Mapping[str, Severity]] = field(default_factory=_empty_map)
    fail_on: Setting[FailOn] = Setting(FailOn.LOW)
    about_tolerance: Setting[float] = Setting(ABOUT_TOLERANCE)
    same_person: Setting[tuple[tuple[str, ...], ...]] = Setting(())
    outlets: Setting[Mapping[str, str]] = field(default_factory=_empty_map)
    format: Setting[ReportFormat] = Setting(ReportFormat.TABLE)
    out_dir: Setting[Path] = Setting(Path("reports"))
    accepted: Setting[Path] = Setting(Path(ACCEPTED_FILE))
    # The line of each rule id named under `disable` or `severity`, keyed (setting, id): the
    # ids are checked against the rulebook later, and an unknown one must still point at its line.
    id_lines: Mapping[tuple[str, str], int] = field(default_factory=dict, compare=False)


# The settings in the order `discrepancy config` shows them.
NAMES = tuple(f.name for f in dataclasses.fields(Settings) if f.name not in ("file", "id_lines"))
SEVERITIES = tuple(s.value for s in Severity)


# --- finding and reading the file: the only I/O ------------------------------------------------


def find_config(start: Path) -> Path | None:
    """The configuration file that applies in `start`: the nearest folder, from `start` up to
    the root, with a `discrepancy.toml` or a `pyproject.toml` that has `[tool.discrepancy]`."""
    for folder in (start, *start.parents):
        own = folder / CONFIG_FILE
        if own.is_file():
            return own
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and _has_our_table(pyproject):
            return pyproject
    return None


def _has_our_table(pyproject: Path) -> bool:
    """Whether a pyproject.toml configures discrepancy. One that never names it is passed over
    unparsed, so another tool's broken pyproject does not stop a check."""
    text = _read(pyproject)
    if "discrepancy" not in text:
        return False
    tool = _parse_toml(text, pyproject).get("tool", {})
    return isinstance(tool, dict) and "discrepancy" in tool


def load_settings(path: Path) -> Settings:
    """Read and validate a configuration file (`discrepancy.toml`, or a `pyproject.toml`'s
    `[tool.discrepancy]`); raise ConfigError "PATH:LINE: message" for anything wrong in it."""
    return parse_settings(_read(path), path)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(str(path), None, "no such configuration file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), None, f"cannot read the configuration: {exc}") from None


# --- parsing: pure -----------------------------------------------------------------------------


def parse_settings(text: str, path: Path) -> Settings:
    """The settings a configuration file's text gives, every other one at its default."""
    doc = _parse_toml(text, path)
    section: tuple[str, ...] = ()
    if path.name == PYPROJECT:
        section = ("tool", "discrepancy")
        tool = doc.get("tool", {})
        table: Any = tool.get("discrepancy", {}) if isinstance(tool, dict) else {}
    else:
        table = doc
    where = _Locator(str(path), text.splitlines(), section)
    if not isinstance(table, dict):
        raise where.error((), "[tool.discrepancy] must be a table")
    unknown = sorted(set(table) - set(NAMES))
    if unknown:
        hint = _did_you_mean(unknown[0], NAMES)
        raise where.error((unknown[0],), f"unknown setting '{unknown[0]}'{hint}")
    base = path.parent
    values: dict[str, Any] = {
        "accepted": Setting(base / ACCEPTED_FILE),  # beside the file that configures the desk
    }
    id_lines: dict[tuple[str, str], int] = {}
    for name, raw in table.items():
        value = _PARSERS[name](raw, where, base)
        values[name] = Setting(value, f"{path}:{where.line((name,))}")
        if name == "disable":
            id_lines.update((("disable", i), where.item_line((name,), i)) for i in value)
        elif name == "severity":
            id_lines.update((("severity", i), where.line((name, i))) for i in value)
    return replace(Settings(file=path, id_lines=id_lines), **values)


def _parse_toml(text: str, path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # Python 3.11 puts the position only in the message: "... (at line 11, column 13)".
        found = re.search(r"\s*\(at line (\d+), column \d+\)", str(exc))
        line = int(found.group(1)) if found else None
        message = str(exc)[: found.start()] if found else str(exc)
        raise ConfigError(str(path), line, f"not valid TOML: {message}") from None


class _Locator:
    """Finds the line of a key (or of an item in a list) in a TOML file, to point errors and
    sources at it. TOML parsers keep no positions, so this reads the lines: table headers,
    `key =` lines (dotted and quoted keys too), and list items by their quoted text."""

    _HEADER = re.compile(r"^\s*\[\[?\s*([^\[\]]+?)\s*\]\]?\s*(?:#.*)?$")
    _PART = r"""(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')"""
    _KEY = re.compile(rf"^\s*({_PART}(?:\s*\.\s*{_PART})*)\s*=")

    def __init__(self, path: str, lines: Sequence[str], section: tuple[str, ...]) -> None:
        self.path, self.lines, self.section = path, lines, section
        self.first: dict[tuple[str, ...], int] = {}
        current: tuple[str, ...] = ()
        for number, text in enumerate(lines, start=1):
            header = self._HEADER.match(text)
            key = None if header else self._KEY.match(text)
            if header:
                current = _split_key(header.group(1))
                self._note(current, number)
            elif key:
                self._note((*current, *_split_key(key.group(1))), number)

    def _note(self, path: tuple[str, ...], number: int) -> None:
        for end in range(1, len(path) + 1):
            self.first.setdefault(path[:end], number)

    def line(self, keys: tuple[str, ...]) -> int:
        """The line of the longest found prefix of `keys` in the section; else line 1."""
        full = (*self.section, *keys)
        for end in range(len(full), 0, -1):
            if full[:end] in self.first:
                return self.first[full[:end]]
        return 1

    def item_line(self, keys: tuple[str, ...], item: str) -> int:
        """The line of a list item, written as a quoted string at or after its key's line."""
        start = self.line(keys)
        quoted = re.compile(rf"""(["']){re.escape(item)}\1""")
        for number in range(start, len(self.lines) + 1):
            if quoted.search(self.lines[number - 1]):
                return number
        return start

    def error(self, keys: tuple[str, ...], message: str) -> ConfigError:
        return ConfigError(self.path, self.line(keys), message)


def _split_key(text: str) -> tuple[str, ...]:
    """`tool.discrepancy.severity."casualties.killed"` into its parts, quotes removed."""
    parts = re.findall(r"""\s*("[^"]*"|'[^']*'|[^.\s]+)\s*(?:\.|$)""", text)
    return tuple(p[1:-1] if p[:1] in "\"'" else p for p in parts)


def _did_you_mean(word: str, choices: Iterable[str]) -> str:
    close = get_close_matches(word, list(choices), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _strings(raw: Any, name: str, where: _Locator, what: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(x, str) and x.strip() for x in raw):
        raise where.error((name,), f"'{name}' must be a list of {what} (non-empty strings)")
    return tuple(x.strip() for x in raw)


def _choice(raw: Any, name: str, where: _Locator, choices: Sequence[str]) -> str:
    if not isinstance(raw, str) or raw not in choices:
        shown = f"'{raw}'" if isinstance(raw, str) else _toml_type(raw)
        listed = ", ".join(f'"{c}"' for c in choices)
        raise where.error((name,), f"'{name}' is {shown}: expected one of {listed}")
    return raw


def _table(raw: Any, name: str, where: _Locator) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise where.error((name,), f"'{name}' must be a table, not {_toml_type(raw)}")
    return raw


def _toml_type(raw: Any) -> str:
    """What a TOML value is, in words: "an integer", "a table"."""
    kinds: tuple[tuple[type, str], ...] = (
        (bool, "a boolean"), (int, "an integer"), (float, "a float"), (str, "a string"),
        (list, "a list"), (dict, "a table"),
    )  # fmt: skip
    return next((word for kind, word in kinds if isinstance(raw, kind)), "a date or time")


def _rules(raw: Any, where: _Locator, base: Path) -> tuple[Path, ...]:
    return tuple(base / folder for folder in _strings(raw, "rules", where, "folders"))


def _default_rules(raw: Any, where: _Locator, base: Path) -> bool:
    if not isinstance(raw, bool):
        raise where.error(("default_rules",), "'default_rules' must be true or false")
    return raw


def _disable(raw: Any, where: _Locator, base: Path) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_strings(raw, "disable", where, "rule ids")))


def _severity(raw: Any, where: _Locator, base: Path) -> dict[str, Severity]:
    table = _table(raw, "severity", where)
    out = {}
    for rule_id, word in table.items():
        if not isinstance(word, str) or word not in SEVERITIES:
            shown = f"'{word}'" if isinstance(word, str) else _toml_type(word)
            message = f"severity of '{rule_id}' is {shown}: expected high, medium, low or info"
            raise where.error(("severity", rule_id), message)
        out[rule_id] = Severity(word)
    return out


def _fail_on(raw: Any, where: _Locator, base: Path) -> FailOn:
    return FailOn(_choice(raw, "fail_on", where, [f.value for f in FailOn]))


def _about_tolerance(raw: Any, where: _Locator, base: Path) -> float:
    ok = isinstance(raw, int | float) and not isinstance(raw, bool)
    if not ok or not 0 <= raw <= MAX_ABOUT_TOLERANCE:
        raise where.error(
            ("about_tolerance",),
            f"'about_tolerance' must be a number from 0 to {MAX_ABOUT_TOLERANCE} (0.1 reads "
            "'about 1,000' as 900 to 1,100)",
        )
    return float(raw)


def _same_person(raw: Any, where: _Locator, base: Path) -> tuple[tuple[str, ...], ...]:
    groups = []
    seen: dict[str, int] = {}
    if not isinstance(raw, list):
        raise where.error(("same_person",), "'same_person' must be a list of lists of names")
    for number, group in enumerate(raw):
        names = _strings(group, "same_person", where, "names") if isinstance(group, list) else ()
        if len(names) < 2:
            raise where.error(
                ("same_person",),
                "each entry of 'same_person' must be a list of two or more spellings of one "
                'name, e.g. ["Volodymyr Zelenskyy", "Vlodomyr Zelenskyy"]',
            )
        for name in names:
            key = " ".join(name.split()).casefold()
            if seen.setdefault(key, number) != number:
                line = where.item_line(("same_person",), name)
                raise ConfigError(where.path, line, f"'{name}' is in two 'same_person' lists")
        groups.append(names)
    return tuple(groups)


def _outlets(raw: Any, where: _Locator, base: Path) -> dict[str, str]:
    table = _table(raw, "outlets", where)
    for key, name in table.items():
        if not isinstance(name, str) or not name.strip():
            message = f"the outlet name for '{key}' must be a non-empty string"
            raise where.error(("outlets", key), message)
    return {key: name.strip() for key, name in table.items()}


def _format(raw: Any, where: _Locator, base: Path) -> ReportFormat:
    return ReportFormat(_choice(raw, "format", where, [f.value for f in ReportFormat]))


def _path(name: str) -> Any:
    def parse(raw: Any, where: _Locator, base: Path) -> Path:
        if not isinstance(raw, str) or not raw.strip():
            raise where.error((name,), f"'{name}' must be a path (a non-empty string)")
        return base / raw.strip()

    return parse


_PARSERS: dict[str, Any] = {
    "rules": _rules,
    "default_rules": _default_rules,
    "disable": _disable,
    "severity": _severity,
    "fail_on": _fail_on,
    "about_tolerance": _about_tolerance,
    "same_person": _same_person,
    "outlets": _outlets,
    "format": _format,
    "out_dir": _path("out_dir"),
    "accepted": _path("accepted"),
}


# --- using the settings: pure ------------------------------------------------------------------


def override(settings: Settings, **options: Any) -> Settings:
    """The settings with each option given on the command line (not None) in force instead."""
    unknown = sorted(set(options) - set(NAMES))
    if unknown:
        raise TypeError(f"not a setting: {', '.join(unknown)}")
    given: dict[str, Any] = {
        name: Setting(v, COMMAND_LINE) for name, v in options.items() if v is not None
    }
    return replace(settings, **given)


def rule_folders(settings: Settings, default_folder: Path) -> list[Path]:
    """The rule folders in force: the shipped rules unless switched off, then the desk's."""
    return ([default_folder] if settings.default_rules.value else []) + list(settings.rules.value)


def configure_rulebook(rulebook: Rulebook, settings: Settings) -> Rulebook:
    """The rulebook with the desk's `disable`, `severity` and `same_person` applied.

    Raises ConfigError, at the line of the id, for a rule id the rulebook does not have.
    `names.spelling` is the built-in name check: disabling it stops names being read.
    """
    known = {r.id for r in rulebook.rules} | {NAME_SLOT}
    disabled = set(settings.disable.value)
    severity = settings.severity.value
    for setting, ids in (("disable", disabled), ("severity", set(severity))):
        for rule_id in sorted(ids - known):
            line = settings.id_lines.get((setting, rule_id))
            where = _source_path(getattr(settings, setting).source)
            message = f"unknown rule id '{rule_id}' in '{setting}'{_did_you_mean(rule_id, known)}"
            raise ConfigError(where, line, message + "; `discrepancy rules` lists them")
    rules = tuple(
        replace(rule, severity=severity.get(rule.id, rule.severity))
        for rule in rulebook.rules
        if rule.id not in disabled
    )
    return replace(
        rulebook,
        rules=rules,
        check_names=rulebook.check_names and NAME_SLOT not in disabled,
        name_severity=severity.get(NAME_SLOT, rulebook.name_severity),
        same_person=(*rulebook.same_person, *settings.same_person.value),
    )


def _source_path(source: str) -> str:
    """`PATH:LINE` without its line; the source as it is otherwise."""
    path, sep, line = source.rpartition(":")
    return path if sep and line.isdigit() else source


def rename_outlets(articles: Sequence[Article], outlets: Mapping[str, str]) -> tuple[Article, ...]:
    """Each article with the display name `outlets` gives it, looked up by the article's id,
    its file name, its path as given, then the outlet its front matter names."""
    if not outlets:
        return tuple(articles)
    renamed = []
    for article in articles:
        keys = (article.id, PurePath(article.path).name, article.path, article.outlet)
        name = next((outlets[k] for k in keys if k is not None and k in outlets), None)
        renamed.append(article if name is None else replace(article, outlet=name))
    return tuple(renamed)


def fails(findings: Iterable[Finding], fail_on: FailOn) -> bool:
    """Whether the run should exit 1: a conflict at or above `fail_on` was found."""
    if fail_on == FailOn.NEVER:
        return False
    least = Severity(fail_on.value).rank
    return any(f.kind == FindingKind.CONFLICT and f.severity.rank >= least for f in findings)


def rows(settings: Settings) -> list[tuple[str, str, str]]:
    """(name, value as text, source) of every setting, for `discrepancy config`."""
    values = plain(settings)
    return [(name, _text(values[name]), _setting(settings, name).source) for name in NAMES]


def plain(settings: Settings) -> dict[str, Any]:
    """Every setting's value as JSON would hold it: paths and enums as strings."""
    return {name: _plain(_setting(settings, name).value) for name in NAMES}


def _setting(settings: Settings, name: str) -> Setting[Any]:
    value: Setting[Any] = getattr(settings, name)
    return value


def _plain(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, PurePath):
        return str(value)
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return ", ".join(f"{k} = {_text(v)}" for k, v in value.items()) or "(none)"
    if isinstance(value, list):
        return ", ".join(f"[{_text(v)}]" if isinstance(v, list) else _text(v) for v in value) or (
            "(none)"
        )
    return str(value)
