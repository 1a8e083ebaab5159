"""Studying many interviews together: the library, retrieval and matrices, REFI-QDA in and out.

A controller like the others: the window connects its actions here (``study.show_library`` …) and
hands it what it needs to open an interview and show a passage.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.domain.errors import ReaderError
from desktop_app.domain.library import TranscriptCache
from desktop_app.domain.model import PREFACE_ID, Transcript
from desktop_app.domain.parser import load_transcript
from desktop_app.fileio import atomic_write_bytes, read_regular_file
from desktop_app.gui.domain_text import error_text
from desktop_app.gui.highlighting import Annotations
from desktop_app.storage.store import AnnotationStore

if TYPE_CHECKING:  # a later feature's module: imported when first used, not on the way to the first paint
    from desktop_app.domain.retrieval import CodedPassage
    from desktop_app.gui.library_view import LibraryView
    from desktop_app.gui.retrieval_view import RetrievalView

MAX_CODEBOOK_BYTES = 256 * 1024 * 1024  # as the command line's import-codebook
REFRESH_MS = 300  # after the last change, the open views read the store again: once for a burst of changes


class Study(QObject):
    """Opens the library and retrieval views, and reads and writes REFI-QDA files."""

    failed = Signal(str, str)
    status = Signal(str)
    codebook_changed = Signal()  # an import added or changed codes

    def __init__(
        self,
        store: AnnotationStore,
        annotations: Annotations,
        open_path: Callable[[str], bool],
        go_to: Callable[[str], bool],
        reveal: Callable[[str], bool],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._store = store
        self._annotations = annotations
        self._open_path = open_path  # Files.open_path
        self._go_to = go_to  # Navigation.select_node
        self._reveal = reveal  # PaneMarks.reveal: scroll to a highlight and flash it
        self._window = window
        self.transcript: Transcript | None = None  # the one on screen
        self.library_view: LibraryView | None = None
        self.retrieval_view: RetrievalView | None = None
        self.cache = TranscriptCache(load_transcript)  # the library's files, read again only when changed
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self._refresh_views)

    @property
    def store(self) -> AnnotationStore:
        """The annotation store (the library, the codebook, the codings)."""
        return self._store

    # -- the interviews --------------------------------------------------------------------------
    def transcripts(self) -> tuple[dict[str, Transcript], dict[str, str]]:
        """Every interview that reads (the one on screen too), and every library title."""
        known: dict[str, Transcript] = {}
        titles: dict[str, str] = {}
        for entry in self._store.library():
            titles[entry.id] = entry.title
            if entry.missing or entry.id in known:
                continue
            try:
                known[entry.id] = self.cache(entry.path)
            except (ReaderError, OSError):
                continue  # listed by its id; its passages keep the order of their paragraph ids
        if self.transcript is not None:
            known[self.transcript.id] = self.transcript
            titles.setdefault(self.transcript.id, self.transcript.title)
        return known, titles

    def show_library(self) -> LibraryView:
        """The library, in its own window."""
        from desktop_app.gui.library_view import LibraryView

        if self.library_view is None:
            self.library_view = LibraryView(self._store, self._window)
            self.library_view.open_requested.connect(self._open_path)
            self.library_view.failed.connect(self.failed)
        else:
            self.library_view.reload()
        self.library_view.show()
        self.library_view.raise_()
        return self.library_view

    def show_retrieval(self, code_id: str = "") -> RetrievalView:
        """The coded passages (of ``code_id`` if given) and the matrices."""
        from desktop_app.gui.retrieval_view import RetrievalView

        if self.retrieval_view is None:
            self.retrieval_view = RetrievalView(self._store, self.transcripts, self._window)
            self.retrieval_view.passage_activated.connect(self.go_to_passage)
            self.retrieval_view.failed.connect(self.failed)
        else:
            self.retrieval_view.reload()
        if code_id:
            self.retrieval_view.set_query([code_id])
        self.retrieval_view.show()
        self.retrieval_view.raise_()
        return self.retrieval_view

    def store_changed(self, *_: object) -> None:
        """Highlights, codes or codings changed: the open Coded Passages and Library windows follow.

        They read the store again REFRESH_MS after the last change (at 10,000 coded passages a reading
        takes a few tenths of a second: not one per keystroke of a burst); a hidden one reads it when shown.
        """
        if any(view is not None and view.isVisible() for view in (self.retrieval_view, self.library_view)):
            self._refresh.start()

    def _refresh_views(self) -> None:
        if self._store.closed:  # the window closed meanwhile
            return
        for view in (self.retrieval_view, self.library_view):
            if view is not None and view.isVisible():
                view.reload()

    def show_matrix(self) -> RetrievalView:
        """The retrieval view on its Matrix tab."""
        view = self.show_retrieval()
        view.tabs.setCurrentIndex(1)
        return view

    def open_interview(self, transcript_id: str, title: str = "") -> bool:
        """Put the interview on screen (if it is not already); say so when its file is missing."""
        if self.transcript is not None and self.transcript.id == transcript_id:
            return True
        entry = self._store.library_entry(transcript_id)
        if entry is None or not Path(entry.path).is_file():
            said = QCoreApplication.translate(
                "Study", "The file of “%1” is missing: %2. Its notes are kept; Locate… it in the Library."
            )
            where = entry.path if entry is not None else transcript_id
            name = title or (entry.title if entry is not None else transcript_id)
            self.status.emit(said.replace("%1", name).replace("%2", where))
            return False
        return self._open_path(entry.path)

    def go_to_node(self, node_id: str) -> bool:
        """Show a question (or the preface) of the interview on screen."""
        return self._go_to(node_id or PREFACE_ID)

    def go_to_passage(self, passage: CodedPassage) -> bool:
        """Show a coded passage in the text, opening its interview first when it is another one."""
        if not self.open_interview(passage.transcript_id, passage.title):
            return False
        if not self._go_to(passage.question_id or PREFACE_ID):
            return False
        self._annotations.select(passage.highlight_id)
        return bool(self._annotations.selected) and self._reveal(passage.highlight_id)

    # -- REFI-QDA --------------------------------------------------------------------------------
    def export_project_to(self, path: str) -> bool:
        """Write every interview that reads, its codings and the codebook, as a ``.qdpx`` project."""
        from desktop_app.domain.export import Annotated
        from desktop_app.domain.qda import QdaSource, write_project

        known, _titles = self.transcripts()
        sources = []
        for transcript in known.values():
            highlights = self._store.highlights(transcript.id)
            annotated = Annotated.of(transcript, highlights, self._store.question_notes(transcript.id))
            sources.append(QdaSource(annotated, self._store.codes_of(h.id for h in highlights)))
        return self._write(path, write_project(sources, self._store.codes()))

    def export_codebook_to(self, path: str) -> bool:
        """Write the codebook as a ``.qdc`` file."""
        from desktop_app.domain.qda import write_codebook

        return self._write(path, write_codebook(self._store.codes()))

    def import_codebook_from(self, path: str) -> tuple[int, int] | None:
        """Merge the codes of a ``.qdc`` or ``.qdpx`` into the codebook; (added, updated)."""
        from desktop_app.domain.qda import read_codebook

        try:
            codes = read_codebook(read_regular_file(path, MAX_CODEBOOK_BYTES, "codebook"), Path(path).name)
            added, updated = self._store.import_codes(codes)
        except ReaderError as error:
            self.failed.emit(
                QCoreApplication.translate("Study", "The codebook was not imported"), error_text(error)
            )
            return None
        said = QCoreApplication.translate("Study", "Codebook imported: %1 added, %2 updated.")
        self.status.emit(said.replace("%1", str(added)).replace("%2", str(updated)))
        self.codebook_changed.emit()
        self._annotations.reload()
        return added, updated

    def _write(self, path: str, data: bytes) -> bool:
        try:
            atomic_write_bytes(path, data)
        except (ReaderError, OSError) as error:
            self.failed.emit(
                QCoreApplication.translate("Study", "The export was not written"), error_text(error)
            )
            return False
        self.status.emit(QCoreApplication.translate("Study", "Exported to %1").replace("%1", path))
        return True

    def _save_name(self, title: str, name: str, filters: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self._window, title, name, filters)
        return path

    def export_project(self) -> None:
        """Ask where, then export the project (REFI-QDA)."""
        path = self._save_name(
            QCoreApplication.translate("Study", "Export Project (REFI-QDA)"),
            "project.qdpx",
            QCoreApplication.translate("Study", "REFI-QDA projects (*.qdpx)"),
        )
        if path:
            self.export_project_to(path)

    def export_codebook(self) -> None:
        """Ask where, then export the codebook (REFI-QDA)."""
        path = self._save_name(
            QCoreApplication.translate("Study", "Export Codebook"),
            "codebook.qdc",
            QCoreApplication.translate("Study", "REFI-QDA codebooks (*.qdc)"),
        )
        if path:
            self.export_codebook_to(path)

    def import_codebook(self) -> None:
        """Ask for a codebook (``.qdc``) or project (``.qdpx``), then merge its codes."""
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            QCoreApplication.translate("Study", "Import Codebook"),
            "",
            QCoreApplication.translate(
                "Study", "REFI-QDA codebooks and projects (*.qdc *.qdpx);;All files (*)"
            ),
        )
        if path:
            self.import_codebook_from(path)
