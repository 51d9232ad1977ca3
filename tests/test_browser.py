"""The web page in a real browser: headless Chromium renders it, runs its script, draws it.

Skipped where Chromium is not installed (a developer's machine); `.ci/run` installs Debian's
`chromium` package, so in CI these run.
"""

from __future__ import annotations

import re
import struct
from html import unescape
from pathlib import Path

import pytest
from typer.testing import CliRunner

from discrepancy.cli import app
from discrepancy.compare import describe_claim
from discrepancy.model import FindingKind
from discrepancy.report.browser import dump_dom, find_chromium, screenshot
from discrepancy.report.examples import sample_report, write_text_reports

ROOT = Path(__file__).parent.parent
CHROMIUM = find_chromium()
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# A script that would show it ran: it renames the page.
INJECTED = '<script>document.title = "injected"</script>'

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)"
    ),
]


def _chromium() -> str:
    assert CHROMIUM is not None
    return CHROMIUM


def _text(dom: str) -> str:
    """The page's visible words, on one line: tags, scripts and styles dropped."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", dom, flags=re.DOTALL)
    body = re.sub(r"</?(mark|strong|span|time|em)\b[^>]*>", "", body)  # inline: no space
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", body)).split())


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """reports/samples.html as the code makes it now."""
    out = tmp_path_factory.mktemp("reports")
    write_text_reports(ROOT, out)
    return out / "samples.html"


def test_chromium_shows_every_conflicts_values_and_quotes(
    sample_page: Path, tmp_path: Path
) -> None:
    dom = dump_dom(_chromium(), sample_page, user_data_dir=tmp_path / "profile")
    text = _text(dom)
    report, _ = sample_report(ROOT)
    claims = {c.id: c for c in report.claims}
    conflicts = [f for f in report.findings if f.kind == FindingKind.CONFLICT]
    assert conflicts
    for finding in conflicts:
        assert finding.label in text
        for claim in (claims[i] for i in finding.claims):
            assert describe_claim(claim) in text
            assert " ".join(claim.sentence.split()) in text  # the whole sentence, side by side
    assert "<title>Discrepancy report</title>" in dom
    # The page's own script ran: it shows the filters and counts what they leave.
    assert re.search(r'<form id="filters" class="controls">', dom)
    assert re.search(r"\b(\d+) of \1 shown\b", text)


def test_chromium_shows_an_injected_script_as_text(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        f"Police in Springfield said at least two people were killed in the warehouse fire on "
        f"Sunday {INJECTED}.\n"
    )
    (folder / "b.txt").write_text(
        "Police in Springfield said one person was killed in the warehouse fire on Sunday.\n"
    )
    page = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["check", str(folder), "--html", str(page), "--quiet"])
    assert result.exit_code == 1, result.output
    dom = dump_dom(_chromium(), page, user_data_dir=tmp_path / "profile")
    assert "<title>Discrepancy report</title>" in dom  # the injected script did not run
    assert "injected" not in re.search(r"<title>(.*?)</title>", dom, re.DOTALL)[1]  # type: ignore[index]
    assert INJECTED in _text(dom)  # shown, as text
    assert len(re.findall(r"<script\b", dom)) == 1  # ours only
    assert re.search(r"\b(\d+) of \1 shown\b", _text(dom))  # while scripts did run


def test_chromium_takes_a_screenshot(sample_page: Path, tmp_path: Path) -> None:
    png = tmp_path / "samples.png"
    screenshot(_chromium(), sample_page, png, user_data_dir=tmp_path / "profile")
    data = png.read_bytes()
    assert data.startswith(PNG_SIGNATURE)
    assert struct.unpack(">II", data[16:24]) == (1280, 2000)  # IHDR: width, height
    # A blank page of that size compresses to a few kB; the report's text makes it far larger.
    assert len(data) > 50_000
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".png"] == ["samples.png"]
