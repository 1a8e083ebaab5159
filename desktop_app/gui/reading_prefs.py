"""How the reader wants to read: theme, font, size, line spacing and UI language, kept in settings."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontMetricsF

from desktop_app.gui.settings import (
    DEFAULT_FONT_SIZE,
    DEFAULT_LINE_SPACING,
    FONT_FAMILY,
    FONT_SIZE,
    LANGUAGE,
    LINE_SPACING,
    THEME,
    Settings,
)
from desktop_app.render.fonts import reading_font as build_font

THEMES = ("system", "light", "dark", "sepia")
LANGUAGES = ("system", "zh_CN", "en")
FONT_SIZE_RANGE = (8.0, 40.0)
LINE_SPACING_RANGE = (1.2, 2.4)



def _clamp(value: float, bounds: tuple[float, float], default: float) -> float:
    if not math.isfinite(value):
        return default
    low, high = bounds
    return min(max(value, low), high)


@dataclass(frozen=True)
class ReadingPrefs:
    """The reader's choices; out-of-range or unknown values are corrected when the object is made."""

    theme: str = "system"
    font_family: str = ""  # '' is the built-in CJK font list (render.fonts.READING_FONTS)
    font_size: float = DEFAULT_FONT_SIZE  # points
    line_spacing: float = DEFAULT_LINE_SPACING  # line height as a multiple of the font size
    language: str = "system"

    def __post_init__(self) -> None:
        # Settings files are edited by hand and carried between versions: never trust them.
        fix = object.__setattr__
        if self.theme not in THEMES:
            fix(self, "theme", "system")
        if self.language not in LANGUAGES:
            fix(self, "language", "system")
        fix(self, "font_family", str(self.font_family).strip())
        fix(self, "font_size", round(_clamp(float(self.font_size), FONT_SIZE_RANGE, DEFAULT_FONT_SIZE), 1))
        spacing = _clamp(float(self.line_spacing), LINE_SPACING_RANGE, DEFAULT_LINE_SPACING)
        fix(self, "line_spacing", round(spacing, 2))


def load(settings: Settings) -> ReadingPrefs:
    """The preferences stored in ``settings`` (defaults for what is missing or unreadable)."""
    return ReadingPrefs(
        theme=settings.get(THEME),
        font_family=settings.get(FONT_FAMILY),
        font_size=settings.get(FONT_SIZE),
        line_spacing=settings.get(LINE_SPACING),
        language=settings.get(LANGUAGE),
    )


def save(settings: Settings, prefs: ReadingPrefs) -> None:
    """Store ``prefs`` in ``settings``."""
    settings.set(THEME, prefs.theme)
    settings.set(FONT_FAMILY, prefs.font_family)
    settings.set(FONT_SIZE, prefs.font_size)
    settings.set(LINE_SPACING, prefs.line_spacing)
    settings.set(LANGUAGE, prefs.language)


def zoom_in(prefs: ReadingPrefs) -> ReadingPrefs:
    """One point larger (Ctrl+=), up to the largest size."""
    return replace(prefs, font_size=prefs.font_size + 1)


def zoom_out(prefs: ReadingPrefs) -> ReadingPrefs:
    """One point smaller (Ctrl+-), down to the smallest size."""
    return replace(prefs, font_size=prefs.font_size - 1)


def zoom_reset(prefs: ReadingPrefs) -> ReadingPrefs:
    """Back to the default size (Ctrl+0)."""
    return replace(prefs, font_size=DEFAULT_FONT_SIZE)


def reading_font(prefs: ReadingPrefs) -> QFont:
    """The pane's font: the chosen family first, then the built-in CJK fallbacks, at the chosen size."""
    return build_font(prefs.font_size, prefs.font_family)


def line_height_percent(font: QFont, line_spacing: float) -> float:
    """Qt's proportional line height giving ``line_spacing`` × the font size between baselines.

    Qt's percentage is relative to the font's own line spacing, not its size, so it is converted
    through the advance of "中" (one em of a CJK font). Never below 100.
    """
    metrics = QFontMetricsF(font)
    em = metrics.horizontalAdvance("中")
    return max(100 * line_spacing * em / max(metrics.lineSpacing(), 1.0), 100.0)


def ui_locale(prefs: ReadingPrefs) -> QLocale:
    """The locale whose translations the UI should load ("system" follows the system's)."""
    if prefs.language == "system":
        return QLocale.system()
    return QLocale(prefs.language)
