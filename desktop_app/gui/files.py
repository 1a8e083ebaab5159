"""Files in the window: Open, Recent, drag and drop, Export, Import annotations, Import transcript.

Each file action is one call: :meth:`Files.open_path`, :meth:`Files.export_to`,
:meth:`Files.import_annotations`, :meth:`Files.import_transcript`. What they change is said through
signals; the window decides what to show.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from desktop_app import paths
from desktop_app.domain.annotations import Color
from desktop_app.domain.errors import ReaderError
from desktop_app.domain.model import Transcript
from desktop_app.fileio import atomic_write_bytes, read_regular_file
from desktop_app.gui import domain_text, steps
from desktop_app.gui import settings as options
from desktop_app.gui.activity import ReaderActivity
from desktop_app.gui.domain_text import error_text
from desktop_app.gui.plain import tooltip
from desktop_app.gui.settings import Settings
from desktop_app.gui.slots import Call
from desktop_app.storage import transcript_cache
from desktop_app.storage.merging import UNCHANGED
from desktop_app.storage.store import AnnotationStore

if TYPE_CHECKING:  # a later feature's module: imported when first used, not on the way to the first paint
    from desktop_app.gui.convert_dialog import ConvertDialog

# Exports, imports and conversion import their modules when they run, not at start-up.

RECENT_LIMIT = 8
PLAIN_SUFFIXES = (".txt", ".vtt", ".text", ".srt")  # converted (by content) and previewed first


@dataclass(frozen=True)
class ExportRequest:
    """What an Export menu entry asks for: a registered format, and the whole transcript or not."""

    format: str
    whole: bool = False


class Files(QObject):
    """Opens, converts, exports and imports; the window shows what they produce."""

    transcript_loaded = Signal(object)  # a Transcript read from a file, to show
    annotations_imported = Signal()  # the store holds new annotations for the transcript shown
    failed = Signal(str, str)  # title, message
    status = Signal(str)  # a one-line report for the status bar
    exported = Signal(str)  # the file an export was written to

    def __init__(
        self,
        dialog_parent: QWidget,
        settings: Settings,
        store: AnnotationStore,
        labels: Callable[[], dict[Color, str]],
        activity: ReaderActivity | None = None,
    ) -> None:
        super().__init__(dialog_parent)
        self._activity = activity  # keeping a parse waits while the reader moves
        self._parent = dialog_parent
        self._settings = settings
        self._store = store
        self._labels = labels  # what each colour means now (the exports name them)
        self.transcript: Transcript | None = None  # the transcript shown (exports and imports use it)
        self._converting: tuple[ConvertDialog, Path] | None = None

    # -- opening -------------------------------------------------------------------------------
    def open_path(self, path: str) -> bool:
        """Open a transcript (or convert a plain-text / WebVTT one); say why if it cannot be read."""
        if Path(path).suffix.lower() in PLAIN_SUFFIXES:
            return self.import_transcript(path) is not None
        try:
            # Parsed before: read back from the data folder's cache; parsed now: kept there once shown.
            transcript, keep = transcript_cache.load(path, self._store.data_dir / "cache")
        except ReaderError as error:
            self.failed.emit(
                QCoreApplication.translate("Files", "Cannot open the transcript"), error_text(error)
            )
            return False
        self._store.note_opened(transcript, path)  # joins the library (never fails the opening)
        self.transcript_loaded.emit(transcript)
        self._remember_recent(str(Path(path).resolve()))
        if keep is not None:
            steps.in_steps(keep.steps(), self._activity)  # from the next turn on, a section per step
        return True

    def open_sample(self) -> bool:
        """Open the interview that comes with the app."""
        return self.open_path(str(paths.bundled_transcript()))

    def _remember_recent(self, path: str) -> None:
        recent = [p for p in self.recent_files() if p != path]
        self._settings.set(options.RECENT_FILES, [path, *recent][:RECENT_LIMIT])

    def recent_files(self) -> list[str]:
        """The transcripts opened last, newest first."""
        recent: list[str] = self._settings.get(options.RECENT_FILES)
        return list(recent)

    def fill_recent_menu(self, menu: QMenu) -> None:
        """List the recent transcripts in ``menu`` (called each time it opens)."""
        menu.clear()
        for number, path in enumerate(self.recent_files(), 1):
            action = menu.addAction(f"&{number} {Path(path).name}")
            action.setToolTip(tooltip(path))
            action.setData(path)
            action.triggered.connect(Call(self.open_path, path))
        sample = str(paths.bundled_transcript().resolve())
        if sample not in self.recent_files():  # the bundled interview is always one click away
            if not menu.isEmpty():
                menu.addSeparator()
            action = menu.addAction(QCoreApplication.translate("Files", "Sample Interview"))
            action.setData(sample)
            action.triggered.connect(Call(self.open_path, sample))

    def choose_and_open(self) -> None:
        """Ask for a transcript file and open it."""
        path = self._ask_for_file(
            QCoreApplication.translate("Files", "Open a Transcript"),
            QCoreApplication.translate("Files", "Transcripts (*.md *.markdown *.txt *.vtt *.srt);;All files (*)"),  # noqa: E501 — one literal, for lupdate
        )
        if path:
            self.open_path(path)

    def _ask_for_file(self, title: str, filters: str) -> str:
        """The file the user chose in an Open dialog ('' if none)."""
        path, _ = QFileDialog.getOpenFileName(self._parent, title, "", filters)
        return path

    def _cannot_import(self, detail: str) -> None:
        self.failed.emit(QCoreApplication.translate("Files", "Cannot import"), detail)

    # -- export --------------------------------------------------------------------------------
    def export_to(self, fmt: str, path: str, *, whole: bool = False) -> bool:
        """Write the transcript and its annotations as ``fmt`` to ``path``."""
        if self.transcript is None:
            return False
        from desktop_app.domain.export import Annotated, export_bytes
        from desktop_app.render import register_formats

        register_formats()  # the PDF, which Qt draws

        highlights = self._store.highlights(self.transcript.id)
        annotated = Annotated.of(
            self.transcript,
            highlights,
            self._store.question_notes(self.transcript.id),
            tuple(self._store.codes()),  # the codebook and each highlight's codes, as the CLI exports
            self._store.codes_of(h.id for h in highlights),
        )
        try:
            atomic_write_bytes(path, export_bytes(fmt, annotated, self._labels(), whole=whole))
        except ReaderError as error:
            self.failed.emit(
                QCoreApplication.translate("Files", "The export was not written"), error_text(error)
            )
            return False
        except OSError as error:
            self.failed.emit(
                QCoreApplication.translate("Files", "The export was not written"),
                f"{path}: {error.strerror}. "
                + QCoreApplication.translate("Files", "Choose a folder you can write to."),
            )
            return False
        self._settings.set(options.LAST_EXPORT_DIR, str(Path(path).parent))
        self.status.emit(QCoreApplication.translate("Files", "Exported to %1").replace("%1", path))
        self.exported.emit(path)
        return True

    def choose_and_export(self, request: ExportRequest, title: str) -> None:
        """Ask where to export (a name from the title, in the last export folder), then export."""
        if self.transcript is None:
            return
        from desktop_app.domain.export import format_named

        fmt = format_named(request.format)
        folder = self._settings.get(options.LAST_EXPORT_DIR) or str(Path.home())
        suggested = str(Path(folder) / f"{safe_file_name(self.transcript.title)}{fmt.suffix}")
        path, _ = QFileDialog.getSaveFileName(self._parent, title, suggested, fmt.file_filter)
        if path:
            self.export_to(fmt.name, path, whole=request.whole)

    # -- import --------------------------------------------------------------------------------
    def import_annotations(self, path: str) -> bool:
        """Merge annotations from a W3C export, all or nothing; a bad file shows why and changes nothing."""
        if self.transcript is None:
            return False
        from desktop_app.domain.export.w3c_import import MAX_IMPORT_BYTES, read_w3c

        try:
            data = read_regular_file(path, MAX_IMPORT_BYTES, "W3C annotation file")
            result = read_w3c(data, self.transcript)
            report = self._store.import_annotations(
                self.transcript.id, result.highlights, result.question_notes
            )
        except OSError as error:
            self._cannot_import(f"{path}: {error.strerror}.")
            return False
        except ReaderError as error:
            self._cannot_import(error_text(error))
            return False
        if report.changed:
            self.annotations_imported.emit()
        skipped = [*result.skipped, *report.skipped]
        self.status.emit(
            QCoreApplication.translate(
                "Files", "Imported: %1 added, %2 updated, %3 skipped, %4 could not be placed."
            )
            .replace("%1", str(report.added))
            .replace("%2", str(report.updated))
            .replace("%3", str(len(skipped)))
            .replace("%4", str(result.orphans))
        )
        left_out = [
            f"• {ident}: {domain_text.text(reason)}." for ident, reason in skipped if reason != UNCHANGED
        ]
        if left_out:  # worth a dialog: these were left out on purpose, not because they were older
            heading = QCoreApplication.translate("Files", "%1 annotations were skipped:")
            self.failed.emit(
                QCoreApplication.translate("Files", "Some annotations were not imported"),
                "\n".join([heading.replace("%1", str(len(left_out))), *left_out]),
            )
        return True

    def choose_and_import_annotations(self) -> None:
        """Ask for a W3C annotation file and import it."""
        path = self._ask_for_file(
            QCoreApplication.translate("Files", "Import Annotations"),
            QCoreApplication.translate("Files", "W3C annotations (*.jsonld *.json);;All files (*)"),
        )
        if path:
            self.import_annotations(path)

    def choose_and_import_transcript(self) -> None:
        """Ask for a plain-text or WebVTT interview and preview its conversion."""
        path = self._ask_for_file(
            QCoreApplication.translate("Files", "Import Plain Text or Subtitles"),
            QCoreApplication.translate("Files", "Interviews (*.txt *.vtt *.srt *.text *.json *.html);;All files (*)"),  # noqa: E501 — one literal, for lupdate
        )
        if path:
            self.import_transcript(path)

    def import_transcript(self, path: str) -> ConvertDialog | None:
        """Convert a plain-text or WebVTT interview and show the preview; saving opens the result."""
        from desktop_app.domain.convert import convert, read_convert_input
        from desktop_app.gui.convert_dialog import ConvertDialog

        source = Path(path)
        try:
            _markdown, draft, encoding = convert(read_convert_input(source), str(source))
        except OSError as error:
            self._cannot_import(f"{path}: {error.strerror}.")
            return None
        except ReaderError as error:
            self._cannot_import(error_text(error))
            return None
        dialog = ConvertDialog(draft, encoding, source.name, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_convert_accepted)
        dialog.save_requested.connect(self._on_save_requested)
        self._converting = (dialog, source)
        dialog.open()
        return dialog

    def _on_convert_accepted(self) -> None:
        if self._converting is not None:
            self.read_converted(*self._converting)

    def read_converted(self, dialog: ConvertDialog, source: Path) -> bool:
        """Open the previewed transcript without writing a file (Save as Markdown keeps one)."""
        from desktop_app.domain.convert import to_markdown
        from desktop_app.domain.parser import parse_transcript

        try:
            markdown = to_markdown(dialog.draft(), str(source.with_suffix(".md")))
            transcript = parse_transcript(markdown, source.name)
        except ReaderError as error:
            self._cannot_import(error_text(error))
            return False
        self.transcript_loaded.emit(transcript)
        self.status.emit(
            QCoreApplication.translate("Files", "Reading %1, converted (not saved as a file).").replace(
                "%1", source.name
            )
        )
        return True

    def _on_save_requested(self) -> None:
        if self._converting is None:
            return
        dialog, source = self._converting
        target, _ = QFileDialog.getSaveFileName(
            self._parent,
            QCoreApplication.translate("Files", "Save the Transcript"),
            str(source.with_suffix(".md")),
        )
        if target and self.save_converted(dialog, target):
            dialog.done(0)  # saved and opened: the preview has done its work

    def save_converted(self, dialog: ConvertDialog, target: str) -> bool:
        """Write the previewed transcript to ``target`` and open it."""
        from desktop_app.domain.convert import to_markdown

        try:
            markdown = to_markdown(dialog.draft(), target)
            atomic_write_bytes(target, markdown.encode("utf-8"))
        except ReaderError as error:
            self._cannot_import(error_text(error))
            return False
        except OSError as error:
            self._cannot_import(f"{target}: {error.strerror}.")
            return False
        return self.open_path(target)


def safe_file_name(title: str) -> str:
    """``title`` as a file name: no path separators or characters file systems refuse, not too long."""
    cleaned = "".join("_" if c in '/\\:*?"<>|' or ord(c) < 32 else c for c in title).strip(" .")
    return cleaned[:80] or "interview"


def export_actions(files: Files, parent: QObject) -> list[QAction]:
    """One Export menu entry per registered format (and its whole-transcript variant), connected."""
    from desktop_app.domain.export import formats
    from desktop_app.render import register_formats

    register_formats()  # the PDF, which Qt draws

    made = []
    for fmt in formats():
        variants = [(ExportRequest(fmt.name), fmt.label)]
        if fmt.whole_label:
            variants.append((ExportRequest(fmt.name, whole=True), fmt.whole_label))
        for request, label in variants:
            text = QCoreApplication.translate("ExportFormat", label) + "…"
            action = QAction(text, parent)
            action.setObjectName(f"actionExport_{request.format}{'_whole' if request.whole else ''}")
            action.setData(request)
            action.triggered.connect(Call(files.choose_and_export, request, text.removesuffix("…")))
            made.append(action)
    return made


def _translatable_format_labels() -> None:
    """The built-in formats' labels, listed for lupdate (the registry keeps them in English)."""
    QCoreApplication.translate("ExportFormat", "JSON")
    QCoreApplication.translate("ExportFormat", "Markdown (highlights and notes)")
    QCoreApplication.translate("ExportFormat", "Markdown (whole transcript)")
    QCoreApplication.translate("ExportFormat", "HTML page")
    QCoreApplication.translate("ExportFormat", "CSV spreadsheet")
    QCoreApplication.translate("ExportFormat", "W3C Web Annotations")
    QCoreApplication.translate("ExportFormat", "PDF")
