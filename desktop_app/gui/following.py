"""Reading across interviews from the window: all interviews' annotations, a speaker followed.

The Annotations panel's "All interviews" scope and a speaker followed through every interview, each
jumping to the text.

A controller like the others: the window makes it with the widgets it acts on; the library, the
codings and the opening of another interview go through ``Study``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QInputDialog, QWidget

from desktop_app.domain.model import Paragraph
from desktop_app.gui.annotations_all import AllAnnotations
from desktop_app.gui.annotations_panel import AnnotationsPanel
from desktop_app.gui.answer_pane import AnswerPane
from desktop_app.gui.highlighting import Annotations
from desktop_app.gui.speaker_filter import SpeakerFilter
from desktop_app.gui.study import Study

if TYPE_CHECKING:  # the speaker view (and domain.following) come the first time a speaker is followed
    from desktop_app.domain.following import SpokenTurn
    from desktop_app.gui.speaker_trail import SpeakerTrailView


class Following(QObject):
    """Owns the all-interviews annotations list and the speaker view."""

    def __init__(
        self,
        panel: AnnotationsPanel,
        speaker_filter: SpeakerFilter,
        study: Study,
        annotations: Annotations,
        pane: AnswerPane,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._study = study
        self._speaker_filter = speaker_filter
        self._pane = pane
        self._window = window
        self.all_annotations = AllAnnotations(panel, study, self)
        self.view: SpeakerTrailView | None = None
        annotations.changed.connect(self._on_changed)
        speaker_filter.follow_requested.connect(self.follow_speaker)

    def _on_changed(self) -> None:
        # A highlight added, recoloured, coded or deleted (or another interview opened): list it anew.
        if self.all_annotations.showing_all:
            self.all_annotations.reload()
        if self.view is not None and self.view.isVisible() and self.view.trail is not None:
            self.follow_speaker(self.view.trail.name)

    # -- a speaker across interviews -------------------------------------------------------------
    def ask_and_follow(self) -> SpeakerTrailView | None:
        """Ask which speaker (those of the interview on screen first), then follow them."""
        from desktop_app.domain.following import speakers_across

        known, _titles = self._study.transcripts()
        speakers = speakers_across(known.values())
        if not speakers:
            return None
        on_screen = self._study.transcript
        first = [s.name for s in on_screen.speakers] if on_screen is not None else []
        names = [n for n in first if n in speakers] + [n for n in speakers if n not in first]
        name, chosen = QInputDialog.getItem(
            self._window,
            QCoreApplication.translate("Following", "Follow a Speaker"),
            QCoreApplication.translate("Following", "Speaker (the same name in every interview):"),
            names,
            0,
            False,
        )
        return self.follow_speaker(name) if chosen and name else None

    def follow_speaker(self, name: str) -> SpeakerTrailView:
        """Show every turn of ``name`` across the interviews, and the passages coded in their words."""
        from desktop_app.domain.following import follow_speaker as trail_of
        from desktop_app.domain.following import speakers_across

        store = self._study.store
        known, titles = self._study.transcripts()
        trail = trail_of(name, known, titles, store.codings(), store.codes())
        if self.view is None:
            from desktop_app.gui.speaker_trail import SpeakerTrailView

            self.view = SpeakerTrailView(self._window)
            self.view.turn_activated.connect(self.go_to_turn)
            self.view.passage_activated.connect(self._study.go_to_passage)
            self.view.speaker_chosen.connect(self.follow_speaker)
        self.view.set_speakers(speakers_across(known.values()))
        self.view.set_trail(trail, known)
        self.view.show()
        self.view.raise_()
        return self.view

    def go_to_turn(self, turn: SpokenTurn) -> bool:
        """Open the turn's interview if needed, show its question and select the turn's first paragraph."""
        if not self._study.open_interview(turn.transcript_id):
            return False
        transcript = self._study.transcript
        paragraph = transcript.find(turn.paragraph_id) if transcript is not None else None
        if not isinstance(paragraph, Paragraph):
            return False  # the file changed since the list was made
        speaker = paragraph.speaker or ""
        if speaker in self._speaker_filter.hidden():
            self._speaker_filter.box(speaker).setChecked(True)  # the reader asked for their words
        if not self._study.go_to_node(turn.question_id):
            return False
        selected = self._pane.marks.select_passage(paragraph.id, 0, len(paragraph.text))
        self._pane.ensureCursorVisible()
        return selected
