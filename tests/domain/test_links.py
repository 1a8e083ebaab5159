"""interview-reader:// links: written, read back, refused when malformed, resolved against a transcript."""

from __future__ import annotations

import pytest

from desktop_app.domain.errors import ReaderError
from desktop_app.domain.links import (
    HighlightLink,
    LinkError,
    PassageLink,
    UnresolvedLinkError,
    highlight_link,
    is_link,
    parse_link,
    passage_link,
    resolve,
)
from desktop_app.domain.parser import parse_transcript

UUID = "6b1f0e2a-0000-4000-8000-000000000042"

TRANSCRIPT = """---
id: t-links
title: 链接
source: 测试
language: zh-Hans
speakers:
  - {name: 主持, role: host}
  - {name: 嘉宾, role: guest}
---

## 第一部分

主持:第一个问题?

嘉宾:回答的第一段,有𠮷字。
"""


def test_a_paragraph_link_and_a_range_link_read_back_as_written() -> None:
    assert passage_link("sora-2024", "s2-q1-p3") == "interview-reader://open/sora-2024#s2-q1-p3"
    url = passage_link("sora-2024", "s2-q1-p3", 10, 24)
    assert url == "interview-reader://open/sora-2024#s2-q1-p3:10-24"
    assert parse_link(url) == PassageLink("sora-2024", "s2-q1-p3", 10, 24)
    assert parse_link("interview-reader://open/sora-2024#s2-q1-p3") == PassageLink("sora-2024", "s2-q1-p3")
    assert parse_link("interview-reader://open/t#p:5-5") == PassageLink("t", "p", 5, 5)  # an empty range


def test_ids_with_reserved_characters_are_percent_encoded_and_come_back() -> None:
    transcript_id, paragraph_id = "访谈/2024 #1:草稿%", "p:1#a?b"
    url = passage_link(transcript_id, paragraph_id, 0, 3)
    assert url == (
        "interview-reader://open/%E8%AE%BF%E8%B0%88%2F2024%20%231%3A%E8%8D%89%E7%A8%BF%25#p%3A1%23a%3Fb:0-3"
    )
    assert parse_link(url) == PassageLink(transcript_id, paragraph_id, 0, 3)
    assert "(" not in passage_link("a(b)", "c)") and ")" not in passage_link("a(b)", "c)")


def test_unencoded_cjk_ids_are_read_as_an_iri() -> None:
    assert parse_link("interview-reader://open/访谈#s1-q1-p2") == PassageLink("访谈", "s1-q1-p2")


def test_a_highlight_link_reads_back_in_canonical_form() -> None:
    url = highlight_link(UUID.upper())
    assert url == f"interview-reader://highlight/{UUID}"
    assert parse_link(url) == HighlightLink(UUID)
    assert HighlightLink(UUID).url == url and PassageLink("t", "p", 1, 2).url == passage_link("t", "p", 1, 2)


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("https://example.com/open/t#p", "does not start with interview-reader://"),
        ("interview-reader:open/t#p", "must be followed by //"),
        ("interview-reader://close/t#p", "unknown form 'close'"),
        ("interview-reader://open", "unknown form 'open'"),
        ("interview-reader://open/t", "the paragraph is missing"),
        ("interview-reader://open/#p", "the transcript id is empty"),
        ("interview-reader://open/t#", "the paragraph id is empty"),
        ("interview-reader://open/t#p:10", "is not start-end"),
        ("interview-reader://open/t#p:a-b", "is not start-end"),
        ("interview-reader://open/t#p:-1-3", "is not start-end"),
        ("interview-reader://open/t#p:24-10", "starts (24) after it ends (10)"),
        ("interview-reader://open/t#p:1-2:3-4", "is not start-end"),
        ("interview-reader://open/a/b#p", "holds '/', which must be percent-encoded"),
        ("interview-reader://open/a b#p", "holds ' ', which must be percent-encoded"),
        ("interview-reader://open/t#p#q", "holds '#', which must be percent-encoded"),
        ("interview-reader://open/t%2#p", "a % that is not followed by two hex digits"),
        ("interview-reader://open/t%zz#p", "a % that is not followed by two hex digits"),
        ("interview-reader://open/t%FF#p", "percent-encoding is not UTF-8"),
        ("interview-reader://open/t%0A#p", "blank or holds control characters"),
        ("interview-reader://highlight/not-a-uuid", "is not a UUID"),
        ("interview-reader://highlight/", "the highlight id is empty"),
    ],
)
def test_malformed_links_are_refused_saying_why(url: str, says: str) -> None:
    with pytest.raises(LinkError) as caught:
        parse_link(url)
    assert isinstance(caught.value, ReaderError)
    assert says in str(caught.value)
    assert "interview-reader://open/<transcript-id>#<paragraph-id>" in str(caught.value)


def test_writing_a_link_checks_its_parts() -> None:
    for bad in [("", "p", None, None), ("t", "", None, None), ("t", "p", 3, None), ("t", "p", 4, 3)]:
        with pytest.raises(ValueError):
            passage_link(*bad)
    with pytest.raises(ValueError):
        highlight_link("42")


def test_is_link_tells_a_url_from_a_file_name() -> None:
    assert is_link("interview-reader://open/t#p") and is_link("Interview-Reader://open/t#p")
    assert not is_link("interview-reader.md") and not is_link("/tmp/interview-reader://x")


def test_a_link_resolves_to_its_paragraph_and_range_counted_in_code_points() -> None:
    t = parse_transcript(TRANSCRIPT, "links.md")
    paragraph = t.find("s1-q1-p2")
    assert paragraph is not None
    start = paragraph.text.index("𠮷")
    passage = resolve(PassageLink("t-links", "s1-q1-p2", start, start + 2), t)
    assert passage.text == "𠮷字"
    whole = resolve(PassageLink("t-links", "s1-q1-p2"), t)
    assert (whole.start, whole.end, whole.text) == (0, len(paragraph.text), paragraph.text)


@pytest.mark.parametrize(
    ("link", "says"),
    [
        (PassageLink("other", "s1-q1-p2"), "The link is to the transcript 'other', but 't-links' is open."),
        (PassageLink("t-links", "s9-q9-p9"), "has no paragraph 's9-q9-p9'"),
        (PassageLink("t-links", "s1-q1"), "has no paragraph 's1-q1'"),
        (PassageLink("t-links", "s1-q1-p2", 0, 999), "the link asks for 0-999"),
    ],
)
def test_a_link_that_does_not_fit_the_transcript_says_why(link: PassageLink, says: str) -> None:
    t = parse_transcript(TRANSCRIPT, "links.md")
    with pytest.raises(UnresolvedLinkError) as caught:
        resolve(link, t)
    assert says in str(caught.value)
