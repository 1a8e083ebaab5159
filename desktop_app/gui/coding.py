"""Quick coding: the Code… picker on a selection or a highlight, and coding the paragraph or the turn.

Every change is one store call through ``Annotations.store_call`` (it reports a failure and repaints),
then ``changed`` tells the Codes panel to count again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.domain.anchoring import make_anchor
from desktop_app.domain.annotations import Anchor
from desktop_app.domain.codes import flatten
from desktop_app.domain.model import Transcript
from desktop_app.gui import settings as options
from desktop_app.gui.answer_pane import AnswerPane
from desktop_app.gui.highlighting import Annotations
from desktop_app.gui.pane_layout import ParagraphIdProperty
from desktop_app.gui.pane_marks import Passage
from desktop_app.gui.settings import Settings

if TYPE_CHECKING:  # a later feature's module: imported when first used, not on the way to the first paint
    from desktop_app.gui.code_picker import CodePicker

RECENT_LIMIT = 8  # how many last used codes the picker puts first


class Coding(QObject):
    """Applies codes to what the reader chose in the pane."""

    changed = Signal()  # codes were applied or created: counts change

    def __init__(
        self, annotations: Annotations, pane: AnswerPane, settings: Settings, window: QWidget
    ) -> None:
        super().__init__(window)
        self._annotations = annotations
        self.store = annotations.store
        self._pane = pane
        self._settings = settings
        self._window = window
        self.transcript: Transcript | None = None

    # -- what to code ----------------------------------------------------------------------------
    def _items(self, passages: Sequence[Passage]) -> list[tuple[Anchor, str, str]]:
        """Anchors with their question and speaker, as the store codes them."""
        transcript = self.transcript
        items: list[tuple[Anchor, str, str]] = []
        if transcript is None:
            return items
        for passage in passages:
            paragraph = transcript.find(passage.paragraph_id)
            text = getattr(paragraph, "text", "")
            question = transcript.question_of(passage.paragraph_id)
            anchor = make_anchor(passage.paragraph_id, text, passage.start, passage.end)
            items.append((anchor, question.id if question else "", getattr(paragraph, "speaker", None) or ""))
        return items

    def _turn_passages(self) -> list[Passage]:
        """Every paragraph of the turn the caret is in, whole."""
        transcript = self.transcript
        if transcript is None:
            return []
        paragraph = self._pane.textCursor().block().blockFormat().property(ParagraphIdProperty)
        if not isinstance(paragraph, str) or not paragraph:
            return []
        turns = [turn for question in transcript.questions() for turn in (question.prompt, *question.answers)]
        for turn in turns:
            if any(p.id == paragraph for p in turn.paragraphs):
                return [Passage(p.id, 0, len(p.text)) for p in turn.paragraphs]
        found = transcript.find(paragraph)
        text = getattr(found, "text", "")
        return [Passage(paragraph, 0, len(text))] if text else []  # the preface: its paragraph alone

    # -- commands --------------------------------------------------------------------------------
    def code_selection(self) -> CodePicker | None:
        """Code the selection (or the selected highlight): open the picker."""
        passages = self._pane.marks.selected_passages()
        target = "" if passages else self._annotations.selected
        if not passages and not target:
            self._annotations.said.emit(
                QCoreApplication.translate("Coding", "Select a passage or click a highlight first.")
            )
            return None
        return self._pick(passages, target)

    def code_paragraph(self) -> CodePicker | None:
        """Code the whole paragraph the caret is in."""
        if not self._pane.select_paragraph_at_caret():
            self._annotations.said.emit(
                QCoreApplication.translate("Coding", "Put the caret in a paragraph first (F7).")
            )
            return None
        return self._pick(self._pane.marks.selected_passages(), "")

    def code_turn(self) -> CodePicker | None:
        """Code every paragraph of the speaker's turn the caret is in."""
        passages = self._turn_passages()
        if not passages:
            self._annotations.said.emit(
                QCoreApplication.translate("Coding", "Put the caret in a paragraph first (F7).")
            )
            return None
        return self._pick(passages, "")

    def _pick(self, passages: Sequence[Passage], highlight_id: str) -> CodePicker:
        from desktop_app.gui.code_picker import CodePicker

        picker = CodePicker(flatten(self.store.code_tree()), self.recent(), self._window)
        picker.setModal(True)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chosen = list(passages)
        picker.picked.connect(lambda code_id, name: self.apply(code_id, name, chosen, highlight_id))
        picker.open()
        return picker

    def apply(self, code_id: str, new_name: str, passages: Sequence[Passage], highlight_id: str) -> bool:
        """Put ``code_id`` (or a new code named ``new_name``) on the passages or on ``highlight_id``."""
        transcript = self.transcript
        if transcript is None:
            return False
        call = self._annotations.store_call
        if not code_id:
            made = call(self.store.create_code, new_name)
            if made is None:
                return False
            code_id = made.id  # type: ignore[attr-defined]
        if highlight_id:
            done = call(self.store.set_codes, highlight_id, add=[code_id]) is not None
        else:
            items = self._items(passages)
            done = bool(items) and bool(
                call(self.store.apply_codes, transcript.id, transcript.content_hash, items, [code_id])
            )
        if done:
            self._remember(code_id)
            code = self.store.code(code_id)
            said = QCoreApplication.translate("Coding", "Coded as “%1”.")
            self._annotations.said.emit(said.replace("%1", code.name if code else ""))
            cursor = self._pane.textCursor()
            cursor.clearSelection()
            self._pane.setTextCursor(cursor)
        self.changed.emit()
        return done

    # -- the last used codes ---------------------------------------------------------------------
    def recent(self) -> list[str]:
        """The codes used last, newest first."""
        recent: list[str] = self._settings.get(options.RECENT_CODES)
        return list(recent)

    def _remember(self, code_id: str) -> None:
        recent = [c for c in self.recent() if c != code_id]
        self._settings.set(options.RECENT_CODES, [code_id, *recent][:RECENT_LIMIT])
