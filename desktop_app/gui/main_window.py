"""The main window: question tree and speaker filter on the left, the answer pane on the right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__
from desktop_app.domain.model import Transcript
from desktop_app.domain.stats import reading_minutes, speaker_shares
from desktop_app.gui import settings as options
from desktop_app.gui.annotations_panel import AnnotationsPanel
from desktop_app.gui.answer_pane import AnswerPane
from desktop_app.gui.highlighting import Annotations
from desktop_app.gui.history import History
from desktop_app.gui.settings import Settings
from desktop_app.gui.speaker_filter import SpeakerFilter
from desktop_app.gui.tree_delegate import BadgeDelegate
from desktop_app.gui.tree_model import (
    PREFACE_ID,
    NodeIdRole,
    NodeKind,
    NodeKindRole,
    QuestionTreeModel,
    SpeakerFilterProxy,
)
from desktop_app.storage.store import AnnotationStore


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    """Reads one transcript by question and by speaker."""

    def __init__(self, settings: Settings, store: AnnotationStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._settings = settings
        self.store = store
        self._transcript: Transcript | None = None
        self._model: QuestionTreeModel | None = None
        self._proxy: SpeakerFilterProxy | None = None
        self.history = History()
        self._following = False  # the tree follows the pane's scroll: don't jump the pane back
        self._saved_position = ("", 0)  # where the reader was when this transcript was last open

        self.speaker_filter = SpeakerFilter(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("questionTree")
        self.tree.setAccessibleName(_tr("Questions"))
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setExpandsOnDoubleClick(True)
        self.tree.setItemDelegate(BadgeDelegate(self.tree))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.pane = AnswerPane(self)
        self.annotations = Annotations(store, settings, self.pane, self)
        self.panel = AnnotationsPanel(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)

        left = QWidget(self)
        left.setObjectName("navigationPanel")
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.speaker_filter)
        column.addWidget(self.tree, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 860])
        self.setCentralWidget(self.splitter)
        self._make_actions()
        self._make_menus()
        self.resize(1200, 800)
        # One place wires the widgets' intents to the window (the tree's selection model is wired
        # in open_transcript, where each new model brings its own).
        self.speaker_filter.speakers_changed.connect(self._on_speakers_changed)
        self.pane.highlight_clicked.connect(self.annotations.select)
        self.pane.position_changed.connect(self._on_position_changed)
        self.pane.context_menu_requested.connect(self.annotations.context_menu)
        self.tree.customContextMenuRequested.connect(self._on_tree_menu)
        self.annotations.changed.connect(self._on_annotations_changed)
        self.annotations.failed.connect(self.show_error)
        self.panel.entry_activated.connect(self._on_entry_activated)

    # construction
    def _action(self, name: str, text: str, shortcuts: list[QKeySequence], slot: object) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts(shortcuts)
        tip = text.replace("&", "")
        if shortcuts:
            tip += f" ({shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        key = QKeySequence
        self.action_previous = self._action(
            "actionPreviousQuestion",
            _tr("&Previous Question"),
            [key("Alt+Up"), key("Ctrl+PgUp")],
            self.previous_question,
        )
        self.action_next = self._action(
            "actionNextQuestion",
            _tr("&Next Question"),
            [key("Alt+Down"), key("Ctrl+PgDown")],
            self.next_question,
        )
        self.action_back = self._action("actionBack", _tr("&Back"), [key("Alt+Left")], self.go_back)
        self.action_forward = self._action(
            "actionForward", _tr("&Forward"), [key("Alt+Right")], self.go_forward
        )
        self.action_continuous = self._action(
            "actionContinuous", _tr("&Continuous Reading"), [key("Ctrl+Shift+C")], self._on_continuous_toggled
        )
        self.action_continuous.setCheckable(True)
        self.action_cite = self._action(
            "actionCopyWithCitation", _tr("Copy with C&itation"), [], self._on_cite_toggled
        )
        self.action_cite.setCheckable(True)
        self.action_cite.setChecked(self._settings.get(options.COPY_WITH_CITATION))
        self.pane.cite_on_copy = self.action_cite.isChecked()
        self.action_quit = self._action("actionQuit", _tr("&Quit"), [key(key.StandardKey.Quit)], self.close)
        self.action_shortcuts = self._action(
            "actionShortcuts", _tr("&Keyboard Shortcuts"), [key("F1")], self.show_shortcuts
        )
        self.action_about = self._action("actionAbout", _tr("&About Interview Reader"), [], self.show_about)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(_tr("&File"))
        file_menu.setObjectName("menuFile")
        file_menu.addAction(self.action_quit)
        edit_menu = bar.addMenu(_tr("&Edit"))
        edit_menu.setObjectName("menuEdit")
        notes = self.annotations
        edit_menu.addAction(notes.action_undo)
        edit_menu.addAction(notes.action_redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.action_cite)
        edit_menu.addSeparator()
        edit_menu.addAction(notes.action_highlight)
        edit_menu.addMenu(notes.color_menu(edit_menu))
        edit_menu.addAction(notes.action_note)
        edit_menu.addAction(notes.action_question_note)
        edit_menu.addAction(notes.action_copy)
        edit_menu.addAction(notes.action_delete)
        view_menu = bar.addMenu(_tr("&View"))
        view_menu.setObjectName("menuView")
        toggle = self.panel.toggleViewAction()
        toggle.setObjectName("actionShowAnnotations")
        toggle.setShortcut(QKeySequence("Ctrl+Shift+A"))
        view_menu.addAction(self.action_continuous)
        view_menu.addAction(toggle)
        go_menu = bar.addMenu(_tr("&Go"))
        go_menu.setObjectName("menuGo")
        go_menu.addAction(self.action_previous)
        go_menu.addAction(self.action_next)
        go_menu.addSeparator()
        go_menu.addAction(self.action_back)
        go_menu.addAction(self.action_forward)
        help_menu = bar.addMenu(_tr("&Help"))
        help_menu.setObjectName("menuHelp")
        help_menu.addAction(self.action_shortcuts)
        help_menu.addAction(self.action_about)
        toolbar = QToolBar(_tr("Navigation"), self)
        toolbar.setObjectName("navigationToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.action_previous)
        toolbar.addAction(self.action_next)
        toolbar.addSeparator()
        toolbar.addAction(notes.action_highlight)
        button = toolbar.widgetForAction(notes.action_highlight)
        if isinstance(button, QToolButton):
            button.setMenu(notes.color_menu(button))
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        toolbar.addAction(notes.action_note)
        self.addToolBar(toolbar)

    # the transcript
    @property
    def transcript(self) -> Transcript | None:
        """The transcript on screen."""
        return self._transcript

    def open_transcript(self, transcript: Transcript) -> None:
        """Show ``transcript`` with the speaker filter and position last used for it."""
        self._transcript = transcript
        hidden = frozenset(self._settings.get(options.HIDDEN_SPEAKERS, transcript.id)) & {
            s.name for s in transcript.speakers
        }
        self._model = QuestionTreeModel(transcript, self)
        self._proxy = SpeakerFilterProxy(transcript.host_names, self)
        self._proxy.setSourceModel(self._model)
        self._proxy.set_hidden(hidden)
        self.tree.setModel(self._proxy)
        self.tree.expandAll()
        shares = {share.speaker: share for share in speaker_shares(transcript)}
        self.speaker_filter.set_speakers(transcript.speakers, hidden, shares)
        minutes = max(round(reading_minutes(transcript.paragraphs())), 1)
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "About %n minute(s) of reading", None, minutes)
        )
        self.setWindowTitle(f"{transcript.title} — {_tr('Interview Reader')}")
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.annotations.set_transcript(transcript)
        self.history.clear()
        continuous = self._settings.get(options.CONTINUOUS)
        self.action_continuous.setChecked(continuous)
        self.pane.set_continuous(continuous)
        last = self._settings.get(options.LAST_NODE, transcript.id)
        self._saved_position = (last, self._settings.get(options.LAST_OFFSET, transcript.id))
        if not (last and self.select_node(last)):
            self.select_first_question()
        self._update_history_actions()

    def restore_reading_position(self) -> None:
        """Scroll back to where the reader was, down to the pixel, once the pane has its size."""
        node, offset = self._saved_position
        if self._transcript is not None and node:
            self.pane.scroll_to_node(node, offset)

    def hidden_speakers(self) -> frozenset[str]:
        """Speakers hidden by the filter now."""
        return self._proxy.hidden if self._proxy else frozenset()

    def select_node(self, node_id: str) -> bool:
        """Select the tree row of ``node_id``; False if there is none or it is filtered out."""
        if self._model is None or self._proxy is None:
            return False
        index = self._proxy.mapFromSource(self._model.index_of(node_id))
        if not index.isValid():
            return False
        self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.tree.scrollTo(index)
        return True

    def select_first_question(self) -> bool:
        """Select the first question left visible by the filter."""
        questions = self._visible_questions()
        if not questions:
            return False
        self.tree.selectionModel().setCurrentIndex(
            questions[0], QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        return True

    def _visible_questions(self) -> list[QModelIndex]:
        proxy = self._proxy
        if proxy is None:
            return []
        found = []
        for r in range(proxy.rowCount()):
            top = proxy.index(r, 0)
            found.extend(proxy.index(c, 0, top) for c in range(proxy.rowCount(top)))
        return found

    def _step(self, delta: int) -> None:
        questions = self._visible_questions()
        if not questions:
            return
        current = self.tree.currentIndex()
        if current.data(NodeKindRole) == NodeKind.QUESTION.value and current in questions:
            target = questions.index(current) + delta
        else:
            # From a section or the preface: its first question is "next", the one before it "previous".
            later = [i for i, q in enumerate(questions) if _before(current, q)]
            start = later[0] if later else len(questions)
            target = start if delta > 0 else start - 1
        if 0 <= target < len(questions):
            self.tree.selectionModel().setCurrentIndex(
                questions[target], QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.tree.scrollTo(questions[target])

    def next_question(self) -> None:
        """Go to the next visible question."""
        self._step(+1)

    def previous_question(self) -> None:
        """Go to the previous visible question."""
        self._step(-1)

    # slots
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._transcript is None or not current.isValid():
            return
        node_id = current.data(NodeIdRole)
        if not self._following:
            self.pane.show_node(self._transcript, node_id, self.hidden_speakers())
            self.annotations.select("")
            self.history.visit(node_id)
            self._update_history_actions()
            self._settings.set(options.LAST_NODE, node_id, self._transcript.id)
            self._settings.set(options.LAST_OFFSET, 0, self._transcript.id)
        questions = self._visible_questions()
        self.action_previous.setEnabled(bool(questions) and current != questions[0])
        self.action_next.setEnabled(bool(questions) and current != questions[-1])

    def _on_speakers_changed(self, hidden: list[str]) -> None:
        if self._transcript is None or self._proxy is None:
            return
        current_id = self.tree.currentIndex().data(NodeIdRole) or self.pane.node_id
        self._proxy.set_hidden(frozenset(hidden))
        self.tree.expandAll()
        self.pane.set_hidden(hidden)
        self._settings.set(options.HIDDEN_SPEAKERS, list(hidden), self._transcript.id)
        if not self.tree.currentIndex().isValid() and not self.select_node(current_id):
            self.select_first_question()

    def _on_position_changed(self, node_id: str, offset: int) -> None:
        """The reader scrolled: remember where, and let the tree follow in continuous mode."""
        if self._transcript is None:
            return
        self._settings.set(options.LAST_NODE, node_id, self._transcript.id)
        self._settings.set(options.LAST_OFFSET, offset, self._transcript.id)
        if self.pane.continuous and self.tree.currentIndex().data(NodeIdRole) != node_id:
            self._following = True
            try:
                self.select_node(node_id)
            finally:
                self._following = False

    def _on_cite_toggled(self, on: bool) -> None:
        self._settings.set(options.COPY_WITH_CITATION, bool(on))
        self.pane.cite_on_copy = bool(on)

    def _on_continuous_toggled(self, on: bool) -> None:
        self._settings.set(options.CONTINUOUS, bool(on))
        self.pane.set_continuous(bool(on))

    def _update_history_actions(self) -> None:
        self.action_back.setEnabled(self.history.can_go_back())
        self.action_forward.setEnabled(self.history.can_go_forward())

    def _go_to_history(self, node_id: str) -> None:
        if not node_id or self._transcript is None:
            return
        self._following = True  # keep this jump out of the history
        try:
            self.select_node(node_id)
        finally:
            self._following = False
        self.pane.show_node(self._transcript, node_id, self.hidden_speakers())
        self._settings.set(options.LAST_NODE, node_id, self._transcript.id)
        self._update_history_actions()

    def go_back(self) -> None:
        """Return to the place before the last jump."""
        self._go_to_history(self.history.back())

    def go_forward(self) -> None:
        """Undo a Back."""
        self._go_to_history(self.history.forward())

    def _on_annotations_changed(self) -> None:
        if self._transcript is None or self._model is None:
            return
        self.pane.set_marks(self.annotations.marks(), self.annotations.selected)
        self.panel.set_entries(self._transcript, self.annotations.entries(), self.annotations.labels())
        self._model.set_counts(self.annotations.counts())

    def _on_entry_activated(self, entry_id: str, kind: str) -> None:
        """Go to an annotation chosen in the panel: its question, scrolled to it, flashing."""
        transcript = self._transcript
        if transcript is None:
            return
        if kind == "question-note":
            note = next((e for e in self.annotations.entries() if e.id == entry_id), None)
            if note is not None:
                self.select_node(note.question_id)
            return
        entry = next((e for e in self.annotations.entries() if e.id == entry_id), None)
        if entry is None or not entry.placed:
            return
        question = transcript.question_of(entry.paragraph_id)
        target = question.id if question else PREFACE_ID
        if entry.speaker in self.hidden_speakers():
            # The reader asked for this passage: show its speaker again.
            self.speaker_filter.box(entry.speaker).setChecked(True)
        if self.pane.node_id != target and not self.select_node(target):
            return
        self.annotations.select(entry_id)
        self.pane.reveal(entry_id)

    def _on_tree_menu(self, position: QPoint) -> None:
        index = self.tree.indexAt(position)
        if index.data(NodeKindRole) != NodeKind.QUESTION.value:
            return
        self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        menu = QMenu(self.tree)
        menu.setObjectName("treeContextMenu")
        menu.addAction(self.annotations.action_question_note)
        menu.popup(self.tree.viewport().mapToGlobal(position))

    # state
    def restore_state(self) -> None:
        """Restore geometry, toolbars and splitter from the last run."""
        geometry = self._settings.get(options.WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        state = self._settings.get(options.WINDOW_STATE)
        if state:
            self.restoreState(state)
        splitter = self._settings.get(options.SPLITTER_STATE)
        if splitter:
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        """Remember geometry, toolbars and splitter for the next run."""
        self._settings.set(options.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self._settings.set(options.WINDOW_STATE, bytes(self.saveState().data()))
        self._settings.set(options.SPLITTER_STATE, bytes(self.splitter.saveState().data()))
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the window's state on the way out."""
        self.save_state()
        super().closeEvent(event)

    # messages
    def show_error(self, title: str, text: str) -> QMessageBox:
        """Tell the user what went wrong, without blocking the event loop."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("errorMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def show_shortcuts(self) -> None:
        """List the keyboard shortcuts."""
        lines = []
        for action in self.actions():
            if action.shortcuts():
                native = QKeySequence.SequenceFormat.NativeText
                keys = ", ".join(k.toString(native) for k in action.shortcuts())
                lines.append(f"{action.text().replace('&', '')}: {keys}")
        box = QMessageBox(
            QMessageBox.Icon.Information,
            _tr("Keyboard Shortcuts"),
            "\n".join(lines),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("shortcutsMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def show_about(self) -> None:
        """Name, version and purpose of the app."""
        QMessageBox.about(
            self,
            _tr("About Interview Reader"),
            f"<b>访谈阅读器 Interview Reader</b> {__version__}<br>"
            + _tr("Read interviews by question and by speaker."),
        )


def _before(anchor: QModelIndex, question: QModelIndex) -> bool:
    """True if ``question`` comes after the top-level row ``anchor`` in the tree."""
    if not anchor.isValid():
        return True
    top = anchor.parent() if anchor.parent().isValid() else anchor
    return question.parent().row() >= top.row()
