"""Writing report files atomically: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import codecs
import os
import secrets
from collections.abc import Iterable
from pathlib import Path

_TEMP_ATTEMPTS = 100


def write_atomically(path: Path, content: str | Iterable[str], *, encoding: str = "utf-8") -> None:
    """Write `content` (a string or its pieces) to a temporary file beside `path`, flush it to
    disk, then rename it over `path`.

    An error anywhere (a full disk, an interrupted run, a writer that raises) removes the
    temporary file and leaves `path` as it was: absent, or the previous complete report. The
    new file gets the usual permissions (0666 less the umask), as `open` would give it.
    """
    codecs.lookup(encoding)  # an unknown encoding fails here, before any file exists
    fd, temp = _create_temp(path)
    try:
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
