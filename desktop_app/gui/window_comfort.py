"""Reading comfort in the window: theme, font, size, spacing, search commands, citations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.domain.annotations import PAINT
from desktop_app.gui import reading_prefs, themes
from desktop_app.gui import settings as options
from desktop_app.gui.pane_layout import Look
from desktop_app.gui.pane_marks import FLASH_COLOR, SEARCH_COLOR, SEARCH_CURRENT_COLOR
from desktop_app.gui.preferences_dialog import PreferencesDialog

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

PAINTED_COLORS = (*PAINT.values(), FLASH_COLOR, SEARCH_COLOR, SEARCH_CURRENT_COLOR)


class ComfortMixin:
    """Preferences, zoom, the search commands and copy-with-citation."""

    def start_search(self: MainWindow) -> None:
        """Show the search panel with the field ready to type in."""
        self.search_panel.show()
        self.search_panel.raise_()
        self.search_panel.field.setFocus()
        self.search_panel.field.selectAll()

    # reading comfort
    def theme(self: MainWindow) -> themes.Theme:
        """The theme in force (the system's, when the reader chose to follow it)."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        return themes.resolve(self.prefs.theme, app)

    def _apply_look(self: MainWindow) -> None:
        theme = self.theme()
        speakers = self._transcript.speakers if self._transcript else ()
        look = Look(
            line_height=self.prefs.line_spacing,
            muted=theme.muted,
            speaker_colors={s.name: themes.speaker_color(theme, s.color) for s in speakers},
            paint={c: themes.paint_color(theme, c) for c in PAINTED_COLORS},
        )
        self.pane.set_look(look, reading_prefs.reading_font(self.prefs))

    def apply_prefs(self: MainWindow, prefs: reading_prefs.ReadingPrefs) -> None:
        """Use and remember the reader's choices: theme, font, size, spacing, language."""
        if prefs == self.prefs:
            return
        self.prefs = prefs
        reading_prefs.save(self._settings, prefs)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        themes.apply(app, self.theme())
        self._apply_look()

    def follow_system_scheme(self: MainWindow) -> None:
        """The system switched between light and dark: follow it if the reader asked to."""
        if self.prefs.theme == "system":
            app = QApplication.instance()
            assert isinstance(app, QApplication)
            themes.apply(app, self.theme())
            self._apply_look()

    def show_preferences(self: MainWindow) -> PreferencesDialog:
        """The Preferences dialog."""
        dialog = PreferencesDialog(self.prefs, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.prefs_changed.connect(self.apply_prefs)
        dialog.open()
        return dialog

    def zoom_in(self: MainWindow) -> None:
        """Larger reading text."""
        self.apply_prefs(reading_prefs.zoom_in(self.prefs))

    def zoom_out(self: MainWindow) -> None:
        """Smaller reading text."""
        self.apply_prefs(reading_prefs.zoom_out(self.prefs))

    def zoom_reset(self: MainWindow) -> None:
        """The default reading text size."""
        self.apply_prefs(reading_prefs.zoom_reset(self.prefs))

    def find_next(self: MainWindow) -> None:
        """Show the next search match."""
        self.search.step(+1)

    def find_previous(self: MainWindow) -> None:
        """Show the previous search match."""
        self.search.step(-1)

    def _on_cite_toggled(self: MainWindow, on: bool) -> None:
        self._settings.set(options.COPY_WITH_CITATION, bool(on))
        self.pane.cite_on_copy = bool(on)
