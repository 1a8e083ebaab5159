"""Search: what is found, where, and that both ways of finding it agree.

Overlapping occurrences do not count: matches are found left to right and the next one starts after the
end of the last, like str.count ("哈哈" occurs once in "哈哈哈"). The independent counts below use
str.count and a str.find loop that steps by the query's length.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.domain import search
from desktop_app.domain.model import Transcript
from desktop_app.domain.parser import load_transcript, parse_transcript
from desktop_app.domain.search import Hit, SearchResults, TranscriptIndex
from desktop_app.paths import bundled_transcript

SMALL = """\
---
id: t-small
title: 小访谈
source: test
language: zh-Hans
speakers:
  - name: 主持人
    role: host
  - name: 嘉宾
    role: guest
---

主持人：会议几点开始？

嘉宾：上午１０：３０，在３０１室。ＡＩ 和 ai 都算。一\u3000二。

嘉宾：哈哈哈哈哈，哈哈。

主持人：FTS 语法呢？

嘉宾：He said "yes" to C* AND NEAR(x, y) -- a co-op, "" and *.
"""


@pytest.fixture(scope="module")
def bundled() -> Transcript:
    return load_transcript(bundled_transcript())


@pytest.fixture(scope="module")
def index(bundled: Transcript) -> Iterator[TranscriptIndex]:
    with TranscriptIndex.open(bundled) as opened:
        yield opened


@pytest.fixture(scope="module")
def small() -> Iterator[TranscriptIndex]:
    with TranscriptIndex.open(parse_transcript(SMALL, "small.md")) as opened:
        yield opened


def expected_hits(transcript: Transcript, query: str) -> list[tuple[str, int]]:
    """(paragraph id, start) of each occurrence, found with a plain lower() + find loop."""
    needle = query.lower()
    found = []
    for paragraph in transcript.paragraphs():
        text = paragraph.text.lower()
        at = text.find(needle)
        while at >= 0:
            found.append((paragraph.id, at))
            at = text.find(needle, at + len(needle))
    return found


def counted(transcript: Transcript, query: str) -> int:
    return sum(p.text.lower().count(query.lower()) for p in transcript.paragraphs())


def located(hits: SearchResults | list[Hit]) -> list[tuple[str, int]]:
    return [(h.paragraph_id, h.start) for h in hits]


@pytest.mark.parametrize(
    "query", ["的", "猫", "视频", "梦境", "视频生成", "小猫推苹果", "sora", "SORA", "Sora会"]
)
def test_every_occurrence_is_found_in_reading_order(
    bundled: Transcript, index: TranscriptIndex, query: str
) -> None:
    hits = index.search(query)
    assert len(hits) == counted(bundled, query) > 0
    assert located(hits) == expected_hits(bundled, query)


def test_the_counts_on_the_bundled_transcript(index: TranscriptIndex) -> None:
    # Counted once by hand-checked str.count over the file's paragraphs; a change here means the
    # transcript or the matching changed.
    assert [len(index.search(q)) for q in ("的", "猫", "视频", "视频生成", "sora")] == [251, 2, 58, 4, 72]


def test_hits_describe_their_paragraph(bundled: Transcript, index: TranscriptIndex) -> None:
    hits = index.search("sora")
    for hit in hits:
        paragraph = bundled.find(hit.paragraph_id)
        assert paragraph is not None and hit.text == paragraph.text  # type: ignore[union-attr]
        assert hit.text[hit.start : hit.end].lower() == "sora"
        assert hit.end - hit.start == 4
        assert hit.note_id == ""
        question = bundled.question_of(hit.paragraph_id)
        if question is None:
            assert (hit.kind, hit.question_id, hit.section_id) == ("preface", "", "")
        else:
            assert (hit.question_id, hit.section_id) == (question.id, question.section_id)
            is_prompt = any(p.id == hit.paragraph_id for p in question.prompt.paragraphs)
            assert hit.kind == ("question" if is_prompt else "answer")
            assert hit.speaker == paragraph.speaker  # type: ignore[union-attr]
    assert {"Sora", "sora"} <= {h.text[h.start : h.end] for h in hits}
    assert {h.kind for h in hits} == {"preface", "question", "answer"}


def test_full_width_queries_find_half_width_text(index: TranscriptIndex) -> None:
    assert list(index.search("ＳＯＲＡ")) == list(index.search("sora"))
    assert list(index.search("Ｓｏｒａ会")) == list(index.search("sora会"))


def test_half_width_queries_find_full_width_text(small: TranscriptIndex) -> None:
    colons = small.search(":")
    assert [(h.text[h.start : h.end], h.text[h.start - 2 : h.start]) for h in colons] == [("：", "１０")]
    assert [h.text[h.start : h.end] for h in small.search("10:30")] == ["１０：３０"]
    assert [h.text[h.start : h.end] for h in small.search("301")] == ["３０１"]
    assert [h.text[h.start : h.end] for h in small.search("ai")] == ["ＡＩ", "ai", "ai"]  # the last in "said"
    assert [h.text[h.start : h.end] for h in small.search("ai 和 ＡＩ")] == ["ＡＩ 和 ai"]
    assert [h.text[h.start : h.end] for h in small.search("一 二")] == ["一\u3000二"]
    assert [h.text[h.start : h.end] for h in small.search("？")] == ["？", "？"]


def test_overlapping_occurrences_count_once_like_str_count(small: TranscriptIndex) -> None:
    assert [h.start for h in small.search("哈哈")] == [0, 2, 6]
    assert len(small.search("哈哈哈")) == "哈哈哈哈哈,哈哈。".count("哈哈哈") == 1


@pytest.mark.parametrize(
    "query",
    ['"yes"', '"', '""', "*", "c* and", "AND", "and near(", "NEAR(x, y)", "-", "--", "co-op", "* ", "(x"],
)
def test_fts_syntax_is_searched_literally(small: TranscriptIndex, query: str) -> None:
    paragraph = 'He said "yes" to C* AND NEAR(x, y) -- a co-op, "" and *.'
    hits = small.search(query)
    assert len(hits) == paragraph.lower().count(query.lower()) > 0
    assert all(h.text[h.start : h.end].lower() == query.lower() for h in hits)


@pytest.mark.parametrize("query", ["", " ", "   ", "\u3000", "\n\t"])
def test_an_empty_query_finds_nothing(index: TranscriptIndex, query: str) -> None:
    assert index.search(query) == []
    assert len(index.search(query)) == 0


def test_spaces_in_a_query_count(index: TranscriptIndex, bundled: Transcript) -> None:
    assert located(index.search("sora ")) == expected_hits(bundled, "sora ")
    assert len(index.search("sora ")) < len(index.search("sora"))


def test_queries_that_are_nowhere_find_nothing(index: TranscriptIndex) -> None:
    assert index.search("元宇宙") == []
    assert index.search("鲸") == []
    assert index.search("sora\x00") == []


def sample_queries(transcript: Transcript) -> list[str]:
    queries = {"sora", "sora的", "ai视频", " ai", "的视频", "视频生成"}
    for paragraph in transcript.paragraphs():
        text = paragraph.text
        for start in (0, len(text) // 3, len(text) // 2):
            for size in (3, 4, 6, 8):
                if start + size <= len(text):
                    queries.add(text[start : start + size])
    return sorted(queries)


def test_the_trigram_path_and_the_scan_agree(
    bundled: Transcript, index: TranscriptIndex, monkeypatch: pytest.MonkeyPatch, fts_answers: list[bool]
) -> None:
    queries = sample_queries(bundled)
    assert len(queries) > 500
    monkeypatch.setattr(search, "FTS_MAX_ROWS", 10**9)
    by_fts = {q: list(index.search(q)) for q in queries}
    assert fts_answers and all(fts_answers)
    fts_answers.clear()
    monkeypatch.setattr(search, "FTS_MIN_CHARS", 10**9)
    by_scan = {q: list(index.search(q)) for q in queries}
    assert fts_answers == []
    assert by_fts == by_scan
    for query in queries:
        assert located(by_scan[query]) == expected_hits(bundled, query)


def test_a_query_in_many_paragraphs_is_scanned(
    bundled: Transcript, index: TranscriptIndex, monkeypatch: pytest.MonkeyPatch, fts_answers: list[bool]
) -> None:
    monkeypatch.setattr(search, "FTS_MAX_ROWS", 10)
    many, few = index.search("sora"), index.search("小猫推")
    assert fts_answers == [False, True]
    assert located(many) == expected_hits(bundled, "sora")
    assert located(few) == expected_hits(bundled, "小猫推")


def test_search_works_without_the_trigram_index(bundled: Transcript, fts_answers: list[bool]) -> None:
    index = TranscriptIndex.open(bundled)
    index.close()
    assert located(index.search("视频生成")) == expected_hits(bundled, "视频生成")
    assert fts_answers == [False]


def test_results_are_a_sequence_of_hits(index: TranscriptIndex) -> None:
    hits = index.search("视频生成")
    as_list = list(hits)
    assert len(as_list) == len(hits) == 4
    assert hits[0] == as_list[0] and hits[-1] == as_list[-1]
    assert hits[1:3] == as_list[1:3]
    assert hits == as_list and hits == index.search("视频生成")
    assert hits != as_list[:-1]
    assert as_list[2] in hits
    with pytest.raises(IndexError):
        hits[4]
    with pytest.raises(IndexError):
        hits[-5]
    assert "4 hits" in repr(hits)


def test_snippet_marks_the_match() -> None:
    text = "零一二三四五六七八九" * 10
    hit = Hit("answer", "p", "q", "s", "嘉宾", 50, 53, text)
    snippet, start, end = hit.snippet(10)
    assert snippet == "…五六七八九零一二三四五六七…"  # five characters each side
    assert snippet[start:end] == "零一二" == text[50:53]


def test_snippet_near_the_edges_and_short_texts() -> None:
    text = "开头就是匹配,后面还有很多很多很多的文字。" * 3
    first = Hit("answer", "p", "q", "s", "嘉宾", 0, 2, text)
    snippet, start, end = first.snippet(10)
    assert (snippet, start, end) == (text[:12] + "…", 0, 2)
    last = Hit("answer", "p", "q", "s", "嘉宾", len(text) - 1, len(text), text)
    snippet, start, end = last.snippet(10)
    assert (snippet, snippet[start:end]) == ("…" + text[-11:], "。")
    short = Hit("question", "p", "q", "s", "主持人", 3, 5, "一行\n中的匹配")
    assert short.snippet() == ("一行 中的匹配", 3, 5)


def test_snippet_of_a_real_hit(index: TranscriptIndex) -> None:
    for hit in index.search("sora"):
        snippet, start, end = hit.snippet()
        assert snippet[start:end] == hit.text[hit.start : hit.end]
        assert len(snippet) <= 40 + (end - start) + 2
        assert "\n" not in snippet


def test_a_lone_surrogate_in_the_query_does_not_break_search(
    small: TranscriptIndex, fts_answers: list[bool]
) -> None:
    # SQLite cannot take it (the parser refuses it in transcripts): that query is scanned instead.
    assert small.search("几点\udfff") == []
    assert [(h.start, h.end) for h in small.search("几点开始")] == [(2, 6)]
    assert fts_answers == [False, True]
