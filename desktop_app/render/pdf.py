"""PDF through Qt's own text layout and PDF writer: no external tools, no temporary files.

The HTML export is laid out once by a :class:`QTextDocument` on pages of the text area's size, then
each page is painted with a :class:`QPainter` straight onto a :class:`QPdfWriter` that writes into
memory, with a "page / pages" footer drawn beside it.

Two things in Qt's PDF writer would make the text unsearchable, and are worked around here:

- Qt writes each font's ``ToUnicode`` map by walking the font's ``cmap`` from U+0000 up and giving
  each glyph the *first* code point that reaches it. Noto CJK (like most CJK fonts) draws a Kangxi
  radical (U+2F00–U+2FDF) or a CJK radicals supplement form (U+2E80–U+2EFF) with the same glyph as
  the ideograph, so ``中心`` came back from the PDF as ``中⼼`` (U+2F3C). :func:`_fix_radicals`
  rewrites those entries to the ideograph the document actually uses.
- Glyphs that shaping substitutes are reverse-mapped the same way: Noto CJK's ``locl`` swaps the
  digits before a Latin letter (``51CTO``) for glyphs no code point reaches, so they had no
  ``ToUnicode`` entry and vanished from the text; ``liga`` turns ``ff`` into U+FB00 ``ﬀ`` and
  ``ccmp`` turns ``——`` into U+2E3A ``⸺``. The PDF's fonts turn these three features off
  (:data:`FEATURES_OFF`), so that each glyph drawn is the one its own character maps to.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QBrush,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QRawFont,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from desktop_app.render.fonts import reading_font

APP_NAME = "Interview Reader"
# 12 pt text on an A4 page with 20 mm margins gives a 170 mm (482 pt) line: 40 CJK characters, a
# comfortable reading measure, where Qt's defaults gave about 75 characters of 9 pt text.
BODY_POINT_SIZE = 12.0
MARGIN_MM = 20.0
FOOTER_POINT_SIZE = 9.0
RESOLUTION = 144
# OpenType features whose substitutions Qt's ToUnicode map cannot name (see the module's docstring).
FEATURES_OFF = ("locl", "liga", "ccmp")
# Kangxi radicals and the CJK radicals supplement: code points a CJK font draws like ideographs.
RADICAL_RANGES = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF))


def _application() -> QGuiApplication:
    """Qt needs an application object for fonts; from the command line there is none, and no screen."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["interview-reader"])


def pdf_font(point_size: float, *, bold: bool = False) -> QFont:
    """The reading font for the PDF, :data:`FEATURES_OFF` off: every glyph drawn maps back to its text."""
    font = reading_font(point_size)
    font.setBold(bold)
    _features_off(font)
    return font


def _features_off(font: QFont) -> None:
    """Turn :data:`FEATURES_OFF` off in ``font``."""
    for tag in FEATURES_OFF:
        font.setFeature(QFont.Tag(tag), 0)


def page_layout() -> QPageLayout:
    """A4 portrait with the margins that give the reading measure."""
    margin = MARGIN_MM * 72 / 25.4  # QPageLayout's default unit is the point
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(margin, margin, margin, margin),
    )


def characters_per_line() -> float:
    """How many CJK characters of body text fit on one line of the page (the reading measure)."""
    _application()
    width_pt = page_layout().paintRect(QPageLayout.Unit.Point).width()
    metrics = QFontMetricsF(pdf_font(BODY_POINT_SIZE))
    # The metrics are at the screen's resolution; scale the point width to the same pixels.
    width_px = width_pt * metrics.fontDpi() / 72
    return width_px / metrics.horizontalAdvance("中")


def html_to_pdf(html: str, title: str = "", author: str = APP_NAME) -> bytes:
    """Lay ``html`` out on A4 pages with a CJK font, number the pages and return the PDF's bytes."""
    _application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(page_layout())
    writer.setResolution(RESOLUTION)
    writer.setCreator(APP_NAME)
    writer.setTitle(title)
    writer.setAuthor(author or APP_NAME)
    document = _document(html, writer)
    _paint_pages(document, writer)
    characters = set(document.toPlainText())
    del document
    del writer  # the PDF is complete (its cross-reference table written) when the writer goes
    buffer.close()
    data = bytes(buffer.data().data())
    return _fix_radicals(data, _radical_aliases(characters))


def _document(html: str, writer: QPdfWriter) -> QTextDocument:
    """``html`` laid out at the writer's resolution on pages as tall as the text area above the footer."""
    document = QTextDocument()
    # The CSS's font families leave the default font's features alone, so FEATURES_OFF holds throughout.
    document.setDefaultFont(pdf_font(BODY_POINT_SIZE))
    document.setHtml(html)
    # One edit block: the layout hears of the changes once, not after each fragment's repair.
    edit = QTextCursor(document)
    edit.beginEditBlock()
    _repair_colours(document, edit)
    edit.endEditBlock()
    # Laid out for the writer, not the screen: font sizes and the page size in the writer's pixels.
    document.documentLayout().setPaintDevice(writer)
    document.setDocumentMargin(0)
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(area.width(), area.height() - _footer_height(writer)))
    return document


def _footer_height(writer: QPdfWriter) -> float:
    """Room under the text for the page number: two lines of the footer font."""
    return 2 * QFontMetricsF(pdf_font(FOOTER_POINT_SIZE), writer).height()


def _repair_colours(document: QTextDocument, cursor: QTextCursor) -> None:
    """Drop the brushes and underline colours whose colour Qt could not read (CSS ``inherit``).

    With such a colour the PDF writer emits a colour operator without its operands, which poppler
    reports as "Incorrect number of arguments in 'SCN' command".
    """
    underline = QTextFormat.Property.TextUnderlineColor
    properties = (QTextFormat.Property.ForegroundBrush, QTextFormat.Property.BackgroundBrush)
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            broken = [p for p in properties if fmt.hasProperty(p) and not _usable(fmt.brushProperty(p))]
            if fmt.hasProperty(underline) and not fmt.underlineColor().isValid():
                broken.append(underline)
            if broken:
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                for prop in broken:
                    fmt.clearProperty(prop)
                cursor.setCharFormat(fmt)
            it += 1
        block = block.next()


def _usable(brush: QBrush) -> bool:
    """Whether ``brush`` paints with a real colour (or paints nothing)."""
    return brush.style() == Qt.BrushStyle.NoBrush or brush.color().isValid()


def _paint_pages(document: QTextDocument, writer: QPdfWriter) -> None:
    """Paint ``document`` onto ``writer`` a page at a time, "page / pages" centred at each one's foot.

    The writer compresses and writes out each page's drawing when the next page begins, so only
    the laid-out document and one page's drawing are held at any time.
    """
    centred_low = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
    pages = document.pageCount()
    size = document.pageSize()
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    footer = pdf_font(FOOTER_POINT_SIZE)
    footer_box = QRectF(0, size.height(), area.width(), area.height() - size.height())
    painter = QPainter(writer)
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            top = page * size.height()
            painter.translate(0, -top)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, top, size.width(), size.height())
            painter.setClipRect(context.clip)
            document.documentLayout().draw(painter, context)
            painter.restore()
            painter.setFont(footer)
            painter.setPen(Qt.GlobalColor.darkGray)
            painter.drawText(footer_box, centred_low, f"{page + 1} / {pages}")
    finally:
        painter.end()


def _radical_aliases(characters: Iterable[str]) -> dict[int, int]:
    """Radical code point → the ideograph in ``characters`` that the PDF fonts draw with the same glyph."""
    wanted = sorted(c for c in set(characters) if ord(c) < 0x10000 and not _is_radical(ord(c)))
    radicals = [chr(cp) for lo, hi in RADICAL_RANGES for cp in range(lo, hi + 1)]
    aliases: dict[int, int] = {}
    for bold in (False, True):
        raw = QRawFont.fromFont(pdf_font(BODY_POINT_SIZE, bold=bold))
        by_glyph = dict(zip(raw.glyphIndexesForString("".join(wanted)), wanted, strict=True))
        by_glyph.pop(0, None)  # glyph 0 is "missing", not a shape two characters share
        for radical, glyph in zip(radicals, raw.glyphIndexesForString("".join(radicals)), strict=True):
            if glyph and glyph in by_glyph:
                aliases.setdefault(ord(radical), ord(by_glyph[glyph]))
    return aliases


def _is_radical(code_point: int) -> bool:
    """Whether ``code_point`` is a Kangxi radical or a CJK radicals supplement form."""
    return any(lo <= code_point <= hi for lo, hi in RADICAL_RANGES)


_CMAP = re.compile(rb"begincmap.*?endcmap", re.S)
_ARRAY = re.compile(rb"\[[^\]]*\]")
# "<lo> <hi> <dst>" (bfrange) or "<src> <dst>" (bfchar), alone on a line.
_LINE = re.compile(rb"^(<[0-9A-Fa-f]{4}> )(<[0-9A-Fa-f]{4}> )?<([0-9A-Fa-f]{4})>$", re.M)
_CODE = re.compile(rb"<([0-9A-Fa-f]{4})>")


def _fix_radicals(pdf: bytes, aliases: dict[int, int]) -> bytes:
    """``pdf`` with each ``ToUnicode`` entry that names a radical pointed at its ideograph instead.

    Every replacement is four hex digits for four, so no object moves and the cross-reference
    table stays right. Only entries for one glyph are touched (an array's items, a ``bfchar``, a
    one-glyph ``bfrange``): in "<lo> <hi> <dst>" the first code also sets the codes after it.
    """

    def swap(code: int) -> bytes:
        return b"<%04X>" % aliases.get(code, code)

    def array(match: re.Match[bytes]) -> bytes:
        return _CODE.sub(lambda m: swap(int(m.group(1), 16)), match.group(0))

    def line(match: re.Match[bytes]) -> bytes:
        first, second, target = match.group(1), match.group(2), int(match.group(3), 16)
        if second is not None and first.strip() != second.strip():
            return match.group(0)
        return first + (second or b"") + swap(target)

    def cmap(match: re.Match[bytes]) -> bytes:
        return _LINE.sub(line, _ARRAY.sub(array, match.group(0)))

    if not aliases:
        return pdf
    return _CMAP.sub(cmap, pdf)
