"""The window side of studying many interviews: the Codes panel, quick coding, retrieval, matrices,
the library and the search across every interview, on a real store."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from study_fixtures import code, load_all, paragraph_with, write_interviews

from desktop_app.domain.annotations import Color
from desktop_app.domain.codes import COLOR_CODE_IDS
from desktop_app.gui.actions import Act
from desktop_app.gui.code_picker import CodePicker
from desktop_app.gui.library_search import LIBRARY_SCOPE
from desktop_app.storage.store import AnnotationStore

YELLOW = COLOR_CODE_IDS[Color.YELLOW]


def study_window(make_window, tmp_path: Path):
    """A window with the three study interviews in its library, showing interview a."""
    paths = write_interviews(tmp_path / "interviews")
    window = make_window()
    for key in ("c", "b", "a"):  # a last: it stays on screen
        assert window.files.open_path(str(paths[key]))
    assert window.transcript is not None and window.transcript.id == "study-a"
    return window, paths, load_all(paths)


def picker(window) -> CodePicker:
    found = [w for w in window.findChildren(CodePicker) if w.isVisible()]
    assert len(found) == 1
    return found[0]


# -- the Codes panel ---------------------------------------------------------------------------------


def test_codes_panel_creates_renames_merges_and_deletes_with_undo(make_window, qtmodeltester) -> None:
    window = make_window()
    panel = window.codes_panel
    store = window.store
    assert window.findChild(type(panel), "codesPanel") is panel
    colours = panel.rows()
    assert len(colours) == 5 and all(depth == 0 and count == 0 for depth, _n, count in colours)

    work = panel.create_code("工作")
    assert work is not None
    remote = panel.create_code("远程", parent=work.id)
    assert remote is not None
    assert panel.rows()[-2:] == [(0, "工作", 0), (1, "远程", 0)]
    assert panel.rename(remote.id, "远程办公")
    assert store.code(remote.id).name == "远程办公"
    assert (1, "远程办公", 0) in panel.rows()

    # Code a passage with the sub-code, then merge the sub-code into its parent.
    window.navigation.select_node("s1-q1")
    assert window.pane.marks.select_passage("s1-q1-p2", 5, 12)
    assert window.coding.apply(remote.id, "", window.pane.marks.selected_passages(), "")
    assert (1, "远程办公", 1) in panel.rows()
    assert panel.merge(remote.id, work.id) == 1
    assert (0, "工作", 1) in panel.rows()
    assert all(name != "远程办公" for _d, name, _c in panel.rows())
    (highlight,) = store.highlights(window.transcript.id)
    assert work.id in store.codes_of([highlight.id])[highlight.id]

    # Move to the top and back under a colour; a cycle is refused.
    other = panel.create_code("其他", parent=work.id)
    assert other is not None and (1, "其他", 0) in panel.rows()
    assert panel.move_code(other.id, "")
    assert (0, "其他", 0) in panel.rows()
    assert not panel.move_code(work.id, work.id)
    # Delete: the confirmation counts what it touches; the code goes from the tree and the passage;
    # Undo brings both back.
    panel.set_current(work.id)
    box = panel.ask_delete()
    assert box is not None and "0 sub-code" in box.text() and "1 passage" in box.text()
    box.accept()
    deletion = store.code(work.id)
    assert deletion is not None and deletion.deleted is not None
    assert all(name != "工作" for _d, name, _c in panel.rows())
    assert work.id not in store.codes_of([highlight.id]).get(highlight.id, ())
    assert window.tools.undo_button.isVisibleTo(window)
    window.action(Act.UNDO).trigger()
    assert (0, "工作", 1) in panel.rows()
    assert work.id in store.codes_of([highlight.id])[highlight.id]
    window.action(Act.REDO).trigger()
    assert all(name != "工作" for _d, name, _c in panel.rows())
    qtmodeltester.check(panel.model)
    # Shown and hidden from the View menu, as the other panels.
    window.action(Act.SHOW_CODES).setChecked(True)
    assert panel.isVisibleTo(window)
    window.action(Act.SHOW_CODES).setChecked(False)
    assert not panel.isVisibleTo(window)


def test_codes_panel_memo_colour_and_refusals(make_window) -> None:
    window = make_window()
    panel = window.codes_panel
    made = panel.create_code("<b>粗体</b>")
    assert made is not None and panel.current_code_id() == made.id
    panel.memo.setPlainText("<img src=x> 一段说明")
    assert panel.save_memo()
    assert window.store.code(made.id).description == "<img src=x> 一段说明"
    assert panel.model.item(5, 0).toolTip().count("&lt;img") == 1  # shown as text, never as markup
    assert panel.recolor(made.id, "#123456")
    assert window.store.code(made.id).color == "#123456"
    # A colour's code cannot be deleted: the store refuses, the window says why, nothing changes.
    errors: list[tuple[str, str]] = []
    window.annotations.failed.connect(lambda title, text: errors.append((title, text)))
    assert panel.delete(YELLOW) is None
    assert errors and len(panel.rows()) == 6


def test_the_codes_panel_reads_the_codebook_when_its_tab_is_chosen(make_window, data_dir, qtbot) -> None:
    with AnnotationStore.open(data_dir) as store:
        store.create_code("访谈者的犹豫")
    window = make_window()
    panel = window.codes_panel

    def names() -> list[str]:
        return [panel.model.item(row, 0).text() for row in range(panel.model.rowCount())]

    assert panel.visibleRegion().isEmpty()  # behind the Annotations tab at start: read when first shown
    panel.raise_()
    qtbot.waitUntil(lambda: "访谈者的犹豫" in names())
    assert not panel.tree.visibleRegion().isEmpty() and not panel.buttons["rename"].isEnabled()  # none chosen


# -- quick coding ------------------------------------------------------------------------------------


def test_code_a_selection_from_the_code_action_and_the_picker(make_window, qtbot) -> None:
    window = make_window()
    interest = window.store.create_code("兴趣")
    window.codes_panel.refresh()
    window.navigation.select_node("s1-q1")
    assert window.pane.marks.select_passage("s1-q1-p2", 5, 12)
    window.action(Act.CODE).trigger()
    chooser = picker(window)
    chooser.field.setText("兴")  # as typed (QTest types Latin-1 only)
    assert [chooser.list.item(r).text().strip() for r in range(chooser.list.count())] == [
        "兴趣",
        "Create code “兴”",
    ]
    qtbot.keyClick(chooser.field, Qt.Key.Key_Return)
    (highlight,) = window.store.highlights(window.transcript.id)
    assert window.store.codes_of([highlight.id]) == {highlight.id: (interest.id,)}
    assert (0, "兴趣", 1) in window.codes_panel.rows()
    # The last used code comes first next time; a new name makes a new code on a clicked highlight.
    window.annotations.select(highlight.id)
    window.action(Act.CODE).trigger()
    chooser = picker(window)
    assert chooser.list.item(0).text() == "兴趣"
    chooser.field.setText("新的代码")
    qtbot.keyClick(chooser.field, Qt.Key.Key_Return)
    new = next(c for c in window.store.codes() if c.name == "新的代码")
    assert window.store.codes_of([highlight.id])[highlight.id] == (interest.id, new.id)


def test_the_code_action_is_offered_beside_the_selection_and_in_the_pane_menu(make_window) -> None:
    window = make_window()
    window.navigation.select_node("s1-q1")
    assert window.pane.marks.select_passage("s1-q1-p2", 5, 12)
    window.tools.on_selection_finished(window.pane.cursorRect())
    (button,) = [b for b in window.tools.toolbar.buttons() if b.defaultAction() is window.action(Act.CODE)]
    button.click()
    assert picker(window).choose(YELLOW)
    (highlight,) = window.store.highlights(window.transcript.id)
    assert window.store.codes_of([highlight.id]) == {highlight.id: (YELLOW,)}
    assert window.pane.marks.select_passage("s1-q1-p2", 20, 25)
    menu = window.context_menus.pane_menu(window.pane.mapToGlobal(window.pane.cursorRect().center()), "")
    assert window.action(Act.CODE) in menu.actions()
    menu.close()


def test_code_this_paragraph_and_this_turn_from_the_keyboard(make_window, tmp_path: Path) -> None:
    window, _paths, known = study_window(make_window, tmp_path)
    a = known["a"]
    window.navigation.select_node(a.question_of(paragraph_with(a, "更专注").id).id)
    paragraph = paragraph_with(a, "更专注")
    assert window.pane.marks.select_passage(paragraph.id, 2, 2 + 1)
    window.action(Act.CODE_PARAGRAPH).trigger()
    assert picker(window).choose(YELLOW)
    (made,) = window.store.highlights("study-a")
    assert (made.anchor.start, made.anchor.end) == (0, len(paragraph.text))
    assert made.anchor.exact == paragraph.text
    window.action(Act.CODE_TURN).trigger()
    assert picker(window).choose(COLOR_CODE_IDS[Color.GREEN])
    assert window.store.codes_of([made.id])[made.id] == (YELLOW, COLOR_CODE_IDS[Color.GREEN])


# -- retrieval and matrices --------------------------------------------------------------------------


def coded_study(window, known):
    store = window.store
    work = store.create_code("工作")
    tools = store.create_code("工具")
    code(store, known["a"], "更专注", [work.id])
    code(store, known["a"], "工具很重要", [work.id, tools.id])
    code(store, known["b"], "合作更方便", [work.id])
    code(store, known["c"], "远程工作时常吃", [tools.id])
    return work, tools


def test_retrieval_lists_the_passages_of_a_code_and_of_an_and_or_query(
    make_window, tmp_path: Path, qtmodeltester
) -> None:
    window, _paths, known = study_window(make_window, tmp_path)
    work, tools = coded_study(window, known)
    view = window.study.show_retrieval(work.id)
    assert view.objectName() == "retrievalView"
    # Interviews by title (丙 < 乙 < 甲 in code point order), then in reading order.
    assert view.rows() == [
        ("合作更方便", "李四", "乙：办公室"),
        ("更专注", "张三", "甲：远程工作"),
        ("工具很重要", "张三", "甲：远程工作"),
    ]
    view.set_query([work.id, tools.id], "and")
    assert view.rows() == [("工具很重要", "张三", "甲：远程工作")]
    view.set_query([work.id, tools.id], "or")
    assert [r[0] for r in view.rows()] == ["远程工作时常吃", "合作更方便", "更专注", "工具很重要"]
    qtmodeltester.check(view.model)
    out = tmp_path / "list.csv"
    assert view.export_to("csv", str(out))
    assert "合作更方便" in out.read_bytes().decode("utf-8-sig")
    # Activating a passage of another interview opens it and selects the highlight there.
    view.set_query([work.id])
    view.table.doubleClicked.emit(view.model.index(0, 0))
    assert window.transcript.id == "study-b"
    assert window.annotations.highlight(window.annotations.selected).anchor.exact == "合作更方便"


def test_an_open_coded_passages_window_follows_coding_and_deleting_in_the_reader(
    make_window, tmp_path: Path, qtbot
) -> None:
    window, _paths, known = study_window(make_window, tmp_path)
    work, _tools = coded_study(window, known)
    view = window.study.show_retrieval(work.id)
    assert [r[0] for r in view.rows()] == ["合作更方便", "更专注", "工具很重要"]
    # Code a passage in the reader, the view still open beside it: it is listed shortly after.
    paragraph = paragraph_with(known["a"], "会议太多")
    start = paragraph.text.index("会议太多")
    window.navigation.select_node(known["a"].question_of(paragraph.id).id)
    assert window.pane.marks.select_passage(paragraph.id, start, start + 4)
    assert window.coding.apply(work.id, "", window.pane.marks.selected_passages(), "")
    qtbot.waitUntil(lambda: "会议太多" in [r[0] for r in view.rows()])
    assert [r[0] for r in view.rows()] == ["合作更方便", "更专注", "工具很重要", "会议太多"]
    # Deleting that highlight in the reader takes its passage off the list.
    made = next(h for h in window.store.highlights("study-a") if h.anchor.exact == "会议太多")
    window.annotations.select(made.id)
    window.annotations.delete_selected()
    qtbot.waitUntil(lambda: "会议太多" not in [r[0] for r in view.rows()])
    assert [r[0] for r in view.rows()] == ["合作更方便", "更专注", "工具很重要"]


def test_a_closed_coded_passages_window_is_not_read_again_until_shown(
    make_window, tmp_path: Path, qtbot
) -> None:
    window, _paths, known = study_window(make_window, tmp_path)
    work, _tools = coded_study(window, known)
    view = window.study.show_retrieval(work.id)
    view.hide()
    reads: list[int] = []
    real = view.reload
    view.reload = lambda: (reads.append(1), real())[1]  # type: ignore[method-assign]
    code(window.store, known["a"], "会议太多", [work.id])
    window.coding.changed.emit()
    qtbot.wait(2 * 300)
    assert reads == []
    assert "会议太多" in [r[0] for r in window.study.show_retrieval(work.id).rows()]


def test_matrices_count_passages_and_characters_and_a_cell_lists_its_passages(
    make_window, tmp_path: Path, qtmodeltester
) -> None:
    window, _paths, known = study_window(make_window, tmp_path)
    coded_study(window, known)
    view = window.study.show_matrix()
    matrix = view.matrix
    assert view.tabs.currentWidget() is matrix
    counts = matrix.counts()
    assert counts[("工作", "张三")] == 2 and counts[("工作", "李四")] == 1 and counts[("工作", "王五")] == 0
    assert counts[("工具", "王五")] == 1
    matrix.measure.setCurrentIndex(matrix.measure.findData("characters"))
    assert matrix.counts()[("工作", "张三")] == len("更专注") + len("工具很重要")
    matrix.axis.setCurrentIndex(1)
    assert matrix.counts()[("工具", "丙：𠮷野家")] == len("远程工作时常吃")
    qtmodeltester.check(matrix.model)
    matrix.axis.setCurrentIndex(0)
    matrix.measure.setCurrentIndex(0)
    column = next(
        c for c in range(matrix.model.columnCount()) if matrix.model.horizontalHeaderItem(c).text() == "张三"
    )
    row = next(
        r for r in range(matrix.model.rowCount()) if matrix.model.verticalHeaderItem(r).text() == "工作"
    )
    matrix.table.doubleClicked.emit(matrix.model.index(row, column))
    assert view.tabs.currentIndex() == 0
    assert [r[0] for r in view.rows()] == ["更专注", "工具很重要"]


# -- the library -------------------------------------------------------------------------------------


def test_library_view_lists_sorts_filters_and_shows_a_missing_file(
    make_window, tmp_path: Path, qtmodeltester
) -> None:
    window, paths, known = study_window(make_window, tmp_path)
    coded_study(window, known)
    moved = tmp_path / "elsewhere.md"
    paths["b"].rename(moved)
    view = window.study.show_library()
    assert view.objectName() == "libraryView"
    rows = {r[0]: r for r in view.rows()}
    assert set(rows) == {"study-a", "study-b", "study-c"}
    assert rows["study-a"][1:4] == ("甲：远程工作", "测试", "主持人、张三")
    assert rows["study-a"][6] == "2"  # highlights
    assert rows["study-b"][4].startswith("(missing) ")
    view.table.sortByColumn(1, view.table.horizontalHeader().sortIndicatorOrder().AscendingOrder)
    view.filter.setText("办公")
    assert [r[0] for r in view.rows()] == ["study-b"]
    assert view.select_entry("study-b")
    assert view.locate_button.isEnabled() and not view.open_button.isEnabled()
    assert view.locate("study-b", str(moved))
    assert not view.rows()[0][4].startswith("(missing)")
    assert view.open_button.isEnabled()
    view.open_current()
    assert window.transcript.id == "study-b"
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)


def test_locating_another_interview_is_refused(make_window, tmp_path: Path) -> None:
    window, paths, _known = study_window(make_window, tmp_path)
    paths["b"].rename(tmp_path / "gone.md")
    view = window.study.show_library()
    errors: list[str] = []
    view.failed.connect(lambda _title, text: errors.append(text))
    assert not view.locate("study-b", str(paths["a"]))
    assert errors and "study-a" in errors[0]


# -- search across every interview -------------------------------------------------------------------


def test_search_all_interviews_groups_by_interview_and_opens_a_hit(
    make_window, tmp_path: Path, qtmodeltester
) -> None:
    window, _paths, _known = study_window(make_window, tmp_path)
    panel = window.search_panel
    panel.scope.setCurrentIndex(panel.scope.findData(LIBRARY_SCOPE))
    panel.field.setText("远程工作")
    panel.emit_query()
    search = window.library_search
    assert search.view.isVisibleTo(window) and not panel.view.isVisibleTo(window)
    model = search.model
    tops = [model.item(r).text() for r in range(model.rowCount())]
    assert tops == ["丙：𠮷野家 (1)", "甲：远程工作 (3)"]  # the library's order: by title
    # Plural forms come from the English catalogue once a test has loaded it.
    assert panel.count.text() in ("4 match(es) in 2 interview(s)", "4 matches in 2 interviews")
    qtmodeltester.check(model)
    interview = model.item(1)  # grouped by question: the preface, then the first question (prompt and answer)
    assert [
        (interview.child(r).text(), interview.child(r).rowCount()) for r in range(interview.rowCount())
    ] == [
        ("Preface", 1),
        ("你怎么看远程工作？", 2),
    ]
    leaf = model.item(0).child(0).child(0)
    assert search.show_hit(leaf.index())
    assert window.transcript.id == "study-c"
    assert window.pane.textCursor().selectedText() == "远程工作"


# -- the window's JSON export ------------------------------------------------------------------------


def test_the_json_export_carries_the_codebook_and_the_codes(make_window, tmp_path: Path) -> None:
    window = make_window()
    interest = window.store.create_code("兴趣")
    window.navigation.select_node("s1-q1")
    assert window.pane.marks.select_passage("s1-q1-p2", 5, 12)
    assert window.coding.apply(interest.id, "", window.pane.marks.selected_passages(), "")
    out = tmp_path / "out.json"
    assert window.files.export_to("json", str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert any(c["name"] == "兴趣" for c in data["codebook"])
    assert interest.id in json.dumps(data["annotations"], ensure_ascii=False)


def test_refi_qda_project_and_codebook_from_the_window(make_window, tmp_path: Path, data_dir: Path) -> None:
    window, _paths, known = study_window(make_window, tmp_path)
    work, _tools = coded_study(window, known)
    project, codebook = tmp_path / "p.qdpx", tmp_path / "c.qdc"
    assert window.study.export_project_to(str(project))
    assert window.study.export_codebook_to(str(codebook))
    assert project.read_bytes()[:2] == b"PK"
    assert "工作".encode() in codebook.read_bytes()
    # Renamed here, then the exported codebook merges back by GUID: the name returns, nothing is added.
    window.codes_panel.rename(work.id, "改名")
    assert window.study.import_codebook_from(str(codebook)) == (0, 1)
    assert (0, "工作", 3) in window.codes_panel.rows()
