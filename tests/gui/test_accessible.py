"""Every interactive widget says what it is to a screen reader, and the guide is there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from desktop_app.gui.actions import Act


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_focusable_widget_in_the_window_has_an_accessible_name(make_window) -> None:
    window = make_window()
    window.resize(1200, 800)
    window.room.fit()
    assert unnamed(window) == []


def test_the_help_menu_has_a_short_guide(make_window) -> None:
    window = make_window()
    window.action(Act.GUIDE).trigger()
    dialog = window.findChild(QWidget, "guideDialog")
    assert dialog is not None and dialog.isVisible()
    text = dialog.text.toPlainText()
    assert "Ctrl+H" in text and "F7" in text and "Ctrl+F" in text
    assert unnamed(dialog) == []
