"""The benchmark corpus generator: deterministic, the size asked, realistic stories, and an
answer the checker can be scored against."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import corpus_generator
from corpus_generator import Manifest, generate, score

from discrepancy.pipeline import check
from discrepancy.reader import read_articles
from discrepancy.rulebook import load_rulebook

_WORD = re.compile(r"\b[A-Z][a-z]+\b")
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_same_seed_same_bytes_other_seed_other_corpus(tmp_path: Path) -> None:
    first = generate(tmp_path / "a", 60, seed=3)
    again = generate(tmp_path / "b", 60, seed=3)
    other = generate(tmp_path / "c", 60, seed=4)
    assert first == again
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    assert _files(tmp_path / "a") != _files(tmp_path / "c")
    assert other != first


@pytest.mark.parametrize("articles", [3, 23, 157])
def test_writes_the_articles_asked_in_stories_of_3_to_20(tmp_path: Path, articles: int) -> None:
    manifest = generate(tmp_path, articles)
    written = sorted(p.stem for p in tmp_path.glob("*.md"))
    assert len(written) == manifest.articles == articles
    assert sorted(a for s in manifest.stories for a in s) == written
    assert all(3 <= len(s) <= 20 for s in manifest.stories)
    assert manifest.bytes == sum(p.stat().st_size for p in tmp_path.glob("*.md"))
    assert Manifest.from_json((tmp_path / "manifest.json").read_text()) == manifest


def test_articles_are_news_of_150_to_400_words_with_front_matter(tmp_path: Path) -> None:
    generate(tmp_path, 80)
    for path in tmp_path.glob("*.md"):
        front, body = path.read_text().split("---\n")[1:3]
        assert {line.split(":")[0] for line in front.splitlines()} == {
            "title",
            "outlet",
            "published",
        }
        assert 150 <= len(body.split()) <= 400, path.name


def test_stories_have_their_own_names_and_mixed_kinds(tmp_path: Path) -> None:
    manifest = generate(tmp_path, 200)
    assert len(set(manifest.kinds)) >= 8
    # Capitalised words not written in the generator's own text are invented: people's full
    # names, towns, streets. First names may recur (two Annas); full names and towns never.
    fixed = set(_WORD.findall(Path(corpus_generator.__file__).read_text()))
    seen: dict[str, int] = {}
    for story, ids in enumerate(manifest.stories):
        text = " ".join((tmp_path / f"{a}.md").read_text() for a in ids)
        names = {m for m in _FULL_NAME.findall(text) if not set(m.split()) & fixed}
        towns = {w for w in _WORD.findall(text) if f"{w.upper()} (" in text and w not in fixed}
        for name in names | towns:
            assert seen.setdefault(name, story) == story, f"{name} in two stories"
    assert len(seen) >= 3 * len(manifest.stories)


def test_the_pipeline_finds_the_planted_conflicts(tmp_path: Path) -> None:
    manifest = generate(tmp_path, 40, seed=11)
    assert manifest.conflicts, "the seed must plant at least one conflict"
    report = check(read_articles([str(tmp_path)]).articles, load_rulebook())
    article_of = {claim.id: claim.article for claim in report.claims}
    conflicts = [
        (f.slot, {article_of[c] for c in f.claims}) for f in report.findings if f.kind == "conflict"
    ]
    recovery = score(manifest, (s.articles for s in report.stories), conflicts)
    assert recovery.conflicts_found == recovery.conflicts, recovery.missed
    assert recovery.stories_exact >= 0.8 * recovery.stories


def test_worker_processes_give_the_serial_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import discrepancy.pipeline as pipeline

    generate(tmp_path, 60, seed=5)
    articles = read_articles([str(tmp_path)]).articles
    serial = check(articles, load_rulebook())
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 10)  # workers even for a small input
    counted: list[int] = []
    parallel = check(articles, load_rulebook(), jobs=2, on_article=lambda: counted.append(1))
    assert parallel == serial
    assert len(counted) == len(articles)  # progress still reported once an article
