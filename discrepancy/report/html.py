"""The web page: one self-contained HTML file, each finding with its sources side by side.

No network, no framework: inline CSS, a few lines of plain script that filter by severity and
story (without script the page shows everything), and a print style. Every piece of text that
comes from an article is escaped with `html.escape`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from discrepancy import __version__
from discrepancy.compare import describe_claim
from discrepancy.model import Article, Claim, Finding, FindingKind, Report, Severity, Story
from discrepancy.report.files import GENERATOR
from discrepancy.report.sources import published, quote, shown_stories, source_name
from discrepancy.report.table import summary_line

_STYLE = """
:root { --high: #b3261e; --medium: #8a5a00; --low: #1f5fa8; --info: #5f6368;
  --high-bg: #fde7e5; --medium-bg: #fff1d6; --low-bg: #e3eefb; --info-bg: #eeeeee;
  --mark: #ffe066; --line: #d0d4d9; --muted: #5f6368; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1c1e21;
  max-width: 72rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.6rem; margin: .5rem 0; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 0; display: inline; }
.summary { color: var(--muted); margin-top: 0; }
.controls { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: center;
  padding: .6rem .8rem; border: 1px solid var(--line); border-radius: 6px; background: #f7f8fa; }
.controls fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: .75rem; }
.controls legend { float: left; margin-right: .5rem; font-weight: 600; }
.controls[hidden], .filtered { display: none; }
.finding { border: 1px solid var(--line); border-left: 6px solid var(--info); border-radius: 6px;
  padding: .75rem 1rem; margin: 0 0 1rem; break-inside: avoid; }
.finding header { display: flex; flex-wrap: wrap; gap: .5rem; align-items: baseline; }
.badge { font-size: .8rem; font-weight: 700; letter-spacing: .04em; padding: .05rem .45rem;
  border-radius: 4px; border: 1px solid currentColor; }
.kind { color: var(--muted); font-size: .9rem; }
.sev-high { border-left-color: var(--high); }
.sev-high .badge { color: var(--high); background: var(--high-bg); }
.sev-medium { border-left-color: var(--medium); }
.sev-medium .badge { color: var(--medium); background: var(--medium-bg); }
.sev-low { border-left-color: var(--low); }
.sev-low .badge { color: var(--low); background: var(--low-bg); }
.sev-info { border-left-color: var(--info); }
.sev-info .badge { color: var(--info); background: var(--info-bg); }
.sources { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: .75rem;
  margin: .75rem 0; }
.source { margin: 0; padding: .5rem .75rem; background: #fafbfc; border: 1px solid var(--line);
  border-radius: 4px; }
.source figcaption { font-size: .9rem; }
.source .value { font-weight: 700; }
.source .date, .source .per { color: var(--muted); }
.source blockquote { margin: .4rem 0 0; font-style: italic; }
mark { background: var(--mark); color: inherit; font-style: normal; font-weight: 700;
  padding: 0 .1rem; }
.why { margin: 0; } .consensus { margin: .25rem 0 0; }
table.articles { border-collapse: collapse; width: 100%; font-size: .9rem; }
table.articles th, table.articles td { border: 1px solid var(--line); padding: .25rem .5rem;
  text-align: left; vertical-align: top; }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
@media print {
  body { font-size: 10.5pt; max-width: none; padding: 0; }
  .controls { display: none !important; }
  .finding, .source { break-inside: avoid; }
  .finding, .badge, mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; }
}
"""

# Unhides the filters and hides the findings they leave out; no article text goes in here.
_SCRIPT = """
(function () {
  var form = document.getElementById("filters");
  if (!form) return;
  form.hidden = false;
  function apply() {
    var severities = {}, shown = 0, all = 0;
    form.querySelectorAll("input[name=severity]").forEach(function (box) {
      severities[box.value] = box.checked;
    });
    var story = form.elements.story.value;
    document.querySelectorAll(".finding").forEach(function (f) {
      var show = severities[f.dataset.severity] && (!story || f.dataset.story === story);
      f.classList.toggle("filtered", !show);
      all += 1; shown += show ? 1 : 0;
    });
    document.querySelectorAll("section.story").forEach(function (s) {
      s.classList.toggle("filtered", !s.querySelector(".finding:not(.filtered)"));
    });
    document.getElementById("shown").textContent = shown + " of " + all + " shown";
  }
  form.addEventListener("change", apply);
  apply();
})();
"""


def to_html(report: Report, findings: Sequence[Finding] | None = None) -> str:
    """The report as one HTML page: `findings` (by default the conflicts and variants) grouped
    by story, each source's sentence beside the others with the claim's own words marked."""
    if findings is None:
        findings = [
            f for f in report.findings if f.kind in (FindingKind.CONFLICT, FindingKind.VARIANT)
        ]
    articles = {a.id: a for a in report.articles}
    claims = {c.id: c for c in report.claims}
    grouped = shown_stories(report, findings)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta name="generator" content="{GENERATOR}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Discrepancy report</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        "<header>",
        "<h1>Discrepancy report</h1>",
        f'<p class="summary">{escape(summary_line(report).plain)}</p>',
        "</header>",
    ]
    if grouped:
        parts.append(_controls(report, grouped))
    else:
        parts.append("<p>No conflicts or variants to show.</p>")
    for story, mine in grouped:
        title = f"{story.id}: {story.title}" if story.title else story.id
        parts.append(f'<section class="story" data-story="{escape(story.id)}">')
        parts.append(f"<h2>{escape(title)}</h2>")
        parts.extend(_finding(f, claims, articles) for f in mine)
        parts.append("</section>")
    if report.problems:
        parts.append('<section class="problems"><h2>Inputs that could not be read</h2><ul>')
        parts.extend(f"<li>{escape(problem)}</li>" for problem in report.problems)
        parts.append("</ul></section>")
    parts.append(_articles(report))
    parts += [
        f"<footer>Written by discrepancy {escape(__version__)}.</footer>",
        f"<script>{_SCRIPT}</script>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)


def _controls(report: Report, grouped: Sequence[tuple[Story, list[Finding]]]) -> str:
    """The filters, hidden until the script runs: without script they could not work."""
    counts: dict[Severity, int] = {}
    for _, mine in grouped:
        for finding in mine:
            counts[finding.severity] = counts.get(finding.severity, 0) + 1
    boxes = "".join(
        f'<label><input type="checkbox" name="severity" value="{s.value}" checked> '
        f"{s.value.upper()} ({counts[s]})</label>"
        for s in sorted(counts, key=lambda s: -s.rank)
    )
    shown = {f.story for _, mine in grouped for f in mine}
    options = "".join(
        f'<option value="{escape(s.id)}">{escape(s.id)}: {escape(_short(s.title))}</option>'
        for s in report.stories
        if s.id in shown
    )
    return (
        '<form id="filters" class="controls" hidden>'
        f"<fieldset><legend>Severity</legend>{boxes}</fieldset>"
        '<label>Story <select name="story"><option value="">all stories</option>'
        f"{options}</select></label>"
        '<span id="shown" aria-live="polite"></span>'
        "</form>"
    )


def _short(title: str, limit: int = 60) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def _finding(finding: Finding, claims: Mapping[str, Claim], articles: Mapping[str, Article]) -> str:
    severity = finding.severity.value
    sources = "".join(_source(claims[i], articles) for i in finding.claims)
    consensus = (
        f'<p class="consensus"><strong>consensus:</strong> {escape(finding.consensus)}</p>'
        if finding.consensus
        else ""
    )
    return (
        f'<article class="finding sev-{severity} kind-{finding.kind.value}" '
        f'id="{escape(finding.id)}" data-severity="{severity}" '
        f'data-story="{escape(finding.story)}">'
        f'<header><span class="badge">{severity.upper()}</span>'
        f'<span class="kind">{finding.kind.value}</span>'
        f"<h3>{escape(finding.label)}</h3></header>"
        f'<div class="sources">{sources}</div>'
        f'<p class="why"><strong>why:</strong> {escape(finding.message)}</p>{consensus}'
        "</article>"
    )


def _source(claim: Claim, articles: Mapping[str, Article]) -> str:
    """One source: who and when, the value it gives, and its whole sentence, the claim marked."""
    name = escape(source_name(claim.article, articles))
    day = published(claim.article, articles)
    date = f' <time class="date" datetime="{day}">{day}</time>' if day else ""
    per = f' <span class="per">per {escape(claim.attribution)}</span>' if claim.attribution else ""
    q = quote(claim, articles.get(claim.article))
    return (
        f'<figure class="source"><figcaption><strong title="{escape(claim.article)}">{name}'
        f'</strong>{date}: <span class="value">{escape(describe_claim(claim))}</span>{per}'
        f"</figcaption><blockquote>{escape(q.before)}<mark>{escape(q.own)}</mark>"
        f"{escape(q.after)}</blockquote></figure>"
    )


def _articles(report: Report) -> str:
    """Which file each source is, for the reader who wants to open it."""
    rows = "".join(
        f"<tr><td>{escape(a.id)}</td><td>{escape(a.outlet or '')}</td>"
        f"<td>{a.published.isoformat() if a.published else ''}</td>"
        f"<td>{escape(a.title or '')}</td><td>{escape(a.path)}</td></tr>"
        for a in report.articles
    )
    return (
        '<section class="articles"><h2>Articles</h2><table class="articles">'
        "<thead><tr><th>id</th><th>outlet</th><th>published</th><th>title</th><th>file</th>"
        f"</tr></thead><tbody>{rows}</tbody></table></section>"
    )
