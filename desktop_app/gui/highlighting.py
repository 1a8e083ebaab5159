"""Highlights and notes in the window: the actions, and one store call for each of them."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from desktop_app.domain.anchoring import Placement, make_anchor, place_all
from desktop_app.domain.annotations import PAINT, Color, Highlight, QuestionNote, labels
from desktop_app.domain.briefs import HighlightBrief, brief_of, place_briefs
from desktop_app.domain.errors import ReaderError
from desktop_app.domain.gc_pause import no_cycle_collection
from desktop_app.domain.grouping import Entry, entries
from desktop_app.domain.model import Question, Transcript
from desktop_app.gui import settings as options
from desktop_app.gui.after_paint import AfterPaint
from desktop_app.gui.annotations_panel import swatch
from desktop_app.gui.answer_pane import AnswerPane
from desktop_app.gui.domain_text import error_text
from desktop_app.gui.pane_marks import Mark
from desktop_app.gui.plain import tooltip
from desktop_app.gui.settings import Settings
from desktop_app.gui.slots import Call
from desktop_app.gui.steps import Steps
from desktop_app.storage.store import AnnotationStore
from desktop_app.storage.transcript_cache import placed_mark

CONFIRM_AT_ONCE = 500  # highlights marked trusted per transaction, a transaction per turn of the event loop

if TYPE_CHECKING:  # a later feature's module: imported when first used, not on the way to the first paint
    from desktop_app.gui.color_labels_dialog import ColorLabelsDialog
    from desktop_app.gui.note_dialog import NoteDialog


def ui_language_is_chinese() -> bool:
    """True when the UI speaks 简体中文 (colour names follow it); launch sets the default locale."""
    return QLocale().language() == QLocale.Language.Chinese


class _DeleteCommand(QUndoCommand):
    """Delete highlights (as tombstones); undo brings them back."""

    def __init__(self, owner: Annotations, ids: list[str]) -> None:
        super().__init__(QCoreApplication.translate("Highlighting", "Delete Highlight"))
        self._owner = owner
        self._ids = ids

    def redo(self) -> None:
        self._owner.store_call(self._owner.store.delete, self._ids)

    def undo(self) -> None:
        self._owner.store_call(self._owner.store.undelete, self._ids)


class Annotations(QObject):
    """The window's highlights and notes on the transcript shown; every change goes to the store."""

    changed = Signal()  # the store changed: repaint marks, the panel and the tree's counts
    added = Signal(list)  # ids of highlights just made (placed and counted): paint and list only them
    failed = Signal(str, str)  # title, message: a write that did not happen
    selection_changed = Signal(bool)  # a highlight is selected (recolour, copy, delete apply to it)
    said = Signal(str)  # what just happened, for the status bar
    deleted = Signal()  # a deletion the status bar offers to undo

    def __init__(self, store: AnnotationStore, settings: Settings, pane: AnswerPane, parent: QWidget) -> None:
        super().__init__(parent)
        self.store = store
        self._settings = settings
        self._pane = pane
        self._window = parent
        self._transcript: Transcript | None = None
        self._mark = ""  # the transcript's placed_mark: highlights stored with it are trusted
        self._by_id: dict[str, Entry] = {}  # the live highlights read, where they sit now, in the order made
        self._noted: list[Highlight] = []  # those with a note, whole: what "my notes" searches
        self._notes: list[QuestionNote] = []
        self._counts: dict[str, int] = {}  # annotations per question, kept up to date on each change
        self._loaded = False  # only what the first paint needs is read, from opening until the loop runs
        self.selected = ""
        self.undo_stack = QUndoStack(self)
        self._make_color_actions()

    def _make_color_actions(self) -> None:
        """One checkable action per colour (Ctrl+1 … Ctrl+5), named after what the colour means."""
        self.color_group = QActionGroup(self)
        self.color_actions: dict[Color, QAction] = {}
        for number, color in enumerate(Color, 1):
            action = QAction(self._window)
            action.setObjectName(f"actionColor_{color}")
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setIcon(swatch(PAINT[color]))
            action.setData(str(color))
            action.triggered.connect(Call(self.choose_color, color))
            self.color_group.addAction(action)
            self._window.addAction(action)
            self.color_actions[color] = action
        self.refresh_labels()
        self.color_actions[self.current_color].setChecked(True)

    def undo(self) -> None:
        """Undo the last deletion."""
        self.undo_stack.undo()

    def redo(self) -> None:
        """Redo what was undone."""
        self.undo_stack.redo()

    @property
    def current_color(self) -> Color:
        """The colour the next highlight gets: the last one used."""
        try:
            return Color(self._settings.get(options.LAST_COLOR))
        except ValueError:
            return Color.YELLOW

    def labels(self) -> dict[Color, str]:
        """What each colour means: the user's names, else the defaults in the UI language."""
        renamed = self.store.color_labels()
        return labels("zh" if ui_language_is_chinese() else "en", renamed)

    def refresh_labels(self) -> None:
        """Name the colour actions after what the colours mean."""
        for color, label in self.labels().items():
            action = self.color_actions[color]
            action.setText(label)
            action.setToolTip(
                tooltip(QCoreApplication.translate("Highlighting", "Highlight as “%1”").replace("%1", label))
            )

    def rename_colors(self) -> ColorLabelsDialog:
        """Let the user say what each colour means."""
        from desktop_app.gui.color_labels_dialog import ColorLabelsDialog

        dialog = ColorLabelsDialog(self.labels(), self._window)
        dialog.accepted.connect(lambda: self._save_labels(dialog.labels()))
        dialog.open()
        return dialog

    def _save_labels(self, labels: dict[Color, str]) -> None:
        current = self.labels()
        for color, label in labels.items():
            if label and label != current[color]:
                self.store_call(self.store.rename_color, color, label)
        self.refresh_labels()
        self.changed.emit()

    def color_menu(self, parent: QWidget, rename: QAction) -> QMenu:
        """The colours: one recolours the selected highlight, or highlights the selection."""
        menu = QMenu(QCoreApplication.translate("Highlighting", "Highlight &Colour"), parent)
        menu.setObjectName("menuHighlightColor")
        for action in self.color_actions.values():
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(rename)
        return menu

    # the transcript
    def set_transcript(self, transcript: Transcript) -> None:
        """Load the annotations of ``transcript`` (shown in the pane already): what is on screen at once.

        Only the highlights of the paragraphs laid out are read (one query), placed and painted now; all
        of them are read, placed, listed and counted once the event loop runs (after the first paint):
        with 10,000 highlights, that is most of the cost of opening.
        """
        self._transcript = transcript
        self._mark = placed_mark(transcript)
        self.selected = ""
        self.undo_stack.clear()
        self._loaded = False
        briefs = self.store.highlight_briefs(transcript.id, self._pane.paragraph_blocks, self._mark)
        self._by_id = {e.id: e for e in self._placed(briefs)}
        self._noted, self._notes = [], []
        self._pane.marks.set_marks(self.marks_in)
        self._update_enabled()
        AfterPaint(self._pane.painted, self, Call(self._finish_loading, transcript))

    def _finish_loading(self, transcript: Transcript) -> None:
        if transcript is self._transcript and not self.store.closed:
            self.ensure_loaded()

    def ensure_loaded(self) -> None:
        """Read, place, list and count every annotation now if opening left that for later."""
        if self._transcript is not None and not self._loaded:
            self.reload()

    def reload(self) -> None:
        """Read the annotations again (another window may have written) and place them."""
        transcript = self._transcript
        if transcript is None:
            return
        with no_cycle_collection():  # 10,000 highlights are 20,000 tuples and no cycles
            briefs = self.store.highlight_briefs(transcript.id, None, self._mark)
            self._by_id = {e.id: e for e in self._placed(briefs, confirm=True)}
        noted = [b.id for b in briefs if b.note]
        self._noted = self.store.highlights_of(noted) if noted else []
        self._notes = self.store.question_notes(transcript.id)
        self._loaded = True
        self._counts = {}
        self._count(self._by_id.values())
        for n in self._notes:
            self._counts[n.question_id] = self._counts.get(n.question_id, 0) + 1
        if self.selected and self.selected not in self._by_id:
            self.selected = ""
        self._update_enabled()
        self.changed.emit()

    def _placed(self, briefs: list[HighlightBrief], confirm: bool = False) -> list[Entry]:
        """``briefs`` as listed, each where it sits now; only those not at their stored offsets are placed.

        With ``confirm``, those found at their stored offsets without being trusted are marked in the store
        as trusted in this transcript: the next opening lists them without making their sections.
        """
        transcript = self._transcript
        assert transcript is not None
        placed, moved_ids, found = place_briefs(transcript, briefs)
        if confirm and found:
            Steps(self._confirming(found, self._mark))  # no parent: --screenshot finishes it before exiting
        if not moved_ids:
            return placed
        # The transcript changed since they were made: read them whole, find their quotes again.
        placements: dict[str, Placement | None] = dict.fromkeys(moved_ids)
        whole = self.store.highlights_of(moved_ids)
        placements.update(place_all(((h.id, h.anchor) for h in whole), transcript))
        by_id = {e.id: e for e in placed}
        by_id.update((e.id, e) for e in entries(transcript, whole, placements))
        return [by_id[b.id] for b in briefs if b.id in by_id]  # in the order made: later ones paint on top

    def _confirming(self, ids: list[str], mark: str) -> Iterator[None]:
        """Mark ``ids`` trusted in the store, a few at a time (run by ``Steps`` from the event loop).

        Housekeeping, after the list is shown: rewriting 10,000 rows at once took over half a second on
        a busy disk, once (the first opening by this version, or of an edited file).
        """
        for at in range(0, len(ids), CONFIRM_AT_ONCE):
            if self.store.closed:
                return
            self.store.confirm_placed(ids[at : at + CONFIRM_AT_ONCE], mark)
            yield

    def _count(self, highlights: Iterable[Entry]) -> None:
        counts = self._counts
        for e in highlights:
            if e.placed and e.question_id:  # placed in the preface: no question to count it on
                counts[e.question_id] = counts.get(e.question_id, 0) + 1

    def _add(self, made: list[Highlight]) -> None:
        """Take in highlights just written: place, count and select them, without reading the rest again."""
        placed = self._placed([brief_of(h) for h in made])
        self._by_id.update((e.id, e) for e in placed)
        self._count(placed)
        self.selected = made[0].id
        self.added.emit([h.id for h in made])
        self._update_enabled()

    def marks(self, ids: Iterable[str]) -> list[Mark]:
        """The highlights of ``ids`` that are placed, as the pane paints them."""
        return self._marks(self._by_id[i] for i in ids if i in self._by_id)

    def marks_in(self, paragraph_ids: Collection[str]) -> list[Mark]:
        """The placed highlights in these paragraphs (those on screen), in the order made."""
        # A scan, not an index kept up to date: a millisecond for 10,000, and nothing to keep in step.
        return self._marks(e for e in self._by_id.values() if e.paragraph_id in paragraph_ids)

    @staticmethod
    def _marks(chosen: Iterable[Entry]) -> list[Mark]:
        return [
            Mark(e.id, e.paragraph_id, e.start, e.end, PAINT[e.color or Color.YELLOW], bool(e.note), e.note)
            for e in chosen
            if e.placed
        ]

    def entries(self, ids: list[str] | None = None) -> list[Entry]:
        """Every highlight and question note (or the highlights of ``ids``), for the annotations panel."""
        assert self._transcript is not None
        if ids is not None:
            return [self._by_id[i] for i in ids if i in self._by_id]
        return [*self._by_id.values(), *entries(self._transcript, (), {}, self._notes)]

    def counts(self) -> dict[str, int]:
        """How many annotations each question holds (its highlights and its note)."""
        return dict(self._counts)

    def notes(self) -> list[Highlight | QuestionNote]:
        """Highlights with a note, and question notes: what "my notes" searches."""
        return [*self._noted, *self._notes]

    def highlight(self, highlight_id: str) -> Highlight | None:
        """The live highlight with this id, whole (read from the store: the window keeps fewer columns)."""
        if highlight_id not in self._by_id:
            return None
        found = self.store.get(highlight_id)
        return found if found is not None and found.deleted is None else None

    def question_note(self, question_id: str) -> QuestionNote | None:
        """The live note on ``question_id``."""
        return next((n for n in self._notes if n.question_id == question_id), None)

    # user actions: each is one call into the store
    def store_call(self, method: object, *args: object, **kwargs: object) -> object:
        """Call the store; on failure tell the user, show nothing as saved, and return None."""
        try:
            result = method(*args, **kwargs)  # type: ignore[operator]
        except ReaderError as error:
            self._not_saved(error)
            return None
        self.reload()
        return result

    def _not_saved(self, error: ReaderError) -> None:
        """Tell the user a write did not happen, and show what the store holds."""
        self.failed.emit(QCoreApplication.translate("Highlighting", "Not saved"), error_text(error))
        self.reload()

    def highlight_selection(self, color: Color | None = None) -> list[Highlight]:
        """Highlight the pane's selection (one highlight per paragraph, grouped)."""
        transcript = self._transcript
        if transcript is None:
            return []
        self.ensure_loaded()  # the new one is added to a complete list
        color = color if isinstance(color, Color) else self.current_color
        items = []
        for passage in self._pane.marks.selected_passages():
            paragraph = transcript.find(passage.paragraph_id)
            text = getattr(paragraph, "text", "")
            question = transcript.question_of(passage.paragraph_id)
            anchor = make_anchor(passage.paragraph_id, text, passage.start, passage.end)
            items.append((anchor, question.id if question else "", getattr(paragraph, "speaker", None) or ""))
        if not items:
            self.said.emit(
                QCoreApplication.translate(
                    "Highlighting",
                    "Select some text first: drag over it with the mouse, or press F7 and use Shift+arrows.",
                )
            )
            return []
        try:
            made = self.store.add_highlights(
                transcript.id, transcript.content_hash, items, color, placed_in=self._mark
            )
        except ReaderError as error:
            self._not_saved(error)
            return []
        self._add(made)  # what was written is all that changed: nothing else is read or painted again
        self._settings.set(options.LAST_COLOR, str(color))
        self.color_actions[color].setChecked(True)
        # Drop the text selection so the new colour shows at once.
        cursor = self._pane.textCursor()
        cursor.clearSelection()
        self._pane.setTextCursor(cursor)
        said = QCoreApplication.translate("Highlighting", "Highlighted as “%1”.")
        self.said.emit(said.replace("%1", self.labels()[color]))
        return made

    def choose_color(self, color: Color) -> None:
        """Highlight the selection in ``color``, or recolour the selected highlight."""
        self._settings.set(options.LAST_COLOR, str(color))
        if self._pane.textCursor().hasSelection():
            self.highlight_selection(color)
        elif self.selected and self.store_call(self.store.update_highlight, self.selected, color=color):
            said = QCoreApplication.translate("Highlighting", "Colour changed to “%1”.")
            self.said.emit(said.replace("%1", self.labels()[color]))

    def select(self, highlight_id: str) -> None:
        """Make ``highlight_id`` the selected highlight ('' for none)."""
        self.selected = highlight_id if highlight_id in self._by_id else ""
        self._pane.marks.select_mark(self.selected)
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.selection_changed.emit(bool(self.selected))

    def edit_note(self) -> NoteDialog | None:
        """Edit the selected highlight's note; on a fresh selection, highlight it first."""
        from desktop_app.gui.note_dialog import NoteDialog

        if not self.selected and self._pane.textCursor().hasSelection():
            self.highlight_selection()
        if not self.selected:
            return self.edit_question_note()
        highlight = self.highlight(self.selected)
        assert highlight is not None
        dialog = NoteDialog(
            QCoreApplication.translate("Highlighting", "Note"),
            f"「{highlight.anchor.exact}」",
            highlight.note,
            self._window,
        )
        target = highlight.id
        dialog.accepted.connect(
            lambda: self.store_call(self.store.update_highlight, target, note=dialog.note())
        )
        dialog.open()
        return dialog

    def current_question(self) -> Question | None:
        """The question shown in the pane (None for a section or the preface)."""
        if self._transcript is None:
            return None
        node = self._transcript.find(self._pane.node_id)
        return node if isinstance(node, Question) else None

    def edit_question_note(self, question_id: str = "") -> NoteDialog | None:
        """Edit the note on a question (the one shown, unless ``question_id`` names another)."""
        from desktop_app.gui.note_dialog import NoteDialog

        transcript = self._transcript
        question = transcript.find(question_id) if transcript and question_id else self.current_question()
        if transcript is None or not isinstance(question, Question):
            return None
        existing = self.question_note(question.id)
        dialog = NoteDialog(
            QCoreApplication.translate("Highlighting", "Note on the question"),
            question.text,
            existing.note if existing else "",
            self._window,
        )
        target = question.id
        dialog.accepted.connect(
            lambda: self.store_call(self.store.set_question_note, transcript.id, target, dialog.note())
        )
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        """Delete the selected highlight (Ctrl+Z brings it back)."""
        if self.selected:
            ids = [self.selected]
            self.selected = ""
            self.undo_stack.push(_DeleteCommand(self, ids))
            self.said.emit(QCoreApplication.translate("Highlighting", "Highlight deleted."))
            self.deleted.emit()

    def copy_selected(self) -> None:
        """Put the selected highlight's quote (and note) on the clipboard."""
        highlight = self.highlight(self.selected)
        if highlight is not None:
            text = highlight.anchor.exact + (f"\n\n{highlight.note}" if highlight.note else "")
            QApplication.clipboard().setText(text)
