from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QTextBrowser, QToolTip
from pytestqt.qtbot import QtBot

from desktop_app.domain.annotations import PAINT, Color
from desktop_app.domain.parser import GUEST_COLORS, HOST_COLOR
from desktop_app.gui import reading_prefs, themes
from desktop_app.gui.reading_prefs import ReadingPrefs
from desktop_app.gui.settings import Settings

ALL_THEMES = list(themes.THEMES.values())
SPEAKER_COLORS = [HOST_COLOR, *GUEST_COLORS]
Role = QPalette.ColorRole


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


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


# reading preferences
def test_prefs_survive_a_restart_through_an_ini_file(tmp_path: Path, settings: Settings) -> None:
    chosen = ReadingPrefs(
        theme="sepia", font_family="Noto Serif CJK SC", font_size=17.5, line_spacing=2.1, language="en"
    )
    reading_prefs.save(settings, chosen)
    settings.sync()
    reopened = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert reading_prefs.load(reopened) == chosen
    text = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert "[reading]" in text and "[ui]" in text


def test_missing_settings_load_the_defaults(settings: Settings) -> None:
    assert reading_prefs.load(settings) == ReadingPrefs()
    assert ReadingPrefs() == ReadingPrefs("system", "", 13.0, 1.7, "system")


def test_garbage_in_the_settings_file_loads_as_something_usable(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text(
        "[ui]\ntheme=purple\nlanguage=tlh\n[reading]\nfont_size=huge\nline_spacing=9\n", encoding="utf-8"
    )
    prefs = reading_prefs.load(Settings(QSettings(str(path), QSettings.Format.IniFormat)))
    assert prefs == ReadingPrefs(line_spacing=2.4)


@pytest.mark.parametrize(
    ("size", "expected"), [(3, 8.0), (8, 8.0), (12.5, 12.5), (40, 40.0), (99, 40.0), (float("nan"), 13.0)]
)
def test_font_size_is_clamped(size: float, expected: float) -> None:
    assert ReadingPrefs(font_size=size).font_size == expected


@pytest.mark.parametrize(("spacing", "expected"), [(0.5, 1.2), (1.2, 1.2), (2.0, 2.0), (2.4, 2.4), (3, 2.4)])
def test_line_spacing_is_clamped(spacing: float, expected: float) -> None:
    assert ReadingPrefs(line_spacing=spacing).line_spacing == expected


def test_unknown_theme_and_language_fall_back_to_the_system() -> None:
    assert ReadingPrefs(theme="neon", language="fr").theme == "system"
    assert ReadingPrefs(theme="neon", language="fr").language == "system"
    assert ReadingPrefs(theme="dark", language="zh_CN") == ReadingPrefs("dark", language="zh_CN")


def test_zoom_steps_one_point_within_bounds_and_resets() -> None:
    prefs = ReadingPrefs(theme="dark", font_size=13)
    assert reading_prefs.zoom_in(prefs) == ReadingPrefs(theme="dark", font_size=14)
    assert reading_prefs.zoom_out(prefs).font_size == 12
    assert reading_prefs.zoom_in(ReadingPrefs(font_size=40)).font_size == 40
    assert reading_prefs.zoom_out(ReadingPrefs(font_size=8)).font_size == 8
    assert reading_prefs.zoom_reset(ReadingPrefs(theme="sepia", font_size=31)) == ReadingPrefs(theme="sepia")


def test_reading_font_puts_the_chosen_family_first_then_the_cjk_fallbacks(qapp: QApplication) -> None:
    font = reading_prefs.reading_font(ReadingPrefs(font_family="Noto Serif CJK SC", font_size=18))
    assert font.families()[0] == "Noto Serif CJK SC"
    assert "Noto Sans CJK SC" in font.families()
    assert font.pointSizeF() == 18
    assert reading_prefs.reading_font(ReadingPrefs()).families()[0] == "Noto Sans CJK SC"


def test_line_height_grows_with_the_spacing_asked_for(qapp: QApplication) -> None:
    font = reading_prefs.reading_font(ReadingPrefs())
    assert reading_prefs.line_height_percent(font, 2.4) > reading_prefs.line_height_percent(font, 1.7) > 100


def test_ui_locale_follows_the_choice() -> None:
    assert reading_prefs.ui_locale(ReadingPrefs(language="zh_CN")).name() == "zh_CN"
    assert reading_prefs.ui_locale(ReadingPrefs(language="en")).language().name == "English"


# resolving a theme
@pytest.mark.parametrize("name", ["light", "dark", "sepia"])
def test_named_themes_resolve_to_themselves(app: QApplication, name: str) -> None:
    assert themes.resolve(name, app).name == name


@pytest.mark.parametrize(
    ("scheme", "expected"),
    [(Qt.ColorScheme.Dark, "dark"), (Qt.ColorScheme.Light, "light"), (Qt.ColorScheme.Unknown, "light")],
)
def test_system_theme_follows_the_colour_scheme_hint(
    app: QApplication, monkeypatch: pytest.MonkeyPatch, scheme: Qt.ColorScheme, expected: str
) -> None:
    # The offscreen platform ignores styleHints().setColorScheme(): stand in for the system instead.
    monkeypatch.setattr(app.styleHints(), "colorScheme", lambda: scheme)
    assert themes.resolve("system", app).name == expected
    assert themes.resolve("unheard-of", app).name == expected
    assert themes.theme_for_scheme(scheme).name == expected


# applying a theme
def test_dark_theme_darkens_every_widget(app: QApplication, qtbot: QtBot) -> None:
    before = QTextBrowser()
    qtbot.addWidget(before)
    themes.apply(app, themes.DARK)
    after = QTextBrowser()
    qtbot.addWidget(after)
    app.processEvents()  # Qt posts the palette change to existing widgets
    assert app.style().name().lower() == "fusion"
    for browser in (before, after):  # widgets made before the change follow it too
        pal = browser.palette()
        assert pal.color(Role.Base).lightness() < 80
        assert pal.color(Role.Text).lightness() > 180
        assert pal.color(Role.Base) == QColor(themes.DARK.base)
    assert app.palette().color(Role.Window) == QColor(themes.DARK.window)
    assert QToolTip.palette().color(Role.ToolTipBase) == QColor(themes.DARK.tooltip)


def test_switching_back_to_light_restores_a_light_page(app: QApplication, qtbot: QtBot) -> None:
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    themes.apply(app, themes.DARK)
    themes.apply(app, themes.LIGHT)
    app.processEvents()
    assert browser.palette().color(Role.Base) == QColor("#ffffff")
    assert browser.palette().color(Role.Text).lightness() < 60


def test_sepia_paints_a_warm_page(app: QApplication, qtbot: QtBot) -> None:
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    themes.apply(app, themes.SEPIA)
    app.processEvents()
    base = browser.palette().color(Role.Base)
    assert base == QColor(themes.SEPIA.base)
    assert base.red() > base.blue() + 15


@pytest.mark.parametrize("theme", ALL_THEMES, ids=lambda t: t.name)
def test_disabled_text_is_greyed_out(app: QApplication, qtbot: QtBot, theme: themes.Theme) -> None:
    themes.apply(app, theme)
    line = QLineEdit()
    qtbot.addWidget(line)
    line.setEnabled(False)
    pal = line.palette()
    disabled = pal.color(QPalette.ColorGroup.Disabled, Role.Text)
    assert disabled != pal.color(QPalette.ColorGroup.Active, Role.Text)
    assert themes.contrast_ratio(disabled.name(), theme.window) < themes.contrast_ratio(
        theme.text, theme.window
    )


# legibility
def test_contrast_ratio_matches_wcag_reference_values() -> None:
    assert themes.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert themes.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert themes.contrast_ratio("#336699", "#336699") == pytest.approx(1.0)


@pytest.mark.parametrize("theme", ALL_THEMES, ids=lambda t: t.name)
def test_theme_colours_are_legible(theme: themes.Theme) -> None:
    assert themes.contrast_ratio(theme.text, theme.base) >= 7
    assert themes.contrast_ratio(theme.window_text, theme.window) >= 7
    assert themes.contrast_ratio(theme.muted, theme.base) >= 4.5
    assert themes.contrast_ratio(theme.link, theme.base) >= 4.5
    assert themes.contrast_ratio(theme.selection_text, theme.selection) >= 4.5
    assert themes.contrast_ratio(theme.tooltip_text, theme.tooltip) >= 4.5
    assert themes.contrast_ratio(theme.button_text, theme.button) >= 4.5


@pytest.mark.parametrize("theme", ALL_THEMES, ids=lambda t: t.name)
@pytest.mark.parametrize("colour", list(PAINT), ids=str)
def test_text_stays_readable_on_every_highlight(theme: themes.Theme, colour: Color) -> None:
    painted = themes.paint_color(theme, PAINT[colour])
    assert themes.contrast_ratio(theme.text, painted) >= themes.PAINT_CONTRAST
    assert themes.contrast_ratio(painted, theme.base) > 1.2  # still visible as a highlight


def test_highlights_keep_their_colour_on_a_light_page_and_darken_on_a_dark_one() -> None:
    for colour in PAINT.values():
        assert themes.paint_color(themes.LIGHT, colour) == colour
        dark = themes.paint_color(themes.DARK, colour)
        assert QColor(dark).lightness() < QColor(colour).lightness()
        assert abs(QColor(dark).hslHue() - QColor(colour).hslHue()) <= 6


def _distance(a: str, b: str) -> int:
    first, second = QColor(a), QColor(b)
    return sum(
        abs(x - y)
        for x, y in zip(
            (first.red(), first.green(), first.blue()),
            (second.red(), second.green(), second.blue()),
            strict=True,
        )
    )


@pytest.mark.parametrize("theme", ALL_THEMES, ids=lambda t: t.name)
def test_highlight_colours_stay_as_distinct_from_each_other_as_on_light(theme: themes.Theme) -> None:
    for a, b in combinations(PAINT.values(), 2):
        adjusted = _distance(themes.paint_color(theme, a), themes.paint_color(theme, b))
        assert adjusted >= 0.8 * _distance(a, b), (a, b)


@pytest.mark.parametrize("theme", ALL_THEMES, ids=lambda t: t.name)
@pytest.mark.parametrize("colour", [*SPEAKER_COLORS, "#ffffff", "#000000", "#ffe36e", "#101010"])
def test_speaker_names_stay_readable(theme: themes.Theme, colour: str) -> None:
    assert themes.contrast_ratio(themes.speaker_color(theme, colour), theme.base) >= themes.SPEAKER_CONTRAST


def test_readable_speaker_colours_are_left_as_the_transcript_wrote_them() -> None:
    for colour in SPEAKER_COLORS:
        assert themes.speaker_color(themes.LIGHT, colour) == colour
    assert themes.speaker_color(themes.DARK, "#ffffff") == "#ffffff"
    lifted = themes.speaker_color(themes.DARK, "#1a2a80")
    assert QColor(lifted).lightness() > QColor("#1a2a80").lightness()
