"""The question tree: a thin model over the Transcript, and the speaker filter over that."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap

from desktop_app.domain.model import PREFACE_ID, Question, Section, Transcript
from desktop_app.gui import themes
from desktop_app.gui.plain import tooltip
from desktop_app.gui.two_level_model import TwoLevelModel

NodeIdRole = Qt.ItemDataRole.UserRole + 1
NodeKindRole = Qt.ItemDataRole.UserRole + 2
SpeakersRole = Qt.ItemDataRole.UserRole + 3
CountRole = Qt.ItemDataRole.UserRole + 4  # how many annotations a question holds
PaintRole = Qt.ItemDataRole.UserRole + 5  # (title, speakers' dots, count): all the delegate paints, at once

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_DECORATION = Qt.ItemDataRole.DecorationRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole.value
_SERVED = frozenset(
    {_DISPLAY, _DECORATION, _TOOLTIP, _ACCESSIBLE, NodeIdRole, NodeKindRole, SpeakersRole, CountRole}
    | {PaintRole}
)
LAZY_ABOVE = 300  # sections; a longer transcript's question rows are made section by section


class NodeKind(Enum):
    """What a row of the tree stands for."""

    PREFACE = "preface"
    SECTION = "section"
    QUESTION = "question"




@dataclass(frozen=True)
class _Row:
    kind: NodeKind
    node_id: str
    title: str
    tooltip: str
    speakers: tuple[str, ...]


_surfaces: dict[int, tuple[str, str]] = {}  # by the application palette's cacheKey(): new theme, new key


def dot_surfaces() -> tuple[str, str]:
    """The colours a speaker's dot is drawn on: the window (the speaker filter) and the page (the tree).

    Asked for each row the tree paints (its icon is looked up by them): read from the palette once per
    palette, since reading two colours by name each time cost more than the rest of the lookup.
    """
    palette = QGuiApplication.palette()
    key = palette.cacheKey()
    surfaces = _surfaces.get(key)
    if surfaces is None:
        if len(_surfaces) > 16:
            _surfaces.clear()  # palettes of themes left long ago
        window, base = QPalette.ColorRole.Window, QPalette.ColorRole.Base
        surfaces = _surfaces[key] = (palette.color(window).name(), palette.color(base).name())
    return surfaces


def speaker_dots(colors: list[str], size: int = 12) -> QIcon:
    """An icon of coloured dots, one per speaker, each visible on the theme (the host's grey on dark too)."""
    if not colors:
        return QIcon()
    surfaces = dot_surfaces()
    pixmap = QPixmap(size * len(colors) + 2, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    for i, color in enumerate(colors):
        painter.setBrush(QColor(themes.visible_on(color, *surfaces)))
        painter.drawEllipse(i * size + 2, 2, size - 4, size - 4)
    painter.end()
    return QIcon(pixmap)


class QuestionTreeModel(TwoLevelModel):
    """Preface, sections and their questions; each question lists who answered it.

    A long transcript's question rows are made when their section is first expanded or navigated to
    (``canFetchMore``/``fetchMore``): at 1,000 sections, making all 9,000 rows up front cost more than
    parsing did. Up to ``lazy_above`` sections every row is made at once, as a short tree opens expanded.
    """

    def __init__(self, transcript: Transcript, parent: Any = None, lazy_above: int = LAZY_ABOVE) -> None:
        super().__init__(parent)
        self._transcript = transcript
        self._colors = {s.name: s.color for s in transcript.speakers}
        # A section's row is made when the view first asks for it: the view lays out every top row
        # (thousands), but asks what one holds only for the few it paints.
        self._top: list[_Row | None] = []
        self._sections: list[Section | None] = []  # each top row's section (None: the preface)
        self._children: list[list[_Row] | None] = []  # None: not fetched yet
        if transcript.preface:
            first = transcript.preface[0].text
            self._top.append(
                _Row(
                    NodeKind.PREFACE,
                    PREFACE_ID,
                    QCoreApplication.translate("QuestionTreeModel", "Preface"),
                    first[:200],
                    (),
                )
            )
            self._sections.append(None)
            self._children.append([])
        self._top.extend([None] * len(transcript.sections))
        self._sections.extend(transcript.sections)
        self._children.extend([None] * len(transcript.sections))
        self._top_of = {
            (section.id if section is not None else PREFACE_ID): r for r, section in enumerate(self._sections)
        }
        self._child_of: dict[str, int] = {}  # a fetched question's row under its section
        self._section_speakers: dict[int, tuple[str, ...]] = {}
        self._icons: dict[tuple[tuple[str, str], tuple[str, ...]], QIcon] = {}  # by theme and speakers
        self._counts: dict[str, int] = {}
        self._tooltips: dict[str, str] = {}
        if len(transcript.sections) <= lazy_above:
            for r in range(len(self._top)):
                self._children[r] = self._make_children(r)

    @property
    def transcript(self) -> Transcript:
        """The transcript shown."""
        return self._transcript

    def _section_row(self, section: Section) -> _Row:
        title = section.title or QCoreApplication.translate("QuestionTreeModel", "Questions")
        # The tooltip (reading time, speakers' shares) and the speakers' dots are worked out when first
        # shown: a long transcript has thousands of sections.
        return _Row(NodeKind.SECTION, section.id, title, "", ())

    def _top_row(self, top_row: int) -> _Row:
        row = self._top[top_row]
        if row is None:
            section = self._sections[top_row]
            assert section is not None  # the preface's row is made at once
            row = self._top[top_row] = self._section_row(section)
        return row

    def _speakers_of(self, top_row: int) -> tuple[str, ...]:
        """Who answered any of a section's questions, in order of first answer."""
        speakers = self._section_speakers.get(top_row)
        if speakers is None:
            section = self._sections[top_row]
            questions = section.questions if section is not None else ()
            speakers = tuple(dict.fromkeys(s for q in questions for s in q.answer_speakers))
            self._section_speakers[top_row] = speakers
        return speakers

    def question_speakers(self, top_row: int) -> list[tuple[str, ...]]:
        """Who answered each of a section's questions, fetched or not (the speaker filter asks)."""
        section = self._sections[top_row]
        return [q.answer_speakers for q in section.questions] if section is not None else []

    def _tooltip(self, row: _Row) -> str:
        if row.tooltip or row.kind is not NodeKind.SECTION:
            return row.tooltip
        cached = self._tooltips.get(row.node_id)
        if cached is None:
            from desktop_app.domain.stats import reading_minutes, section_paragraphs, section_shares

            section = self._transcript.find(row.node_id)  # (the count's module: not before the first paint)
            assert isinstance(section, Section)
            n = len(section.questions)
            count = QCoreApplication.translate("QuestionTreeModel", "%n question(s)", None, n)
            minutes = max(round(reading_minutes(section_paragraphs(section))), 1)
            reading = QCoreApplication.translate(
                "QuestionTreeModel", "about %n minute(s) of reading", None, minutes
            )
            shares = " · ".join(
                f"{s.speaker} {s.share:.0%}" for s in section_shares(self._transcript, section) if s.chars
            )
            cached = self._tooltips[row.node_id] = f"{row.title}\n{count}, {reading}\n{shares}"
        return cached

    def _question_row(self, question: Question) -> _Row:
        speakers = question.answer_speakers
        one_line = " ".join(question.text.split()) or QCoreApplication.translate(
            "QuestionTreeModel", "(a question without words)"
        )
        answered = QCoreApplication.translate("QuestionTreeModel", "Answered by: %1").replace(
            "%1", ", ".join(speakers) or "—"
        )
        return _Row(NodeKind.QUESTION, question.id, one_line, f"{question.text}\n{answered}", speakers)

    def top_count(self) -> int:
        """The preface and the sections."""
        return len(self._top)

    def child_count(self, top_row: int) -> int:
        """A section's questions made so far."""
        return len(self._children[top_row] or ())

    def _make_children(self, top_row: int) -> list[_Row]:
        section = self._sections[top_row]
        rows = [self._question_row(q) for q in section.questions] if section is not None else []
        for c, row in enumerate(rows):
            self._child_of[row.node_id] = c
        return rows

    def fetched(self, top_row: int) -> bool:
        """Whether a top row's question rows have been made."""
        return self._children[top_row] is not None

    def fetch(self, top_row: int) -> None:
        """Make a section's question rows now (the tree expanding it, or navigation going into it)."""
        if self._children[top_row] is not None:
            return
        rows = self._make_children(top_row)
        if rows:
            self.beginInsertRows(self.index(top_row, 0), 0, len(rows) - 1)
        self._children[top_row] = rows
        if rows:
            self.endInsertRows()

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """Sections with questions have children, made or not; the view shows them as expandable."""
        if not parent.isValid():
            return bool(self._top)
        if parent.internalId() != 0 or parent.column() > 0:
            return False
        section = self._sections[parent.row()]
        return section is not None and section.has_questions

    def canFetchMore(self, parent: Index) -> bool:
        """A section whose question rows are not made yet."""
        return (
            parent.isValid()
            and parent.internalId() == 0
            and self._children[parent.row()] is None
        )

    def fetchMore(self, parent: Index) -> None:
        """Make the section's question rows."""
        if self.canFetchMore(parent):
            self.fetch(parent.row())

    def _row(self, index: Index) -> _Row | None:
        if not index.isValid():
            return None
        parent_row = index.internalId()
        if parent_row == 0:
            return self._top_row(index.row())
        children = self._children[parent_row - 1]
        assert children is not None  # an index of a child exists only once its rows are made
        return children[index.row()]

    # Qt overrides
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, tooltip, speaker dots, and the node's id and kind."""
        # The delegate asks each painted row for seven roles, most of which this model leaves to the
        # style (font, alignment, colours, check state): those are answered before the row is looked up,
        # and the roles are compared as plain ints (an enum member's lookup showed in the switch profile).
        if role not in _SERVED:
            return None
        row = self._row(index)
        if row is None:
            return None
        if role == PaintRole:
            return (row.title, self._icon(self._speakers(index, row)), self._counts.get(row.node_id, 0))
        if role == _DISPLAY:
            return row.title
        if role == _DECORATION:
            return self._icon(self._speakers(index, row))
        if role == NodeIdRole:
            return row.node_id
        if role == CountRole:
            return self._counts.get(row.node_id, 0)
        if role == NodeKindRole:
            return row.kind.value
        if role == _TOOLTIP:
            return tooltip(self._tooltip(row))
        if role == _ACCESSIBLE:
            count = self._counts.get(row.node_id, 0)
            notes = QCoreApplication.translate("QuestionTreeModel", "%n annotation(s)", None, count)
            return self._tooltip(row).replace("\n", ". ") + (f". {notes}" if count else "")
        if role == SpeakersRole:
            return list(self._speakers(index, row))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column's title."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section == 0:
            return QCoreApplication.translate("QuestionTreeModel", "Questions")
        return None

    def _speakers(self, index: Index, row: _Row) -> tuple[str, ...]:
        return self._speakers_of(index.row()) if row.kind is NodeKind.SECTION else row.speakers

    def _icon(self, speakers: tuple[str, ...]) -> QIcon:
        key = (dot_surfaces(), speakers)  # a new theme draws new dots
        icon = self._icons.get(key)
        if icon is None:
            icon = self._icons[key] = speaker_dots([self._colors[s] for s in speakers])
        return icon

    def set_counts(self, counts: dict[str, int]) -> None:
        """Show how many annotations each question holds."""
        changed = {k for k in counts.keys() | self._counts.keys() if counts.get(k) != self._counts.get(k)}
        self._counts = dict(counts)
        for node_id in changed:
            index = self._made_index(node_id)  # rows not made yet read the counts when they are
            if index.isValid():
                roles = [CountRole, PaintRole, Qt.ItemDataRole.AccessibleTextRole]
                self.dataChanged.emit(index, index, roles)

    def _made_index(self, node_id: str) -> QModelIndex:
        """The index of ``node_id``'s row if it has been made (invalid otherwise)."""
        top = self._top_of.get(node_id)
        if top is not None:
            return self.index(top, 0)
        at = self._child_of.get(node_id)
        if at is None:  # asked first: finding a question whose row is not made would make its section
            return QModelIndex()
        question = self._transcript.find(node_id)
        if not isinstance(question, Question):
            return QModelIndex()
        return self.index(at, 0, self.index(self._top_of[question.section_id], 0))

    def index_of(self, node_id: str) -> QModelIndex:
        """The index of the row whose node id is ``node_id`` (invalid if none); makes its section's rows."""
        question = self._transcript.find(node_id)
        if isinstance(question, Question) and question.section_id in self._top_of:
            self.fetch(self._top_of[question.section_id])
        return self._made_index(node_id)


class SpeakerFilterProxy(QSortFilterProxyModel):
    """Hides questions that no visible speaker answered, and sections left empty."""

    def __init__(self, host_names: frozenset[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._hidden: frozenset[str] = frozenset()
        self._hosts = host_names

    @property
    def hidden(self) -> frozenset[str]:
        """Names of the speakers hidden now."""
        return self._hidden

    def set_hidden(self, hidden: frozenset[str]) -> None:
        """Hide the rows that only ``hidden`` speakers answered."""
        if hidden == self._hidden:
            return
        self.beginFilterChange()
        self._hidden = frozenset(hidden)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _question_visible(self, speakers: list[str]) -> bool:
        if not speakers:
            return not (self._hosts <= self._hidden)
        return any(s not in self._hidden for s in speakers)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Questions need a visible answering speaker; sections need a visible question."""
        if not self._hidden:
            return True  # nobody hidden: every row shows (and a long tree is not walked)
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        kind = model.data(index, NodeKindRole)
        if kind == NodeKind.QUESTION.value:
            return self._question_visible(model.data(index, SpeakersRole))
        if kind == NodeKind.SECTION.value:
            # From the transcript, not the rows: a long tree's rows are made only when expanded.
            assert isinstance(model, QuestionTreeModel)
            questions = model.question_speakers(source_row)
            return not questions or any(self._question_visible(list(s)) for s in questions)
        return True
