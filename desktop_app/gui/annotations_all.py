"""The Annotations panel's "All interviews" scope: every coded passage of the library.

Filtered by code, speaker and interview, grouped by interview then question.

Kept apart from ``annotations_panel.py`` (which lists the open transcript's annotations): this adds a
scope switch at the top of the panel and, in the "All interviews" scope, shows its own filters and list
in place of the panel's. Choosing a passage of another interview opens that interview at the passage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTreeView, QVBoxLayout, QWidget

from desktop_app.domain.codes import flatten
from desktop_app.gui.annotations_panel import AnnotationsPanel, swatch
from desktop_app.gui.plain import tooltip
from desktop_app.gui.study import Study

if TYPE_CHECKING:  # domain.following: imported when all interviews' annotations are first listed
    from desktop_app.domain.following import PassageFilter
    from desktop_app.domain.retrieval import CodedPassage

THIS, ALL = "this", "all"  # the scope combo's data
PassageRole = Qt.ItemDataRole.UserRole + 10  # the row of a passage in AllAnnotations.passages
MAX_LISTED = 2000  # passages listed at once: the list stays quick to build; the summary says the rest


def one_line(text: str, width: int = 80) -> str:
    """``text`` on one line, cut at ``width`` code points."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


class AllAnnotations(QObject):
    """Adds the scope switch to the panel and lists every interview's coded passages in that scope."""

    passage_opened = Signal(object)  # a CodedPassage shown in the text

    def __init__(self, panel: AnnotationsPanel, study: Study, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._panel = panel
        self._study = study
        self.passages: list[CodedPassage] = []
        self._hidden: dict[QWidget, bool] = {}  # the panel's own widgets, hidden while listing all
        body = panel.widget()
        self.scope = QComboBox(body)
        self.scope.setObjectName("annotationScope")
        self.scope.setAccessibleName(QCoreApplication.translate("AllAnnotations", "Show annotations of"))
        self.scope.addItem(QCoreApplication.translate("AllAnnotations", "This interview"), THIS)
        self.scope.addItem(QCoreApplication.translate("AllAnnotations", "All interviews"), ALL)
        self.box = QWidget(body)
        self.box.setObjectName("allAnnotations")
        self.code_filter = self._combo(
            "annotationCodeFilter", QCoreApplication.translate("AllAnnotations", "Filter by code")
        )
        self.speaker_filter = self._combo(
            "annotationAllSpeakerFilter", QCoreApplication.translate("AllAnnotations", "Filter by speaker")
        )
        self.interview_filter = self._combo(
            "annotationInterviewFilter", QCoreApplication.translate("AllAnnotations", "Filter by interview")
        )
        self.summary = QLabel(self.box)
        self.summary.setObjectName("allAnnotationsSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.view = QTreeView(self.box)
        self.view.setObjectName("allAnnotationsList")
        self.view.setAccessibleName(
            QCoreApplication.translate("AllAnnotations", "Coded passages of all interviews")
        )
        self.view.setHeaderHidden(True)
        self.view.setWordWrap(True)
        self.view.setModel(self.model)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for combo in (self.code_filter, self.speaker_filter, self.interview_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(self.refresh)
        column = QVBoxLayout(self.box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(filters)
        column.addWidget(self.summary)
        column.addWidget(self.view, 1)
        self.box.hide()
        layout = body.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, self.scope)
            layout.addWidget(self.box, 1)
        self.scope.currentIndexChanged.connect(self._on_scope)
        self.view.activated.connect(self.open_passage)
        self.view.clicked.connect(self.open_passage)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self.box)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        return combo

    @property
    def showing_all(self) -> bool:
        """True in the "All interviews" scope."""
        return self.scope.currentData() == ALL

    def set_scope(self, scope: str) -> None:
        """Switch to ``THIS`` or ``ALL``."""
        self.scope.setCurrentIndex(max(self.scope.findData(scope), 0))

    def _on_scope(self) -> None:
        panel = self._panel
        own = [panel.color_filter, panel.speaker_filter, panel.text_filter, panel.empty_hint, panel.view]
        if self.showing_all:
            if not self._hidden:  # remember what was shown (the empty hint depends on the entries)
                self._hidden = {w: w.isHidden() for w in own}
            for widget in own:
                widget.hide()
            self.box.show()
            self.reload()
        else:
            self.box.hide()
            for widget, hidden in self._hidden.items():
                widget.setHidden(hidden)
            self._hidden = {}

    # -- the list --------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the codings, codebook and interviews again, refill the filters, list the passages."""
        from desktop_app.domain.following import speakers_across

        store = self._study.store
        self._coded = store.codings()
        self._codes = store.codes()
        self._known, self._titles = self._study.transcripts()
        code_items = [
            ("    " * depth + code.name, code.id, code.color) for depth, code in flatten(store.code_tree())
        ]
        speakers = set(speakers_across(self._known.values()))
        speakers |= {c.speaker for c in self._coded if c.speaker}
        interviews = sorted(self._titles.items(), key=lambda pair: (pair[1], pair[0]))
        self._fill(self.code_filter, QCoreApplication.translate("AllAnnotations", "All codes"), code_items)
        self._fill(self.speaker_filter, QCoreApplication.translate("AllAnnotations", "All speakers"),
                   [(name, name, "") for name in sorted(speakers)])  # fmt: skip
        self._fill(self.interview_filter, QCoreApplication.translate("AllAnnotations", "All interviews"),
                   [(title, ident, "") for ident, title in interviews])  # fmt: skip
        self.refresh()

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[str, str, str]]) -> None:
        """Fill ``combo`` with "everything" then ``items`` (text, data, colour), keeping the choice."""
        chosen = combo.currentData() or ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for text, data, color in items:
            if color:
                combo.addItem(swatch(color), text, data)
            else:
                combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def current_filter(self) -> PassageFilter:
        """The filter set in the scope's three combos."""
        from desktop_app.domain.following import PassageFilter

        return PassageFilter(
            self.code_filter.currentData() or "",
            self.speaker_filter.currentData() or "",
            self.interview_filter.currentData() or "",
        )

    def set_filter(self, code: str = "", speaker: str = "", interview: str = "") -> None:
        """Choose the three filters at once (an unknown value means any)."""
        for combo, value in ((self.code_filter, code), (self.speaker_filter, speaker),
                             (self.interview_filter, interview)):  # fmt: skip
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """List the passages that pass the filters: interview › question › passage."""
        if not self.showing_all:
            return
        from desktop_app.domain.following import all_passages, group_passages

        found = all_passages(self._coded, self._codes, self.current_filter(), self._known, self._titles)
        self.passages = found
        self.model.clear()
        listed = 0
        for interview in group_passages(found[:MAX_LISTED], self._known):
            top = QStandardItem(f"{interview.title} ({interview.count})")
            top.setEditable(False)
            for question in interview.questions:
                text = question.question_text or question.question_id or QCoreApplication.translate(
                    "AllAnnotations", "Preface"
                )
                middle = QStandardItem(one_line(text))
                middle.setToolTip(tooltip(text))
                middle.setEditable(False)
                for passage in question.items:
                    middle.appendRow(self._passage_item(passage, listed))
                    listed += 1
                top.appendRow(middle)
            self.model.appendRow(top)
        self.view.expandAll()
        total = len(found)  # (a plain name: lupdate only sees a count passed that way)
        said = QCoreApplication.translate("AllAnnotations", "%n passage(s)", None, total)
        if total > listed:
            said += " — " + QCoreApplication.translate(
                "AllAnnotations", "the first %n listed; choose a filter to see the rest", None, listed
            )
        self.summary.setText(said)

    def _passage_item(self, passage: CodedPassage, row: int) -> QStandardItem:
        codes = "、".join(passage.code_names)
        parts = [f"[{codes}]" if codes else "", passage.speaker, f"「{one_line(passage.quote, 120)}」"]
        text = " ".join(p for p in parts if p)
        note = passage.note.strip().splitlines()[0] if passage.note.strip() else ""
        item = QStandardItem(f"{text}\n{note}" if note else text)
        lines = (codes, passage.speaker, passage.quote, passage.note)
        item.setToolTip(tooltip("\n".join(line for line in lines if line)))
        item.setEditable(False)
        item.setData(row, PassageRole)
        return item

    def rows(self) -> list[tuple[str, str, str]]:
        """(interview title, question, passage text) of every passage listed, in order."""
        found = []
        for i in range(self.model.rowCount()):
            top = self.model.item(i)
            for j in range(top.rowCount()):
                middle = top.child(j)
                for k in range(middle.rowCount()):
                    found.append((top.text(), middle.text(), middle.child(k).text()))
        return found

    def open_passage(self, index: QModelIndex) -> bool:
        """Show the chosen passage, opening its interview first (Study says if its file is gone)."""
        row = index.data(PassageRole) if index.isValid() else None
        if not isinstance(row, int) or not 0 <= row < len(self.passages):
            return False
        passage = self.passages[row]
        shown = self._study.go_to_passage(passage)
        if shown:
            self.passage_opened.emit(passage)
        return shown
