"""A saved web page (.html, .htm) into an article's text and metadata, with trafilatura.

trafilatura finds the main text (navigation, cookie banners, related links, comments, footers
and scripts left out) and reads the metadata: the title, the site's name (`og:site_name`,
JSON-LD publisher), the canonical URL, and the publication date through htmldate, from the
page's markup only (meta tags, JSON-LD, <time> elements, the URL): htmldate's "extensive"
search also reads dates out of the visible text, and a copyright line or a date the article
mentions is not its publication date.

The article's text is the headline on the first line, then each paragraph the extractor found,
separated by blank lines: the same shape as a .txt article, and the text every offset indexes.
trafilatura (and lxml under it) is imported only when a page is read: it takes a good part of
a second, which a run over plain text files should not pay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from discrepancy.inputs import Unreadable, one_line, parse_day

# A page whose extracted lines are all shorter than this (besides its headline) has no article:
# navigation links and "Page not found" are what is left of such pages.
_MIN_SENTENCE_WORDS = 4
_CHARSET_SNIFF_BYTES = 4096
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.I)
# How a text that starts with '<' shows it is HTML and not an article opening with a bracket.
_HTML_START = re.compile(
    r"\s*(?:<\?xml\b[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|article|main|div|p|section|h1)\b",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True, slots=True)
class WebPage:
    """What a saved page says: its article's text and what the page tells about it."""

    text: str
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    url: str | None = None


def declared_charset(data: bytes) -> str | None:
    """The encoding a page names in its first bytes (<meta charset>, http-equiv, <?xml?>)."""
    head = data[:_CHARSET_SNIFF_BYTES]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def looks_like_html(text: str) -> bool:
    """Whether text starts as a web page does (a doctype, <html>, or a common block tag)."""
    return _HTML_START.match(text.lstrip("\ufeff")) is not None


def read_web_page(markup: str) -> WebPage:
    """The article in a page's HTML. Raises Unreadable, in one line, when there is none."""
    # Imported here, not at the top: see the module's docstring.
    from trafilatura import bare_extraction
    from trafilatura.settings import Document

    try:
        document = bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,  # readers' comments are not the article
            favor_precision=True,  # else a short page is "rescued" with its navigation links
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as error:  # whatever the parser trips on is this page's problem, not a crash
        raise Unreadable(f"cannot read the web page: {_describe(error)}") from None
    if not isinstance(document, Document):
        raise Unreadable("no article text found in the web page")
    title = _clean(document.title)
    lines = [line.strip() for line in (document.text or "").splitlines() if line.strip()]
    if not any(len(line.split()) >= _MIN_SENTENCE_WORDS and line != title for line in lines):
        raise Unreadable("no article text found in the web page")
    if title and lines[0] != title:
        lines.insert(0, title)
    return WebPage(
        text="\n\n".join(lines) + "\n",
        title=title,
        outlet=_clean(document.sitename),
        published=parse_day(document.date[:10]) if document.date else None,
        url=_web_address(document.url),
    )


def _clean(value: str | None) -> str | None:
    return (" ".join(value.split()) or None) if value else None


def _web_address(value: str | None) -> str | None:
    value = _clean(value)
    return value if value and value.lower().startswith(("http://", "https://")) else None


def _describe(error: BaseException) -> str:
    message = one_line(str(error))
    return f"{type(error).__name__}: {message}" if message else type(error).__name__
