"""A progress bar on standard error while articles are read, when there is enough to wait for."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from discrepancy.model import Article

# Below these, a check takes about a second: a bar would only flicker.
MANY_ARTICLES = 20
MUCH_TEXT = 2_000_000  # characters, about 2 MB of text


def worth_a_bar(articles: Sequence[Article]) -> bool:
    """More than `MANY_ARTICLES` articles, or more than `MUCH_TEXT` characters of them."""
    return len(articles) > MANY_ARTICLES or sum(len(a.text) for a in articles) > MUCH_TEXT


@contextmanager
def article_progress(
    console: Console, articles: Sequence[Article], *, quiet: bool = False
) -> Iterator[Callable[[], None] | None]:
    """Yield a callback that advances a bar by one article, or None when no bar is shown.

    No bar when `quiet`, when the console is not a terminal (a pipe, a file, a test: their
    output stays clean) or when the work is short. The bar is transient: it is erased once done.
    """
    if quiet or not console.is_terminal or not worth_a_bar(articles):
        yield None
        return
    bar = Progress(
        TextColumn("Reading articles"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    )
    with bar:
        task = bar.add_task("read", total=len(articles))
        yield lambda: bar.advance(task)
