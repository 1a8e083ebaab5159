"""Paragraph Markdown to HTML and plain text; raw HTML in a transcript is shown as text."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported by the first paragraph with Markdown in it: plain transcripts never need it
    import markdown

# Characters that can start Markdown syntax, and a line that starts a list; a paragraph without either
# is plain text. Two patterns, not one alternation: a character class alone is scanned much faster.
_MARKUP_CHARS = re.compile(r"[*_`\[\]<>&\\!#|~=]")
_LIST_LINE = re.compile(r"^\s*(?:[-+]\s|\d+[.)]\s)", re.MULTILINE)


@lru_cache(maxsize=1)
def _converter() -> markdown.Markdown:
    import markdown

    md = markdown.Markdown(extensions=[], output_format="html")
    # Raw HTML is text: without these two, markdown passes tags through untouched.
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return md


_IMAGE = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ALT = re.compile(r'\balt="([^"]*)"')


def _placeholder(match: re.Match[str]) -> str:
    """An image as the words that stand for it: a transcript never makes the reader load a file."""
    alt = _ALT.search(match.group(0))
    return f"[{alt.group(1)}]" if alt and alt.group(1).strip() else "[image]"


def _strip_paragraph(rendered: str) -> str:
    rendered = rendered.strip()
    if rendered.startswith("<p>") and rendered.endswith("</p>") and rendered.count("<p>") == 1:
        return rendered[3:-4]
    return rendered


@lru_cache(maxsize=1)
def _text_of() -> Callable[[str], str]:
    """A function from rendered HTML to the text a reader sees in it (a ``<br>`` is a line break).

    Made once, when the first paragraph with Markdown is rendered: a plain transcript needs no HTML parser.
    """
    from html.parser import HTMLParser

    class TextExtractor(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []

        def handle_data(self, data: str) -> None:
            self.parts.append(data)

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "br":
                self.parts.append("\n")

    def text_of(rendered: str) -> str:
        extractor = TextExtractor()
        extractor.feed(rendered)
        extractor.close()
        return "".join(extractor.parts)

    return text_of


def render(source: str) -> tuple[str, str]:
    """Return ``(html, text)`` for one paragraph of Markdown source.

    ``html`` is inline HTML (emphasis, links, code), or '' when the source holds no Markdown at all
    (then ``text`` is the source and Paragraph.html escapes it); ``text`` is what a reader sees, the
    string that highlight offsets count in.
    """
    # Each soft line break is one character in ``text`` and one on screen (Qt turns <br> into U+2028),
    # so highlight offsets count the same in both.
    if not (_MARKUP_CHARS.search(source) or _LIST_LINE.search(source)):
        return "", source  # plain: Paragraph.html escapes it when the pane asks
    md = _converter()
    md.reset()
    rendered = _strip_paragraph(md.convert(source)).replace("\n", "<br>")
    rendered = _IMAGE.sub(_placeholder, rendered)
    return rendered, _text_of()(rendered)
