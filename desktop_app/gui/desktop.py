"""The window as a citizen of the desktop: links back to a passage, quote cards, what other launches send.

``open_target`` takes whatever the desktop hands the app — a transcript's path, a ``file://`` URL or an
``interview-reader://`` link — from the command line, a second launch or a click in another app. A link
brings up its transcript (from the library when another one is open), scrolls to the passage and
flashes it; a link that cannot be followed is one clear message, and the window stays where it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import ReaderError
from desktop_app.domain.links import (
    HighlightLink,
    PassageLink,
    is_link,
    parse_link,
    passage_link,
    resolve,
)
from desktop_app.domain.model import PREFACE_ID, Transcript
from desktop_app.gui.answer_pane import AnswerPane
from desktop_app.gui.domain_text import error_text
from desktop_app.gui.files import Files, safe_file_name
from desktop_app.gui.highlighting import Annotations
from desktop_app.gui.navigation import Navigation
from desktop_app.gui.pane_place import Place
from desktop_app.storage.store import AnnotationStore


class Desktop(QObject):
    """Follows links, copies links, draws quote cards."""

    failed = Signal(str, str)  # title, message
    said = Signal(str)  # a status-bar line

    def __init__(
        self,
        window: QWidget,
        store: AnnotationStore,
        files: Files,
        navigation: Navigation,
        pane: AnswerPane,
        annotations: Annotations,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._store = store
        self._files = files
        self._navigation = navigation
        self._pane = pane
        self._annotations = annotations

    # -- what the desktop hands the app ---------------------------------------------------------
    def open_target(self, target: str) -> bool:
        """Open a path, a ``file://`` URL or an ``interview-reader://`` link ('' just raises the window)."""
        target = target.strip()
        if not target:
            return True
        if is_link(target):
            return self.open_link(target)
        url = QUrl(target)
        path = url.toLocalFile() if url.isLocalFile() else target
        return self._files.open_path(path)

    def open_link(self, url: str) -> bool:
        """Go to the passage or highlight ``url`` names; say why when it cannot be done."""
        title = QCoreApplication.translate("Desktop", "Cannot open the link")
        try:
            link = parse_link(url)
            passage_at = self._passage_link(link)
            transcript = self._files.transcript
            if transcript is None or transcript.id != passage_at.transcript_id:
                transcript = self._bring_up(passage_at.transcript_id)
            passage = resolve(passage_at, transcript)
        except ReaderError as error:
            self.failed.emit(title, error_text(error))
            return False
        question = transcript.question_of(passage.paragraph.id)
        self._navigation.select_node(question.id if question else PREFACE_ID)
        self._pane.scroll_to_place(Place(passage.paragraph.id, passage.start))
        self._pane.marks.flash_passage(passage.paragraph.id, passage.start, passage.end)
        return True

    def _passage_link(self, link: PassageLink | HighlightLink) -> PassageLink:
        if isinstance(link, PassageLink):
            return link
        highlight = self._store.get(link.highlight_id)
        if highlight is None or highlight.deleted:
            raise ReaderError(
                QCoreApplication.translate("Desktop", "There is no highlight %1 in your notes.").replace(
                    "%1", link.highlight_id
                ),
                QCoreApplication.translate("Desktop", "It may be deleted, or made in another data folder."),
            )
        anchor = highlight.anchor
        return PassageLink(highlight.transcript_id, anchor.paragraph_id, anchor.start, anchor.end)

    def _bring_up(self, transcript_id: str) -> Transcript:
        """Open the library's transcript ``transcript_id``; ReaderError when it is not there."""
        entry = self._store.library_entry(transcript_id)
        if entry is None or not Path(entry.path).is_file():
            raise ReaderError(
                QCoreApplication.translate("Desktop", "The interview %1 is not in your library.").replace(
                    "%1", transcript_id
                ),
                QCoreApplication.translate("Desktop", "Open its file once (File ▸ Open), then the link."),
            )
        if not self._files.open_path(entry.path) or self._files.transcript is None:
            raise ReaderError(
                QCoreApplication.translate("Desktop", "The interview %1 could not be opened.").replace(
                    "%1", transcript_id
                )
            )
        return self._files.transcript

    # -- links and cards for the reader ---------------------------------------------------------
    def copy_link(self) -> str:
        """Put a link to the selected passage (or the selected highlight) on the clipboard."""
        transcript = self._files.transcript
        if transcript is None:
            return ""
        passages = self._pane.marks.selected_passages()
        highlight = self._annotations.highlight(self._annotations.selected)
        if passages:
            first = passages[0]
            url = passage_link(transcript.id, first.paragraph_id, first.start, first.end)
        elif highlight is not None:
            anchor = highlight.anchor
            url = passage_link(transcript.id, anchor.paragraph_id, anchor.start, anchor.end)
        else:
            self.said.emit(QCoreApplication.translate("Desktop", "Select a passage, then copy its link."))
            return ""
        QGuiApplication.clipboard().setText(url)
        self.said.emit(QCoreApplication.translate("Desktop", "Link copied: %1").replace("%1", url))
        return url

    def share_card(self) -> CardDialog | None:
        """A quote card (金句卡片) of the selected highlight, to copy or save."""
        from desktop_app.render.card import card_png  # drawn on demand: start-up does not pay for it

        transcript = self._files.transcript
        highlight = self._annotations.highlight(self._annotations.selected)
        if transcript is None or highlight is None:
            self.said.emit(QCoreApplication.translate("Desktop", "Click a highlight, then share it."))
            return None
        dark = self._window.palette().window().color().lightness() < 128
        theme = "dark" if dark else "light"
        label = self._annotations.labels()[highlight.color]
        image = QImage.fromData(card_png(highlight, transcript, label, theme))
        dialog = CardDialog(image, f"{safe_file_name(transcript.title)}-card.png", self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


class CardDialog(QDialog):
    """The card, with Copy Image and Save."""

    def __init__(self, image: QImage, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardDialog")
        self.setWindowTitle(QCoreApplication.translate("Desktop", "Quote Card"))
        self.image = image
        self._name = name
        preview = QLabel(self)
        smooth = Qt.TransformationMode.SmoothTransformation
        preview.setPixmap(QPixmap.fromImage(image).scaledToWidth(360, smooth))
        scroll = QScrollArea(self)
        scroll.setWidget(preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(
            QCoreApplication.translate("Desktop", "Copy Image"), QDialogButtonBox.ButtonRole.ActionRole
        )
        copy.setObjectName("copyCardButton")
        copy.clicked.connect(self.copy_image)
        save = buttons.addButton(
            QCoreApplication.translate("Desktop", "Save…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        save.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(420, 640)

    def copy_image(self) -> None:
        """The card on the clipboard, as an image."""
        QGuiApplication.clipboard().setImage(self.image)

    def save(self) -> None:
        """Ask where, then write the PNG."""
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("Desktop", "Save the Card"), self._name, "PNG (*.png)"
        )
        if path:
            self.image.save(path, b"PNG")
