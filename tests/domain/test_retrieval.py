"""Retrieval across three interviews: codes combined with and/or, reading order, matrices, exports."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from study_fixtures import code, highlight, load_all, write_interviews

from desktop_app.domain.annotations import Color
from desktop_app.domain.codes import COLOR_CODE_IDS
from desktop_app.domain.model import Transcript
from desktop_app.domain.retrieval import Cell, RetrievalIndex, matrix, retrieve
from desktop_app.domain.retrieval_export import passages_csv, passages_html, passages_markdown
from desktop_app.storage import AnnotationStore


class Study:
    def __init__(self, store: AnnotationStore, transcripts: dict[str, Transcript]) -> None:
        self.store, self.t = store, transcripts
        self.by_id = {t.id: t for t in transcripts.values()}
        self.remote = store.create_code("远程")
        self.feeling = store.create_code("感受")
        self.lonely = store.create_code("孤独", parent=self.feeling.id)
        a, b, c = transcripts["a"], transcripts["b"], transcripts["c"]
        # Made out of reading order on purpose: retrieval puts them back in order.
        code(store, a, "会议太多", [self.remote.id])
        code(store, a, "更孤独", [self.remote.id, self.lonely.id])
        code(store, a, "远程工作让我更专注", [self.remote.id, self.feeling.id])
        code(store, b, "让人分心", [self.feeling.id])
        code(store, c, "远程工作时常吃", [self.remote.id])
        highlight(store, c, "牛肉饭", Color.PINK, note="便宜")

    def retrieve(self, chosen: list[str], mode: str, **kwargs: bool) -> list[str]:
        coded = self.store.codings()
        return [p.quote for p in retrieve(coded, self.store.codes(), chosen, mode, self.by_id, **kwargs)]


@pytest.fixture
def study(tmp_path: Path) -> Iterator[Study]:
    with AnnotationStore.open(tmp_path / "data") as store:
        yield Study(store, load_all(write_interviews(tmp_path / "interviews")))


def test_or_gives_every_passage_with_any_code_in_reading_order(study: Study) -> None:
    # Interviews by title (丙, 乙, 甲 by code point), then the passages as they come in the text.
    assert study.retrieve([study.remote.id, study.feeling.id], "or") == [
        "远程工作时常吃", "让人分心", "远程工作让我更专注", "更孤独", "会议太多",
    ]  # fmt: skip


def test_and_gives_only_passages_with_every_code(study: Study) -> None:
    assert study.retrieve([study.remote.id, study.feeling.id], "and") == ["远程工作让我更专注"]
    # A sub-code counts for its parent only when asked.
    assert study.retrieve([study.remote.id, study.feeling.id], "and", with_subcodes=True) == [
        "远程工作让我更专注", "更孤独",
    ]  # fmt: skip
    assert study.retrieve([], "and") == []


def test_one_index_answers_every_question_as_retrieving_afresh_would(study: Study) -> None:
    # The Coded Passages view makes the index once and asks it at every tick of a code.
    codes = study.store.codes()
    index = RetrievalIndex(study.store.codings(), codes, study.by_id)
    quotes = [p.quote for p in index.passages]
    assert quotes == ["牛肉饭", "远程工作时常吃", "让人分心", "远程工作让我更专注", "更孤独", "会议太多"]
    asked = [
        ([study.remote.id, study.feeling.id], "or", False),
        ([study.remote.id, study.feeling.id], "and", False),
        ([study.remote.id, study.feeling.id], "and", True),
        ([study.feeling.id], "or", True),
        ([COLOR_CODE_IDS[Color.PINK], study.lonely.id], "or", False),
    ]
    for chosen, mode, sub in asked:
        expected = study.retrieve(chosen, mode, with_subcodes=sub)
        assert [p.quote for p in index.query(chosen, mode, with_subcodes=sub)] == expected
    assert index.query([], "or") == []


def test_a_passage_whose_codes_were_all_deleted_is_not_listed(study: Study) -> None:
    study.store.delete_code(study.feeling.id)  # and its sub-code 孤独
    index = RetrievalIndex(study.store.codings(), study.store.codes(), study.by_id)
    assert "让人分心" not in [p.quote for p in index.passages]
    assert [p.code_names for p in index.passages if p.quote == "更孤独"] == [("远程",)]


def test_a_passage_says_where_it_is_and_how_it_is_coded(study: Study) -> None:
    coded = study.store.codings()
    (p,) = retrieve(coded, study.store.codes(), [COLOR_CODE_IDS[Color.PINK]], "or", study.by_id)
    assert (p.quote, p.speaker, p.transcript_id, p.title, p.question_id, p.note, p.code_names) == (
        "牛肉饭", "王五", "study-c", "丙：𠮷野家", "s1-q1", "便宜", ("金句",),
    )  # fmt: skip
    # Without the transcripts, the interview id stands in for the title and the order still holds.
    quotes = [p.quote for p in retrieve(coded, study.store.codes(), [study.remote.id], "or")]
    assert quotes == ["远程工作让我更专注", "更孤独", "会议太多", "远程工作时常吃"]


def test_matrices_count_passages_and_characters(study: Study) -> None:
    coded = study.store.codings()
    chosen = [c.id for c in study.store.codes()]
    passages = retrieve(coded, study.store.codes(), chosen, "or", study.by_id)
    by_speaker = matrix(passages, "speaker")
    assert by_speaker[study.remote.id] == {"张三": Cell(3, 4 + 3 + 9), "王五": Cell(1, 7)}
    assert by_speaker[study.feeling.id] == {"张三": Cell(1, 9), "李四": Cell(1, 4)}
    assert by_speaker[study.lonely.id] == {"张三": Cell(1, 3)}
    by_interview = matrix(passages, "interview")
    assert by_interview[study.remote.id] == {"study-a": Cell(3, 16), "study-c": Cell(1, 7)}
    assert by_interview[COLOR_CODE_IDS[Color.PINK]] == {"study-c": Cell(1, 3)}


def test_the_list_exports_as_markdown_csv_and_html(study: Study) -> None:
    coded = study.store.codings()
    study.store.rename_code(study.feeling.id, "<b>感受</b>")
    passages = retrieve(coded, study.store.codes(), [study.feeling.id], "or", study.by_id)

    markdown = passages_markdown(passages, "感受")
    assert markdown.startswith("# 感受\n")
    assert markdown.index("## 乙：办公室") < markdown.index("让人分心") < markdown.index("## 甲：远程工作")
    assert "\\<b\\>感受\\</b\\>" in markdown  # shown as written, not as markup

    rows = list(csv.reader(io.StringIO(passages_csv(passages).decode("utf-8-sig"))))
    assert rows[0][:3] == ["interview", "title", "question"]
    assert [(r[0], r[4], r[5], r[7]) for r in rows[1:]] == [
        ("study-b", "李四", "让人分心", "<b>感受</b>"),
        ("study-a", "张三", "远程工作让我更专注", "远程; <b>感受</b>"),
    ]

    page = passages_html(passages, "感受 & 更多")
    assert "<title>感受 &amp; 更多</title>" in page and "&lt;b&gt;感受&lt;/b&gt;" in page
    assert "<b>感受</b>" not in page
