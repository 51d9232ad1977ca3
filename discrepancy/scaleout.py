"""Run the check on a Dask cluster: articles read for claims, and stories compared, as tasks.

An optional extra (`pip install 'discrepancy[dask]'`). The stages are the pipeline's own pure
functions; Dask only places them. Batches of articles are read for claims on the workers; the
stories are grouped here, in one near-linear pass over the claims and leads; each batch of
stories is aligned and compared on the workers. The report is the one `pipeline.check` makes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any

from discrepancy.defaults import ABOUT_TOLERANCE
from discrepancy.model import Article, Claim, Finding, Report, Story
from discrepancy.pipeline import assemble, compare_story, extract_batch, place, published_days
from discrepancy.rulebook import Rulebook

# Articles (and stories) per task: enough work per task to outweigh its scheduling.
ARTICLES_PER_TASK = 200
STORIES_PER_TASK = 50
LOCAL = "local"


class MissingExtra(RuntimeError):
    """Dask is not installed: the message says how to install it."""


def check_on_dask(
    articles: Sequence[Article],
    rulebook: Rulebook,
    *,
    scheduler: str = LOCAL,
    problems: Sequence[str] = (),
    about_tolerance: float = ABOUT_TOLERANCE,
) -> Report:
    """`pipeline.check` with its two heavy stages on a Dask cluster: `scheduler` is a scheduler's
    address ("tcp://host:8786") or "local" for a cluster of this machine's cores."""
    with _client(scheduler) as client:
        rules = client.scatter(rulebook, broadcast=True)
        batches = _chunks(articles, ARTICLES_PER_TASK)
        read = client.map(extract_batch, batches, rulebook=rules, about_tolerance=about_tolerance)
        extractions = [e for batch in client.gather(read) for e in batch]
        stories, claims, placed = place(articles, extractions, rulebook)
        # scattered in a list: Dask scatters a dict value by value, keyed by the dict's keys
        [published] = client.scatter([published_days(articles)], broadcast=True)
        compared = client.map(
            _compare_stories,
            _chunks(placed, STORIES_PER_TASK),
            rulebook=rules,
            published=published,
        )
        findings = [f for batch in client.gather(compared) for f in batch]
    return assemble(articles, stories, claims, findings, problems)


def _compare_stories(
    placed: Sequence[tuple[Story, tuple[Claim, ...]]],
    rulebook: Rulebook,
    published: Mapping[str, date],
) -> list[Finding]:
    return [f for story in placed for f in compare_story(story, rulebook, published)]


def _chunks(items: Sequence[Any], size: int) -> list[list[Any]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


@contextmanager
def _client(scheduler: str) -> Iterator[Any]:
    """A client of the scheduler at the address, or of a local cluster started for this run."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise MissingExtra(
            "running on a Dask cluster needs the dask extra: pip install 'discrepancy[dask]'"
        ) from None
    if scheduler != LOCAL:
        with Client(scheduler) as client:
            yield client
        return
    workers = os.cpu_count() or 1
    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        yield client
