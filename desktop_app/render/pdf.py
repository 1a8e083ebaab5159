"""PDF through Qt's own text layout and PDF writer: no external tools, no temporary files.

The HTML export is laid out a chunk at a time by :class:`QTextDocument` on pages of the text area's
size, each chunk from a new page, and painted with a :class:`QPainter` straight
onto a :class:`QPdfWriter` that writes into memory, with a "page / pages" footer on each page.

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
    """Lay ``html`` out on A4 pages with a CJK font, number the pages and return the PDF's bytes.

    The page is laid out a chunk at a time (:func:`chunks`): Qt's ``setHtml`` grows faster than the
    text (10,000 highlights took minutes as one document), and one chunk at a time keeps memory to a
    chunk's layout. Each chunk is paginated by Qt itself and starts on a page of its own (a chunk is
    some 30 pages, so little is left blank). A first pass counts the pages, so each footer can say
    "page / pages"; the second draws them.
    """
    _application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(page_layout())
    writer.setResolution(RESOLUTION)
    writer.setCreator(APP_NAME)
    writer.setTitle(title)
    writer.setAuthor(author or APP_NAME)
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    page = QSizeF(area.width(), area.height() - _footer_height(writer))
    parts = chunks(html)
    counts = []  # each chunk's number of pages
    characters: set[str] = set()
    for part in parts:
        document = _document(part, writer, page)
        characters.update(document.toPlainText())
        counts.append(document.pageCount())
    _paint(parts, counts, writer, page)
    del writer  # the PDF is complete (its cross-reference table written) when the writer goes
    buffer.close()
    data = bytes(buffer.data().data())
    return _fix_radicals(data, _radical_aliases(characters))


CHUNK_LINES = 400  # lines of the HTML export laid out together (articles are a few lines each)
_BREAK_BEFORE = re.compile(r"^<(?:article|section)\b")


def chunks(html: str) -> list[str]:
    """``html`` cut into documents of about CHUNK_LINES lines, each cut before an article or section.

    Each chunk keeps the page's ``<head>`` (its styles); the tags a cut leaves open or closes twice
    are what Qt's HTML reader forgives (the export's blocks are whole lines).
    """
    head, body = html.split("<body>", 1) if "<body>" in html else ("", html)
    body = body.rsplit("</body>", 1)[0]
    parts: list[list[str]] = [[]]
    for line in body.split("\n"):
        if len(parts[-1]) >= CHUNK_LINES and _BREAK_BEFORE.match(line):
            parts.append([])
        parts[-1].append(line)
    return [f"{head}<body>{chr(10).join(lines)}</body></html>" for lines in parts]


def _document(html: str, writer: QPdfWriter, page: QSizeF) -> QTextDocument:
    """``html`` laid out at the writer's resolution on pages of ``page``."""
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
    document.setPageSize(page)
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


def _paint(parts: list[str], counts: list[int], writer: QPdfWriter, page: QSizeF) -> None:
    """Draw each chunk's pages onto the writer's, "page / pages" centred at each page's foot.

    The writer compresses and writes out each page's drawing when the next page begins; each chunk
    is laid out again here and let go before the next, so one chunk's layout is held at a time.
    """
    centred_low = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    footer = pdf_font(FOOTER_POINT_SIZE)
    footer_box = QRectF(0, page.height(), area.width(), area.height() - page.height())
    pages = sum(counts)
    painter = QPainter(writer)
    current = 0
    try:
        for part, count in zip(parts, counts, strict=True):
            document = _document(part, writer, page)
            for number in range(count):
                if current:
                    writer.newPage()
                painter.save()
                painter.translate(0, -number * page.height())
                _draw_page(document, painter, number, page.height())
                painter.restore()
                painter.setFont(footer)
                painter.setPen(Qt.GlobalColor.darkGray)
                painter.drawText(footer_box, centred_low, f"{current + 1} / {pages}")
                current += 1
            del document
    finally:
        painter.end()


def _draw_page(document: QTextDocument, painter: QPainter, page: int, height: float) -> None:
    """Draw the lines of ``document`` that Qt's pagination put on page ``page`` (from 0).

    Line by line, not with the document layout's ``draw``: that draws every line of a paragraph that
    runs onto the next page, clipped out of sight but still in the PDF, so the text of a line at the
    break came out of ``pdftotext`` twice.
    """
    layout = document.documentLayout()
    block_of = document.begin()
    while block_of.isValid():
        rect = layout.blockBoundingRect(block_of)
        lines = block_of.layout()
        for i in range(lines.lineCount()):
            line = lines.lineAt(i)
            # Qt puts a line that begins a page at the page's top; half a pixel absorbs the rounding.
            if int((rect.top() + line.y() + 0.5) // height) == page:
                line.draw(painter, rect.topLeft())
        block_of = block_of.next()


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
