"""The text comes first: a readable measure at any size, and the place exact to the line across restarts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint

from desktop_app.gui.actions import Act
from desktop_app.gui.reading_prefs import ReadingPrefs


def first_line(window) -> str:
    """The text of the first line visible at the top of the pane."""
    pane = window.pane
    cursor = pane.cursorForPosition(QPoint(int(pane.document().documentMargin()) + 1, 1))
    block = cursor.block()
    line = block.layout().lineForTextPosition(cursor.positionInBlock())
    return block.text()[line.textStart() : line.textStart() + line.textLength()]


@pytest.mark.parametrize("size", [(800, 600), (1200, 800)])
@pytest.mark.parametrize("font_size", [13.0, 20.0])  # 20 pt: what QT_FONT_DPI=144 makes of 13 pt
def test_the_pane_keeps_twenty_characters_a_line_at_any_size(make_window, size, font_size) -> None:
    window = make_window()
    window.reading.apply_prefs(ReadingPrefs(font_size=font_size))
    window.resize(*size)
    window.room.fit()
    window.navigation.select_node("s2-q1")

    assert window.room.characters_per_line() >= 20
    if size == (1200, 800) and font_size == 13.0:
        assert window.navigation_column.isVisible() and window.panel.isVisible()


def test_panels_step_aside_and_come_back_without_changing_the_view_menu(make_window) -> None:
    window = make_window()
    window.reading.apply_prefs(ReadingPrefs(font_size=20.0))
    window.resize(800, 600)
    window.room.fit()
    assert not window.navigation_column.isVisible() and not window.panel.isVisible()
    assert window.action(Act.SHOW_QUESTIONS).isChecked() and window.action(Act.SHOW_ANNOTATIONS).isChecked()

    window.reading.apply_prefs(ReadingPrefs(font_size=13.0))
    window.resize(1200, 800)
    window.room.fit()
    assert window.navigation_column.isVisible() and window.panel.isVisible()


def test_the_view_menu_shows_and_hides_each_panel(make_window) -> None:
    window = make_window()
    window.resize(1200, 800)
    for act, widget in (
        (Act.SHOW_SPEAKERS, window.speaker_filter),
        (Act.SHOW_QUESTIONS, window.tree),
        (Act.SHOW_ANNOTATIONS, window.panel),
        (Act.SHOW_SEARCH, window.search_panel),
    ):
        window.action(act).trigger()
        assert not widget.isVisible(), act
        window.action(act).trigger()
        assert widget.isVisible(), act


def test_find_shows_the_search_panel_even_in_a_narrow_window(make_window) -> None:
    window = make_window()
    window.reading.apply_prefs(ReadingPrefs(font_size=20.0))
    window.resize(800, 600)
    window.room.fit()
    window.action(Act.FIND).trigger()
    assert window.search_panel.isVisible()


@pytest.mark.parametrize("continuous", [False, True])
def test_five_restarts_return_to_the_same_first_line(make_window, data_dir: Path, continuous) -> None:
    window = make_window()
    window.resize(760, 560)
    window.room.fit()  # what the event loop does after a resize
    if continuous:
        window.action(Act.CONTINUOUS).trigger()
    window.navigation.select_node("s2-q1")
    bar = window.pane.verticalScrollBar()
    bar.setValue(bar.value() + 457)  # somewhere inside a paragraph, not on a heading
    expected = first_line(window)
    assert expected.strip()
    window.close()
    for _ in range(5):
        again = make_window(data_dir)
        again.resize(760, 560)
        again.room.fit()
        again.navigation.restore_reading_position()  # as the app does, once the window has its size
        assert first_line(again) == expected
        again.close()


def test_the_first_line_stays_after_a_font_size_change_and_a_restart(make_window, data_dir: Path) -> None:
    window = make_window()
    window.resize(900, 640)
    window.room.fit()
    window.navigation.select_node("s3-q1")
    bar = window.pane.verticalScrollBar()
    bar.setValue(bar.value() + 400)
    place = window.pane.place()
    assert place is not None and place.blocks_before == 0
    text = window.transcript.find(place.paragraph_id).text

    window.action(Act.ZOOM_IN).trigger()
    window.action(Act.ZOOM_IN).trigger()
    after = window.pane.place()
    # The line that now starts the view holds the character the old first line started with.
    assert after.paragraph_id == place.paragraph_id
    assert after.offset <= place.offset < after.offset + len(first_line(window))
    window.close()

    again = make_window(data_dir)
    again.resize(900, 640)
    again.room.fit()
    again.navigation.restore_reading_position()
    restored = again.pane.place()
    # The restarted window fits its panels to the larger text: the line may wrap elsewhere, but the
    # first visible line still holds the character the reader's line started with.
    assert restored.paragraph_id == place.paragraph_id
    assert restored.offset <= place.offset < restored.offset + len(first_line(again))
    assert first_line(again) in text


def test_the_status_bar_says_which_question_and_how_much_is_read(make_window, bundled) -> None:
    window = make_window()
    questions = list(bundled.questions())
    window.navigation.select_node(questions[2].id)
    label = window.progress_label.text()
    assert label.startswith(f"Question 3 of {len(questions)} · ") and label.endswith("% read")
    window.navigation.select_node(questions[-1].id)
    bar = window.pane.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert window.progress_label.text().startswith(f"Question {len(questions)} of {len(questions)} · ")
    assert int(window.progress_label.text().split("· ")[1].split("%")[0]) >= 90


def test_a_hidden_speakers_share_is_greyed(make_window) -> None:
    window = make_window()
    window.show_stats()
    bar = window.speaker_filter.bars["宋东桓"]
    assert bar.isEnabled()
    window.speaker_filter.box("宋东桓").setChecked(False)
    assert not bar.isEnabled()
    assert window.speaker_filter.bars["薛彦泽"].isEnabled()


def test_a_first_start_fits_the_screen(make_window) -> None:
    window = make_window()  # a new data folder: no saved geometry
    room = window.screen().availableGeometry()
    assert window.width() <= room.width() and window.height() <= room.height()


def test_the_toolbar_has_icons_and_recent_always_offers_the_sample(make_window) -> None:
    from desktop_app import paths

    window = make_window()
    for act in (Act.PREVIOUS, Act.NEXT, Act.NOTE):
        assert not window.action(act).icon().isNull(), act
    window.files.fill_recent_menu(window.recent_menu)
    datas = [a.data() for a in window.recent_menu.actions()]
    assert str(paths.bundled_transcript().resolve()) in datas
