"""Regenerate the example reports of samples/ under reports/ (see reports/README.md).

Run from anywhere: .venv/bin/python scripts/make_reports.py
The text formats are checked by tests/test_reports.py; the PNG needs Chromium and is skipped,
with a note, without it.
"""

from __future__ import annotations

from pathlib import Path

from discrepancy.report.examples import main

if __name__ == "__main__":
    raise SystemExit(main(Path(__file__).resolve().parent.parent))
