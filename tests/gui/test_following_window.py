"""The window reading across interviews: the Annotations panel's "All interviews" scope (filters by code,
speaker and interview; a passage of another interview opens it; a missing file says so) and a speaker
followed through every interview (their turns by interview then question, a jump to the text)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QStandardItemModel
from study_fixtures import code, highlight, load_all, write_interviews

from desktop_app.domain.annotations import Color
from desktop_app.gui.actions import Act
from desktop_app.gui.annotations_all import ALL, THIS
from desktop_app.gui.library_search import LIBRARY_SCOPE


def study_window(make_window, tmp_path: Path):
    """A window with the three study interviews in its library, showing interview a."""
    paths = write_interviews(tmp_path / "interviews")
    window = make_window()
    for key in ("c", "b", "a"):  # a last: it stays on screen
        assert window.files.open_path(str(paths[key]))
    assert window.transcript is not None and window.transcript.id == "study-a"
    return window, paths, load_all(paths)


def leaf(model: QStandardItemModel, needle: str) -> QModelIndex:
    """The index of the first third-level row whose text holds ``needle``."""
    for i in range(model.rowCount()):
        top = model.index(i, 0)
        for j in range(model.rowCount(top)):
            middle = model.index(j, 0, top)
            for k in range(model.rowCount(middle)):
                index = model.index(k, 0, middle)
                if needle in str(index.data()):
                    return index
    raise AssertionError(f"no row holds {needle!r}")


def test_the_annotations_panel_lists_all_interviews_filtered_and_opens_another_interview(
    make_window, tmp_path: Path
) -> None:
    window, paths, t = study_window(make_window, tmp_path)
    store, panel = window.store, window.panel
    feeling = store.create_code("感受")
    code(store, t["a"], "更孤独", [feeling.id])
    made = code(store, t["b"], "让人分心", [feeling.id])
    highlight(store, t["c"], "牛肉饭", Color.PINK, note="便宜")
    window.annotations.reload()
    scope = window.following.all_annotations
    assert window.findChild(type(scope.scope), "annotationScope") is scope.scope

    # This interview: the panel's own list, as before.
    assert panel.view.isVisible() and not scope.view.isVisible()
    assert panel.model.rowCount() == 1  # interview a's one question with a highlight

    scope.set_scope(ALL)
    assert scope.view.isVisible() and not panel.view.isVisible() and not panel.color_filter.isVisible()
    assert [(title, quote.split("「")[1]) for title, _q, quote in scope.rows()] == [
        ("丙：𠮷野家 (1)", "牛肉饭」\n便宜"),
        ("乙：办公室 (1)", "让人分心」"),
        ("甲：远程工作 (1)", "更孤独」"),
    ]
    assert scope.rows()[1][1] == "你喜欢办公室吗？"  # grouped by question
    assert scope.summary.text() in ("3 passage(s)", "3 passages")  # (with the English plurals loaded)

    scope.set_filter(code=feeling.id)
    assert [row[0] for row in scope.rows()] == ["乙：办公室 (1)", "甲：远程工作 (1)"]
    scope.set_filter(code=feeling.id, speaker="李四")
    assert [row[0] for row in scope.rows()] == ["乙：办公室 (1)"]
    scope.set_filter(interview="study-c")
    assert [row[0] for row in scope.rows()] == ["丙：𠮷野家 (1)"]
    scope.speaker_filter.setCurrentIndex(scope.speaker_filter.findData("张三"))  # as a reader picks it
    assert scope.rows() == []

    # Choosing a passage of interview b (a is on screen) opens b at the passage.
    scope.set_filter(code=feeling.id)
    assert scope.open_passage(leaf(scope.model, "让人分心"))
    assert window.transcript is not None and window.transcript.id == "study-b"
    assert window.annotations.selected == made.id
    assert window.following.all_annotations.showing_all  # the list stays, for the next passage

    # A passage whose file is gone: nothing opens, the status bar says so.
    paths["c"].unlink()
    scope.set_filter()
    assert not scope.open_passage(leaf(scope.model, "牛肉饭"))
    assert window.transcript.id == "study-b"
    message = window.statusBar().currentMessage()
    assert "丙：𠮷野家" in message and "missing" in message and str(paths["c"]) in message

    # Back to this interview: the panel's own list again, the scope's widgets away.
    scope.set_scope(THIS)
    assert panel.view.isVisible() and panel.text_filter.isVisible() and not scope.box.isVisible()
    assert panel.model.rowCount() == 1


def test_a_speaker_is_followed_across_interviews_and_a_turn_opens_its_interview(
    make_window, tmp_path: Path
) -> None:
    window, _paths, t = study_window(make_window, tmp_path)
    work = window.store.create_code("工作")
    code(window.store, t["b"], "喜欢办公室", [work.id])

    # From the speaker filter: the host's checkbox offers to follow them.
    (follow,) = window.speaker_filter.box("主持人").actions()
    assert "主持人" in follow.text()
    follow.trigger()
    view = window.following.view
    assert view is not None and view.isVisible() and view.windowTitle() == "Follow 主持人"
    assert view.rows() == [
        ("丙：𠮷野家 (1)", "𠮷野家的午饭怎么样？", "𠮷野家的午饭怎么样？"),
        ("乙：办公室 (1)", "你喜欢办公室吗？", "你喜欢办公室吗？"),
        ("甲：远程工作 (2)", "你怎么看远程工作？", "你怎么看远程工作？"),
        ("甲：远程工作 (2)", "工具呢？", "工具呢？"),
    ]
    assert view.rows(view.passages_model) == [("乙：办公室 (1)", "你喜欢办公室吗？", "[工作] 「喜欢办公室」")]
    assert view.summary.text() in (
        "4 turn(s) in 3 interview(s), 1 coded passage(s)",
        "4 turns in 3 interviews, 1 coded passage",
    )

    # A turn of another interview: it opens there, with the turn selected in the text.
    view.turns.activated.emit(leaf(view.turns_model, "你喜欢办公室吗"))
    assert window.transcript is not None and window.transcript.id == "study-b"
    assert window.pane.textCursor().selectedText() == "你喜欢办公室吗？"

    # Another speaker from the view's chooser; and the Codes menu's command is there.
    view.speaker.setCurrentIndex(view.speaker.findData("张三"))
    view.speaker.activated.emit(view.speaker.currentIndex())
    assert [row[2] for row in view.rows()] == ["远程工作让我更专注，但也更孤独。", "工具很重要，会议太多。"]
    assert window.action(Act.FOLLOW_SPEAKER).text().replace("&", "") == "Follow a Speaker Across Interviews…"


def test_searching_all_interviews_again_reads_no_file_until_one_changes(make_window, tmp_path: Path) -> None:
    window, paths, _t = study_window(make_window, tmp_path)
    panel, search = window.search_panel, window.library_search
    panel.scope.setCurrentIndex(panel.scope.findData(LIBRARY_SCOPE))

    def tops(query: str) -> list[str]:
        panel.field.setText(query)
        panel.emit_query()
        return [search.model.item(r).text() for r in range(search.model.rowCount())]

    assert tops("远程工作") == ["丙：𠮷野家 (1)", "甲：远程工作 (3)"]
    reads = search.cache.reads
    assert reads == 3  # every interview of the library, once
    assert tops("办公室") == ["乙：办公室 (2)"]
    assert tops("远程工作") == ["丙：𠮷野家 (1)", "甲：远程工作 (3)"]
    assert search.cache.reads == reads  # nothing read again

    text = paths["b"].read_text(encoding="utf-8").replace("合作更方便", "合作更方便，远程工作也行")
    paths["b"].write_text(text, encoding="utf-8")
    stat = paths["b"].stat()
    os.utime(paths["b"], ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # however coarse the clock
    assert tops("远程工作") == ["丙：𠮷野家 (1)", "乙：办公室 (1)", "甲：远程工作 (3)"]
    assert search.cache.reads == reads + 1
