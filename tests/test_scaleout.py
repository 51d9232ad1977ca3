"""The Dask cluster run (issue 8) and Parquet in and out: the same findings as a local run."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

import pytest

pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from corpus_generator import generate  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from discrepancy.cli import app  # noqa: E402
from discrepancy.pipeline import check  # noqa: E402
from discrepancy.reader import read_articles  # noqa: E402
from discrepancy.rulebook import load_rulebook  # noqa: E402
from discrepancy.scaleout import check_on_dask  # noqa: E402

SAMPLES = str(Path(__file__).resolve().parent.parent / "samples")


def test_a_local_dask_cluster_gives_the_serial_report(tmp_path: Path) -> None:
    manifest = generate(tmp_path, 120, seed=9)
    articles = read_articles([str(tmp_path)]).articles
    rulebook = load_rulebook()
    serial = check(articles, rulebook)
    on_dask = check_on_dask(articles, rulebook, scheduler="local")
    assert on_dask == serial
    assert len(serial.stories) >= len(manifest.stories) * 0.7  # a real multi-story input
    assert any(f.kind.value == "conflict" for f in serial.findings)


def test_check_on_a_cluster_from_the_command_line(tmp_path: Path) -> None:
    runner = CliRunner()
    local = runner.invoke(app, ["check", SAMPLES, "--format", "json"])
    cluster = runner.invoke(app, ["check", SAMPLES, "--format", "json", "--scheduler", "local"])
    assert local.exit_code == cluster.exit_code == 1
    assert cluster.stdout == local.stdout


def test_findings_written_as_parquet_read_back_and_are_replaced_only_if_ours(
    tmp_path: Path,
) -> None:
    runner = CliRunner()
    out = tmp_path / "findings.parquet"
    first = runner.invoke(app, ["check", SAMPLES, "--quiet", "--parquet", str(out)])
    assert first.exit_code == 1
    table = pd.read_parquet(out)
    assert {"finding", "slot", "value", "quote"} <= set(table.columns)
    assert "casualties.killed" in set(table["slot"])
    again = runner.invoke(app, ["check", SAMPLES, "--quiet", "--parquet", str(out)])
    assert again.exit_code == 1  # a file of ours is replaced
    theirs = tmp_path / "theirs.parquet"
    pd.DataFrame({"x": [1]}).to_parquet(theirs)
    kept = runner.invoke(app, ["check", SAMPLES, "--quiet", "--parquet", str(theirs)])
    assert kept.exit_code == 2 and "--force" in kept.stderr
    assert list(pd.read_parquet(theirs).columns) == ["x"]


def test_articles_are_read_from_a_parquet_file_row_by_row(tmp_path: Path) -> None:
    path = tmp_path / "feed.parquet"
    pd.DataFrame(
        [
            {"text": "Police said 3 people were killed on Sunday.", "outlet": "A",
             "published": datetime.date(2025, 5, 19)},
            {"text": "At least 5 people were killed on Sunday, officials said.", "outlet": "B",
             "published": datetime.date(2025, 5, 19)},
            {"text": None, "outlet": "C", "published": None},
        ]
    ).to_parquet(path)  # fmt: skip
    result = read_articles([str(path)])
    assert [(a.id, a.outlet, a.published) for a in result.articles] == [
        ("feed#1", "A", datetime.date(2025, 5, 19)),
        ("feed#2", "B", datetime.date(2025, 5, 19)),
    ]
    assert [str(p) for p in result.problems] == [f"{path}: row 3: no 'text'"]
    broken = tmp_path / "broken.parquet"
    broken.write_text("not parquet")
    assert "not a readable Parquet file" in str(read_articles([str(broken)]).problems[0])
