"""Search in the window: the field, the results, the marks in the pane, F3."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTreeView

from desktop_app.domain.annotations import Color
from desktop_app.gui.actions import Act
from desktop_app.gui.search_panel import PAGE, HitNumberRole
from desktop_app.gui.tree_model import NodeIdRole


def search(window, query: str, scope: str = "all") -> int:
    panel = window.search_panel
    panel.scope.setCurrentIndex(panel.scope.findData(scope))
    panel.field.setText(query)
    panel.emit_query()
    return len(window.search.results or [])


def independent_count(bundled, query: str, hidden=()) -> int:
    fold = str.maketrans({chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)})
    needle = query.translate(fold).lower()
    texts = [p.text for p in bundled.paragraphs() if p.speaker not in hidden]
    return sum(text.translate(fold).lower().count(needle) for text in texts)


def listed_hits(window) -> list[int]:
    model = window.search_panel.model
    rows = []
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        rows += [model.index(r, 0, group).data(HitNumberRole) for r in range(model.rowCount(group))]
    return rows


def scroll_to_the_end(window, limit: int = 10_000) -> None:
    """Scroll the results list down as a user would, until it lists no more."""
    window.start_search()
    bar = window.search_panel.view.verticalScrollBar()
    for _ in range(limit):
        QApplication.processEvents()
        if not window.search_panel.model.can_fetch_more():
            return
        bar.setValue(bar.maximum())
    raise AssertionError("the list kept growing")


def test_the_search_field_and_results_carry_their_names(make_window) -> None:
    window = make_window()
    assert isinstance(window.findChild(QLineEdit, "searchField"), QLineEdit)
    assert isinstance(window.findChild(QTreeView, "searchResults"), QTreeView)
    window.action(Act.FIND).trigger()
    assert window.search_panel.isVisible()


def test_chinese_queries_of_one_two_and_four_characters_and_latin(make_window, bundled) -> None:
    window = make_window()
    for query in ("视", "视频", "视频生成", "sora", "ＳＯＲＡ", "AI"):
        total = search(window, query)
        assert total == independent_count(bundled, query), query
        assert total > 0
        assert listed_hits(window) == list(range(min(total, PAGE)))  # the first page at once
        scroll_to_the_end(window)
        assert listed_hits(window) == list(range(total))
        assert str(total) in window.search_panel.count.text()


def test_f3_steps_through_matches_in_the_pane(qtbot, make_window, bundled) -> None:
    window = make_window()
    total = search(window, "翻车")
    assert total == independent_count(bundled, "翻车") >= 2
    window.action(Act.FIND_NEXT).trigger()
    first = window.search.results[0]
    assert window.tree.currentIndex().data(NodeIdRole) == first.question_id
    assert window.pane.textCursor().selectedText() == "翻车"
    window.action(Act.FIND_NEXT).trigger()
    assert window.search.current == 1
    assert window.pane.textCursor().selectedText() == "翻车"
    window.action(Act.FIND_PREVIOUS).trigger()
    assert window.search.current == 0
    window.action(Act.FIND_PREVIOUS).trigger()
    assert window.search.current == total - 1  # wraps around
    # the matches are marked in the pane too
    painted = [s.cursor.selectedText() for s in window.pane.extraSelections()]
    assert painted.count("翻车") >= 1


def test_enter_in_the_field_goes_to_the_first_match(qtbot, make_window) -> None:
    window = make_window()
    window.search_panel.field.setText("好莱坞")
    qtbot.keyClick(window.search_panel.field, Qt.Key.Key_Return)
    assert window.search.current == 0
    assert window.pane.textCursor().selectedText() == "好莱坞"


def test_search_respects_the_speaker_filter_and_scopes(make_window, bundled) -> None:
    window = make_window()
    everything = search(window, "Sora")
    window.speaker_filter.box("薛彦泽").setChecked(False)
    assert len(window.search.results) == independent_count(bundled, "Sora", hidden={"薛彦泽"}) < everything
    assert all(h.speaker != "薛彦泽" for h in window.search.results)
    window.speaker_filter.box("薛彦泽").setChecked(True)
    questions = search(window, "Sora", "questions")
    expected = sum(p.text.lower().count("sora") for q in bundled.questions() for p in q.prompt.paragraphs)
    assert questions == expected
    assert {h.kind for h in window.search.results} == {"question"}


def test_my_notes_are_searched(make_window, bundled) -> None:
    window = make_window()
    window.navigation.select_node("s1-q1")
    window.pane.marks.select_passage("s1-q1-p2", 0, 6)
    window.annotations.color_actions[Color.GREEN].trigger()
    window.store.update_highlight(window.annotations.selected, note="这是我的批注：值得细读")
    window.store.set_question_note(bundled.id, "s5-q1", "另一条批注")
    window.annotations.reload()
    assert search(window, "批注", "notes") == 2
    assert {h.kind for h in window.search.results} == {"highlight-note", "question-note"}
    assert search(window, ":", "notes") == 1  # a half-width colon finds the full-width one
    window.search.show_hit(0)
    assert window.pane.marks.flashing == window.annotations.selected


def test_an_empty_query_clears_results(make_window) -> None:
    window = make_window()
    search(window, "视频")
    assert window.search_panel.model.rowCount(QModelIndex()) > 0
    search(window, "  ")
    assert window.search_panel.model.rowCount(QModelIndex()) == 0
    assert window.search_panel.count.text() == ""


def test_in_a_narrow_panel_every_row_keeps_its_speaker_and_its_match_in_sight(make_window) -> None:
    # At the default size the Search panel is ~210 px for the text: "宋东桓: …" and 11 characters of
    # context put the match at or past the row's right edge (seen under Xvfb, searching 视频).
    from desktop_app.gui.search_panel import SnippetRole, in_sight

    window = make_window()
    assert search(window, "视频") > 20
    view = window.search_panel.findChild(QTreeView)
    metrics = view.fontMetrics()
    width = 180
    model = window.search_panel.model
    group = model.index(1, 0)
    checked = 0
    for r in range(model.rowCount(group)):
        text, start, end, lead = model.index(r, 0, group).data(SnippetRole)
        shown, s, e = in_sight(metrics, text, start, end, lead, width)
        assert shown[s:e] == text[start:end] == "视频"
        assert shown[:lead] == text[:lead] and text[:lead].endswith(": ")  # the speaker stays
        assert metrics.horizontalAdvance(shown[:e]) <= width  # the match is inside the row
        assert shown[e:] == text[end:]  # what follows the match is as it was
        checked += 1
    assert checked > 5
    wide = model.index(0, 0, group).data(SnippetRole)
    assert in_sight(metrics, *wide, 2000)[0] == wide[0]  # room enough: the row is drawn as it is
