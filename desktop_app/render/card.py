"""Quote cards (金句卡片): a highlight drawn as a PNG to share, like the cards of 微信读书.

The card is laid out at 540 logical pixels and drawn at device pixel ratio 2, so the image is 1080 pixels
wide and as tall as the quote needs. Lines are broken by :mod:`desktop_app.render.linebreak` (Chinese
禁则: no closing punctuation at a line's start, no single character alone on the last line) and measured
with the fonts they are drawn in, so no line passes the margins. A quote longer than MAX_QUOTE_LINES is
shortened at a sentence end with an ellipsis, and the card says 节选 / excerpt.

QtGui only: it runs from the command line without a window.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QImage, QPainter

from desktop_app.domain.annotations import PAINT, Highlight
from desktop_app.domain.model import Transcript
from desktop_app.render.fonts import reading_font
from desktop_app.render.linebreak import break_paragraph, shorten_at_sentence

WIDTH = 540  # logical pixels
SCALE = 2  # device pixel ratio: the PNG is 1080 pixels wide
MARGIN = 48  # left and right, logical pixels; nothing is drawn in them
TOP = 40
BOTTOM = 36
BAND = 8  # the colour band along the top edge (the only thing that touches the sides)
QUOTE_PX = 22
QUOTE_LEADING = 1.75  # line height, as a multiple of the font's pixel size
SMALL_PX = 13
MAX_QUOTE_LINES = 12
MAX_TITLE_LINES = 3
ELLIPSIS = "……"
EXCERPT = "节选 / excerpt"
APP_LINE = "访谈阅读器 Interview Reader"


@dataclass(frozen=True)
class CardPalette:
    """The few colours a card needs, taken from the app's light, dark and sepia themes."""

    page: str
    text: str
    muted: str
    rule: str


# The same colours as gui/themes.py's LIGHT, DARK and SEPIA (base, text, muted); render/ may not import gui.
PALETTES: dict[str, CardPalette] = {
    "light": CardPalette(page="#ffffff", text="#1f2328", muted="#5f6670", rule="#d0d7de"),
    "dark": CardPalette(page="#1d1e21", text="#e3e5e8", muted="#a0a6ae", rule="#3a3d42"),
    "sepia": CardPalette(page="#f6efdf", text="#3b3124", muted="#6e5f49", rule="#dccfb2"),
}


@dataclass(frozen=True)
class Line:
    """One line of text on the card: where its baseline starts, in logical pixels, and its font."""

    text: str
    x: float
    baseline: float
    font: QFont
    role: str  # "quote", "speaker", "title", "label", "excerpt" or "app"


@dataclass(frozen=True)
class CardLayout:
    """Everything drawn on a card, in logical pixels; ``excerpt`` when the quote was shortened."""

    width: int
    height: int
    lines: tuple[Line, ...]
    rule_y: float
    label_box: QRectF
    excerpt: bool
    palette: CardPalette
    paint: str


def _application() -> None:
    """Fonts need an application object; from the command line there is none, and no screen."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication(["interview-reader"])  # Qt keeps the instance; it lives until the process ends


def font(pixel_size: int, *, bold: bool = False) -> QFont:
    """The reading font (CJK first) at ``pixel_size`` logical pixels, independent of the screen's DPI."""
    result = reading_font()
    result.setPixelSize(pixel_size)
    result.setBold(bold)
    # Kerning and ligatures would make the drawn width differ from the measured one by a hair.
    result.setKerning(False)
    return result


def _measure(f: QFont) -> QFontMetricsF:
    return QFontMetricsF(f)


def _quote_lines(quote: str, width: float, f: QFont) -> tuple[list[str], bool]:
    """The quote's lines, and whether it had to be shortened to MAX_QUOTE_LINES."""
    metrics = _measure(f)

    def lines_of(text: str) -> list[str]:
        out: list[str] = []
        for paragraph in text.split("\n"):
            if paragraph.strip():
                out += break_paragraph(paragraph.strip(), width, metrics.horizontalAdvance)
        return out

    text = "\n".join(line.strip() for line in quote.strip().splitlines() if line.strip())
    lines = lines_of(text)
    if len(lines) <= MAX_QUOTE_LINES:
        return lines, False
    shortened = shorten_at_sentence(
        text, lambda candidate: len(lines_of(candidate)) <= MAX_QUOTE_LINES, ELLIPSIS
    )
    return lines_of(shortened), True


def layout_card(highlight: Highlight, transcript: Transcript, label: str, theme: str = "light") -> CardLayout:
    """Where every line of ``highlight``'s card goes (``label``: what its colour means)."""
    _application()
    palette = PALETTES[theme]
    inner = WIDTH - 2 * MARGIN
    lines: list[Line] = []
    y: float = BAND + TOP

    small, small_bold = font(SMALL_PX), font(SMALL_PX, bold=True)
    small_metrics = _measure(small_bold)
    # The colour's meaning, as a small label in a chip of the highlight's colour; 节选 on the right.
    label_text = label.strip() or str(highlight.color)
    chip_width = min(small_metrics.horizontalAdvance(label_text) + 16, inner / 2)
    label_box = QRectF(MARGIN, y, chip_width, small_metrics.height() + 8)
    baseline = y + 4 + small_metrics.ascent()
    lines.append(Line(label_text, MARGIN + 8, baseline, small_bold, "label"))

    quote_font = font(QUOTE_PX)
    quote_lines, excerpt = _quote_lines(highlight.anchor.exact, inner, quote_font)
    if excerpt:
        x = WIDTH - MARGIN - _measure(small).horizontalAdvance(EXCERPT)
        lines.append(Line(EXCERPT, x, baseline, small, "excerpt"))
    y = label_box.bottom() + 24

    line_height = QUOTE_PX * QUOTE_LEADING
    ascent = _measure(quote_font).ascent()
    for text in quote_lines:
        # The font's ascent sits in the middle of the leading: the extra space is split above and below.
        lines.append(Line(text, MARGIN, y + (line_height - _measure(quote_font).height()) / 2 + ascent,
                          quote_font, "quote"))
        y += line_height
    y += 20
    rule_y = y
    y += 20

    speaker = " ".join(highlight.speaker.split())
    if speaker:
        speaker_font = font(15, bold=True)
        for text in break_paragraph(f"—— {speaker}", inner, _measure(speaker_font).horizontalAdvance):
            lines.append(Line(text, MARGIN, y + _measure(speaker_font).ascent(), speaker_font, "speaker"))
            y += 15 * 1.6
    title_font = font(14)
    title = " ".join(transcript.title.split())
    title_lines = break_paragraph(f"《{title}》", inner, _measure(title_font).horizontalAdvance)
    if len(title_lines) > MAX_TITLE_LINES:
        rest = "".join(title_lines[MAX_TITLE_LINES - 1 :])
        elided = _measure(title_font).elidedText(rest, Qt.TextElideMode.ElideRight, inner)
        title_lines = [*title_lines[: MAX_TITLE_LINES - 1], elided]
    for text in title_lines:
        lines.append(Line(text, MARGIN, y + _measure(title_font).ascent(), title_font, "title"))
        y += 14 * 1.6
    y += 18
    lines.append(Line(APP_LINE, MARGIN, y + _measure(small).ascent(), small, "app"))
    y += small_metrics.height() + BOTTOM
    return CardLayout(WIDTH, int(y + 0.999), tuple(lines), rule_y, label_box, excerpt, palette,
                      PAINT[highlight.color])


def draw_card(layout: CardLayout) -> QImage:
    """The card as an image of ``width × SCALE`` pixels at device pixel ratio SCALE."""
    image = QImage(layout.width * SCALE, layout.height * SCALE, QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(SCALE)
    palette = layout.palette
    image.fill(QColor(palette.page))
    painter = QPainter(image)
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(QRectF(0, 0, layout.width, BAND), QColor(layout.paint))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(layout.paint))
        painter.drawRoundedRect(layout.label_box, 4, 4)
        painter.setPen(QColor(palette.rule))
        painter.drawLine(QPointF(MARGIN, layout.rule_y), QPointF(MARGIN + 48, layout.rule_y))
        colours = {"quote": palette.text, "speaker": palette.text, "label": "#1f2328"}
        for line in layout.lines:
            painter.setFont(line.font)
            painter.setPen(QColor(colours.get(line.role, palette.muted)))
            painter.drawText(QPointF(line.x, line.baseline), line.text)
    finally:
        painter.end()
    return image


def card_png(highlight: Highlight, transcript: Transcript, label: str, theme: str = "light") -> bytes:
    """``highlight``'s quote card as PNG bytes (1080 pixels wide)."""
    image = draw_card(layout_card(highlight, transcript, label, theme))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # stubs: bytes; PySide6 6.11: str
        raise RuntimeError("Qt could not encode the card as PNG")
    return bytes(buffer.data().data())
