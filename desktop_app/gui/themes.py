"""Colour themes: light, dark and sepia palettes for the whole UI, and colours that stay legible on them."""

from __future__ import annotations

import colorsys
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

PAINT_CONTRAST = 4.5  # WCAG AA for body text: the text over a highlight
SPEAKER_CONTRAST = 3.0  # WCAG AA for bold labels and large text: a speaker's name on the page
NON_TEXT_CONTRAST = 3.0  # WCAG 1.4.11: a checkbox's outline, a speaker's dot, the focus frame
STYLE = "Fusion"  # the one built-in style that paints every widget from the palette


@dataclass(frozen=True)
class Theme:
    """The colours of one theme, as ``#rrggbb``, and how highlight paints are adjusted for it."""

    name: str
    window: str
    window_text: str
    base: str  # the page behind the text: answer pane, tree, inputs
    alternate_base: str
    text: str
    muted: str  # captions, placeholders
    button: str
    button_text: str
    link: str
    link_visited: str
    selection: str
    selection_text: str
    tooltip: str
    tooltip_text: str
    paint_tint: str = "#ffffff"  # multiplied into each highlight paint, as ink on tinted paper
    paint_saturation: float = 1.0  # multiplies each paint's saturation

    @property
    def is_dark(self) -> bool:
        """True when the text is lighter than the page."""
        return relative_luminance(self.text) > relative_luminance(self.base)


LIGHT = Theme(
    name="light",
    window="#efeff0",
    window_text="#1f2328",
    base="#ffffff",
    alternate_base="#f5f6f8",
    text="#1f2328",
    muted="#5f6670",
    button="#f3f3f4",
    button_text="#1f2328",
    link="#1a5fb4",
    link_visited="#6a3d9a",
    selection="#2a62c9",
    selection_text="#ffffff",
    tooltip="#fbfbf2",
    tooltip_text="#1f2328",
)

DARK = Theme(
    name="dark",
    window="#2a2c30",
    window_text="#e3e5e8",
    base="#1d1e21",
    alternate_base="#25272b",
    text="#e3e5e8",
    muted="#a0a6ae",
    button="#35383d",
    button_text="#e3e5e8",
    link="#82b8ff",
    link_visited="#c4a3ff",
    selection="#3d6bb3",
    selection_text="#ffffff",
    tooltip="#35383d",
    tooltip_text="#e3e5e8",
    paint_saturation=1.15,
)

SEPIA = Theme(
    name="sepia",
    window="#e9dfc8",
    window_text="#3b3124",
    base="#f6efdf",
    alternate_base="#efe6d1",
    text="#3b3124",
    muted="#6e5f49",
    button="#e2d6bb",
    button_text="#3b3124",
    link="#8f4710",
    link_visited="#7a3b6e",
    selection="#7d5a34",
    selection_text="#fffaf0",
    tooltip="#fbf6ea",
    tooltip_text="#3b3124",
    paint_tint="#f6efdf",
)

THEMES: dict[str, Theme] = {t.name: t for t in (LIGHT, DARK, SEPIA)}


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``#rrggbb``: 0 for black, 1 for white."""
    channels = []
    for c in _rgb(colour):
        channels.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def theme_for_scheme(scheme: Qt.ColorScheme) -> Theme:
    """The theme that matches the system's colour scheme (light when the system does not say)."""
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


def resolve(name: str, app: QGuiApplication) -> Theme:
    """The theme called ``name``; "system" (or an unknown name) follows the system's colour scheme."""
    if name in THEMES:
        return THEMES[name]
    return theme_for_scheme(app.styleHints().colorScheme())


def palette(theme: Theme) -> QPalette:
    """A complete palette for ``theme``: every role, with greyed-out colours for disabled widgets."""
    pal = QPalette(QColor(theme.button), QColor(theme.window))  # derives the bevel shades
    roles = {
        QPalette.ColorRole.Window: theme.window,
        QPalette.ColorRole.WindowText: theme.window_text,
        QPalette.ColorRole.Base: theme.base,
        QPalette.ColorRole.AlternateBase: theme.alternate_base,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.muted,
        QPalette.ColorRole.Button: theme.button,
        QPalette.ColorRole.ButtonText: theme.button_text,
        QPalette.ColorRole.BrightText: theme.selection_text,
        QPalette.ColorRole.Link: theme.link,
        QPalette.ColorRole.LinkVisited: theme.link_visited,
        QPalette.ColorRole.Highlight: theme.selection,
        QPalette.ColorRole.HighlightedText: theme.selection_text,
        QPalette.ColorRole.Accent: theme.selection,
        QPalette.ColorRole.ToolTipBase: theme.tooltip,
        QPalette.ColorRole.ToolTipText: theme.tooltip_text,
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))  # all groups
    disabled = _mix(theme.text, theme.window, 0.55)
    group = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.PlaceholderText,
    ):
        pal.setColor(group, role, QColor(disabled))
    pal.setColor(group, QPalette.ColorRole.Base, QColor(theme.window))
    pal.setColor(group, QPalette.ColorRole.Highlight, QColor(_mix(theme.selection, theme.window, 0.5)))
    pal.setColor(group, QPalette.ColorRole.HighlightedText, QColor(disabled))
    return pal


def apply(app: QApplication, theme: Theme) -> None:
    """Paint the whole UI in ``theme``: the Fusion style, the application palette and tooltips."""
    if app.style().name().lower() != STYLE.lower():
        app.setStyle(STYLE)
    pal = palette(theme)
    app.setPalette(pal)
    QToolTip.setPalette(pal)


def paint_color(theme: Theme, colour: str) -> str:
    """A highlight paint adjusted to ``theme``: same hue, and the theme's text on it stays legible.

    On light pages the pastel is kept; on sepia it is tinted like ink on the paper; on dark pages it is
    made darker (and more saturated) until the light text over it has a contrast of PAINT_CONTRAST.
    """
    r, g, b = _rgb(colour)
    tr, tg, tb = _rgb(theme.paint_tint)
    h, lightness, s = colorsys.rgb_to_hls(r * tr, g * tg, b * tb)
    s = min(s * theme.paint_saturation, 1.0)
    # Away from the text's lightness: darker under light text, lighter under dark text.
    return _until_contrast(h, lightness, s, theme.text, PAINT_CONTRAST, -0.01 if theme.is_dark else 0.01)


def speaker_color(theme: Theme, colour: str) -> str:
    """A speaker's name colour adjusted to ``theme``: same hue, contrast SPEAKER_CONTRAST on the page."""
    h, lightness, s = colorsys.rgb_to_hls(*_rgb(colour))
    return _until_contrast(h, lightness, s, theme.base, SPEAKER_CONTRAST, 0.01 if theme.is_dark else -0.01)


@lru_cache(maxsize=512)
def visible_on(colour: str, *backgrounds: str, ratio: float = NON_TEXT_CONTRAST) -> str:
    """``colour``'s hue, lighter on dark backgrounds (else darker), at ``ratio`` to each background.

    For marks that are not text (WCAG 1.4.11): a dot, an outline, a focus frame must stand out from
    every surface they are drawn on (the window and the page, which differ in the dark theme).
    Remembered by its arguments (a pure function of the colours): the focus frame and the tree's dots
    ask on every paint, and stepping the lightness towards the contrast cost ~1 ms a time.
    """
    lightest = max(backgrounds, key=relative_luminance)
    darkest = min(backgrounds, key=relative_luminance)
    h, lightness, s = colorsys.rgb_to_hls(*_rgb(colour))
    if relative_luminance(lightest) < 0.18:  # dark surfaces: the lightest one is the hardest to stand out on
        return _until_contrast(h, lightness, s, lightest, ratio, 0.01)
    return _until_contrast(h, lightness, s, darkest, ratio, -0.01)


def _until_contrast(h: float, lightness: float, s: float, other: str, ratio: float, step: float) -> str:
    """The colour of hue ``h`` nearest to ``lightness`` (moving by ``step``) with ``ratio`` to ``other``."""
    adjusted = _hls(h, lightness, s)
    while contrast_ratio(other, adjusted) < ratio:
        moved = min(max(lightness + step, 0.0), 1.0)
        if moved == lightness:
            break  # black or white: as far as this direction goes
        lightness = moved
        adjusted = _hls(h, lightness, s)
    return adjusted


def _rgb(colour: str) -> tuple[float, float, float]:
    c = QColor(colour)
    return c.redF(), c.greenF(), c.blueF()


def _hls(h: float, lightness: float, s: float) -> str:
    r, g, b = colorsys.hls_to_rgb(h, lightness, s)
    return QColor.fromRgbF(r, g, b).name()


def _mix(first: str, second: str, amount: float) -> str:
    """``first`` moved ``amount`` (0–1) of the way towards ``second``."""
    a, b = QColor(first), QColor(second)
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    ).name()
