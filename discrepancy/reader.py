"""Files, folders and standard input into Articles; bad input becomes a problem, not a crash.

Formats, by file suffix: .txt and .md (plain text, optional front matter), .html and .htm (a
saved web page: `discrepancy.inputs.webpage`), .json and .jsonl (article records:
`discrepancy.inputs.records`). Standard input is sniffed: text that starts with '<' and opens
like HTML is a web page, text that parses as JSON records is records, anything else is plain
text. Bytes become text in `discrepancy.inputs.decoding` (UTF-8, byte-order marks, a confident
guess); line endings are kept as they are (LF, CRLF or CR), and offsets index the text.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence, Set
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO, TypeVar

from discrepancy.defaults import MAX_BYTES
from discrepancy.errors import ArticleError, InputProblem
from discrepancy.inputs import Unreadable, parse_day
from discrepancy.inputs.decoding import decode
from discrepancy.inputs.records import (
    BadRecord,
    Record,
    parse_json,
    parse_jsonl,
    parse_parquet,
    sniff_records,
)
from discrepancy.inputs.webpage import declared_charset, looks_like_html, read_web_page
from discrepancy.model import Article

DEFAULT_MAX_BYTES = MAX_BYTES
STDIN_PATH = "-"
STDIN_ID = "stdin"
# The formats, and the file suffixes (any case) read as each; a file named on the command line
# with another suffix is read as text.
TEXT, HTML, JSON, JSONL, PARQUET = "text", "html", "json", "jsonl", "parquet"
_FORMAT_OF_SUFFIX = {
    ".txt": TEXT,
    ".md": TEXT,
    ".html": HTML,
    ".htm": HTML,
    ".json": JSON,
    ".jsonl": JSONL,
    ".parquet": PARQUET,
}
ARTICLE_SUFFIXES = tuple(_FORMAT_OF_SUFFIX)
_SUFFIX_LIST = ", ".join(ARTICLE_SUFFIXES)
_Data = TypeVar("_Data", bytes, str)

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
    url: str | None = None


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
        url=meta.url,
    )


def _date_marker(path: str, raw: str) -> _Metadata | None:
    # Only a date-shaped token makes a marker, so an article opening "Date palms ..." is text.
    match = _DATE_MARKER.match(raw)
    if match is None:
        return None
    day = parse_day(match.group(1))
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
            published = parse_day(values[key])
            if published is None:
                raise ArticleError(path, f"front matter '{key}' is not a date: '{values[key]}'")
            break
    return _Metadata(
        body_start=body_start,
        published=published,
        title=values.get("title") or None,
        outlet=values.get("source") or values.get("outlet") or None,
        url=values.get("url") or None,
    )


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1].strip()
    return value


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
    in_folder: bool = False  # found by walking a folder the user gave, not named by them

    @property
    def is_stdin(self) -> bool:
        return self.path == STDIN_PATH


def read_articles(
    paths: Sequence[str],
    *,
    published: Mapping[str, date] | None = None,
    stdin: TextIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> ReadResult:
    """Read every file, folder (recursively, every format's suffix) and '-' (standard input).

    `published` maps a path as given, a resolved path, a file name or an article id (a JSON
    record's too: "feed#3") to the day the article was published; a file's entry dates all
    its records. Nothing here raises for bad input: each bad input, or bad record, is reported
    as an InputProblem and the rest is still read.
    """
    problems: list[InputProblem] = []
    sources = _collect_sources(paths, problems)
    ids = _article_ids(sources)
    dates = _PublishedDates(published or {})
    articles: list[Article] = []
    read_problems: list[InputProblem] = []
    for source, article_id in zip(sources, ids, strict=True):
        try:
            found, bad = _read_source(source, article_id, stdin, max_bytes, dates)
        except Unreadable as problem:
            read_problems.append(InputProblem(source.path, str(problem)))
        except ArticleError as error:
            read_problems.append(InputProblem(error.path, error.message))
        else:
            articles.extend(found)
            read_problems.extend(bad)
    problems.extend(dates.unused(sources, ids, also_known={a.id for a in articles}))
    return ReadResult(tuple(articles), tuple(problems + read_problems))


def _read_source(
    source: _Source,
    article_id: str,
    stdin: TextIO | None,
    max_bytes: int,
    dates: _PublishedDates,
) -> tuple[list[Article], list[InputProblem]]:
    """The articles of one input (a JSON file may hold many) and a problem per bad record."""
    form = None if source.is_stdin else _FORMAT_OF_SUFFIX.get(Path(source.path).suffix.lower())
    if form == PARQUET:
        _check_size(source.path, max_bytes)
        return _articles_of_records(source, article_id, parse_parquet(source.path), dates)
    text = _text_of(source, form, stdin, max_bytes)
    if form is None:
        form = _sniff(text) if source.is_stdin else TEXT
    day = dates.day_for(source, article_id)
    if form == HTML:
        return [_web_page_article(article_id, source.path, text, day)], []
    if form in (JSON, JSONL):
        return _record_articles(source, article_id, text, form, dates)
    return [_parse_with_body(article_id, source.path, text, day)], []


def _text_of(source: _Source, form: str | None, stdin: TextIO | None, max_bytes: int) -> str:
    """The input's text, decoded; a web page's own <meta charset> helps tell its encoding."""
    data = _read_stdin(stdin, max_bytes) if source.is_stdin else _read_file(source.path, max_bytes)
    if isinstance(data, str):
        return _check_text(data.lstrip("\ufeff"))
    markup = form == HTML or (form is None and data.lstrip()[:1] == b"<")
    return _check_text(decode(data, declared=declared_charset(data) if markup else None))


def _sniff(text: str) -> str:
    """The format of standard input: a web page, JSON records, or (anything else) text."""
    if looks_like_html(text):
        return HTML
    return sniff_records(text) or TEXT


def _parse_with_body(article_id: str, path: str, raw: str, day: date | None) -> Article:
    article = parse_article(article_id, path, raw, published=day)
    if not raw[article.body_start :].strip():
        raise Unreadable("no article text after the metadata")
    return article


def _web_page_article(article_id: str, path: str, markup: str, day: date | None) -> Article:
    """A saved page's article: `text` is the extracted text (the headline first), not the HTML."""
    page = read_web_page(markup)
    return Article(
        id=article_id,
        path=path,
        text=page.text,
        published=day or page.published,
        title=page.title or _headline(page.text, 0),
        outlet=page.outlet,
        url=page.url,
    )


def _record_articles(
    source: _Source, article_id: str, text: str, form: str, dates: _PublishedDates
) -> tuple[list[Article], list[InputProblem]]:
    """One article per good record, "ID#N" (N its line, or its place in a list); one problem
    per bad record. `text` of a record is the article's text: offsets index it."""
    records = parse_jsonl(text) if form == JSONL else parse_json(text)
    return _articles_of_records(source, article_id, records, dates)


def _articles_of_records(
    source: _Source, article_id: str, records: Sequence[Record | BadRecord], dates: _PublishedDates
) -> tuple[list[Article], list[InputProblem]]:
    if source.in_folder and all(isinstance(r, BadRecord) and r.not_an_article for r in records):
        # A folder holds other JSON too (a story's gold file, a tool's settings): a file with
        # no article record in it is not an input, unless it was named.
        return [], []
    articles: list[Article] = []
    problems: list[InputProblem] = []
    for record in records:
        if isinstance(record, BadRecord):
            problems.append(InputProblem(source.path, str(record)))
            continue
        record_id = article_id if record.number is None else f"{article_id}#{record.number}"
        day = dates.day_for(source, article_id, record_id=record_id)
        articles.append(
            Article(
                id=record_id,
                path=source.path,
                text=record.text,
                published=day or record.published,
                title=record.title or _headline(record.text, 0),
                outlet=record.outlet,
                url=record.url,
            )
        )
    return articles, problems


def _collect_sources(paths: Sequence[str], problems: list[InputProblem]) -> list[_Source]:
    """The inputs in the order given, folders expanded, each file once."""
    sources: list[_Source] = []
    seen: set[str] = set()
    for path in paths:
        if path == STDIN_PATH:
            found = [_Source(STDIN_PATH)]
        elif os.path.isdir(path):
            found = [_Source(p, in_folder=True) for p in _walk_articles(path)]
            if not found:
                problems.append(InputProblem(path, f"no articles ({_SUFFIX_LIST}) in this folder"))
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

    def day_for(
        self, source: _Source, article_id: str, *, record_id: str | None = None
    ) -> date | None:
        """The day given for a record ("feed#3"), else for its file, else None."""
        record_keys = [record_id] if record_id and record_id != article_id else []
        for key in [*record_keys, *_date_keys(source, article_id)]:
            day = self._dates.get(key) or self._resolved.get(key)
            if day is not None:
                return day
        return None

    def unused(
        self, sources: Sequence[_Source], ids: Sequence[str], *, also_known: Set[str]
    ) -> list[InputProblem]:
        """An entry that names no input is a typo the user wants to hear about."""
        known: set[str] = set(also_known)
        for source, article_id in zip(sources, ids, strict=True):
            known.update(_date_keys(source, article_id))
        return [
            InputProblem(key, "--published names no article that was given")
            for key in self._dates
            if key not in known and _resolve_key(key) not in known
        ]


def _resolve_key(key: str) -> str:
    return key if key == STDIN_PATH else os.path.realpath(key)


def _check_size(path: str, max_bytes: int) -> None:
    """A regular file within the limit, or Unreadable saying why not."""
    try:
        info = os.stat(path)
    except OSError as error:
        raise Unreadable(f"cannot read: {(error.strerror or str(error)).lower()}") from None
    if not stat.S_ISREG(info.st_mode):
        raise Unreadable("not a regular file")  # a FIFO or device would block or never end
    if info.st_size > max_bytes:
        raise Unreadable(f"file is larger than the {_size(max_bytes)} limit")


def _read_file(path: str, max_bytes: int) -> bytes:
    _check_size(path, max_bytes)
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise Unreadable(f"cannot read: {(error.strerror or str(error)).lower()}") from None
    return _within_limit(data, max_bytes)


def _read_stdin(stdin: TextIO | None, max_bytes: int) -> bytes | str:
    """Standard input's bytes, to be decoded as a file's are; text when the stream has no bytes."""
    stream = sys.stdin if stdin is None else stdin
    binary = getattr(stream, "buffer", None)
    try:
        data = binary.read(max_bytes + 1) if binary is not None else stream.read(max_bytes + 1)
    except (OSError, UnicodeDecodeError) as error:
        raise Unreadable(f"cannot read standard input: {error}") from None
    return _within_limit(data, max_bytes)


def _within_limit(data: _Data, max_bytes: int) -> _Data:
    if len(data) > max_bytes:
        what = "file" if isinstance(data, bytes) else "input"
        raise Unreadable(f"{what} is larger than the {_size(max_bytes)} limit")
    return data


def _check_text(text: str) -> str:
    if not text.strip():
        raise Unreadable("empty file")
    return text


def _size(n_bytes: int) -> str:
    if n_bytes >= 1000 * 1000:
        return f"{n_bytes / 1e6:g} MB"
    return f"{n_bytes} bytes"
