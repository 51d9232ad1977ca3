"""Inputs as they come: saved web pages, JSON records, encodings, line endings, mixed folders.

tests/data/pages/ holds two saved pages. 000_2c9a3e51d78f5dc0.html is samples/000's article in
a news site's page (cookie banner, navigation, related links, newsletter box, footer, scripts,
og: and article: meta tags, the paragraphs in <article><p>). wire_windows-1252.html is
samples/001's article in an older site's table-and-div markup, encoded Windows-1252 as its
<meta http-equiv> says, with its metadata in JSON-LD and readers' comments under it.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from discrepancy.cli import app, schema_path
from discrepancy.errors import InputProblem
from discrepancy.model import Article, Report
from discrepancy.pipeline import check
from discrepancy.reader import ReadResult, read_articles
from discrepancy.rulebook import load_rulebook
from discrepancy.sentences import split_sentences

ROOT = Path(__file__).parent.parent
SAMPLES = ROOT / "samples"
PAGES = Path(__file__).parent / "data" / "pages"
PAGE = PAGES / "000_2c9a3e51d78f5dc0.html"
PAGE_SAMPLE = SAMPLES / "000_2c9a3e51d78f5dc0.txt"
WIRE_PAGE = PAGES / "wire_windows-1252.html"
KILLED = "Two people were killed in the attack on Sunday, police said."
RULES = load_rulebook()


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def only_article(result: ReadResult) -> Article:
    assert result.problems == ()
    (article,) = result.articles
    return article


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def stdin_of(data: bytes) -> io.TextIOWrapper:
    """A standard input with bytes under it, as a terminal or a pipe gives."""
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")


def claims_read_as(report: Report) -> list[tuple[str, str, str, str]]:
    """What each claim says, without its offsets: slot, words, value, day."""
    return [(c.slot, c.text, str(c.interval), str(c.day)) for c in report.claims]


def assert_offsets_index_the_text(report: Report) -> None:
    texts = {a.id: a.text for a in report.articles}
    for claim in report.claims:
        assert texts[claim.article][claim.start : claim.end] == claim.text, claim


# --- saved web pages -------------------------------------------------------------------------


def test_a_saved_page_gives_the_article_sentences_and_metadata() -> None:
    article = only_article(read_articles([str(PAGE)]))
    headline = "Vance, Zelenskyy meet in Rome amid Trump push for Ukraine ceasefire"
    assert (article.id, article.path) == ("000_2c9a3e51d78f5dc0", str(PAGE))
    assert article.title == headline
    assert article.outlet == "The Daily Example"
    assert article.published == date(2025, 5, 18)  # the day of article:published_time
    assert article.url == (
        "https://news.example.com/world/2025/05/18/vance-zelenskyy-rome-ceasefire/"
    )
    # The same sentences as the .txt the page was made from, the headline first, nothing else.
    assert sentences(article.text) == sentences(PAGE_SAMPLE.read_text(encoding="utf-8"))
    assert article.text.startswith(headline + "\n\n")
    assert article.body_start == 0


@pytest.mark.parametrize(
    "boilerplate",
    [
        pytest.param("Accept all", id="cookie-banner"),
        pytest.param("Politics", id="navigation"),
        pytest.param("1,000-prisoner swap", id="related-links"),
        pytest.param("morning briefing", id="newsletter"),
        pytest.param("All rights reserved", id="footer"),
        pytest.param("at least 99 people", id="script"),
        pytest.param("Advertisement", id="ad-slot"),
        pytest.param("<p>", id="markup"),
    ],
)
def test_a_saved_page_leaves_out_everything_but_the_article(boilerplate: str) -> None:
    # Each of these would give a claim ("two killed", "300 drones") or noise if it got in.
    assert boilerplate not in only_article(read_articles([str(PAGE)])).text


def test_a_page_in_windows_1252_with_json_ld_metadata() -> None:
    article = only_article(read_articles([str(WIRE_PAGE)]))
    assert article.title == "Zelensky meets Vance in Rome as Russia launches record drone assault"
    assert article.outlet == "Example Wire Service"  # the JSON-LD publisher
    assert article.published == date(2025, 5, 18)  # datePublished, not dateModified
    assert "U.S. ambassador’s residence" in article.text  # 0x92 read as Windows-1252 does
    assert "“no decision-making powers.”" in article.text
    assert sentences(article.text)[1:] == sentences(
        (SAMPLES / "001_9a9041ecd70332e1.txt").read_text(encoding="utf-8")
    )
    for boilerplate in ("reader42", "Most read", "Log in", "Legal notice", "Read more"):
        assert boilerplate not in article.text


def test_the_page_date_is_read_from_markup_not_from_the_text(tmp_path: Path) -> None:
    # htmldate's extensive search would take "2025" from the copyright line as 1 January 2025.
    paragraphs = "".join(f"<p>{KILLED} The mayor said so on 12 March 2024.</p>" for _ in range(4))
    page = write(
        tmp_path / "undated.html",
        f"<html><body><article><h1>Attack</h1>{paragraphs}</article>"
        "<footer>&copy; 2025 Example</footer></body></html>",
    )
    assert only_article(read_articles([str(page)])).published is None


def test_published_option_wins_over_the_page(tmp_path: Path) -> None:
    result = read_articles([str(PAGE)], published={PAGE.name: date(2025, 5, 19)})
    assert only_article(result).published == date(2025, 5, 19)


@pytest.mark.parametrize(
    "markup",
    [
        pytest.param(
            "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a>"
            "<a href='/world'>World</a></nav></body></html>",
            id="navigation-only",
        ),
        pytest.param(
            "<html><head><title>Page not found</title></head><body><h1>Page not found</h1>"
            "<footer>&copy; 2025</footer></body></html>",
            id="not-found-page",
        ),
        pytest.param("<html><body></body></html>", id="empty-body"),
        pytest.param(
            "<html><body><script>var killed = 'Two people were killed on Sunday';</script>"
            "<style>p { color: red }</style></body></html>",
            id="scripts-only",
        ),
    ],
)
def test_a_page_without_article_text_is_one_clear_problem(tmp_path: Path, markup: str) -> None:
    page = write(tmp_path / "page.html", markup)
    result = read_articles([str(page)])
    assert result.articles == ()
    assert result.problems == (InputProblem(str(page), "no article text found in the web page"),)


@pytest.mark.parametrize(
    "markup",
    [
        pytest.param(
            "<html><body>" + "<div>" * 5000 + f"<p>{KILLED}</p>" * 5 + "</div>" * 5000,
            id="5000-nested-divs",
        ),
        pytest.param(
            "<html><body>" + "<div><span><b>" * 20_000 + f"<p>{KILLED}</p>", id="60000-unclosed"
        ),
        pytest.param(
            "<html><body><p>Unclosed <b>bold <i>italic</p><div></span></td></tr>"
            + f"<p>{KILLED} It happened near the station.</p>" * 8
            + "<<<>>>&&&;</html></html><html>",
            id="malformed",
        ),
        pytest.param("<" * 5000, id="brackets"),
        pytest.param("<html>" + "&#xD800;&#0;&#1114112;" * 200 + "</html>", id="bad-entities"),
        pytest.param(
            "<!DOCTYPE html><html><body><table>" + "<tr><td><table>" * 3000 + "</body></html>",
            id="nested-tables",
        ),
    ],
)
def test_malformed_or_deep_html_is_an_article_or_one_line_problem(
    tmp_path: Path, markup: str
) -> None:
    page = write(tmp_path / "bad.html", markup)
    result = read_articles([str(page)])
    assert len(result.articles) + len(result.problems) == 1
    for problem in result.problems:
        assert problem.path == str(page)
        assert "\n" not in str(problem) and len(str(problem)) < 300
    for article in result.articles:
        assert not re.search(r"</?[a-z]+\b", article.text)  # text, never markup


def test_an_extractor_failure_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def overflow(*_args: object, **_kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded\nwhile calling a Python object")

    monkeypatch.setattr(trafilatura, "bare_extraction", overflow)
    page = write(tmp_path / "deep.html", f"<html><body><p>{KILLED}</p></body></html>")
    result = read_articles([str(page)])
    assert result.problems == (
        InputProblem(
            str(page),
            "cannot read the web page: RecursionError: maximum recursion depth exceeded while "
            "calling a Python object",
        ),
    )


def test_an_xhtml_page_with_an_xml_encoding_declaration(tmp_path: Path) -> None:
    body = f"<p>{KILLED} José Müller, a spokesman in Zürich, said so.</p>" * 3
    page = write(
        tmp_path / "old.htm",
        (
            '<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE html PUBLIC '
            '"-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Two killed</title></head>'
            f"<body><div><h1>Two killed</h1>{body}</div></body></html>"
        ).encode("latin-1"),
    )
    article = only_article(read_articles([str(page)]))
    assert article.title == "Two killed"
    assert "José Müller, a spokesman in Zürich" in article.text


@pytest.mark.parametrize(
    "label",
    [
        pytest.param("iso-8859-1", id="latin-1-label-read-as-windows-1252"),
        pytest.param("utf-16", id="utf-16-label-on-8-bit-bytes"),
        pytest.param("no-such-charset", id="unknown-label"),
    ],
)
def test_a_page_charset_label_is_used_as_browsers_use_it(tmp_path: Path, label: str) -> None:
    paragraph = f"<p>“Two people were killed,” said Renée Müller in Zürich. {KILLED}</p>"
    markup = f'<html><head><meta charset="{label}"><title>Zürich</title></head><body><article>'
    page = write(
        tmp_path / "p.html", (markup + paragraph * 3 + "</article></body></html>").encode("cp1252")
    )
    article = only_article(read_articles([str(page)]))
    assert "“Two people were killed,” said Renée Müller in Zürich." in article.text


def test_reading_text_files_does_not_load_the_html_extractor() -> None:
    # Start-up time matters: `discrepancy check samples/` must not import trafilatura or lxml.
    code = (
        "import sys; from discrepancy.reader import read_articles; "
        "assert len(read_articles(['samples']).articles) == 5; "
        "heavy = ('trafilatura', 'lxml', 'charset_normalizer'); "
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


# --- JSON and JSON Lines records ---------------------------------------------------------------


def test_a_json_object_is_one_article(tmp_path: Path) -> None:
    record = {
        "text": "Attack\n\n" + KILLED,
        "title": "Two killed in attack",
        "url": "https://example.com/attack",
        "source": "Example Wire",
        "published": "2025-05-18T23:30:00+02:00",
        "tags": ["ignored"],
    }
    path = write(tmp_path / "wire.json", json.dumps(record))
    article = only_article(read_articles([str(path)]))
    assert (article.id, article.path, article.text) == ("wire", str(path), record["text"])
    assert (article.title, article.outlet, article.url) == (
        "Two killed in attack",
        "Example Wire",
        "https://example.com/attack",
    )
    assert article.published == date(2025, 5, 18)  # the day as written, no time-zone shift


def test_a_json_list_is_numbered_from_one(tmp_path: Path) -> None:
    records = [
        {"text": "Storm hits coast\n\n" + KILLED, "outlet": "A", "published": "2025-05-18"},
        {"text": KILLED, "outlet": "B", "source": "ignored when outlet is given"},
    ]
    path = write(tmp_path / "feed.json", json.dumps(records, indent=2))
    result = read_articles([str(path)])
    assert result.problems == ()
    assert [(a.id, a.outlet, a.published) for a in result.articles] == [
        ("feed#1", "A", date(2025, 5, 18)),
        ("feed#2", "B", None),
    ]
    assert result.articles[0].title == "Storm hits coast"  # a headline line, as in a .txt
    assert {a.path for a in result.articles} == {str(path)}


def test_json_lines_are_numbered_by_line_and_blank_lines_skipped(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": KILLED, "outlet": "A"}),
        "",
        "   ",
        json.dumps({"text": "Police said one person was killed on Sunday.", "outlet": "B"}),
    ]
    path = write(tmp_path / "feed.jsonl", "\r\n".join(lines) + "\r\n")
    result = read_articles([str(path)])
    assert result.problems == ()
    assert [(a.id, a.outlet) for a in result.articles] == [("feed#1", "A"), ("feed#4", "B")]


def test_json_lines_saved_as_json_are_read_as_lines(tmp_path: Path) -> None:
    path = write(
        tmp_path / "dump.json", json.dumps({"text": KILLED}) + "\n" + json.dumps({"text": KILLED})
    )
    assert [a.id for a in read_articles([str(path)]).articles] == ["dump#1", "dump#2"]


def test_bad_records_are_one_problem_each_and_the_rest_is_read(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": KILLED}),
        '{"text": "unterminated',
        json.dumps(["not", "an", "object"]),
        json.dumps({"title": "no text"}),
        json.dumps({"text": 42}),
        json.dumps({"text": "   "}),
        json.dumps({"text": KILLED, "title": ["a", "list"]}),
        json.dumps({"text": KILLED, "published": "18 May 2025"}),
        json.dumps({"text": KILLED, "published": "2025-02-30"}),
        json.dumps({"text": KILLED, "date": 20250518}),
        json.dumps({"text": KILLED, "url": None, "published": None}),
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines))
    result = read_articles([str(path)])
    assert [a.id for a in result.articles] == ["feed#1", "feed#11"]
    assert [str(p) for p in result.problems] == [
        f"{path}: line 2: invalid JSON at column 10: Unterminated string",
        f"{path}: line 3: not a JSON object but a list",
        f"{path}: line 4: no 'text'",
        f"{path}: line 5: 'text' is a number, not a string",
        f"{path}: line 6: 'text' is empty",
        f"{path}: line 7: 'title' is a list, not a string",
        f"{path}: line 8: 'published' is not a date: '18 May 2025'",
        f"{path}: line 9: 'published' is not a date: '2025-02-30'",
        f"{path}: line 10: 'date' is a number, not a date string",
    ]


def test_bad_records_in_a_json_list_name_their_place(tmp_path: Path) -> None:
    path = write(tmp_path / "feed.json", json.dumps([{"text": KILLED}, "text", {"text": None}]))
    result = read_articles([str(path)])
    assert [a.id for a in result.articles] == ["feed#1"]
    assert [p.message for p in result.problems] == [
        "record 2: not a JSON object but a string",
        "record 3: no 'text'",
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(
            '{"text": "a",\n  "title": }',
            "invalid JSON at line 2, column 12: Expecting value",
            id="bad",
        ),
        pytest.param("[]", "the JSON list has no records", id="empty-list"),
        pytest.param(
            '"just a string"', "JSON is neither an article object nor a list of them", id="scalar"
        ),
        pytest.param("[" * 100_000, "invalid JSON: nested too deeply", id="deep"),
        pytest.param("{}", "record: no 'text'", id="empty-object"),
    ],
)
def test_a_bad_json_file_is_one_problem(tmp_path: Path, content: str, message: str) -> None:
    path = write(tmp_path / "bad.json", content)
    result = read_articles([str(path)])
    assert result.articles == ()
    assert result.problems == (InputProblem(str(path), message),)


def test_published_option_dates_a_record_or_a_whole_file(tmp_path: Path) -> None:
    lines = [json.dumps({"text": KILLED, "published": "2025-05-01"}) for _ in range(3)]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines))
    result = read_articles(
        [str(path)], published={"feed#2": date(2025, 5, 20), "feed.jsonl": date(2025, 5, 19)}
    )
    assert result.problems == ()
    assert [a.published for a in result.articles] == [
        date(2025, 5, 19),
        date(2025, 5, 20),
        date(2025, 5, 19),
    ]
    unused = read_articles([str(path)], published={"feed#9": date(2025, 5, 20)}).problems
    assert unused == (InputProblem("feed#9", "--published names no article that was given"),)


def test_record_offsets_index_the_record_text_and_records_are_compared(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": KILLED, "outlet": "A", "published": "2025-05-18"}),
        json.dumps(
            {
                "text": "Three people were killed in the attack on Sunday, police said.",
                "outlet": "B",
                "published": "2025-05-18",
            }
        ),
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines))
    report = check(read_articles([str(path)]).articles, RULES)
    assert_offsets_index_the_text(report)
    conflicts = [f for f in report.findings if f.kind == "conflict"]
    assert [f.slot for f in conflicts] == ["casualties.killed"]


def test_the_json_report_shows_a_known_url_and_validates(tmp_path: Path) -> None:
    path = write(
        tmp_path / "feed.jsonl",
        json.dumps({"text": KILLED, "url": "https://example.com/a"})
        + "\n"
        + json.dumps({"text": "Three people were killed in the attack on Sunday, police said."}),
    )
    result = CliRunner().invoke(app, ["check", str(path), "--format", "json"])
    document = json.loads(result.stdout)
    jsonschema.validate(document, json.loads(schema_path().read_text(encoding="utf-8")))
    assert [a.get("url") for a in document["articles"]] == ["https://example.com/a", None]
    assert "url" not in document["articles"][1], "an unknown url is left out, not null"


# --- encodings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        pytest.param(
            "Two people were killed on Sunday, said José Muñoz and Renée Müller of the Zürich "
            "police. Björn Ågren and François Lefèvre were injured.\n",
            "latin-1",
            id="latin-1-names",
        ),
        pytest.param(
            "Le président Emmanuel Macron a rencontré à Paris la mère de la victime. Trois "
            "personnes ont été tuées dimanche près de la gare, a déclaré la préfète Hélène "
            "Lefèvre.\n",
            "cp1252",
            id="cp1252-french",
        ),
        pytest.param(
            "“Two people were killed,” police said – on Sunday — near Café Noël.\n",
            "cp1252",
            id="cp1252-curly-quotes-and-dashes",
        ),
        pytest.param(
            "Два человека погибли в воскресенье в Киеве, сообщили власти города.\n",
            "cp1251",
            id="cp1251-cyrillic",
        ),
        pytest.param("Zoë Šimić: “two killed” – 北京\r\n", "utf-16", id="utf-16-with-bom"),
        pytest.param("Zoë Šimić: “two killed” – 北京\n", "utf-16-be-bom", id="utf-16-be-with-bom"),
        pytest.param("Zoë Šimić: “two killed” – 北京\n", "utf-32", id="utf-32-with-bom"),
        pytest.param("Zoë Šimić: “two killed” – 北京\n", "utf-8-sig", id="utf-8-with-bom"),
    ],
)
def test_an_article_in_another_encoding_reads_as_written(
    tmp_path: Path, text: str, encoding: str
) -> None:
    if encoding == "utf-16-be-bom":
        data = b"\xfe\xff" + text.encode("utf-16-be")
    else:
        data = text.encode(encoding)
    path = write(tmp_path / "article.txt", data)
    assert only_article(read_articles([str(path)])).text == text


def test_a_cp1252_article_gives_the_same_claims_as_its_utf8_copy(tmp_path: Path) -> None:
    text = (
        "Attack in Zürich\n\nTwo people were killed in the attack on Sunday, "
        "said police chief Renée Müller. “Three others were injured,” said Dr José Muñoz.\n"
    )
    utf8 = write(tmp_path / "utf8" / "a.txt", text)
    legacy = write(tmp_path / "cp1252" / "a.txt", text.encode("cp1252"))
    one, other = (check(read_articles([str(p)]).articles, RULES) for p in (utf8, legacy))
    assert claims_read_as(one) == claims_read_as(other) != []
    assert one.articles[0].title == other.articles[0].title == "Attack in Zürich"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not an article", id="png"
        ),
        pytest.param(
            b"\xff\xfeZ\x00o", "not UTF-16 text (invalid byte 0x6f at offset 4)", id="utf-16-odd"
        ),
        pytest.param(
            "no BOM".encode("utf-16-le"), "binary file, not an article", id="utf-16-no-bom"
        ),
        pytest.param(b"\xff\xfe\x00\x00", "empty file", id="utf-32-bom-only"),
    ],
)
def test_undecodable_input_is_one_problem(tmp_path: Path, content: bytes, message: str) -> None:
    path = write(tmp_path / "bad.txt", content)
    assert read_articles([str(path)]).problems == (InputProblem(str(path), message),)


# --- line endings -----------------------------------------------------------------------------


@pytest.mark.parametrize("line_end", ["\r", "\r\n"], ids=["cr", "crlf"])
def test_any_line_ending_gives_the_same_claims_as_lf(tmp_path: Path, line_end: str) -> None:
    reports = {}
    for name, ending in (("lf", "\n"), ("other", line_end)):
        for sample in sorted(SAMPLES.glob("*.txt")):
            text = sample.read_text(encoding="utf-8").replace("\n", ending)
            write(tmp_path / name / sample.name, text.encode("utf-8"))
        reports[name] = check(read_articles([str(tmp_path / name)]).articles, RULES)
    lf, other = reports["lf"], reports["other"]
    if line_end == "\r":
        assert all("\n" not in a.text and "\r" in a.text for a in other.articles)
    assert claims_read_as(other) == claims_read_as(lf) != []
    assert [a.title for a in other.articles] == [a.title for a in lf.articles]
    assert_offsets_index_the_text(other)
    findings = {(f.slot, f.kind, f.message) for f in lf.findings}
    assert {(f.slot, f.kind, f.message) for f in other.findings} == findings


def test_front_matter_with_cr_line_ends(tmp_path: Path) -> None:
    raw = "---\rtitle: Two killed\routlet: Example\rdate: 2025-05-18\r---\r" + KILLED + "\r"
    article = only_article(read_articles([str(write(tmp_path / "a.md", raw))]))
    assert (article.title, article.outlet, article.published) == (
        "Two killed",
        "Example",
        date(2025, 5, 18),
    )
    assert article.text[article.body_start :] == KILLED + "\r"


# --- folders and standard input ---------------------------------------------------------------


def test_a_folder_of_mixed_files(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", KILLED)
    write(tmp_path / "b.md", "---\noutlet: B\n---\n" + KILLED)
    shutil.copy(PAGE, tmp_path / "c.html")
    (tmp_path / "sub").mkdir()
    shutil.copy(WIRE_PAGE, tmp_path / "sub" / "d.HTM")
    write(tmp_path / "e.json", json.dumps([{"text": KILLED}, {"text": KILLED, "outlet": "E"}]))
    write(tmp_path / "f.jsonl", json.dumps({"text": KILLED}) + "\n")
    write(tmp_path / "g.txt", "Caf\u00e9 owners say one person was killed.".encode("cp1252"))
    write(tmp_path / "notes.csv", "text\n" + KILLED)
    write(tmp_path / "h.json", json.dumps({"headline": "no text"}))
    write(tmp_path / "i.json", json.dumps([{"text": KILLED}, {"text": 3}]))
    result = read_articles([str(tmp_path)])
    assert [a.id for a in result.articles] == [
        "a", "b", "c", "e#1", "e#2", "f#1", "g", "i#1", "d"
    ]  # fmt: skip
    # A JSON file with no article in it (a gold file, settings) is not an input of the folder;
    # a file of records with a bad one is.
    assert [str(p) for p in result.problems] == [
        f"{tmp_path / 'i.json'}: record 2: 'text' is a number, not a string"
    ]
    by_id = {a.id: a for a in result.articles}
    assert (by_id["b"].outlet, by_id["c"].outlet, by_id["e#2"].outlet) == (
        "B",
        "The Daily Example",
        "E",
    )
    assert by_id["d"].outlet == "Example Wire Service"
    assert by_id["g"].text.startswith("Café owners")


def test_a_named_json_file_with_no_article_is_a_problem(tmp_path: Path) -> None:
    write(tmp_path / "h.json", json.dumps({"headline": "no text"}))
    result = read_articles([str(tmp_path / "h.json")])
    assert [str(p) for p in result.problems] == [f"{tmp_path / 'h.json'}: record: no 'text'"]


@pytest.mark.parametrize(
    ("data", "ids", "title"),
    [
        pytest.param(PAGE.read_bytes(), ["stdin"], "Vance, Zelenskyy meet in Rome", id="html"),
        pytest.param(WIRE_PAGE.read_bytes(), ["stdin"], "Zelensky meets Vance", id="html-cp1252"),
        pytest.param(
            (
                json.dumps({"text": KILLED, "title": "T1"}) + "\n\n" + json.dumps({"text": KILLED})
            ).encode(),
            ["stdin#1", "stdin#3"],
            "T1",
            id="jsonl",
        ),
        pytest.param(
            json.dumps({"text": KILLED, "title": "One"}, indent=2).encode(),
            ["stdin"],
            "One",
            id="json",
        ),
        pytest.param(
            json.dumps([{"text": KILLED, "title": "L"}]).encode(), ["stdin#1"], "L", id="json-list"
        ),
        pytest.param(b"[Update] " + KILLED.encode(), ["stdin"], None, id="bracket-text"),
        pytest.param(b"<Breaking> " + KILLED.encode(), ["stdin"], None, id="angle-text"),
        pytest.param(
            "Café: ".encode("cp1252") + KILLED.encode(), ["stdin"], None, id="cp1252-text"
        ),
    ],
)
def test_standard_input_is_read_as_what_it_is(
    data: bytes, ids: list[str], title: str | None
) -> None:
    result = read_articles(["-"], stdin=stdin_of(data))
    assert result.problems == ()
    assert [a.id for a in result.articles] == ids
    assert all(a.path == "-" for a in result.articles)
    first = result.articles[0]
    if title is None:
        assert first.title is None and first.text == data.decode("cp1252")
    else:
        assert (first.title or "").startswith(title) and "<" not in first.text


# --- end to end: a saved page in place of its .txt --------------------------------------------


def conflicts_of(output: str) -> set[tuple[str, tuple[str, ...]]]:
    """Each conflict of a JSON report as its slot and the values its claims give."""
    document = json.loads(output)
    claims = {c["id"]: c for c in document["claims"]}
    return {
        (
            f["slot"],
            tuple(sorted(json.dumps(claims[c]["value"], sort_keys=True) for c in f["claims"])),
        )
        for f in document["findings"]
        if f["kind"] == "conflict"
    }


def every_finding_of(output: str) -> set[tuple[str, str, str, tuple[str, ...]]]:
    document = json.loads(output)
    claims = {c["id"]: c for c in document["claims"]}
    return {
        (
            f["slot"],
            f["kind"],
            f["severity"],
            tuple(sorted(f"{claims[c]['article']} {claims[c]['text']}" for c in f["claims"])),
        )
        for f in document["findings"]
    }


def test_check_with_a_saved_page_in_place_of_the_txt_finds_the_same_conflicts(
    tmp_path: Path,
) -> None:
    for sample in SAMPLES.glob("*.txt"):
        if sample.name != PAGE_SAMPLE.name:
            shutil.copy(sample, tmp_path / sample.name)
    shutil.copy(PAGE, tmp_path / PAGE.name)
    runner = CliRunner()
    with_page = runner.invoke(app, ["check", str(tmp_path), "--format", "json", "--all"])
    with_txt = runner.invoke(app, ["check", str(SAMPLES), "--format", "json", "--all"])
    assert with_page.exit_code == with_txt.exit_code == 1, with_page.output
    assert conflicts_of(with_page.stdout) == conflicts_of(with_txt.stdout) != set()
    assert {s for s, _ in conflicts_of(with_page.stdout)} == {"casualties.killed", "names.spelling"}
    # The page also tells the day, which the .txt does not: given that day, every finding
    # (agreements and single-source facts too) is the same.
    dated_txt = runner.invoke(
        app,
        [
            "check",
            str(SAMPLES),
            "--format",
            "json",
            "--all",
            "--published",
            f"{PAGE_SAMPLE.name}=2025-05-18",
        ],
    )
    assert every_finding_of(with_page.stdout) == every_finding_of(dated_txt.stdout)


def test_check_reads_a_saved_page_from_standard_input() -> None:
    others = [str(p) for p in sorted(SAMPLES.glob("*.txt")) if p.name != PAGE_SAMPLE.name]
    result = CliRunner().invoke(
        app, ["check", "-", *others, "--format", "json"], input=PAGE.read_bytes()
    )
    assert result.exit_code == 1, result.output
    with_txt = CliRunner().invoke(app, ["check", str(SAMPLES), "--format", "json"])
    assert {s for s, _ in conflicts_of(result.stdout)} == {
        s for s, _ in conflicts_of(with_txt.stdout)
    }
    stdin_article = next(a for a in json.loads(result.stdout)["articles"] if a["id"] == "stdin")
    assert (stdin_article["outlet"], stdin_article["published"]) == (
        "The Daily Example",
        "2025-05-18",
    )
