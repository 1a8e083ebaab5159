"""Follow a speaker across interviews: their turns, and the passages coded in their words.

A window with a speaker chooser and two tabs, each a list grouped by interview then question; a turn or
passage activated here is shown in the text (the ``Following`` controller does the showing).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.following import InterviewItems, SpeakerTrail, SpokenTurn, group_passages
from desktop_app.domain.model import Transcript
from desktop_app.domain.retrieval import CodedPassage
from desktop_app.gui.annotations_all import one_line
from desktop_app.gui.plain import tooltip

ItemRole = Qt.ItemDataRole.UserRole + 11  # the SpokenTurn or CodedPassage of a row


def _tree(parent: QWidget, name: str, accessible: str) -> tuple[QTreeView, QStandardItemModel]:
    view = QTreeView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setHeaderHidden(True)
    view.setWordWrap(True)
    model = QStandardItemModel(view)
    view.setModel(model)
    return view, model


def _fill(model: QStandardItemModel, groups: Sequence[InterviewItems[SpokenTurn]] |
          Sequence[InterviewItems[CodedPassage]]) -> None:  # fmt: skip
    """Interview (count) › question › one row per item, each row holding its item."""
    model.clear()
    for interview in groups:
        top = QStandardItem(f"{interview.title} ({interview.count})")
        top.setEditable(False)
        for question in interview.questions:
            text = question.question_text or question.question_id or QCoreApplication.translate(
                "SpeakerTrailView", "Preface"
            )
            middle = QStandardItem(one_line(text))
            middle.setToolTip(tooltip(text))
            middle.setEditable(False)
            for item in question.items:
                if isinstance(item, SpokenTurn):
                    shown, full = one_line(item.text, 160), item.text
                else:
                    codes = "、".join(item.code_names)
                    shown = (f"[{codes}] " if codes else "") + f"「{one_line(item.quote, 120)}」"
                    full = "\n".join(p for p in (codes, item.quote, item.note) if p)
                leaf = QStandardItem(shown)
                leaf.setToolTip(tooltip(full))
                leaf.setEditable(False)
                leaf.setData(item, ItemRole)
                middle.appendRow(leaf)
            top.appendRow(middle)
        model.appendRow(top)


class SpeakerTrailView(QDialog):
    """One speaker across every interview: their turns and their coded passages."""

    turn_activated = Signal(object)  # a SpokenTurn
    passage_activated = Signal(object)  # a CodedPassage
    speaker_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speakerTrailView")
        self.trail: SpeakerTrail | None = None
        self.speaker = QComboBox(self)
        self.speaker.setObjectName("speakerTrailName")
        self.speaker.setAccessibleName(QCoreApplication.translate("SpeakerTrailView", "Speaker"))
        self.summary = QLabel(self)
        self.summary.setObjectName("speakerTrailSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.turns, self.turns_model = _tree(
            self, "speakerTrailTurns", QCoreApplication.translate("SpeakerTrailView", "Turns")
        )
        self.passages, self.passages_model = _tree(
            self, "speakerTrailPassages", QCoreApplication.translate("SpeakerTrailView", "Coded passages")
        )
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("speakerTrailTabs")
        self.tabs.addTab(self.turns, QCoreApplication.translate("SpeakerTrailView", "Turns"))
        self.tabs.addTab(self.passages, QCoreApplication.translate("SpeakerTrailView", "Coded passages"))
        bar = QHBoxLayout()
        bar.addWidget(self.speaker)
        bar.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        for view in (self.turns, self.passages):
            view.activated.connect(self._on_activated)
            view.doubleClicked.connect(self._on_activated)
        self.speaker.activated.connect(self._on_speaker)
        self.resize(760, 560)

    def _on_speaker(self, _row: int) -> None:
        self.speaker_chosen.emit(self.speaker.currentData() or "")

    def set_speakers(self, speakers: Mapping[str, Sequence[str]]) -> None:
        """The names to choose from, each with how many interviews they appear in."""
        current = self.speaker.currentData() or ""
        self.speaker.blockSignals(True)
        self.speaker.clear()
        for name, interviews in speakers.items():
            count = len(interviews)
            label = QCoreApplication.translate("SpeakerTrailView", "%1 (%n interview(s))", None, count)
            self.speaker.addItem(label.replace("%1", name), name)
        self.speaker.setCurrentIndex(max(self.speaker.findData(current), 0))
        self.speaker.blockSignals(False)

    def set_trail(self, trail: SpeakerTrail, transcripts: Mapping[str, Transcript]) -> None:
        """Show ``trail``: its turns and its passages, by interview then question."""
        self.trail = trail
        title = QCoreApplication.translate("SpeakerTrailView", "Follow %1")
        self.setWindowTitle(title.replace("%1", trail.name))
        found = self.speaker.findData(trail.name)
        if found >= 0:
            self.speaker.setCurrentIndex(found)
        _fill(self.turns_model, trail.interviews)
        _fill(self.passages_model, group_passages(trail.passages, transcripts))
        self.turns.expandAll()
        self.passages.expandAll()
        spoken, where = trail.turns, len(trail.interviews)  # plain names: lupdate only sees counts so
        turns = QCoreApplication.translate("SpeakerTrailView", "%n turn(s)", None, spoken)
        interviews = QCoreApplication.translate("SpeakerTrailView", "in %n interview(s)", None, where)
        coded = len(trail.passages)
        passages = QCoreApplication.translate("SpeakerTrailView", "%n coded passage(s)", None, coded)
        self.summary.setText(f"{turns} {interviews}, {passages}")

    def rows(self, model: QStandardItemModel | None = None) -> list[tuple[str, str, str]]:
        """(interview, question, row text) of every row of the turns list (or ``model``), in order."""
        model = model or self.turns_model
        found = []
        for i in range(model.rowCount()):
            top = model.item(i)
            for j in range(top.rowCount()):
                middle = top.child(j)
                texts = [middle.child(k).text() for k in range(middle.rowCount())]
                found += [(top.text(), middle.text(), text) for text in texts]
        return found

    def _on_activated(self, index: QModelIndex) -> None:
        item = index.data(ItemRole) if index.isValid() else None
        if isinstance(item, SpokenTurn):
            self.turn_activated.emit(item)
        elif isinstance(item, CodedPassage):
            self.passage_activated.emit(item)
