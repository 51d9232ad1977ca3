"""Files, folders and standard input into Articles; bad input becomes a problem, not a crash."""

from __future__ import annotations

import os
import re
import stat
import sys
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from discrepancy.errors import ArticleError, InputProblem
from discrepancy.model import Article

DEFAULT_MAX_BYTES = 50 * 1000 * 1000
ARTICLE_SUFFIXES = (".txt", ".md")
STDIN_PATH = "-"
STDIN_ID = "stdin"
_BINARY_SNIFF_BYTES = 8 * 1024
_UTF8_BOM = b"\xef\xbb\xbf"

# "date 2025-05-18 Vice President ..." -- the rest of the line is already the article.
_DATE_MARKER = re.compile(r"[\s\ufeff]*date:?[ \t]+(\d{4}-\d{1,2}-\d{1,2})\b\s*", re.IGNORECASE)
_FRONT_MATTER_FENCE = "---"
_FRONT_MATTER_START = re.compile(r"\ufeff?---[ \t]*(?:\r\n|\r|\n)")
_FRONT_MATTER_LINE = re.compile(r"([A-Za-z_][\w-]*)\s*:\s*(.*)")
_LEADING_BLANKS = re.compile(r"[\s\ufeff]*")
_LINE_BREAK = re.compile(r"[\r\n]")
_HEADLINE_MAX_CHARS = 200
_HEADLINE_MAX_WORDS = 25


@dataclass(frozen=True, slots=True)
class ReadResult:
    """The articles that could be read, in input order, and a problem for each that could not."""

    articles: tuple[Article, ...]
    problems: tuple[InputProblem, ...]


@dataclass(frozen=True, slots=True)
class _Metadata:
    body_start: int = 0
    published: date | None = None
    title: str | None = None
    outlet: str | None = None


# --- parsing: pure ---------------------------------------------------------------------------


def parse_article(
    article_id: str, path: str, raw: str, *, published: date | None = None
) -> Article:
    """Read the metadata (front matter or a leading date marker) and the title of one article.

    `raw` is kept unchanged as `Article.text`: every offset in the pipeline indexes it.
    An explicit `published` day wins over the article's own. Raises ArticleError on bad metadata.
    """
    meta = _front_matter(path, raw) or _date_marker(path, raw) or _Metadata()
    return Article(
        id=article_id,
        path=path,
        text=raw,
        body_start=meta.body_start,
        published=published or meta.published,
        title=meta.title or _headline(raw, meta.body_start),
        outlet=meta.outlet,
    )


def _date_marker(path: str, raw: str) -> _Metadata | None:
    # Only a date-shaped token makes a marker, so an article opening "Date palms ..." is text.
    match = _DATE_MARKER.match(raw)
    if match is None:
        return None
    day = _parse_day(match.group(1))
    if day is None:
        raise ArticleError(path, f"date marker is not a date: '{match.group(1)}'")
    return _Metadata(body_start=match.end(), published=day)


def _front_matter(path: str, raw: str) -> _Metadata | None:
    if _FRONT_MATTER_START.match(raw) is None:
        return None
    lines = raw.splitlines(keepends=True)
    offset = len(lines[0])
    values: dict[str, str] = {}
    for number, line in enumerate(lines[1:], start=2):
        offset += len(line)
        content = line.strip()
        if content == _FRONT_MATTER_FENCE:
            return _metadata_from(path, values, body_start=offset)
        if content and not content.startswith("#"):
            key, value = _front_matter_entry(path, number, content)
            values[key] = value
    raise ArticleError(path, "front matter has no closing '---' line")


def _front_matter_entry(path: str, number: int, content: str) -> tuple[str, str]:
    match = _FRONT_MATTER_LINE.fullmatch(content)
    if match is None:
        raise ArticleError(path, f"front matter line {number} is not 'key: value': '{content}'")
    return match.group(1).lower(), _unquote(match.group(2).strip())


def _metadata_from(path: str, values: Mapping[str, str], *, body_start: int) -> _Metadata:
    published = None
    for key in ("date", "published"):
        if values.get(key):
            published = _parse_day(values[key])
            if published is None:
                raise ArticleError(path, f"front matter '{key}' is not a date: '{values[key]}'")
            break
    return _Metadata(
        body_start=body_start,
        published=published,
        title=values.get("title") or None,
        outlet=values.get("source") or values.get("outlet") or None,
    )


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1].strip()
    return value


def _parse_day(value: str) -> date | None:
    """A YYYY-MM-DD day, or the day of an ISO datetime as written (no time-zone shift)."""
    try:
        if len(value) <= len("YYYY-MM-DD"):
            year, month, day = (int(part) for part in value.split("-"))
            return date(year, month, day)
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None


def _headline(raw: str, body_start: int) -> str | None:
    """The body's first line, when it reads as a headline: short, no final period, more follows."""
    blanks = _LEADING_BLANKS.match(raw, body_start)
    start = blanks.end() if blanks else body_start
    line_end = _line_end(raw, start)
    if line_end >= len(raw) or not raw[line_end:].strip():
        return None  # a lone line is the article, not its headline
    line = raw[start:line_end].strip()
    looks_like_sentence = line.rstrip("\"'’”)").endswith((".", ",", ";", ":"))
    too_long = len(line) > _HEADLINE_MAX_CHARS or len(line.split()) > _HEADLINE_MAX_WORDS
    return None if not line or looks_like_sentence or too_long else line


def _line_end(raw: str, start: int) -> int:
    match = _LINE_BREAK.search(raw, start)
    return match.start() if match else len(raw)


# --- reading: thin I/O -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Source:
    """One input to read: a file path as the user would recognise it, or standard input."""

    path: str

    @property
    def is_stdin(self) -> bool:
        return self.path == STDIN_PATH


class _Problem(Exception):
    """Internal: a file that cannot be read; becomes an InputProblem."""


def read_articles(
    paths: Sequence[str],
    *,
    published: Mapping[str, date] | None = None,
    stdin: TextIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> ReadResult:
    """Read every file, folder (recursively: .txt and .md) and '-' (standard input) given.

    `published` maps a path as given, a resolved path, a file name or an article id to the day
    the article was published. Nothing here raises for bad input: each bad input is reported as
    an InputProblem and the rest is still read.
    """
    problems: list[InputProblem] = []
    sources = _collect_sources(paths, problems)
    ids = _article_ids(sources)
    dates = _PublishedDates(published or {})
    problems.extend(dates.unused(sources, ids))
    articles = []
    for source, article_id in zip(sources, ids, strict=True):
        try:
            raw = _read_source(source, stdin, max_bytes)
            day = dates.day_for(source, article_id)
            articles.append(_parse_with_body(article_id, source.path, raw, day))
        except _Problem as problem:
            problems.append(InputProblem(source.path, str(problem)))
        except ArticleError as error:
            problems.append(InputProblem(error.path, error.message))
    return ReadResult(tuple(articles), tuple(problems))


def _read_source(source: _Source, stdin: TextIO | None, max_bytes: int) -> str:
    if source.is_stdin:
        return _read_stdin(stdin, max_bytes)
    return _read_file(source.path, max_bytes)


def _parse_with_body(article_id: str, path: str, raw: str, day: date | None) -> Article:
    article = parse_article(article_id, path, raw, published=day)
    if not raw[article.body_start :].strip():
        raise _Problem("no article text after the metadata")
    return article


def _collect_sources(paths: Sequence[str], problems: list[InputProblem]) -> list[_Source]:
    """The inputs in the order given, folders expanded, each file once."""
    sources: list[_Source] = []
    seen: set[str] = set()
    for path in paths:
        if path == STDIN_PATH:
            found = [_Source(STDIN_PATH)]
        elif os.path.isdir(path):
            found = [_Source(p) for p in _walk_articles(path)]
            if not found:
                problems.append(InputProblem(path, "no .txt or .md articles in this folder"))
        elif os.path.lexists(path):
            found = [_Source(path)]
        else:
            problems.append(InputProblem(path, "no such file or folder"))
            found = []
        for source in found:
            key = source.path if source.is_stdin else os.path.realpath(source.path)
            if key not in seen:
                seen.add(key)
                sources.append(source)
    return sources


def _walk_articles(folder: str) -> Iterator[str]:
    """The article files under `folder`, sorted, hidden entries skipped, each real folder once."""
    visited: set[tuple[int, int]] = set()

    def walk(current: str) -> Iterator[str]:
        try:
            info = os.stat(current)
            # A symlink back up the tree would otherwise walk forever.
            if (info.st_dev, info.st_ino) in visited:
                return
            visited.add((info.st_dev, info.st_ino))
            entries = sorted(os.scandir(current), key=lambda entry: entry.name)
        except OSError:
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if _is_dir(entry):
                yield from walk(entry.path)
            elif entry.name.lower().endswith(ARTICLE_SUFFIXES):
                yield entry.path

    return walk(folder)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _article_ids(sources: Sequence[_Source]) -> list[str]:
    """File stems, lengthened with parent folders ("a/x", "b/x") only where two would clash."""
    parts = [
        (STDIN_ID,) if s.is_stdin else Path(os.path.normpath(s.path)).with_suffix("").parts
        for s in sources
    ]
    depth = [1] * len(sources)
    while True:
        ids = ["/".join(p[-d:]) for p, d in zip(parts, depth, strict=True)]
        counts = Counter(ids)
        clashing = {i for i, name in enumerate(ids) if counts[name] > 1}
        growable = {i for i in clashing if depth[i] < len(parts[i])}
        if not growable:
            return _number_remaining_clashes(ids)
        for i in growable:
            depth[i] += 1


def _number_remaining_clashes(ids: list[str]) -> list[str]:
    # Only reachable when two distinct inputs have the same whole path (e.g. "x.txt", "x.md").
    seen: dict[str, int] = {}
    unique = []
    for name in ids:
        seen[name] = seen.get(name, 0) + 1
        unique.append(name if seen[name] == 1 else f"{name}~{seen[name]}")
    return unique


def _date_keys(source: _Source, article_id: str) -> list[str]:
    """Every name a --published entry may use for this input."""
    if source.is_stdin:
        return [STDIN_PATH, article_id]
    path = source.path
    return [
        path,
        os.path.normpath(path),
        os.path.realpath(path),
        os.path.basename(path),
        article_id,
    ]


class _PublishedDates:
    """The --published days, looked up by any of an input's names."""

    def __init__(self, dates: Mapping[str, date]) -> None:
        self._dates = dict(dates)
        self._resolved = {_resolve_key(key): day for key, day in dates.items()}

    def day_for(self, source: _Source, article_id: str) -> date | None:
        for key in _date_keys(source, article_id):
            day = self._dates.get(key) or self._resolved.get(key)
            if day is not None:
                return day
        return None

    def unused(self, sources: Sequence[_Source], ids: Sequence[str]) -> list[InputProblem]:
        """An entry that names no input is a typo the user wants to hear about."""
        known: set[str] = set()
        for source, article_id in zip(sources, ids, strict=True):
            known.update(_date_keys(source, article_id))
        return [
            InputProblem(key, "--published names no article that was given")
            for key in self._dates
            if key not in known and _resolve_key(key) not in known
        ]


def _resolve_key(key: str) -> str:
    return key if key == STDIN_PATH else os.path.realpath(key)


def _read_file(path: str, max_bytes: int) -> str:
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise _Problem("not a regular file")  # a FIFO or device would block or never end
        if info.st_size > max_bytes:
            raise _Problem(f"file is larger than the {_size(max_bytes)} limit")
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise _Problem(f"cannot read: {(error.strerror or str(error)).lower()}") from None
    return _decode(data, max_bytes)


def _read_stdin(stdin: TextIO | None, max_bytes: int) -> str:
    stream = sys.stdin if stdin is None else stdin
    binary = getattr(stream, "buffer", None)
    try:
        if binary is not None:
            return _decode(binary.read(max_bytes + 1), max_bytes)
        return _check_text(stream.read(max_bytes + 1).lstrip("\ufeff"), max_bytes)
    except (OSError, UnicodeDecodeError) as error:
        raise _Problem(f"cannot read standard input: {error}") from None


def _decode(data: bytes, max_bytes: int) -> str:
    if len(data) > max_bytes:
        raise _Problem(f"file is larger than the {_size(max_bytes)} limit")
    if b"\0" in data[:_BINARY_SNIFF_BYTES]:
        raise _Problem("binary file, not an article")
    bom = len(_UTF8_BOM) if data.startswith(_UTF8_BOM) else 0
    try:
        text = data[bom:].decode("utf-8")
    except UnicodeDecodeError as error:
        bad = data[bom + error.start]
        where = bom + error.start
        raise _Problem(f"not UTF-8 text (invalid byte 0x{bad:02x} at offset {where})") from None
    return _check_text(text, max_bytes)


def _check_text(text: str, max_bytes: int) -> str:
    if len(text) > max_bytes:
        raise _Problem(f"input is larger than the {_size(max_bytes)} limit")
    if not text.strip():
        raise _Problem("empty file")
    return text


def _size(n_bytes: int) -> str:
    if n_bytes >= 1000 * 1000:
        return f"{n_bytes / 1e6:g} MB"
    return f"{n_bytes} bytes"
