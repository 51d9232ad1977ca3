"""Reading articles: metadata, titles, ids, and one clear problem per bad input."""

from __future__ import annotations

import io
import os
import sys
from datetime import date
from pathlib import Path

import pytest

from discrepancy.errors import ArticleError, InputProblem, RuleFileError
from discrepancy.reader import ReadResult, parse_article, read_articles

SAMPLES = Path(__file__).parent.parent / "samples"
BODY = "Vice President JD Vance met Zelenskyy in Rome on Sunday.\n"


def problem_messages(result: ReadResult) -> dict[str, str]:
    return {Path(p.path).name: p.message for p in result.problems}


# --- parse_article: metadata and titles ------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "published", "body"),
    [
        pytest.param(
            " date 2025-05-18 Vice President JD Vance met.\n",
            date(2025, 5, 18),
            "Vice President JD Vance met.\n",
            id="marker-runs-into-first-sentence",
        ),
        pytest.param(
            "date: 2025-05-19\n\nHeadline\n\nBody.\n",
            date(2025, 5, 19),
            "Headline\n\nBody.\n",
            id="marker-with-colon-on-its-own-line",
        ),
        pytest.param(
            "\ufeffDate 2025-01-02 Text.", date(2025, 1, 2), "Text.", id="bom-and-capital-marker"
        ),
        pytest.param(
            "Date palms grow in 2025-05-18 heat.",
            None,
            "Date palms grow in 2025-05-18 heat.",
            id="word-date-without-a-day-is-text",
        ),
        pytest.param(
            "---\ndate: 2025-05-18\nsource: AP\n---\nBody.\n",
            date(2025, 5, 18),
            "Body.\n",
            id="front-matter-date",
        ),
        pytest.param(
            "---\r\npublished: '2025-05-18T23:30:00+02:00'\r\n---\r\nBody.",
            date(2025, 5, 18),
            "Body.",
            id="front-matter-iso-datetime-quoted-crlf",
        ),
        pytest.param(
            "---\ntitle: T\nurl: https://x.test/a\nlayout: post\n---\nBody.",
            None,
            "Body.",
            id="front-matter-unknown-keys-ignored",
        ),
    ],
)
def test_metadata_sets_published_and_body_start(
    raw: str, published: date | None, body: str
) -> None:
    article = parse_article("a", "a.txt", raw)
    assert article.text == raw
    assert article.published == published
    assert raw[article.body_start :] == body


def test_front_matter_fields() -> None:
    raw = '---\ntitle: "Vance meets Zelenskyy"\nSource: Reuters\n# a comment\n\n---\nBody.\n'
    article = parse_article("a", "a.md", raw)
    assert (article.title, article.outlet) == ("Vance meets Zelenskyy", "Reuters")


def test_outlet_key_also_names_the_source() -> None:
    article = parse_article("a", "a.md", "---\noutlet: 'Fox News'\n---\nBody.\n")
    assert article.outlet == "Fox News"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        pytest.param(
            "---\ndate: 2025-13-40\n---\nBody.",
            "front matter 'date' is not a date: '2025-13-40'",
            id="impossible-front-matter-date",
        ),
        pytest.param(
            "---\npublished: May 18\n---\nBody.",
            "front matter 'published' is not a date: 'May 18'",
            id="words-for-a-date",
        ),
        pytest.param(
            "date 2025-02-30 Body.", "date marker is not a date: '2025-02-30'", id="bad-marker"
        ),
        pytest.param(
            "---\ntitle: x\nBody.",
            "front matter line 3 is not 'key: value': 'Body.'",
            id="bad-line",
        ),
        pytest.param(
            "---\ntitle: x\n", "front matter has no closing '---' line", id="unclosed-front-matter"
        ),
    ],
)
def test_bad_metadata_raises_article_error(raw: str, message: str) -> None:
    with pytest.raises(ArticleError) as caught:
        parse_article("a", "a.md", raw)
    assert caught.value.message == message
    assert str(caught.value) == f"a.md: {message}"


def test_explicit_published_wins_over_metadata() -> None:
    article = parse_article("a", "a.txt", "date 2025-05-18 Body.", published=date(2024, 1, 1))
    assert article.published == date(2024, 1, 1)


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        pytest.param("Vance meets Zelenskyy\n\nBody text.", "Vance meets Zelenskyy", id="headline"),
        pytest.param("Is peace near?\nBody text.", "Is peace near?", id="question-headline"),
        pytest.param("A full sentence ends here.\nMore.", None, id="sentence-is-not-a-headline"),
        pytest.param("Only one line", None, id="lone-line-is-the-article"),
        pytest.param(" ".join(["word"] * 40) + "\n\nBody.", None, id="too-long"),
        pytest.param("date 2025-05-18 Vance met Zelenskyy.\n\nMore.", None, id="marker-sentence"),
    ],
)
def test_title_from_a_headline_line(raw: str, title: str | None) -> None:
    assert parse_article("a", "a.txt", raw).title == title


# --- read_articles: the samples --------------------------------------------------------------


def test_reads_the_five_samples() -> None:
    result = read_articles([str(SAMPLES)])
    assert result.problems == ()
    by_id = {a.id: a for a in result.articles}
    assert list(by_id) == sorted(by_id)
    assert len(by_id) == 5
    assert {i: a.published for i, a in by_id.items()} == {
        "000_2c9a3e51d78f5dc0": None,
        "001_9a9041ecd70332e1": None,
        "002_5b3ed7db5eae39b3": date(2025, 5, 18),
        "003_82052f89052d1d0c": date(2025, 5, 19),
        "004_947e93ea8f91bc35": None,
    }
    first = by_id["000_2c9a3e51d78f5dc0"]
    assert first.title == "Vance, Zelenskyy meet in Rome amid Trump push for Ukraine ceasefire"
    marked = by_id["002_5b3ed7db5eae39b3"]
    assert marked.text[marked.body_start :].startswith("Vice President JD Vance and")


# --- read_articles: bad input becomes problems -----------------------------------------------


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param("", "empty file", id="empty"),
        pytest.param(" \n\t\r\n", "empty file", id="whitespace-only"),
        pytest.param(b"\xef\xbb\xbf\n", "empty file", id="bom-only"),
        pytest.param(b"PK\x03\x04\x00\x00binary", "binary file, not an article", id="binary"),
        pytest.param(
            "Caf\u00e9 au lait ".encode() + "in Z\u00fcrich.".encode("latin-1"),
            "not UTF-8 text (invalid byte 0xfc at offset 18)",
            id="utf-8-damaged-by-a-latin-1-byte",
        ),
        pytest.param(
            bytes(range(0x80, 0x100)),
            "not UTF-8 text (invalid byte 0x80 at offset 0), "
            "and no other encoding fits it with confidence",
            id="no-encoding-fits",
        ),
        pytest.param(
            b"\xef\xbb\xbfCaf\xe9",
            "not UTF-8 text (invalid byte 0xe9 at offset 6)",
            id="latin-1-after-a-utf-8-bom-offset-counts-bom",
        ),
        pytest.param(
            "---\ndate: 2025-13-40\n---\nBody.",
            "front matter 'date' is not a date: '2025-13-40'",
            id="bad-front-matter",
        ),
        pytest.param("date 2025-05-18", "no article text after the metadata", id="marker-only"),
    ],
)
def test_bad_file_is_one_problem(tmp_path: Path, content: str | bytes, message: str) -> None:
    path = write(tmp_path / "bad.txt", content)
    result = read_articles([str(path)])
    assert result.articles == ()
    assert result.problems == (InputProblem(str(path), message),)


def test_missing_path(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    result = read_articles([missing])
    assert result.problems == (InputProblem(missing, "no such file or folder"),)


def test_folder_without_articles(tmp_path: Path) -> None:
    write(tmp_path / "notes.pdf", b"%PDF")
    write(tmp_path / ".hidden.txt", BODY)
    result = read_articles([str(tmp_path)])
    assert result.problems == (
        InputProblem(
            str(tmp_path),
            "no articles (.txt, .md, .html, .htm, .json, .jsonl, .parquet) in this folder",
        ),
    )


def test_folder_mixing_good_and_bad_files_reads_the_good_ones(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", BODY)
    write(tmp_path / "b.txt", "")
    write(tmp_path / "c.TXT", b"\xff\xfe")  # a UTF-16 byte-order mark, and nothing after it
    write(tmp_path / "sub" / "d.md", BODY)
    write(tmp_path / "sub" / "ignored.csv", "text\n" + BODY)
    write(tmp_path / ".git" / "e.txt", BODY)
    result = read_articles([str(tmp_path)])
    assert [a.id for a in result.articles] == ["a", "d"]
    assert problem_messages(result) == {"b.txt": "empty file", "c.TXT": "empty file"}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_is_not_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = read_articles([str(fifo)])
    assert result.problems == (InputProblem(str(fifo), "not a regular file"),)


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", BODY * 10)
    result = read_articles([str(path)], max_bytes=100)
    assert result.problems == (InputProblem(str(path), "file is larger than the 100 bytes limit"),)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path / "locked.txt", BODY)
    path.chmod(0)
    result = read_articles([str(path)])
    assert result.problems == (InputProblem(str(path), "cannot read: permission denied"),)


def test_symlink_loop_is_walked_once(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", BODY)
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    result = read_articles([str(tmp_path)])
    assert [a.id for a in result.articles] == ["a"]
    assert result.problems == ()


# --- read_articles: ids, dates, standard input -----------------------------------------------


def test_duplicate_stems_are_told_apart_by_folder(tmp_path: Path) -> None:
    write(tmp_path / "a" / "x.txt", BODY)
    write(tmp_path / "b" / "x.txt", BODY)
    write(tmp_path / "b" / "y.txt", BODY)
    result = read_articles([str(tmp_path / "a"), str(tmp_path / "b")])
    assert [a.id for a in result.articles] == ["a/x", "b/x", "y"]


def test_same_file_twice_is_read_once(tmp_path: Path) -> None:
    path = write(tmp_path / "x.txt", BODY)
    result = read_articles([str(path), str(tmp_path)])
    assert [a.id for a in result.articles] == ["x"]


@pytest.mark.parametrize(
    "key",
    [
        pytest.param("as-given", id="path-as-given"),
        pytest.param("resolved", id="resolved-path"),
        pytest.param("002.txt", id="file-name"),
        pytest.param("002", id="article-id"),
    ],
)
def test_published_override_by_any_name(tmp_path: Path, key: str) -> None:
    path = write(tmp_path / "002.txt", "date 2025-05-18 " + BODY)
    given = os.path.relpath(path)
    names = {"as-given": given, "resolved": str(path.resolve())}
    result = read_articles([given], published={names.get(key, key): date(2025, 5, 20)})
    assert result.problems == ()
    assert result.articles[0].published == date(2025, 5, 20)


def test_published_key_that_names_nothing_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", BODY)
    result = read_articles([str(path)], published={"typo.txt": date(2025, 5, 20)})
    assert [a.id for a in result.articles] == ["a"]
    assert result.problems == (
        InputProblem("typo.txt", "--published names no article that was given"),
    )


def test_stdin_is_read_as_an_article() -> None:
    stream = io.StringIO("\ufeffdate 2025-05-18 " + BODY)
    result = read_articles(["-"], stdin=stream, published={"stdin": date(2025, 5, 19)})
    (article,) = result.articles
    assert (article.id, article.path, article.published) == ("stdin", "-", date(2025, 5, 19))
    assert article.text.startswith("date 2025-05-18")


def test_empty_stdin_is_a_problem() -> None:
    result = read_articles(["-"], stdin=io.StringIO(""))
    assert result.problems == (InputProblem("-", "empty file"),)


def test_problems_keep_input_order_and_good_input_still_reads(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", BODY)
    result = read_articles(["missing.txt", str(good), "-"], stdin=io.StringIO(BODY))
    assert [a.id for a in result.articles] == ["good", "stdin"]
    assert [str(p) for p in result.problems] == ["missing.txt: no such file or folder"]


def test_unreadable_file_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Root can read a chmod 0 file, so the refusal is simulated where the reader opens it.
    import discrepancy.reader as reader

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    path = write(tmp_path / "locked.txt", BODY)
    monkeypatch.setattr(reader, "open", refuse, raising=False)
    result = read_articles([str(path)])
    assert result.problems == (InputProblem(str(path), "cannot read: permission denied"),)


# --- the error types the CLI prints ----------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "text"),
    [
        pytest.param(ArticleError("a.txt", "empty file"), "a.txt: empty file", id="article"),
        pytest.param(RuleFileError("r.toml", 4, "bad", "k"), "r.toml:4: bad (key k)", id="rule"),
        pytest.param(RuleFileError("rules", None, "no files"), "rules: no files", id="no-line"),
        pytest.param(InputProblem("-", "empty file"), "-: empty file", id="problem"),
    ],
)
def test_errors_read_as_one_line(error: object, text: str) -> None:
    assert str(error) == text


def test_error_fields_survive_pickling() -> None:
    import pickle

    error = pickle.loads(pickle.dumps(RuleFileError("r.toml", 4, "bad", "k")))
    assert (error.path, error.line, error.message, error.key) == ("r.toml", 4, "bad", "k")
