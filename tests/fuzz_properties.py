"""Properties every stage keeps on any text, for the fuzz tests and the long fuzz run.

Shared by `tests/test_fuzz.py` (a short budget in CI) and `scripts/fuzz.py` (a long run): the
same strategies and the same checks, so a failure the long run finds is a test to keep.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from hypothesis import strategies as st

from discrepancy import quantities, when
from discrepancy.model import Article, FindingKind, Interval, Report
from discrepancy.pipeline import check
from discrepancy.report.csv_report import rows
from discrepancy.report.html import to_html
from discrepancy.report.json_report import to_json
from discrepancy.report.markdown import to_markdown
from discrepancy.rulebook import Rulebook, load_rulebook

RULEBOOK = load_rulebook()
PUBLISHED = dt.date(2025, 5, 19)

# News words and figures, hedges, days and names: text the readers will take apart.
NEWS = (
    "killed killing injured wounded dead at least more than about nearly some up to 1,000 two "
    "one dozens 40 88 out of 273 drones launched downed prisoners from each side Sunday "
    "Monday overnight the day before last week since 2022 a 4-year-old child aged 19 said "
    "police Zelenskyy Zelensky Volodymyr Vlodomyr Sergei Sergey 10:00 a.m. 7.40pm two-hour-long "
    "for three hours $4.2bn £250m 52% 6.1 magnitude km/h 2-1 rose from 5 to 7 between and "
    "1/2 2 1/2 March twentieth 29.02.2020 earthquake attack fire strike shooting crash"
).split()
# Characters that trouble text tools: controls, bidi overrides, joiners, combining marks,
# surrogate-free astral symbols, quotes and dashes of every kind, NUL, line separators.
TROUBLE = list(
    "\x00\x01\x07\x1b\x7f\u0085\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c"
    "\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029\ufeff\u0301\u0308\u2019\u201c\u201d"
    "\u2013\u2014\u2212\u00a0\u3000\uff11\uff12\u0660\u0661\u0969\U0001f600\U0001d7d8"
    "\u0130\u017f\u212a\r\n\t .,;:!?()[]{}\"'-/%$£€"
)

words = st.sampled_from(NEWS)
trouble = st.sampled_from(TROUBLE)
token = st.one_of(words, words, words, trouble, st.text(max_size=6))
texts = st.lists(token, max_size=60).map(lambda parts: " ".join(parts))
# Every character Python can hold in a str but surrogates (a file decodes to none of those).
any_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=300)
article_texts = st.one_of(texts, any_text)
dates = st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31)))


def ordered(interval: Interval | None) -> bool:
    if interval is None or interval.low is None or interval.high is None:
        return True
    return interval.low <= interval.high


def check_quantities(text: str) -> int:
    found = quantities.parse(text)
    for q in found:
        assert 0 <= q.start <= q.end <= len(text), (q, text)
        assert text[q.start : q.end] == q.text, (q, text)
        assert q.low is None or q.high is None or q.low <= q.high, (q, text)
    return len(found)


def check_times(text: str, published: dt.date | None) -> int:
    found = when.parse(text, published)
    for w in found:
        assert 0 <= w.start <= w.end <= len(text), (w, text)
        assert text[w.start : w.end] == w.text, (w, text)
        if w.earliest is not None and w.latest is not None:
            assert w.earliest <= w.latest, (w, text)
    return len(found)


def check_report(
    bodies: Sequence[str], dated: Sequence[dt.date | None], rulebook: Rulebook = RULEBOOK
) -> Report:
    """Claims and findings of a run over the texts keep the report's invariants, and every
    output format renders it."""
    articles = [
        Article(f"a{i}", f"a{i}.txt", body, published=day)
        for i, (body, day) in enumerate(zip(bodies, dated, strict=False))
    ]
    report = check(articles, rulebook)
    text_of = {a.id: a.text for a in articles}
    claim_ids = [c.id for c in report.claims]
    assert len(set(claim_ids)) == len(claim_ids), "claim ids are unique"
    for claim in report.claims:
        assert 0 <= claim.start <= claim.end <= len(text_of[claim.article])
        assert text_of[claim.article][claim.start : claim.end] == claim.text
        assert ordered(claim.interval) and ordered(claim.found)
    article_of = {c.id: c.article for c in report.claims}
    for finding in report.findings:
        assert set(finding.claims) <= set(claim_ids), "a finding names only claims that exist"
        if finding.kind == FindingKind.CONFLICT:
            assert len({article_of[c] for c in finding.claims}) >= 2, "a conflict needs 2 sources"
    json.loads(to_json(report))
    to_html(report)
    to_markdown(report)
    rows(report, report.findings)
    return report
