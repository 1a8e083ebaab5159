"""Themes, font size and line spacing applied to the window, and remembered."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from desktop_app.domain.annotations import PAINT, Color
from desktop_app.gui.actions import Act
from desktop_app.gui.pane_marks import MarkIdProperty


@pytest.fixture
def restore_look(qapp) -> Iterator[None]:
    style, palette, tips = qapp.style().name(), QPalette(qapp.palette()), QPalette(QToolTip.palette())
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)
    QToolTip.setPalette(tips)


def test_the_dark_theme_changes_the_panes_colours_and_keeps_highlights_legible(
    make_window, restore_look, bundled
) -> None:
    window = make_window()
    window.navigation.select_node("s1-q1")
    window.pane.marks.select_passage("s1-q1-p2", 0, 6)
    window.annotations.color_actions[Color.YELLOW].trigger()
    light_base = window.pane.palette().color(QPalette.ColorRole.Base)
    window.reading.apply_prefs(dataclasses.replace(window.reading.prefs, theme="dark"))
    QApplication.processEvents()
    dark_base = window.pane.palette().color(QPalette.ColorRole.Base)
    assert light_base.lightness() > 200 and dark_base.lightness() < 80
    text = window.pane.palette().color(QPalette.ColorRole.Text)
    assert text.lightness() > 180
    (mark,) = [s for s in window.pane.extraSelections() if s.format.property(MarkIdProperty)]
    painted = mark.format.background().color()
    assert painted != QColor(PAINT[Color.YELLOW])
    assert painted.lightness() < text.lightness() - 60  # light text stays readable on it


def test_zoom_and_spacing_are_applied_and_remembered(make_window, data_dir: Path, restore_look) -> None:
    window = make_window()
    size = window.pane.font().pointSizeF()
    window.action(Act.ZOOM_IN).trigger()
    assert window.pane.font().pointSizeF() == size + 1
    window.reading.apply_prefs(dataclasses.replace(window.reading.prefs, line_spacing=2.2))
    window.close()
    again = make_window(data_dir)
    assert again.pane.font().pointSizeF() == size + 1
    assert again.reading.prefs.line_spacing == 2.2
    again.action(Act.ZOOM_RESET).trigger()
    assert again.pane.font().pointSizeF() == 13


def test_the_preferences_dialog_applies_what_was_chosen(make_window, restore_look) -> None:
    window = make_window()
    dialog = window.reading.show_preferences()
    dialog.theme_choice.setCurrentIndex(dialog.theme_choice.findData("sepia"))
    dialog.accept()
    QApplication.processEvents()
    assert window.reading.prefs.theme == "sepia"
    assert window.pane.palette().color(QPalette.ColorRole.Base) != QColor("#ffffff")
