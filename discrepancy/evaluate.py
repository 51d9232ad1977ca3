"""Score a report against a hand-made gold file: precision, recall, misses, false alarms.

Usage: python -m discrepancy.evaluate DIR GOLD
       python -m discrepancy.evaluate --corpus FOLDER   (every FOLDER/<story>/ with a gold.json)
       python -m discrepancy.evaluate --mixed FOLDER    (all its stories read as one input)

Gold format (JSON): `conflicts` lists the real conflicts, each with a `slot` and the `articles`
that disagree (and `quotes` for the reader); `not_conflicts` lists tempting pairs that must not
be reported as conflicts; `never_compare` lists pairs of quotes from different events that no
finding may put together. A reported conflict matches a gold conflict of the same slot when it
involves at least two of the gold's articles and one of its quotes.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from discrepancy.model import Claim, Finding, FindingKind, Report

GOLD_NAME = "gold.json"


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float
    true_positives: int
    reported: int
    expected: int
    misses: tuple[str, ...] = ()
    false_alarms: tuple[str, ...] = ()
    mixed_events: tuple[str, ...] = field(default=())
    # Reported conflicts that are a disagreement the gold lists as `unslotted`: real, but in no
    # slot the gold can score, so neither right nor a false alarm.
    unscored: tuple[str, ...] = ()

    def lines(self) -> list[str]:
        out = [
            f"precision {self.precision:.3f} ({self.true_positives}/{self.reported} reported "
            "conflicts are real)",
            f"recall    {self.recall:.3f} ({self.expected - len(self.misses)}/{self.expected} real "
            "conflicts found)",
            f"different events compared: {len(self.mixed_events)}",
        ]
        out += [f"  miss: {m}" for m in self.misses]
        out += [f"  false alarm: {f}" for f in self.false_alarms]
        out += [f"  mixed events: {m}" for m in self.mixed_events]
        out += [f"  not scored (an unslotted disagreement): {u}" for u in self.unscored]
        return out


def score(report: Report, gold: Mapping[str, Any]) -> Score:
    articles_of = _articles_by_finding(report)
    sentences_of = _sentences_by_finding(report)
    conflicts = [f for f in report.findings if f.kind == FindingKind.CONFLICT]
    expected = list(gold.get("conflicts", []))
    unslotted = [u for u in gold.get("unslotted", []) if isinstance(u, Mapping)]
    matched_gold: set[int] = set()
    false_alarms = []
    unscored = []
    true_positives = 0
    for finding in conflicts:
        articles, sentences = articles_of[finding.id], sentences_of[finding.id]
        hits = [i for i, g in enumerate(expected) if _matches(finding, articles, sentences, g)]
        said = f"{finding.slot} {sorted(articles)}: {finding.message}"
        if hits:
            true_positives += 1
            matched_gold.update(hits)
        elif any(_is_unslotted(finding, articles, sentences, u) for u in unslotted):
            unscored.append(said)
        else:
            false_alarms.append(said)
    misses = [
        f"{g['slot']} {sorted(g['articles'])}: {g.get('note', '')}"
        for i, g in enumerate(expected)
        if i not in matched_gold
    ]
    scored = len(conflicts) - len(unscored)
    return Score(
        precision=true_positives / scored if scored else 1.0,
        recall=len(matched_gold) / len(expected) if expected else 1.0,
        true_positives=true_positives,
        reported=scored,
        expected=len(expected),
        misses=tuple(misses),
        false_alarms=tuple(false_alarms),
        mixed_events=tuple(_mixed_events(report, gold.get("never_compare", []))),
        unscored=tuple(unscored),
    )


def _articles_by_finding(report: Report) -> dict[str, set[str]]:
    article_of = {c.id: c.article for c in report.claims}
    return {f.id: {article_of[c] for c in f.claims} for f in report.findings}


def _sentences_by_finding(report: Report) -> dict[str, list[str]]:
    claims = {c.id: c for c in report.claims}
    return {f.id: [claims[c].sentence for c in f.claims] for f in report.findings}


def _matches(
    finding: Finding,
    articles: set[str],
    sentences: Sequence[str],
    gold: Mapping[str, Any],
    *,
    any_slot: bool = False,
) -> bool:
    """Same slot, two of the gold's articles, and (when the gold gives quotes) one of its
    quotes in a claim's sentence: a clash of two misread figures is not the gold's conflict.
    `any_slot`: an unslotted disagreement has no slot to match."""
    if not any_slot and finding.slot != gold.get("slot"):
        return False
    if len(articles & set(gold.get("articles", []))) < 2:
        return False
    quotes = gold.get("quotes") or []
    return not quotes or any(q in sentence for q in quotes for sentence in sentences)


def _is_unslotted(
    finding: Finding, articles: set[str], sentences: Sequence[str], gold: Mapping[str, Any]
) -> bool:
    """With no slot to go by, the disagreement's own quotes must stand on both its sides: in
    the sentences of two of the finding's claims."""
    quotes = gold.get("quotes") or []
    quoted = [s for s in sentences if any(q in s for q in quotes)]
    return len(quoted) >= 2 and _matches(finding, articles, sentences, gold, any_slot=True)


def _mixed_events(report: Report, pairs: Sequence[Mapping[str, Any]]) -> list[str]:
    """Findings that put together two quotes the gold says belong to different events."""
    claims = {c.id: c for c in report.claims}
    found = []
    for pair in pairs:
        a, b = pair["a"], pair["b"]
        for finding in report.findings:
            members = [claims[i] for i in finding.claims]
            has_a = any(c.article == a["article"] and _quotes(a["quote"], c) for c in members)
            has_b = any(c.article == b["article"] and _quotes(b["quote"], c) for c in members)
            if finding.slot == pair["slot"] and has_a and has_b:
                found.append(f"{finding.slot}: '{a['quote']}' with '{b['quote']}' ({finding.id})")
    return found


def _quotes(quote: str, claim: Claim) -> bool:
    """Does the quote name this claim's figure: in its sentence, overlapping its own words?
    'Revenue fell to $4.21 billion from $4.51 billion a year earlier' holds two figures; the
    quote 'from $4.51 billion a year earlier' names the old one, not the claim of $4.21bn."""
    at = claim.sentence.find(quote)
    if at < 0:
        return False
    own = claim.sentence.find(claim.text)
    if own < 0:
        return True  # the claim's words were normalised: the sentence is all we can go on
    return at < own + len(claim.text) and own < at + len(quote)


def total(scores: Sequence[Score]) -> Score:
    """Micro-averaged over stories: every conflict counts once, whichever story it is in."""
    tp = sum(s.true_positives for s in scores)
    reported = sum(s.reported for s in scores)
    found = sum(s.expected - len(s.misses) for s in scores)
    expected = sum(s.expected for s in scores)
    return Score(
        precision=tp / reported if reported else 1.0,
        recall=found / expected if expected else 1.0,
        true_positives=tp,
        reported=reported,
        expected=expected,
        misses=tuple(m for s in scores for m in s.misses),
        false_alarms=tuple(f for s in scores for f in s.false_alarms),
        mixed_events=tuple(m for s in scores for m in s.mixed_events),
        unscored=tuple(u for s in scores for u in s.unscored),
    )


def score_story(folder: Path, gold_path: Path) -> Score:
    """Read, check and score one story folder; raise ValueError on unreadable input or gold."""
    from discrepancy.pipeline import check
    from discrepancy.reader import read_articles
    from discrepancy.rulebook import load_rulebook

    result = read_articles(story_articles(folder))
    if result.problems:
        raise ValueError("; ".join(str(p) for p in result.problems))
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"{gold_path}: cannot read the gold file: {exc}") from None
    return score(check(result.articles, load_rulebook()), gold)


def story_folders(corpus: Path) -> list[Path]:
    return sorted(p.parent for p in corpus.glob(f"*/{GOLD_NAME}"))


def story_articles(*folders: Path) -> list[str]:
    """The article files of story folders: what the reader takes from a folder, less the gold
    file (a .json the reader would otherwise read as article records)."""
    from discrepancy.reader import ARTICLE_SUFFIXES

    return [
        str(path)
        for folder in folders
        for path in sorted(folder.iterdir(), key=lambda p: p.name)
        if path.is_file()
        and path.name != GOLD_NAME
        and not path.name.startswith(".")
        and path.suffix.lower() in ARTICLE_SUFFIXES
    ]


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) == 2 and args[0] == "--corpus":
        return _main_corpus(Path(args[1]))
    if len(args) == 2 and args[0] == "--mixed":
        return _main_mixed(Path(args[1]))
    if len(args) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    try:
        result = score_story(Path(args[0]), Path(args[1]))
    except ValueError as exc:
        print(f"discrepancy: error: {exc}", file=sys.stderr)
        return 2
    for line in result.lines():
        print(line)
    return 0


def _main_corpus(corpus: Path) -> int:
    folders = story_folders(corpus)
    if not folders:
        print(f"discrepancy: error: {corpus}: no <story>/gold.json under it", file=sys.stderr)
        return 2
    scores = []
    for folder in folders:
        try:
            story = score_story(folder, folder / "gold.json")
        except ValueError as exc:
            print(f"discrepancy: error: {exc}", file=sys.stderr)
            return 2
        scores.append(story)
        print(
            f"{folder.name:32} precision {story.precision:.3f} ({story.true_positives}/"
            f"{story.reported})  recall {story.recall:.3f} "
            f"({story.expected - len(story.misses)}/{story.expected})  "
            f"mixed events {len(story.mixed_events)}"
        )
    print(f"\nall {len(folders)} stories of {corpus}:")
    for line in total(scores).lines():
        print(line)
    return 0


@dataclass(frozen=True, slots=True)
class Mixing:
    """How a run over many stories at once kept them apart."""

    stories_found: int
    stories_expected: int
    merged: tuple[str, ...]  # found stories holding articles of two gold stories
    split: tuple[str, ...]  # gold stories spread over two found stories
    crossing_conflicts: tuple[str, ...]  # conflicts between articles of different folders

    def lines(self) -> list[str]:
        out = [
            f"stories found {self.stories_found}, expected {self.stories_expected}",
            f"merged: {len(self.merged)}, split: {len(self.split)}, "
            f"conflicts across stories: {len(self.crossing_conflicts)}",
        ]
        out += [f"  merged: {m}" for m in self.merged]
        out += [f"  split: {m}" for m in self.split]
        out += [f"  conflict across stories: {m}" for m in self.crossing_conflicts]
        return out


def mixing(report: Report, gold_story_of: Mapping[str, str]) -> Mixing:
    """`gold_story_of` maps each article id to its gold story's name."""
    found_of = {a: s.id for s in report.stories for a in s.articles}
    merged = [
        f"{s.id}: {sorted({gold_story_of[a] for a in s.articles})}"
        for s in report.stories
        if len({gold_story_of[a] for a in s.articles}) > 1
    ]
    members: dict[str, set[str]] = {}
    for article, story in gold_story_of.items():
        members.setdefault(story, set()).add(found_of[article])
    split = [f"{g}: {sorted(found)}" for g, found in sorted(members.items()) if len(found) > 1]
    articles_of = _articles_by_finding(report)
    crossing = [
        f"{f.slot}: {f.message}"
        for f in report.findings
        if f.kind == FindingKind.CONFLICT
        and len({gold_story_of[a].split("#")[0] for a in articles_of[f.id]}) > 1
    ]
    return Mixing(len(report.stories), len(members), tuple(merged), tuple(split), tuple(crossing))


def _main_mixed(corpus: Path) -> int:
    from discrepancy.pipeline import check
    from discrepancy.reader import read_articles
    from discrepancy.rulebook import load_rulebook

    folders = story_folders(corpus)
    result = read_articles(story_articles(*folders))
    if result.problems or not folders:
        print(f"discrepancy: error: {corpus}: cannot read every story", file=sys.stderr)
        return 2
    gold_story_of = {}
    for article in result.articles:
        folder = Path(article.path).parent
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        stem = Path(article.path).stem
        index = next((i for i, s in enumerate(gold.get("stories", [])) if stem in s), 0)
        gold_story_of[article.id] = f"{folder.name}#{index}"
    report = check(result.articles, load_rulebook())
    for line in mixing(report, gold_story_of).lines():
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
