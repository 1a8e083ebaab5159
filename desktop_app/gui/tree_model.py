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
from desktop_app.domain.stats import reading_minutes, section_paragraphs, section_shares
from desktop_app.gui import themes
from desktop_app.gui.plain import tooltip
from desktop_app.gui.two_level_model import TwoLevelModel

NodeIdRole = Qt.ItemDataRole.UserRole + 1
NodeKindRole = Qt.ItemDataRole.UserRole + 2
SpeakersRole = Qt.ItemDataRole.UserRole + 3
CountRole = Qt.ItemDataRole.UserRole + 4  # how many annotations a question holds

Index = QModelIndex | QPersistentModelIndex


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


def dot_surfaces() -> tuple[str, str]:
    """The colours a speaker's dot is drawn on: the window (the speaker filter) and the page (the tree)."""
    palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).name(), palette.color(QPalette.ColorRole.Base).name()


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
    """Preface, sections and their questions; each question lists who answered it."""

    def __init__(self, transcript: Transcript, parent: Any = None) -> None:
        super().__init__(parent)
        self._transcript = transcript
        self._colors = {s.name: s.color for s in transcript.speakers}
        self._top: list[_Row] = []
        self._children: list[list[_Row]] = []
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
            self._children.append([])
        for section in transcript.sections:
            questions = [self._question_row(q) for q in section.questions]
            self._top.append(self._section_row(section, questions))
            self._children.append(questions)
        self._icons: dict[tuple[tuple[str, str], tuple[str, ...]], QIcon] = {}  # by theme and speakers
        self._counts: dict[str, int] = {}
        self._where: dict[str, tuple[int, int]] = {}
        self._tooltips: dict[str, str] = {}

    @property
    def transcript(self) -> Transcript:
        """The transcript shown."""
        return self._transcript

    def _section_row(self, section: Section, questions: list[_Row]) -> _Row:
        speakers = tuple(dict.fromkeys(s for q in questions for s in q.speakers))
        title = section.title or QCoreApplication.translate("QuestionTreeModel", "Questions")
        # The tooltip (reading time, speakers' shares) is worked out when first shown: a long
        # transcript has thousands of sections.
        return _Row(NodeKind.SECTION, section.id, title, "", speakers)

    def _tooltip(self, row: _Row) -> str:
        if row.tooltip or row.kind is not NodeKind.SECTION:
            return row.tooltip
        cached = self._tooltips.get(row.node_id)
        if cached is None:
            section = self._transcript.find(row.node_id)
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
        """A section's questions."""
        return len(self._children[top_row])

    def _row(self, index: Index) -> _Row | None:
        if not index.isValid():
            return None
        parent_row = index.internalId()
        if parent_row == 0:
            return self._top[index.row()]
        return self._children[parent_row - 1][index.row()]

    # Qt overrides
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, tooltip, speaker dots, and the node's id and kind."""
        row = self._row(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self._tooltip(row))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            count = self._counts.get(row.node_id, 0)
            notes = QCoreApplication.translate("QuestionTreeModel", "%n annotation(s)", None, count)
            return self._tooltip(row).replace("\n", ". ") + (f". {notes}" if count else "")
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(row.speakers)
        if role == NodeIdRole:
            return row.node_id
        if role == NodeKindRole:
            return row.kind.value
        if role == SpeakersRole:
            return list(row.speakers)
        if role == CountRole:
            return self._counts.get(row.node_id, 0)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column's title."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section == 0:
            return QCoreApplication.translate("QuestionTreeModel", "Questions")
        return None

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
            index = self.index_of(node_id)
            if index.isValid():
                self.dataChanged.emit(index, index, [CountRole, Qt.ItemDataRole.AccessibleTextRole])

    def index_of(self, node_id: str) -> QModelIndex:
        """The index of the row whose node id is ``node_id`` (invalid if none)."""
        if not self._where:
            for r, row in enumerate(self._top):
                self._where[row.node_id] = (r, -1)
                for c, child in enumerate(self._children[r]):
                    self._where[child.node_id] = (c, r)
        where = self._where.get(node_id)
        if where is None:
            return QModelIndex()
        at, parent_row = where
        return self.index(at, 0, self.index(parent_row, 0)) if parent_row >= 0 else self.index(at, 0)


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
            questions = model.rowCount(index)
            return questions == 0 or any(
                self._question_visible(model.data(model.index(r, 0, index), SpeakersRole))
                for r in range(questions)
            )
        return True
