from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTreeView

from desktop_app.domain.model import Transcript
from desktop_app.domain.parser import parse_transcript
from desktop_app.gui.tree_model import (
    LAZY_ABOVE,
    CountRole,
    NodeIdRole,
    NodeKindRole,
    QuestionTreeModel,
    SpeakerFilterProxy,
    SpeakersRole,
)

# The speaker dots are pixmaps, which need the application even when this file runs alone.
pytestmark = pytest.mark.usefixtures("qapp")


def rows(model, parent=None):
    parent = parent if parent is not None else QModelIndex()
    return [model.index(r, 0, parent) for r in range(model.rowCount(parent))]


def test_top_level_rows_are_preface_then_sections(bundled: Transcript) -> None:
    model = QuestionTreeModel(bundled)
    titles = [i.data() for i in rows(model)]
    assert titles[0] == "Preface"
    assert titles[1:] == [s.title for s in bundled.sections]
    assert titles[2] == "“十年之内,见证好莱坞们的坍塌”"
    assert [i.data(NodeKindRole) for i in rows(model)] == ["preface"] + ["section"] * 6


def test_question_rows_show_text_tooltip_and_who_answered(bundled: Transcript) -> None:
    model = QuestionTreeModel(bundled)
    first_section = rows(model)[1]
    questions = rows(model, first_section)
    assert [q.data() for q in questions] == ["Sora真正厉害在哪里?", "如何看待Sora的翻车视频?"]
    assert questions[0].data(NodeIdRole) == "s1-q1"
    assert questions[0].data(SpeakersRole) == ["宋东桓", "薛彦泽"]
    tooltip = questions[0].data(Qt.ItemDataRole.ToolTipRole)
    assert "Sora真正厉害在哪里?" in tooltip and "宋东桓" in tooltip and "薛彦泽" in tooltip
    assert not questions[0].data(Qt.ItemDataRole.DecorationRole).isNull()
    only_song = rows(model, rows(model)[4])[0]
    assert only_song.data() == "未来会是一个AI视频泛滥的世界吗?"
    assert only_song.data(SpeakersRole) == ["宋东桓"]


def test_index_of_finds_questions_and_sections(bundled: Transcript) -> None:
    model = QuestionTreeModel(bundled)
    assert model.index_of("s3-q1").data() == "复刻Sora,可行吗?难在哪里?"
    assert model.index_of("s5").data() == "Sora将无处不在"
    assert not model.index_of("nope").isValid()


def test_models_pass_the_model_tester(qtmodeltester, bundled: Transcript) -> None:
    model = QuestionTreeModel(bundled)
    qtmodeltester.check(model)
    proxy = SpeakerFilterProxy(bundled.host_names)
    proxy.setSourceModel(model)
    proxy.set_hidden(frozenset({"宋东桓"}))
    qtmodeltester.check(proxy)


def visible_question_ids(proxy) -> list[str]:
    return [q.data(NodeIdRole) for top in rows(proxy) for q in rows(proxy, top)]


def test_filter_hides_questions_no_visible_speaker_answered(bundled: Transcript) -> None:
    model = QuestionTreeModel(bundled)
    proxy = SpeakerFilterProxy(bundled.host_names)
    proxy.setSourceModel(model)
    everything = visible_question_ids(proxy)
    assert len(everything) == 9
    proxy.set_hidden(frozenset({"宋东桓"}))
    without_song = visible_question_ids(proxy)
    expected = [q.id for q in bundled.questions() if "薛彦泽" in q.answer_speakers]
    assert without_song == expected
    assert "s4-q1" not in without_song and "s6-q1" not in without_song
    proxy.set_hidden(frozenset({"宋东桓", "薛彦泽"}))
    assert visible_question_ids(proxy) == []
    assert [i.data() for i in rows(proxy)] == ["Preface"]
    proxy.set_hidden(frozenset({"T前线"}))
    assert visible_question_ids(proxy) == everything


# --- a long transcript: question rows are made section by section -----------------------------------


def many_sections(count: int) -> Transcript:
    """A transcript of ``count`` sections, each asking 甲 one question and 乙 another."""
    lines = ["---", "id: many-sections", "title: 很多节", "source: test", "language: zh-Hans", "speakers:",
             "  - name: 主持", "    role: host", "  - name: 甲", "    role: guest", "  - name: 乙",
             "    role: guest", "---", ""]
    for s in range(1, count + 1):
        lines += [f"## 第{s}节", "", f"主持:第{s}节的第一个问题?", "", f"甲:第{s}节甲的回答。", "",
                  f"主持:第{s}节的第二个问题?", "", f"乙:第{s}节乙的回答。", ""]
    return parse_transcript("\n".join(lines), "many.md")


@pytest.fixture(scope="module")
def long_transcript() -> Transcript:
    return many_sections(LAZY_ABOVE + 100)


def test_a_long_model_makes_only_the_sections_until_one_is_expanded(qtbot, long_transcript) -> None:
    model = QuestionTreeModel(long_transcript)
    sections = rows(model)
    assert len(sections) == LAZY_ABOVE + 100
    assert sections[249].data() == "第250节"
    assert not any(model.fetched(r) for r in range(model.rowCount()))
    assert all(model.rowCount(s) == 0 and model.hasChildren(s) for s in sections)
    # The section still shows who answered in it, without its rows.
    assert sections[0].data(SpeakersRole) == ["甲", "乙"]
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    view.expand(sections[1])
    assert [q.data() for q in rows(model, sections[1])] == ["第2节的第一个问题?", "第2节的第二个问题?"]
    assert [r for r in range(model.rowCount()) if model.fetched(r)] == [1]


def test_a_short_model_makes_every_row_at_once(bundled: Transcript) -> None:
    model = QuestionTreeModel(bundled)
    assert all(model.fetched(r) for r in range(model.rowCount()))
    assert not any(model.canFetchMore(s) for s in rows(model))


def test_index_of_makes_the_rows_of_the_section_it_finds(long_transcript: Transcript) -> None:
    model = QuestionTreeModel(long_transcript)
    found = model.index_of("s250-q2")
    assert found.data() == "第250节的第二个问题?"
    assert found.parent().data() == "第250节"
    assert [r for r in range(model.rowCount()) if model.fetched(r)] == [249]
    assert model.index_of("s3").data() == "第3节"
    assert not model.fetched(2)


def test_badges_of_rows_not_made_yet_show_once_they_are(long_transcript: Transcript) -> None:
    model = QuestionTreeModel(long_transcript)
    model.set_counts({"s300-q1": 2})
    assert not model.fetched(299)  # setting the counts made no rows
    assert model.index_of("s300-q1").data(CountRole) == 2


def test_lazy_models_pass_the_model_tester(qtmodeltester) -> None:
    model = QuestionTreeModel(many_sections(20), lazy_above=0)
    qtmodeltester.check(model)
    proxy = SpeakerFilterProxy(frozenset({"主持"}))
    proxy.setSourceModel(QuestionTreeModel(many_sections(20), lazy_above=0))
    proxy.set_hidden(frozenset({"乙"}))
    qtmodeltester.check(proxy)


def test_the_filter_works_on_sections_whose_rows_are_not_made(long_transcript: Transcript) -> None:
    model = QuestionTreeModel(long_transcript)
    proxy = SpeakerFilterProxy(long_transcript.host_names)
    proxy.setSourceModel(model)
    proxy.set_hidden(frozenset({"乙"}))
    assert proxy.rowCount() == LAZY_ABOVE + 100  # every section keeps 甲's question
    proxy.fetchMore(proxy.index(4, 0))
    assert [q.data() for q in rows(proxy, proxy.index(4, 0))] == ["第5节的第一个问题?"]
    proxy.set_hidden(frozenset({"甲", "乙"}))
    assert proxy.rowCount() == 0


def test_the_window_on_a_long_transcript_walks_across_sections(make_window, long_transcript) -> None:
    window = make_window(transcript=long_transcript)
    tree = window.navigation
    assert window.pane.node_id == "s1-q1"
    for _ in range(3):
        tree.next_question()
    assert window.pane.node_id == "s2-q2"
    assert "第2节乙的回答。" in window.pane.toPlainText()
    assert tree.model is not None
    made = [r for r in range(tree.model.rowCount()) if tree.model.fetched(r)]
    assert made == [0, 1, 2]  # the sections read so far, and the next (is there a next question?)
    assert tree.select_node("s399-q1")
    assert window.pane.node_id == "s399-q1"
    tree.previous_question()
    assert window.pane.node_id == "s398-q2"
