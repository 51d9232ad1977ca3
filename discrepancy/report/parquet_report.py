"""Findings as Parquet, for a warehouse or a notebook: the review CSV's rows and columns.

Needs pyarrow (`pip install 'discrepancy[dask]'`). The file carries `generator: discrepancy` in
its metadata, so a later run knows it may replace it.
"""

from __future__ import annotations

import io
from pathlib import Path

from discrepancy.report.csv_report import COLUMNS
from discrepancy.report.files import GENERATOR, write_atomically

_MARK = (b"generator", GENERATOR.encode())


class NoParquet(RuntimeError):
    """pyarrow is not installed: the message says how to install it."""


def write_parquet(path: Path, table: list[dict[str, str]]) -> None:
    """Write the rows atomically (see `write_atomically`): never half a file."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise NoParquet("writing Parquet needs pyarrow: pip install 'discrepancy[dask]'") from None
    columns = {name: [row[name] for row in table] for name in COLUMNS}
    schema = pa.schema([(name, pa.string()) for name in COLUMNS], metadata=dict([_MARK]))
    buffer = io.BytesIO()
    pq.write_table(pa.table(columns, schema=schema), buffer)
    write_atomically(path, buffer.getvalue())


def written_by_us(path: Path) -> bool:
    """Is the Parquet file at `path` one this tool wrote?"""
    try:
        import pyarrow.parquet as pq

        metadata = pq.read_schema(path).metadata or {}
    except Exception:  # not Parquet, unreadable, or no pyarrow: not known to be ours
        return False
    return metadata.get(_MARK[0]) == _MARK[1]
