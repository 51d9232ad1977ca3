"""The input formats beside plain text, and bytes into text.

`decoding` tells a file's encoding, `webpage` takes an article out of a saved web page,
`records` reads JSON and JSON Lines records. `discrepancy.reader` picks the format and builds
the Articles; nothing here raises for bad input but `Unreadable`, whose message is one line.
"""

from __future__ import annotations

from datetime import date, datetime


class Unreadable(Exception):
    """An input that cannot be read as an article; the message says why, in one line."""


def parse_day(value: str) -> date | None:
    """A YYYY-MM-DD day, or the day of an ISO datetime as written (no time-zone shift)."""
    try:
        if len(value) <= len("YYYY-MM-DD"):
            year, month, day = (int(part) for part in value.split("-"))
            return date(year, month, day)
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None


def one_line(text: str, limit: int = 120) -> str:
    """`text` on one line, cut to `limit` characters: a problem message must stay one line."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
