"""Files in the window: Open, Recent, drag and drop, Export, Import annotations, Import transcript."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMenu

from desktop_app.domain.errors import ReaderError
from desktop_app.domain.parser import load_transcript
from desktop_app.export_formats import SUFFIXES
from desktop_app.fileio import atomic_write_bytes
from desktop_app.gui import settings as options

if TYPE_CHECKING:
    from desktop_app.gui.convert_dialog import ConvertDialog
    from desktop_app.gui.main_window import MainWindow

# Exports, imports and conversion are imported by the action that needs them, not at start-up.

RECENT_LIMIT = 8
TRANSCRIPT_SUFFIXES = (".md", ".markdown")
PLAIN_SUFFIXES = (".txt", ".vtt", ".text")


class FilesMixin:
    """Each file action is one call: open_path, export_to, import_annotations, import_transcript."""

    # -- opening -------------------------------------------------------------------------------
    def open_path(self: MainWindow, path: str) -> bool:
        """Open a transcript (or convert a plain-text / WebVTT one); say why if it cannot be read."""
        if Path(path).suffix.lower() in PLAIN_SUFFIXES:
            return self.import_transcript(path) is not None
        try:
            transcript = load_transcript(path)
        except ReaderError as error:
            self.show_error(
                QCoreApplication.translate("FilesMixin", "Cannot open the transcript"), str(error)
            )
            return False
        self.open_transcript(transcript)
        self._remember_recent(str(Path(path).resolve()))
        return True

    def _remember_recent(self: MainWindow, path: str) -> None:
        recent = [p for p in self.recent_files() if p != path]
        self._settings.set(options.RECENT_FILES, [path, *recent][:RECENT_LIMIT])

    def recent_files(self: MainWindow) -> list[str]:
        """The transcripts opened last, newest first."""
        recent: list[str] = self._settings.get(options.RECENT_FILES)
        return list(recent)

    def fill_recent_menu(self: MainWindow, menu: QMenu) -> None:
        """List the recent transcripts in ``menu`` (called each time it opens)."""
        menu.clear()
        for number, path in enumerate(self.recent_files(), 1):
            action = menu.addAction(f"&{number} {Path(path).name}")
            action.setToolTip(path)
            action.setData(path)
            action.triggered.connect(self._on_recent_chosen)
        if menu.isEmpty():
            menu.addAction(QCoreApplication.translate("FilesMixin", "(none yet)")).setEnabled(False)

    def _on_recent_menu(self: MainWindow) -> None:
        self.fill_recent_menu(self.recent_menu)

    def _on_recent_chosen(self: MainWindow) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.open_path(str(action.data()))

    def choose_and_open(self: MainWindow) -> None:
        """Ask for a transcript file and open it."""
        path = self._ask_for_file(
            QCoreApplication.translate("FilesMixin", "Open a Transcript"),
            QCoreApplication.translate(
                "FilesMixin", "Transcripts (*.md *.markdown *.txt *.vtt);;All files (*)"
            ),
        )
        if path:
            self.open_path(path)

    def _ask_for_file(self: MainWindow, title: str, filters: str) -> str:
        """The file the user chose in an Open dialog ('' if none)."""
        path, _ = QFileDialog.getOpenFileName(self, title, "", filters)
        return path

    def _cannot_import(self: MainWindow, detail: str) -> None:
        self.show_error(QCoreApplication.translate("FilesMixin", "Cannot import"), detail)

    # -- drag and drop -------------------------------------------------------------------------
    def dragEnterEvent(self: MainWindow, event: QDragEnterEvent) -> None:
        """Accept transcript files dragged onto the window."""
        urls = event.mimeData().urls()
        if urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()

    def dropEvent(self: MainWindow, event: QDropEvent) -> None:
        """Open the first file dropped."""
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            event.acceptProposedAction()
            self.open_path(urls[0].toLocalFile())

    # -- export and import ---------------------------------------------------------------------
    def export_to(self: MainWindow, fmt: str, path: str, *, whole: bool = False) -> bool:
        """Write the transcript and its annotations as ``fmt`` to ``path``."""
        if self._transcript is None:
            return False
        from desktop_app.exporting import Annotated, export_bytes

        annotated = Annotated.of(
            self._transcript,
            self.store.highlights(self._transcript.id),
            self.store.question_notes(self._transcript.id),
        )
        try:
            atomic_write_bytes(path, export_bytes(fmt, annotated, self.annotations.labels(), whole=whole))
        except OSError as error:
            self.show_error(
                QCoreApplication.translate("FilesMixin", "The export was not written"),
                f"{path}: {error.strerror}. "
                + QCoreApplication.translate("FilesMixin", "Choose a folder you can write to."),
            )
            return False
        self.statusBar().showMessage(
            QCoreApplication.translate("FilesMixin", "Exported to %1").replace("%1", path)
        )
        return True

    def choose_and_export(self: MainWindow) -> None:
        """Ask where to export, in the format of the action that was triggered."""
        action = self.sender()
        if not isinstance(action, QAction) or self._transcript is None:
            return
        fmt, whole = str(action.data()).split(":")[0], str(action.data()).endswith(":whole")
        suggested = f"{self._transcript.id}{SUFFIXES[fmt]}"
        path, _ = QFileDialog.getSaveFileName(self, action.text().replace("&", ""), suggested)
        if path:
            self.export_to(fmt, path, whole=whole)

    def import_annotations(self: MainWindow, path: str) -> bool:
        """Merge annotations from a W3C export; a file that is not one changes nothing."""
        if self._transcript is None:
            return False
        from desktop_app.domain.import_w3c import read_w3c

        try:
            result = read_w3c(Path(path).read_bytes(), self._transcript)
        except OSError as error:
            self._cannot_import(f"{path}: {error.strerror}.")
            return False
        except ReaderError as error:
            self._cannot_import(str(error))
            return False
        changed = self.annotations.store_call(self.store.upsert_highlights, result.highlights)
        self.annotations.store_call(self.store.upsert_question_notes, result.question_notes)
        if changed is None:
            return False
        self.statusBar().showMessage(
            QCoreApplication.translate("FilesMixin", "%1 annotations imported, %2 could not be placed.")
            .replace("%1", str(len(result.highlights) + len(result.question_notes)))
            .replace("%2", str(result.orphans))
        )
        return True

    def choose_and_import_annotations(self: MainWindow) -> None:
        """Ask for a W3C annotation file and import it."""
        path = self._ask_for_file(
            QCoreApplication.translate("FilesMixin", "Import Annotations"),
            QCoreApplication.translate("FilesMixin", "W3C annotations (*.jsonld *.json);;All files (*)"),
        )
        if path:
            self.import_annotations(path)

    def choose_and_import_transcript(self: MainWindow) -> None:
        """Ask for a plain-text or WebVTT interview and preview its conversion."""
        path = self._ask_for_file(
            QCoreApplication.translate("FilesMixin", "Import Plain Text or Subtitles"),
            QCoreApplication.translate("FilesMixin", "Interviews (*.txt *.vtt *.text);;All files (*)"),
        )
        if path:
            self.import_transcript(path)

    def import_transcript(self: MainWindow, path: str) -> ConvertDialog | None:
        """Convert a plain-text or WebVTT interview and show the preview; saving opens the result."""
        from desktop_app.domain.convert import convert
        from desktop_app.gui.convert_dialog import ConvertDialog

        source = Path(path)
        try:
            _markdown, draft, encoding = convert(source.read_bytes(), str(source))
        except OSError as error:
            self._cannot_import(f"{path}: {error.strerror}.")
            return None
        except ReaderError as error:
            self._cannot_import(str(error))
            return None
        dialog = ConvertDialog(draft, encoding, source.name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_convert_accepted)
        self._converting = (dialog, source)
        dialog.open()
        return dialog

    def _on_convert_accepted(self: MainWindow) -> None:
        dialog, source = self._converting
        target, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("FilesMixin", "Save the Transcript"),
            str(source.with_suffix(".md")),
        )
        if target:
            self.save_converted(dialog, target)

    def save_converted(self: MainWindow, dialog: ConvertDialog, target: str) -> bool:
        """Write the previewed transcript to ``target`` and open it."""
        from desktop_app.domain.convert import to_markdown

        try:
            markdown = to_markdown(dialog.draft(), target)
            atomic_write_bytes(target, markdown.encode("utf-8"))
        except ReaderError as error:
            self._cannot_import(str(error))
            return False
        except OSError as error:
            self._cannot_import(f"{target}: {error.strerror}.")
            return False
        return self.open_path(target)
