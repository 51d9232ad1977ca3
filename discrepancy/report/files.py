"""Writing report files atomically: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import codecs
import os
import secrets
from collections.abc import Iterable
from pathlib import Path

_TEMP_ATTEMPTS = 100

# How a report says the tool wrote it: a web page's <meta name="generator">, the JSON's schema,
# the CSV's header. A file that shows none of these is someone else's and is kept.
GENERATOR = "discrepancy"
_JSON_MARK = '"schema": "discrepancy/report@'
_HTML_MARK = f'<meta name="generator" content="{GENERATOR}">'
_SNIFF_BYTES = 4096


def written_by_us(path: Path, csv_header: str) -> bool:
    """Is the file at `path` a report this tool wrote (so a new one may replace it)?"""
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES).decode("utf-8-sig", errors="replace")
    except OSError:
        return False
    first_line = head.splitlines()[0] if head else ""
    return _JSON_MARK in head or _HTML_MARK in head or first_line.strip() == csv_header


def write_atomically(
    path: Path, content: str | bytes | Iterable[str], *, encoding: str = "utf-8"
) -> None:
    """Write `content` (a string or its pieces) to a temporary file beside `path`, flush it to
    disk, then rename it over `path`.

    An error anywhere (a full disk, an interrupted run, a writer that raises) removes the
    temporary file and leaves `path` as it was: absent, or the previous complete report. The
    new file gets the usual permissions (0666 less the umask), as `open` would give it.
    """
    codecs.lookup(encoding)  # an unknown encoding fails here, before any file exists
    fd, temp = _create_temp(path)
    try:
        if isinstance(content, bytes):
            with os.fdopen(fd, "wb") as binary:
                binary.write(content)
                binary.flush()
                os.fsync(binary.fileno())
        else:
            # newline="": no translation, the content's own line ends are written as they are.
            with os.fdopen(fd, "w", encoding=encoding, newline="") as out:
                for piece in [content] if isinstance(content, str) else content:
                    out.write(piece)
                out.flush()
                os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _create_temp(path: Path) -> tuple[int, Path]:
    """A new file of our own in the target's folder, so the final rename stays on one disk."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(_TEMP_ATTEMPTS):
        temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(temp, flags, 0o666), temp
        except FileExistsError:
            continue
    raise FileExistsError(f"{path.parent}: no free name for a temporary file")
