"""Marks that are not text stand out in every theme (WCAG 1.4.11, contrast ≥ 3:1), measured on the pixels.

The unticked speaker checkbox's outline, each speaker's dot (the host's grey too) and the focus frame
that follows Tab from the tree to the pane and the panels.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolTip, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import delete

from desktop_app.domain.model import Role, Speaker, Transcript
from desktop_app.domain.parser import HOST_COLOR
from desktop_app.gui import themes
from desktop_app.gui.focus_ring import FOCUS_CONTRAST
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings import Settings
from desktop_app.gui.speaker_filter import SpeakerBox, SpeakerFilter
from desktop_app.gui.tree_model import speaker_dots
from desktop_app.storage.store import AnnotationStore

ALL_THEMES = list(themes.THEMES.values())
NAMES = [t.name for t in ALL_THEMES]


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The session's QApplication, with its style and palettes put back after the test."""
    style = qapp.style().name()
    saved = QPalette(qapp.palette())
    tooltip = QPalette(QToolTip.palette())
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(saved)
    QToolTip.setPalette(tooltip)


def pixel(image: QImage, x: int, y: int) -> str:
    return QColor(image.pixel(x, y)).name()


def speakers_with_the_grey_host(bundled: Transcript) -> tuple[Speaker, ...]:
    """The bundled speakers, and a host in the parser's default grey (a transcript that names no colour)."""
    grey = Speaker("主持人", Role.HOST, "", HOST_COLOR)
    return (grey, *(s for s in bundled.speakers if s.name != grey.name))


@pytest.mark.parametrize("theme", ALL_THEMES, ids=NAMES)
def test_an_unticked_speaker_box_has_a_visible_outline(
    app: QApplication, qtbot: QtBot, bundled: Transcript, theme: themes.Theme
) -> None:
    themes.apply(app, theme)
    panel = SpeakerFilter()
    qtbot.addWidget(panel)
    speakers = speakers_with_the_grey_host(bundled)
    panel.set_speakers(speakers, frozenset(s.name for s in speakers))  # every box unticked
    panel.show()
    qtbot.waitExposed(panel)

    for speaker in speakers:
        box = panel.box(speaker.name)
        assert isinstance(box, SpeakerBox) and not box.isChecked()
        image = box.grab().toImage()
        rect = box.indicator_rect().toRect()
        middle = rect.center().y()
        edge = pixel(image, rect.left(), middle)
        inside = pixel(image, rect.center().x(), middle)
        assert themes.contrast_ratio(edge, theme.window) >= themes.NON_TEXT_CONTRAST, (speaker.name, edge)
        assert themes.contrast_ratio(edge, inside) >= themes.NON_TEXT_CONTRAST, (speaker.name, edge, inside)
        assert edge == box.outline_color().name()


def dot_colour(icon_image: QImage, index: int = 0, size: int = 12) -> str:
    """The colour in the middle of dot ``index`` of a ``speaker_dots`` icon."""
    return pixel(icon_image, index * size + 2 + (size - 4) // 2, 2 + (size - 4) // 2)


@pytest.mark.parametrize("theme", ALL_THEMES, ids=NAMES)
def test_every_speaker_dot_stands_out_on_the_window_and_the_page(
    app: QApplication, qtbot: QtBot, bundled: Transcript, theme: themes.Theme
) -> None:
    themes.apply(app, theme)
    panel = SpeakerFilter()
    qtbot.addWidget(panel)
    speakers = speakers_with_the_grey_host(bundled)
    panel.set_speakers(speakers, frozenset())

    low = []
    for speaker in speakers:
        icon = panel.box(speaker.name).icon()
        colour = dot_colour(icon.pixmap(QSize(14, 12)).toImage())
        for surface in (theme.window, theme.base):  # the filter sits on the window, the tree on the page
            ratio = themes.contrast_ratio(colour, surface)
            if ratio < themes.NON_TEXT_CONTRAST:
                low.append(f"{speaker.name} {colour} on {surface}: {ratio:.2f}")
    assert not low, "\n".join(low)


def test_a_dot_follows_a_theme_change(app: QApplication, qtbot: QtBot) -> None:
    themes.apply(app, themes.LIGHT)
    on_light = dot_colour(speaker_dots([HOST_COLOR]).pixmap(QSize(14, 12)).toImage())
    themes.apply(app, themes.DARK)
    on_dark = dot_colour(speaker_dots([HOST_COLOR]).pixmap(QSize(14, 12)).toImage())

    assert on_light == HOST_COLOR  # legible as it is on the light window
    assert on_dark != HOST_COLOR
    assert themes.contrast_ratio(on_dark, themes.DARK.window) >= themes.NON_TEXT_CONTRAST


def edge_colour(widget: QWidget) -> str:
    """The colour of the widget's left edge, half way down, as drawn on screen."""
    image = widget.grab().toImage()
    return pixel(image, 0, image.height() // 2)


@pytest.mark.parametrize("theme", ALL_THEMES, ids=NAMES)
def test_tab_moves_a_clearly_visible_focus_frame_from_the_tree_to_the_pane(
    app: QApplication, qtbot: QtBot, make_window: Callable[..., MainWindow], theme: themes.Theme
) -> None:
    window = make_window()
    themes.apply(app, theme)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    unfocused = edge_colour(window.pane)

    window.tree.setFocus()
    qtbot.waitUntil(lambda: window.focus_ring.target is window.tree)
    framed = edge_colour(window.tree)
    assert themes.contrast_ratio(framed, theme.window) >= FOCUS_CONTRAST, framed
    assert themes.contrast_ratio(framed, theme.base) >= themes.NON_TEXT_CONTRAST, framed

    qtbot.keyClick(window.tree, "\t")  # Tab: tree → pane
    qtbot.waitUntil(lambda: window.focus_ring.target is window.pane)
    assert edge_colour(window.pane) == framed != unfocused
    assert edge_colour(window.tree) != framed  # the frame went with the focus

    window.panel.text_filter.setFocus()
    qtbot.waitUntil(lambda: window.focus_ring.target is window.panel.text_filter)
    assert edge_colour(window.panel.text_filter) == framed
    assert edge_colour(window.pane) != framed


def test_deleting_a_window_with_a_framed_view_raises_nothing(
    qtbot: QtBot, data_dir: Path, bundled: Transcript
) -> None:
    """The focus leaves the window's widgets while it is deleted; the ring must not touch the dead window."""
    store = AnnotationStore.open(data_dir)
    window = MainWindow(Settings.in_folder(str(data_dir)), store)
    window.open_transcript(bundled)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.tree.setFocus()
    qtbot.waitUntil(lambda: window.focus_ring.target is window.tree)
    delete(window)  # as when the last reference goes: no close, no event loop in between
    QApplication.processEvents()  # a slot raising on the way fails the test (pytest-qt captures it)
    store.close()


def test_the_tree_dots_and_the_focus_frame_take_a_theme_chosen_after_they_were_drawn(
    app: QApplication, qtbot: QtBot, make_window: Callable[..., MainWindow], bundled: Transcript
) -> None:
    """Both colours are worked out once per palette (asked on every paint): a new theme redraws them."""
    themes.apply(app, themes.LIGHT)
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.tree.setFocus()
    qtbot.waitUntil(lambda: window.focus_ring.target is window.tree)

    def drawn() -> tuple[str, set[str]]:
        """The focus frame's colour on the tree's edge, and every colour in the tree's rows."""
        image = window.tree.grab().toImage()
        return pixel(image, 0, image.height() // 2), {
            pixel(image, x, y) for x in range(2, image.width() - 2) for y in range(2, image.height() - 2)
        }

    def dots(theme: themes.Theme) -> set[str]:
        return {themes.visible_on(s.color, theme.window, theme.base) for s in bundled.speakers}

    light_frame, light_pixels = drawn()  # the caches are filled with the light theme's colours
    themes.apply(app, themes.DARK)
    qtbot.waitUntil(lambda: drawn()[0] != light_frame)
    dark_frame, dark_pixels = drawn()

    assert dark_frame == themes.visible_on(
        themes.DARK.selection, themes.DARK.window, themes.DARK.base, ratio=FOCUS_CONTRAST
    )
    only_light, only_dark = dots(themes.LIGHT) - dots(themes.DARK), dots(themes.DARK) - dots(themes.LIGHT)
    assert only_light and only_dark  # the dark theme does change some dot
    assert only_light & light_pixels and not only_light & dark_pixels
    assert only_dark & dark_pixels and not only_dark & light_pixels
