"""Reading comfort: the preferences (theme, font, size, spacing, language), zoom and copy-with-citation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.domain.annotations import PAINT
from desktop_app.domain.model import Transcript
from desktop_app.gui import reading_prefs, themes
from desktop_app.gui import settings as options
from desktop_app.gui.answer_pane import AnswerPane
from desktop_app.gui.pane_layout import Look
from desktop_app.gui.pane_marks import FLASH_COLOR, SEARCH_COLOR, SEARCH_CURRENT_COLOR
from desktop_app.gui.settings import Settings

if TYPE_CHECKING:  # a later feature's module: imported when first used, not on the way to the first paint
    from desktop_app.gui.preferences_dialog import PreferencesDialog

PAINTED_COLORS = (*PAINT.values(), FLASH_COLOR, SEARCH_COLOR, SEARCH_CURRENT_COLOR)


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


class Reading(QObject):
    """Owns the reader's preferences and applies them to the application and the pane."""

    def __init__(self, pane: AnswerPane, settings: Settings, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self._pane = pane
        self._settings = settings
        self._parent = dialog_parent
        self._transcript: Transcript | None = None
        self.prefs = reading_prefs.load(settings)
        pane.cite_on_copy = settings.get(options.COPY_WITH_CITATION)
        _app().styleHints().colorSchemeChanged.connect(self.follow_system_scheme)

    def set_transcript(self, transcript: Transcript) -> None:
        """Lay ``transcript`` out with its speakers' colours."""
        self._transcript = transcript
        self.apply_look()

    def theme(self) -> themes.Theme:
        """The theme in force (the system's, when the reader chose to follow it)."""
        return themes.resolve(self.prefs.theme, _app())

    def apply_look(self) -> None:
        """Give the pane the theme's colours, the line spacing and the font."""
        theme = self.theme()
        speakers = self._transcript.speakers if self._transcript else ()
        look = Look(
            line_height=self.prefs.line_spacing,
            muted=theme.muted,
            speaker_colors={s.name: themes.speaker_color(theme, s.color) for s in speakers},
            paint={c: themes.paint_color(theme, c) for c in PAINTED_COLORS},
        )
        self._pane.set_look(look, reading_prefs.reading_font(self.prefs))

    def apply_prefs(self, prefs: reading_prefs.ReadingPrefs) -> None:
        """Use and remember the reader's choices: theme, font, size, spacing, language."""
        if prefs == self.prefs:
            return
        self.prefs = prefs
        reading_prefs.save(self._settings, prefs)
        themes.apply(_app(), self.theme())
        self.apply_look()

    def follow_system_scheme(self) -> None:
        """The system switched between light and dark: follow it if the reader asked to."""
        if self.prefs.theme == "system":
            themes.apply(_app(), self.theme())
            self.apply_look()

    def show_preferences(self) -> PreferencesDialog:
        """The Preferences dialog."""
        from desktop_app.gui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.prefs, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.prefs_changed.connect(self.apply_prefs)
        dialog.open()
        return dialog

    def zoom_in(self) -> None:
        """Larger reading text."""
        self.apply_prefs(reading_prefs.zoom_in(self.prefs))

    def zoom_out(self) -> None:
        """Smaller reading text."""
        self.apply_prefs(reading_prefs.zoom_out(self.prefs))

    def zoom_reset(self) -> None:
        """The default reading text size."""
        self.apply_prefs(reading_prefs.zoom_reset(self.prefs))

    def set_cite_on_copy(self, on: bool) -> None:
        """Copy with 「…」——speaker,《title》 (on) or the bare text (off)."""
        self._settings.set(options.COPY_WITH_CITATION, bool(on))
        self._pane.cite_on_copy = bool(on)
