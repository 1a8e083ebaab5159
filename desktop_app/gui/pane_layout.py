"""How the answer pane lays text out: headings, speaker names and paragraph blocks."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)

from desktop_app.domain.media_times import clock
from desktop_app.domain.model import Paragraph, Question, Section, Transcript, Turn

ParagraphIdProperty = QTextFormat.Property.UserProperty + 1
NodeIdProperty = QTextFormat.Property.UserProperty + 3  # on the first block of a section or question
PieceStartProperty = QTextFormat.Property.UserProperty + 4  # a long paragraph's block: its first offset
PIECE_CHARS = 4000  # a longer paragraph is laid out in blocks of this many characters (laid out lazily)
FIRST_PIECES = 3  # of a long paragraph, written with the rest of the page: ~10 screenfuls
LINE_HEIGHT_EM = 1.7  # line height as a multiple of the font size, as Chinese typesetting wants
MEASURE_EM = 36  # a comfortable line: about 36 Chinese characters


@dataclass(frozen=True, slots=True)
class Look:
    """What the reader chose and the theme decides: line height, muted text, speaker colours."""

    line_height: float = LINE_HEIGHT_EM
    muted: str = "#7a7f87"
    speaker_colors: dict[str, str] = field(default_factory=dict)
    paint: dict[str, str] = field(default_factory=dict)  # highlight colour → the colour painted

    def painted(self, colour: str) -> str:
        """How ``colour`` is painted on this look's page."""
        return self.paint.get(colour, colour)


@dataclass(slots=True)
class Tail:
    """What is left to write of a long paragraph: its pieces from ``start`` on, the first into ``block``.

    ``block`` is the empty block the piece at ``start`` is written into. Text inserted at the start of a
    block of its own leaves the block before it as it was laid out, so Qt repaints only what is below it
    (off screen); appended to the end of the previous piece's block, it made Qt repaint the whole view.
    """

    paragraph: Paragraph
    start: int
    block: int


class Writer:
    """Appends headings, speaker names and paragraphs to a document, marking paragraph blocks."""

    def __init__(
        self,
        cursor: QTextCursor,
        blocks: dict[str, int],
        transcript: Transcript,
        hidden: frozenset[str],
        look: Look | None = None,
        tails: list[Tail] | None = None,
    ) -> None:
        self.cursor = cursor
        self.tails = tails  # where long paragraphs' rests are left (None: written whole at once)
        self.blocks = blocks
        self.nodes: dict[str, int] = {}
        self.hidden = hidden
        self.look = look or Look()
        self.colors = {s.name: self.look.speaker_colors.get(s.name, s.color) for s in transcript.speakers}
        self.first = True
        self.shown = 0
        self._pending_node = ""
        font = cursor.document().defaultFont()
        self.base = font.pointSizeF()
        metrics = QFontMetricsF(font)
        # Qt's proportional line height is relative to the font's own line spacing, not its size.
        self.em_size = metrics.horizontalAdvance("中")
        self.spacing = metrics.lineSpacing()

    def mark_node(self, node_id: str) -> None:
        """The next block opens ``node_id`` (a section, a question or the preface)."""
        self._pending_node = node_id

    def _block(self, top: float, bottom: float, line_height: float = 0.0) -> QTextBlockFormat:
        line_height = line_height or self.look.line_height
        fmt = QTextBlockFormat()
        fmt.setTopMargin(top)
        fmt.setBottomMargin(bottom)
        percent = 100 * line_height * self.em_size / max(self.spacing, 1)
        fmt.setLineHeight(max(percent, 100), QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        return fmt

    def _start(self, fmt: QTextBlockFormat, char: QTextCharFormat) -> None:
        if self._pending_node:
            fmt.setProperty(NodeIdProperty, self._pending_node)
        if self.first:
            self.cursor.setBlockFormat(fmt)
            self.cursor.setBlockCharFormat(char)
            self.cursor.setCharFormat(char)
            self.first = False
        else:
            self.cursor.insertBlock(fmt, char)
        if self._pending_node:
            self.nodes[self._pending_node] = self.cursor.blockNumber()
            self._pending_node = ""

    def heading(self, text: str, level: int, paragraph_id: str = "", color: str = "") -> None:
        """A heading; a question's prompt paragraph carries its paragraph id."""
        fmt = self._block(18 if level > 1 else 4, 8, 1.4)
        fmt.setHeadingLevel(level)
        if paragraph_id:
            fmt.setProperty(ParagraphIdProperty, paragraph_id)
        char = QTextCharFormat()
        char.setFontWeight(QFont.Weight.Bold)
        char.setFontPointSize(self.base * (1.45 if level == 1 else 1.2))
        if color:
            char.setForeground(QColor(color))
        self._start(fmt, char)
        if paragraph_id:
            self.blocks[paragraph_id] = self.cursor.blockNumber()
        # A line break inside a prompt stays in this block (U+2028), one character like the "\n" it was.
        self.cursor.insertText(text.replace("\n", "\u2028"), char)

    def caption(self, text: str) -> None:
        """A small grey line, such as the section above a question."""
        char = QTextCharFormat()
        char.setForeground(QColor(self.look.muted))
        char.setFontPointSize(self.base * 0.9)
        self._start(self._block(0, 6, 1.3), char)
        self.cursor.insertText(text, char)

    def speaker(self, name: str, start: float | None = None) -> None:
        """The name that opens a turn, in the speaker's colour; then, muted, when the turn starts."""
        char = QTextCharFormat()
        char.setFontWeight(QFont.Weight.Bold)
        char.setForeground(QColor(self.colors.get(name, self.look.muted)))
        fmt = self._block(14, 2, 1.3)
        self._start(fmt, char)
        self.cursor.insertText(name, char)
        if start is not None:
            # The name block is no paragraph, so the time changes no highlight's offsets.
            time = QTextCharFormat()
            time.setForeground(QColor(self.look.muted))
            self.cursor.insertText(f" · {clock(start)}", time)

    def paragraphs(self, paragraphs: Iterable[Paragraph], speaker: str | None) -> None:
        """Paragraph blocks, each marked with its paragraph id; hidden speakers' are left out."""
        for paragraph in paragraphs:
            if paragraph.speaker is not None and paragraph.speaker in self.hidden:
                continue
            if len(paragraph.text) > PIECE_CHARS:
                self._pieces(paragraph)
            else:
                fmt = self._block(2, 10)
                fmt.setProperty(ParagraphIdProperty, paragraph.id)
                self._start(fmt, QTextCharFormat())
                self.blocks[paragraph.id] = self.cursor.blockNumber()
                self.cursor.insertHtml(paragraph.html)
            self.shown += 1

    def _pieces(self, paragraph: Paragraph) -> None:
        """A very long paragraph as plain-text blocks of PIECE_CHARS characters.

        Qt lays one huge block out at once (minutes for 50 MB), many blocks only as they scroll into view.
        With ``tails``, only the first FIRST_PIECES are written now: the rest is left there, for the pane
        to append a slice at a time while the window answers (inserting ~4,000 pieces took seconds).
        """
        for start in range(0, len(paragraph.text), PIECE_CHARS):
            if self.tails is not None and start >= FIRST_PIECES * PIECE_CHARS:
                self.piece_block(paragraph, start)  # empty until its turn comes
                self.tails.append(Tail(paragraph, start, self.cursor.blockNumber()))
                return
            self.piece(paragraph, start)

    def piece(self, paragraph: Paragraph, start: int) -> None:
        """The block of ``paragraph``'s piece at ``start``, after the cursor's block."""
        self.piece_block(paragraph, start)
        self.piece_text(paragraph, start)

    def piece_block(self, paragraph: Paragraph, start: int) -> None:
        """An empty block for ``paragraph``'s piece at ``start``, after the cursor's block."""
        last = start + PIECE_CHARS >= len(paragraph.text)
        fmt = self._block(2 if start == 0 else 0, 10 if last else 0)
        fmt.setProperty(ParagraphIdProperty, paragraph.id)
        fmt.setProperty(PieceStartProperty, start)
        self._start(fmt, QTextCharFormat())
        if start == 0:
            self.blocks[paragraph.id] = self.cursor.blockNumber()

    def piece_text(self, paragraph: Paragraph, start: int) -> None:
        """The text of ``paragraph``'s piece at ``start``, at the cursor (its block's start)."""
        self.cursor.insertText(paragraph.text[start : start + PIECE_CHARS].replace("\n", "\u2028"))

    def question(self, question: Question, level: int) -> None:
        """A question's heading (unless the host is hidden) and its visible answers."""
        self.mark_node(question.id)
        if question.speaker not in self.hidden:
            for i, paragraph in enumerate(question.prompt.paragraphs):
                self.heading(paragraph.text, level if i == 0 else 3, paragraph.id, "")
                self.shown += 1
        for turn in question.answers:
            self.turn(turn)

    def turn(self, turn: Turn) -> None:
        """One speaker's turn: the name, then the paragraphs."""
        if turn.speaker in self.hidden:
            return
        self.speaker(turn.speaker, turn.start)
        self.paragraphs(turn.paragraphs, turn.speaker)

    def section(self, section: Section) -> None:
        """A section's title and all its questions."""
        self.mark_node(section.id)
        self.heading(section.title or "—", level=1)
        for question in section.questions:
            self.question(question, level=2)

    def preface(self, transcript: Transcript, node_id: str) -> None:
        """The transcript's title and its preface."""
        self.mark_node(node_id)
        self.heading(transcript.title, level=1)
        self.paragraphs(transcript.preface, None)
