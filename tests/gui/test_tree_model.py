from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from desktop_app.domain.model import Transcript
from desktop_app.gui.tree_model import (
    NodeIdRole,
    NodeKindRole,
    QuestionTreeModel,
    SpeakerFilterProxy,
    SpeakersRole,
)


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
