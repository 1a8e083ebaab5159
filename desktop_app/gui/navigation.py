"""Moving through the transcript: the tree's model, questions in order, Back/Forward, the reading place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QObject, QTimer, Signal
from PySide6.QtWidgets import QTreeView

from desktop_app.domain.model import Question, Transcript
from desktop_app.gui import settings as options
from desktop_app.gui.activity import ReaderActivity
from desktop_app.gui.after_paint import AfterPaint
from desktop_app.gui.answer_pane import AnswerPane
from desktop_app.gui.history import History
from desktop_app.gui.pane_place import Place
from desktop_app.gui.settings import Settings
from desktop_app.gui.steps import Steps
from desktop_app.gui.tree_model import (
    NodeIdRole,
    NodeKind,
    NodeKindRole,
    QuestionTreeModel,
    SpeakerFilterProxy,
)

EXPAND_ALL_LIMIT = 300  # sections; a longer transcript opens only the section being read
# The reading place is written this long after it last moved (and when the window closes or another
# transcript opens): QSettings rewrites and fsyncs its whole file at the next turn of the event loop
# after each change, 1.5 ms a switch here and far more on a busy disk, every question and scroll step.
SAVE_PLACE_MS = 1000


def _child_rows(proxy: SpeakerFilterProxy, parent: QModelIndex) -> int:
    """How many rows ``parent`` shows, its question rows made first if they were not yet."""
    if proxy.canFetchMore(parent):
        proxy.fetchMore(parent)
    return proxy.rowCount(parent)


class Navigation(QObject):
    """Owns the question tree's model and the reading place; shows the chosen node in the pane."""

    node_chosen = Signal(str)  # the reader moved to a node (not the tree following the scroll)
    history_changed = Signal(bool, bool)  # can go back, can go forward
    neighbours_changed = Signal(bool, bool)  # a previous question exists, a next one exists
    progress = Signal(int, int, int)  # question number (from 1, 0 in the preface), questions, percent read

    def __init__(
        self,
        tree: QTreeView,
        pane: AnswerPane,
        settings: Settings,
        parent: QObject,
        activity: ReaderActivity | None = None,
    ) -> None:
        super().__init__(parent)
        self._activity = activity  # the counts wait while the reader moves
        self._tree = tree
        self._pane = pane
        self._settings = settings
        self._transcript: Transcript | None = None
        self.model: QuestionTreeModel | None = None
        self._proxy: SpeakerFilterProxy | None = None
        self.history = History()
        self._following = False  # the tree follows the pane's scroll: don't jump the pane back
        self._saved_position = ("", 0)  # where the reader was when this transcript was last open
        self._saved_place: Place | None = None  # the same, to the line
        self._paragraph_count = self._question_count = 0
        self._counting: AfterPaint | Steps | None = None  # the counts, made after the first paint
        self._progress_at = ("", "")  # the paragraph and node the progress was last asked for
        self._unsaved: tuple[str, str, int, str] | None = None  # transcript, node, offset, place
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_PLACE_MS)
        self._save_timer.timeout.connect(self.save_place)
        pane.position_changed.connect(self._on_position_changed)

    # -- the transcript ------------------------------------------------------------------------
    def set_transcript(self, transcript: Transcript, hidden: frozenset[str]) -> None:
        """Build the tree for ``transcript`` and go to where the reader last was in it."""
        self.save_place()  # the last transcript's place, before its settings are read again
        self._transcript = transcript
        self._paragraph_count = self._question_count = 0  # counted when first needed
        if self._counting is not None:
            self._counting.cancel()
            self._counting = None
        old_model, old_proxy = self.model, self._proxy
        self.model = QuestionTreeModel(transcript, self)
        self._proxy = SpeakerFilterProxy(transcript.host_names, self)
        self._proxy.setSourceModel(self.model)
        self._proxy.set_hidden(hidden)
        self._tree.setModel(self._proxy)
        for stale in (old_proxy, old_model):
            if stale is not None:
                stale.deleteLater()
        self._expand_tree()
        self._tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.history.clear()
        self._pane.set_continuous(self._settings.get(options.CONTINUOUS))
        last = self._settings.get(options.LAST_NODE, transcript.id)
        self._saved_position = (last, self._settings.get(options.LAST_OFFSET, transcript.id))
        self._saved_place = Place.decode(self._settings.get(options.LAST_PLACE, transcript.id))
        if not (last and self.select_node(last)):
            self.select_first_question()
        self._emit_history()

    def hidden_speakers(self) -> frozenset[str]:
        """Speakers hidden by the filter now."""
        return self._proxy.hidden if self._proxy else frozenset()

    def set_hidden(self, hidden: frozenset[str]) -> None:
        """Hide ``hidden`` in the tree and the pane, staying on the same node where it is still shown."""
        if self._transcript is None or self._proxy is None:
            return
        current_id = self._tree.currentIndex().data(NodeIdRole) or self._pane.node_id
        self._proxy.set_hidden(hidden)
        self._expand_tree()
        self._pane.set_hidden(hidden)
        self._settings.set(options.HIDDEN_SPEAKERS, sorted(hidden), self._transcript.id)
        if not self._tree.currentIndex().isValid() and not self.select_node(current_id):
            self.select_first_question()

    def set_counts(self, counts: dict[str, int]) -> None:
        """How many annotations each question holds (the tree's badges)."""
        if self.model is not None:
            self.model.set_counts(counts)

    def _expand_tree(self) -> None:
        """Open every section, unless there are so many that it would only slow the window down."""
        proxy = self._proxy
        if proxy is not None and proxy.rowCount() <= EXPAND_ALL_LIMIT:
            self._tree.expandAll()
        elif self._tree.currentIndex().isValid():
            self._tree.scrollTo(self._tree.currentIndex())  # opens the current section

    # -- choosing nodes ------------------------------------------------------------------------
    def select_node(self, node_id: str) -> bool:
        """Select the tree row of ``node_id``; False if there is none or it is filtered out."""
        if self.model is None or self._proxy is None:
            return False
        index = self._proxy.mapFromSource(self.model.index_of(node_id))
        if not index.isValid():
            return False
        self._tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._tree.scrollTo(index)
        return True

    def select_first_question(self) -> bool:
        """Select the first question left visible by the filter."""
        first = self.neighbour_question(QModelIndex(), +1)
        if not first.isValid():
            return False
        self._tree.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return True

    def neighbour_question(self, current: QModelIndex, delta: int) -> QModelIndex:
        """The visible question after (+1) or before (-1) ``current`` in the tree (invalid: none).

        From a section or the preface, "after" starts with its first question; from nothing, with the
        very first. Only the rows between are looked at, so this costs the same at any size.
        """
        proxy = self._proxy
        if proxy is None:
            return QModelIndex()
        if not current.isValid():
            section, child = (-1, 0) if delta > 0 else (proxy.rowCount(), 0)
        elif current.data(NodeKindRole) == NodeKind.QUESTION.value:
            section, child = current.parent().row(), current.row() + delta
        else:
            section, child = (current.row(), 0) if delta > 0 else (current.row(), -1)
        while True:
            if 0 <= section < proxy.rowCount():
                parent = proxy.index(section, 0)
                count = _child_rows(proxy, parent)
                if 0 <= child < count:
                    return proxy.index(child, 0, parent)
            section += delta
            if not 0 <= section < proxy.rowCount():
                return QModelIndex()
            child = 0 if delta > 0 else _child_rows(proxy, proxy.index(section, 0)) - 1

    def _step(self, delta: int) -> None:
        target = self.neighbour_question(self._tree.currentIndex(), delta)
        if target.isValid():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            self._tree.selectionModel().setCurrentIndex(target, flags)
            self._tree.scrollTo(target)

    def next_question(self) -> None:
        """Go to the next visible question."""
        self._step(+1)

    def previous_question(self) -> None:
        """Go to the previous visible question."""
        self._step(-1)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._transcript is None or not current.isValid():
            return
        node_id = current.data(NodeIdRole)
        if not self._following:
            self._pane.show_node(self._transcript, node_id, self.hidden_speakers())
            self.history.visit(node_id)
            self._emit_history()
            self._remember(node_id, 0, "")
            self.node_chosen.emit(node_id)
            self._emit_progress("", node_id)
        self.neighbours_changed.emit(
            self.neighbour_question(current, -1).isValid(), self.neighbour_question(current, +1).isValid()
        )

    # -- continuous reading and the place -----------------------------------------------------
    def set_continuous(self, on: bool) -> None:
        """Read one node at a time, or the whole transcript in one scroll."""
        self._settings.set(options.CONTINUOUS, bool(on))
        self._pane.set_continuous(bool(on))

    def restore_reading_position(self) -> None:
        """Scroll back to where the reader was, once the pane has its size, and remember it again.

        Opening the transcript selected its node, which resets the stored place; storing the place
        restored keeps it for the restart after this one, even if the reader never scrolls.
        """
        node, offset = self._saved_position
        if self._transcript is None:
            return
        place = self._saved_place
        known = place is not None and self._transcript.find(place.paragraph_id) is not None
        # The line itself when its paragraph is shown (in continuous mode it is laid out on demand).
        if not (known and place is not None and self._pane.scroll_to_place(place)) and node:
            self._pane.scroll_to_node(node, offset)
        self._on_position_changed(*self._pane.reading_position())

    def restore_later(self) -> None:
        """Restore the reading position after the window has laid itself out."""
        QTimer.singleShot(0, self.restore_reading_position)

    def _on_position_changed(self, node_id: str, offset: int) -> None:
        """The reader scrolled: remember where, and let the tree follow in continuous mode."""
        if self._transcript is None:
            return
        place = self._pane.place()
        self._remember(node_id, offset, place.encode() if place else "")
        self._emit_progress(place.paragraph_id if place else "", node_id)
        if self._pane.continuous and self._tree.currentIndex().data(NodeIdRole) != node_id:
            self._follow(node_id)

    def _remember(self, node_id: str, offset: int, place: str) -> None:
        """The reading place, written to the settings a moment later (see SAVE_PLACE_MS)."""
        if self._transcript is not None:
            self._unsaved = (self._transcript.id, node_id, offset, place)
            self._save_timer.start()

    def save_place(self) -> None:
        """Write the reading place now, if it moved since it was last written."""
        self._save_timer.stop()
        unsaved, self._unsaved = self._unsaved, None
        if unsaved is not None:
            transcript_id, node_id, offset, place = unsaved
            self._settings.set(options.LAST_NODE, node_id, transcript_id)
            self._settings.set(options.LAST_OFFSET, offset, transcript_id)
            self._settings.set(options.LAST_PLACE, place, transcript_id)

    def _emit_progress(self, paragraph_id: str, node_id: str) -> None:
        """Where the reader is: the question at the top of the view, and how far into the interview."""
        transcript = self._transcript
        if transcript is None:
            return
        if self._paragraph_count == 0:
            if not transcript.counted:
                # A long transcript opened for the first time: its sections are parsed when first used,
                # and counting them now would parse them all before the first paint. They are counted
                # in steps after it; until then the status bar says no place (no questions counted).
                self._progress_at = (paragraph_id, node_id)
                self._count_later(transcript)
                self.progress.emit(0, 0, 0)
                return
            self._paragraph_count = transcript.paragraph_count
            self._question_count = transcript.question_count
        question = transcript.question_of(paragraph_id) if paragraph_id else None
        node = transcript.find(node_id)
        question_id = question.id if question else (node_id if isinstance(node, Question) else "")
        number = transcript.position(question_id) + 1 if question_id else 0
        at = transcript.position(paragraph_id) if paragraph_id else -1
        if at < 0 and question_id:
            first = next(iter(transcript.find(question_id).paragraphs()), None)  # type: ignore[union-attr]
            at = transcript.position(first.id) if first else 0
        percent = round(100 * max(at, 0) / max(self._paragraph_count - 1, 1))
        self.progress.emit(number, self._question_count, percent)

    def _count_later(self, transcript: Transcript) -> None:
        if self._counting is not None:
            return

        def counted(_result: object) -> None:
            self._counting = None
            if self._transcript is transcript:
                self._emit_progress(*self._progress_at)

        def count() -> None:
            if transcript.counted:  # every section made meanwhile (the speakers' shares counted at once)
                counted(None)
            else:
                self._counting = Steps(
                    transcript.counting_steps(), then=counted, parent=self, activity=self._activity
                )

        self._counting = AfterPaint(self._pane.painted, self, count)

    def count_now(self) -> None:
        """Count the questions now if that is still to come (``--screenshot`` pictures the place)."""
        if isinstance(self._counting, AfterPaint):
            self._counting.run()  # counted at once, or the count's steps begun
        if isinstance(self._counting, Steps):
            self._counting.finish()

    def _follow(self, node_id: str) -> None:
        """Select ``node_id`` in the tree without showing it again or recording it in the history."""
        self._following = True
        try:
            self.select_node(node_id)
        finally:
            self._following = False

    # -- history -------------------------------------------------------------------------------
    def _emit_history(self) -> None:
        self.history_changed.emit(self.history.can_go_back(), self.history.can_go_forward())

    def _go_to_history(self, node_id: str) -> None:
        if not node_id or self._transcript is None:
            return
        self._follow(node_id)
        self._pane.show_node(self._transcript, node_id, self.hidden_speakers())
        self._remember(node_id, 0, "")
        self._emit_history()

    def go_back(self) -> None:
        """Return to the place before the last jump."""
        self._go_to_history(self.history.back())

    def go_forward(self) -> None:
        """Undo a Back."""
        self._go_to_history(self.history.forward())


def progress_text(number: int, questions: int, percent: int) -> str:
    """The status bar's "Question n of N · p% read" ("" until a long transcript's questions are counted)."""
    if not questions:  # (a long transcript's first start counts them after the first paint)
        return ""
    where = (
        QCoreApplication.translate("MainWindow", "Question %1 of %2")
        .replace("%1", str(number))
        .replace("%2", str(questions))
        if number
        else QCoreApplication.translate("MainWindow", "Preface")
    )
    read = QCoreApplication.translate("MainWindow", "%1% read").replace("%1", str(percent))
    return f"{where} · {read}"
