"""Articles as JSON records: `.json` (one object, or a list of them) and `.jsonl` (one a line).

A record is an object with `text` (a non-empty string, required) and, optionally, `title`,
`url`, `outlet` (or `source`) and `published` (or `date`: YYYY-MM-DD or an ISO datetime, whose
day is taken as written). Other keys are ignored. A bad record is a `BadRecord` naming its line
(JSON Lines) or its place in the list (JSON), so the other records are still read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from discrepancy.inputs import Unreadable, one_line, parse_day

# JSON strings cannot hold a raw CR or LF, so these are the only line ends; str.splitlines would
# also split at U+2028 and others, which a JSON string may hold as they are.
_LINE_END = re.compile(r"\r\n|\r|\n")
_OPTIONAL_TEXT_FIELDS = ("title", "url", "outlet", "source")
_MAX_QUOTED = 40


@dataclass(frozen=True, slots=True)
class Record:
    """One article's text and metadata; `number` is its line (JSON Lines) or place (a list)."""

    number: int | None
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None


@dataclass(frozen=True, slots=True)
class BadRecord:
    """A record that cannot be an article: `where` is "line 3" or "record 2"."""

    where: str
    message: str
    # No 'text' at all: another kind of JSON (a gold file, a settings file), not a broken article.
    not_an_article: bool = False

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def parse_json(raw: str) -> list[Record | BadRecord]:
    """The records of a JSON document: one object (number None), or a list (numbered from 1)."""
    try:
        document = json.loads(raw.lstrip("\ufeff"))
    except json.JSONDecodeError as error:
        if error.msg == "Extra data" and sniff_records(raw) == "jsonl":
            return parse_jsonl(raw)  # JSON Lines saved as .json: read it as what it is
        raise Unreadable(
            f"invalid JSON at line {error.lineno}, column {error.colno}: {_reason(error)}"
        ) from None
    except RecursionError:
        raise Unreadable("invalid JSON: nested too deeply") from None
    if isinstance(document, dict):
        return [_record(document, None, "record")]
    if isinstance(document, list):
        if not document:
            raise Unreadable("the JSON list has no records")
        return [
            _record(item, number, f"record {number}")
            for number, item in enumerate(document, start=1)
        ]
    raise Unreadable("JSON is neither an article object nor a list of them")


def parse_jsonl(raw: str) -> list[Record | BadRecord]:
    """The records of a JSON Lines document, numbered by line; blank lines are skipped."""
    records: list[Record | BadRecord] = []
    for number, line in enumerate(_LINE_END.split(raw.lstrip("\ufeff")), start=1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            records.append(
                BadRecord(where, f"invalid JSON at column {error.colno}: {_reason(error)}")
            )
            continue
        except RecursionError:
            records.append(BadRecord(where, "invalid JSON: nested too deeply"))
            continue
        records.append(_record(item, number, where))
    return records


def parse_parquet(path: str) -> list[Record | BadRecord]:
    """The rows of a Parquet file of articles, with the JSON records' columns; needs pyarrow."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise Unreadable("reading Parquet needs pyarrow: pip install 'discrepancy[dask]'") from None
    try:
        rows = pq.read_table(path).to_pylist()
    except Exception as error:  # pyarrow raises its own errors for a damaged file
        raise Unreadable(f"not a readable Parquet file ({one_line(str(error))})") from None
    return [_record(_as_json(row), n, f"row {n}") for n, row in enumerate(rows, start=1)]


def _as_json(row: Mapping[str, Any]) -> dict[str, Any]:
    """A Parquet date or timestamp column read as the JSON records' YYYY-MM-DD text."""
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in row.items()}


def sniff_records(raw: str) -> str | None:
    """ "json" or "jsonl" when text (from standard input) is JSON records, else None.

    A whole JSON object or list is "json"; lines whose first is a JSON object are "jsonl".
    """
    start = raw.lstrip("\ufeff \t\r\n")
    if not start.startswith(("{", "[")):
        return None
    if isinstance(_loads_or_none(raw.lstrip("\ufeff")), dict | list):
        return "json"
    first_line = _LINE_END.split(start, maxsplit=1)[0]
    return "jsonl" if isinstance(_loads_or_none(first_line), dict) else None


def _loads_or_none(raw: str) -> Any:
    try:
        return json.loads(raw)
    except (json.JSONDecodeError, RecursionError):
        return None


def _record(item: Any, number: int | None, where: str) -> Record | BadRecord:
    if not isinstance(item, dict):
        return BadRecord(where, f"not a JSON object but {_json_type(item)}")
    text = item.get("text")
    if text is None:
        return BadRecord(where, "no 'text'", not_an_article=True)
    if not isinstance(text, str):
        return BadRecord(where, f"'text' is {_json_type(text)}, not a string")
    if not text.strip():
        return BadRecord(where, "'text' is empty")
    fields: dict[str, str | None] = {}
    for key in _OPTIONAL_TEXT_FIELDS:
        value = item.get(key)
        if value is not None and not isinstance(value, str):
            return BadRecord(where, f"'{key}' is {_json_type(value)}, not a string")
        fields[key] = (value.strip() or None) if isinstance(value, str) else None
    published = _published(item, where)
    if isinstance(published, BadRecord):
        return published
    return Record(
        number=number,
        text=text,
        title=fields["title"],
        url=fields["url"],
        outlet=fields["outlet"] or fields["source"],
        published=published,
    )


def _published(item: Mapping[str, Any], where: str) -> date | BadRecord | None:
    for key in ("published", "date"):
        value = item.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            return BadRecord(where, f"'{key}' is {_json_type(value)}, not a date string")
        day = parse_day(value.strip())
        if day is None:
            return BadRecord(where, f"'{key}' is not a date: '{one_line(value, _MAX_QUOTED)}'")
        return day
    return None


def _reason(error: json.JSONDecodeError) -> str:
    # json says "Unterminated string starting at" and leaves the place to the caller.
    return error.msg.removesuffix(" starting at")


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"
