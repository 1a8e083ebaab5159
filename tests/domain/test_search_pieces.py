"""A long paragraph is indexed in pieces: a match across a piece's edge is found once, where it is.

The trigram index keeps a paragraph longer than fts.PIECE_CHARS + fts.SEAM_CHARS as overlapping pieces
(one SQLite row each), so that no row is a 50 MB string. Every test here asks the index (the FTS path)
and checks the hits against a plain str.find loop over the paragraph's own text.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.domain import search
from desktop_app.domain.model import Transcript
from desktop_app.domain.parser import parse_transcript
from desktop_app.domain.search import TranscriptIndex, fts
from desktop_app.domain.search.fts import TrigramIndex

FRONT = """\
---
id: t-pieces
title: 长段落
source: test
language: zh-Hans
speakers:
  - {name: 主持人, role: host}
  - {name: 嘉宾, role: guest}
---

主持人：问题？

嘉宾：短答，也说天地玄黄。

嘉宾："""
FILLER = "天地玄黄宇宙洪荒日月盈昃辰宿列张"  # 16 characters, none of them in a marker


def transcript_with(long_text: str, *more: str) -> Transcript:
    """The host's question, a short answer, ``long_text`` and ``more`` as answer paragraphs, a short one."""
    answers = "\n\n嘉宾：".join([long_text, *more])
    return parse_transcript(FRONT + answers + "\n\n主持人：再问？\n\n嘉宾：甲乙在这里也有。\n", "pieces.md")


def placed(length: int, markers: dict[int, str]) -> str:
    """FILLER repeated to ``length`` characters, with each marker written over it at its offset."""
    chars = list((FILLER * (length // len(FILLER) + 1))[:length])
    for at, marker in markers.items():
        chars[at : at + len(marker)] = marker
    assert len(chars) == length
    return "".join(chars)


def expected(transcript: Transcript, query: str) -> list[tuple[str, int]]:
    found = []
    for paragraph in transcript.paragraphs():
        at = paragraph.text.find(query)
        while at >= 0:
            found.append((paragraph.id, at))
            at = paragraph.text.find(query, at + len(query))
    return found


@pytest.fixture
def by_index(
    monkeypatch: pytest.MonkeyPatch, fts_answers: list[bool]
) -> Callable[[TranscriptIndex, str], list[tuple[str, int]]]:
    """Search through the trigram index only (failing if it did not answer): (paragraph id, start)."""
    monkeypatch.setattr(search, "FTS_MAX_ROWS", 10**9)
    monkeypatch.setattr(search, "PROBE_CHARS", 10**12)  # never scanned because the matches are dense
    answered = fts_answers

    def find(index: TranscriptIndex, query: str) -> list[tuple[str, int]]:
        answered.clear()
        hits = [(h.paragraph_id, h.start) for h in index.search(query)]
        assert answered == [True], f"the index did not answer {query!r}"
        for paragraph_id, start in hits:
            paragraph = index.transcript.find(paragraph_id)
            assert paragraph.text[start : start + len(query)] == query  # type: ignore[union-attr]
        return hits

    return find


def test_a_match_across_a_pieces_edge_is_found_once_at_its_offset(by_index) -> None:
    edge, seam = fts.PIECE_CHARS, fts.PIECE_CHARS + fts.SEAM_CHARS
    markers = {
        edge - 2: "甲乙丙丁",  # across where piece 1 starts (piece 0 holds it, piece 1 a part of it)
        seam - 2: "戊己庚辛",  # across where piece 0 ends (piece 1 holds it whole)
        3 * edge - 1: "壬癸子丑",  # across the last pieces' edge
    }
    text = placed(3 * edge + fts.SEAM_CHARS + 500, markers)
    transcript = transcript_with(text)
    long_id = next(p.id for p in transcript.paragraphs() if len(p.text) == len(text))
    with TranscriptIndex.open(transcript) as index:
        for at, marker in markers.items():
            assert by_index(index, marker) == [(long_id, at)]
        assert by_index(index, "乙丙丁") == [(long_id, edge - 1)]
        assert by_index(index, "天地玄黄") == expected(transcript, "天地玄黄")


def test_every_query_in_a_paragraph_of_many_small_pieces_is_found_as_a_scan_finds_it(
    by_index, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fts, "PIECE_CHARS", 7)
    monkeypatch.setattr(fts, "SEAM_CHARS", 3)
    text = "".join(chr(0x4E00 + (n * 7919) % 2000) for n in range(300)) + "一一一一一一一一一"
    transcript = transcript_with(text)
    with TranscriptIndex.open(transcript) as index:
        for size in (3, 4, 5, 6, 9, 13, 40):
            for at in range(0, len(text) - size + 1, 5):
                query = text[at : at + size]
                assert by_index(index, query) == expected(transcript, query)
        assert by_index(index, "一一一") == expected(transcript, "一一一")  # once per three, not overlapping


def test_a_query_longer_than_the_overlap_is_found_across_a_seam(by_index) -> None:
    edge = fts.PIECE_CHARS
    long_query = "".join(chr(0x4E00 + n) for n in range(fts.SEAM_CHARS * 3))  # no piece holds it whole
    text = placed(2 * edge + 2 * fts.SEAM_CHARS + 3000, {edge - 100: long_query})
    transcript = transcript_with(text)
    long_id = next(p.id for p in transcript.paragraphs() if len(p.text) == len(text))
    with TranscriptIndex.open(transcript) as index:
        assert by_index(index, long_query) == [(long_id, edge - 100)]
        assert by_index(index, long_query[1:]) == [(long_id, edge - 99)]
        # Its beginning is there (the seam's rows answer), the rest is not: no hit.
        assert by_index(index, long_query[:-1] + "鬼") == []


def test_the_cache_file_holds_a_long_paragraph_as_pieces_and_a_short_one_whole(tmp_path: Path) -> None:
    short, long = FILLER * 3, placed(5 * fts.PIECE_CHARS, {})
    path = tmp_path / "index.sqlite"
    spans = [(text, 0, len(text)) for text in (short, long, short)]
    TrigramIndex.open(path, {"format": fts.FORMAT}, lambda: spans).close()
    db = sqlite3.connect(path)
    try:
        rowids = [r for (r,) in db.execute("SELECT rowid FROM search_fts WHERE search_fts MATCH '天地玄'")]
    finally:
        db.close()
    pieces = -(-(len(long) - fts.SEAM_CHARS) // fts.PIECE_CHARS)  # ceiling: the last piece reaches the end
    assert pieces == 5
    assert rowids == [1, 3] + [fts.piece_rowid(1, k) for k in range(pieces)]


def test_paragraphs_with_many_matching_pieces_count_once_each_against_the_limit(
    by_index, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Three paragraphs hold 天地玄: the short answer and two long ones, in a dozen pieces each. The index
    # answers up to FTS_MAX_ROWS paragraphs (not rows): three is within it, two is past it.
    monkeypatch.setattr(fts, "PIECE_CHARS", 7)
    monkeypatch.setattr(fts, "SEAM_CHARS", 3)
    monkeypatch.setattr(search, "FTS_MAX_ROWS", 3)
    transcript = transcript_with(FILLER * 6, FILLER * 5)
    with TranscriptIndex.open(transcript) as index:
        hits = by_index(index, "天地玄")
        assert hits == expected(transcript, "天地玄")
        assert len({paragraph for paragraph, _ in hits}) == 3 and len(hits) == 12
        monkeypatch.setattr(search, "FTS_MAX_ROWS", 2)
        assert [(h.paragraph_id, h.start) for h in index.search("天地玄")] == hits  # scanned
