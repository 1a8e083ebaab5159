"""The Markdown and HTML exports link each quote back to its passage; the links parse to the same anchors."""

from __future__ import annotations

from html.parser import HTMLParser

import markdown
from export_fixtures import EXPORTED_AT, small_fixture, uid

from desktop_app.domain.export.as_html import to_html
from desktop_app.domain.export.as_markdown import to_markdown
from desktop_app.domain.links import HighlightLink, PassageLink, parse_link, resolve


class Links(HTMLParser):
    """Every ``<a href>`` of a page with the text inside it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []
        self.open: list[tuple[str, list[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.open.append((dict(attrs).get("href") or "", []))

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            href, text = self.open.pop()
            self.links.append((href, "".join(text)))

    def handle_data(self, data: str) -> None:
        for _, text in self.open:
            text.append(data)


def links_in(html: str) -> list[tuple[str, str]]:
    parser = Links()
    parser.feed(html)
    return [(href, text) for href, text in parser.links if href.startswith("interview-reader:")]


def test_each_markdown_quote_links_back_to_its_anchor() -> None:
    f = small_fixture()
    document = to_markdown(*f.args(), exported_at=EXPORTED_AT)
    # The front matter is not Markdown (its <script> would swallow the rest).
    body = document.split("\n---\n", 1)[1]
    rendered = links_in(markdown.markdown(body))
    placed = {h.id: f.placements[h.id] for h in f.highlights if not h.deleted}
    passages = [(parse_link(href), text) for href, text in rendered]
    expected_passages = [
        PassageLink(f.transcript.id, p.paragraph_id, p.start, p.end) for p in placed.values() if p is not None
    ]
    got_passages = [link for link, _ in passages if isinstance(link, PassageLink)]
    assert sorted(got_passages, key=repr) == sorted(expected_passages, key=repr)
    for link, text in passages:
        if isinstance(link, PassageLink):
            # The link's text is the quote, and the link finds that very quote in the transcript.
            assert text == f"「{resolve(link, f.transcript).text}」"
    orphans = [link for link, _ in passages if isinstance(link, HighlightLink)]
    assert orphans == [HighlightLink(uid(5))]  # the orphan links to the highlight itself


def test_the_markdown_link_sits_on_the_quote_of_the_blockquote() -> None:
    f = small_fixture()
    document = to_markdown(*f.args(), exported_at=EXPORTED_AT)
    placement = f.placements[uid(3)]
    assert placement is not None
    url = f"interview-reader://open/{f.transcript.id}#{placement.paragraph_id}:{placement.start}-{placement.end}"
    assert f"> [「广告收入占七成」]({url})  " in document.splitlines()  # then a hard break and who said it


def test_each_html_highlight_links_to_its_passage() -> None:
    f = small_fixture()
    rendered = links_in(to_html(*f.args(), exported_at=EXPORTED_AT))
    got = sorted((parse_link(href) for href, _ in rendered), key=repr)
    live = [f.placements[h.id] for h in f.highlights if not h.deleted]
    expected = {PassageLink(f.transcript.id, p.paragraph_id, p.start, p.end) for p in live if p is not None}
    # A highlight whose marked text is split by an overlapping one has a link on each of its pieces.
    assert set(got) == expected
    for href, text in rendered:  # the link is on the marked text itself (a piece of it, where marks overlap)
        link = parse_link(href)
        assert isinstance(link, PassageLink) and text in resolve(link, f.transcript).text
