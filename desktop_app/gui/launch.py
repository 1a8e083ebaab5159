"""Start the window: QApplication, settings, transcript, and the fallback to the bundled interview."""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_NAME, paths
from desktop_app.domain.errors import TranscriptError
from desktop_app.domain.links import HighlightLink, PassageLink, UnresolvedLinkError, resolve
from desktop_app.domain.model import Transcript
from desktop_app.domain.parser import load_transcript
from desktop_app.gui import reading_prefs, steps, themes
from desktop_app.gui.after_paint import AfterPaint
from desktop_app.gui.domain_text import error_text, text
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings import Settings
from desktop_app.gui.slots import Call
from desktop_app.render.fonts import reading_font
from desktop_app.storage import BackupError, transcript_cache
from desktop_app.storage.opening import Inspection
from desktop_app.storage.store import AnnotationStore

SCREENSHOT_SIZE = (1280, 820)
# How long a thread running Python may keep the interpreter lock while another waits for it (CPython's
# default: 5 ms). The window's thread calls into Python at every paint of a row, every slot and timer;
# with the search's preparation parsing and folding in its thread, each of those calls waited up to the
# default interval, and after opening the 1,000× transcript the window did not answer for 0.55-0.86 s.
# At 1 ms: 0.11-0.15 s, the preparation taking 1.2-1.4 s instead of 0.65-0.86 s (it shares the time).
SWITCH_INTERVAL_S = 0.001
# Container objects made between two collections of the youngest generation (CPython: 700). Every tenth
# of a tenth is a full collection, which walks every object the process holds: 40-90 ms with a 1,000×
# transcript's sections made, from whichever thread allocates (the search's preparation makes 62,000
# entries), the window stopped meanwhile. At 10,000 the first seconds after opening see none.
YOUNG_COLLECTION_THRESHOLD = 10_000
PAINTED_MARK_ENV = "INTERVIEW_READER_PAINTED_MARK"  # see mark_first_paint


def application() -> QApplication:
    """The process's QApplication, created once with the app's names and a CJK-capable font."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)  # the window answers while a thread computes in Python
    gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, *gc.get_threshold()[1:])
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("InterviewReader")
    app.setApplicationDisplayName("访谈阅读器 Interview Reader")
    app.setDesktopFileName("interview-reader")  # matches interview-reader.desktop (Wayland app id)
    app.setWindowIcon(app_icon())
    app.setFont(reading_font(0, app.font().family(), app.font()))
    return app


TRANSLATION = "interview_reader"  # resources/i18n/interview_reader_zh_CN.qm
_installed: list[QTranslator] = []  # the translators in use, so a new language replaces them


def install_translations(app: QApplication, locale: QLocale) -> bool:
    """Speak ``locale``'s language (简体中文 for any Chinese locale, else English); True if translated."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    chinese = locale.language() == QLocale.Language.Chinese
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if chinese else QLocale.c())
    if not chinese:
        english = QTranslator(app)  # only plural forms: "%n match" / "%n matches"
        if english.load(f"{TRANSLATION}_en", str(paths.i18n_dir())):
            _installed.append(english)
            app.installTranslator(english)
        return False
    ours = QTranslator(app)
    if not ours.load(f"{TRANSLATION}_zh_CN", str(paths.i18n_dir())):
        return False
    qt = QTranslator(app)
    if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    _installed.append(ours)
    extra = QTranslator(app)  # what qtbase_zh_CN leaves in English (resources/i18n/qt_extra_zh_CN.ts)
    if extra.load("qt_extra_zh_CN", str(paths.i18n_dir())):
        _installed.append(extra)
    for translator in _installed:
        app.installTranslator(translator)
    return True


def app_icon() -> QIcon:
    """The app's icon, from the PNGs rendered at every size (no SVG support needed at run time)."""
    icon = QIcon()
    for png in sorted((paths.resources_dir() / "icons").glob("interview-reader-*.png")):
        icon.addFile(str(png))
    return icon


def load_or_fallback(
    path: str | None, cache_dir: Path | None = None, kept: list[transcript_cache.Keeping] | None = None
) -> tuple[Transcript, TranscriptError | None]:
    """Load ``path`` (or the bundled interview); on failure fall back to the bundled one.

    With ``cache_dir``, a file parsed before is read from there (transcript_cache); a file parsed now
    is kept there: by the Keeping added to ``kept`` (for after the first paint), or at once without it.
    """
    if path:
        try:
            if cache_dir is None:
                return load_transcript(path), None
            transcript, keep = transcript_cache.load(path, cache_dir)
            if keep is not None and kept is not None:
                kept.append(keep)
            elif keep is not None:
                keep()
            return transcript, None
        except TranscriptError as error:
            return load_transcript(paths.bundled_transcript()), error
    return load_transcript(paths.bundled_transcript()), None


def back_up(store: AnnotationStore) -> None:
    """The daily backup of the annotations (if one is due); a failure is said on stderr, not fatal."""
    try:
        store.backup_if_due()
    except BackupError as e:
        print(f"interview-reader: {e}", file=sys.stderr)


def build_window(
    transcript_path: str | None,
    data_dir: Path,
    later: list[Callable[[], None]] | None = None,
    *,
    start_up: bool = False,
    inspection: Inspection | None = None,
) -> tuple[MainWindow, TranscriptError | None]:
    """The window on ``transcript_path`` (or the bundled one), and the error that made it fall back.

    Work that can wait until the window is painted is added to ``later`` (done at once without it).
    ``start_up``: the process's own window, whose transcript lives as long as the process.
    ``inspection``: the store's checks, begun earlier (``AnnotationStore.inspect_ahead``); begun here without.
    Raises TranscriptError only when the bundled interview itself cannot be read.
    """
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        print(f"interview-reader: cannot create the data folder {data_dir} ({e.strerror}).", file=sys.stderr)
    if inspection is None:  # the file's checks, while the transcript loads
        inspection = AnnotationStore.inspect_ahead(data_dir)
    kept: list[transcript_cache.Keeping] = []
    transcript, error = load_or_fallback(transcript_path, data_dir / "cache", None if later is None else kept)
    if start_up:
        # At 1,000 sections the transcript is half a million objects, made with the collector off:
        # the collections that follow walked them all, three generations over, while the window was
        # built (a fifth of a second). Frozen, they are left out of every collection, and still freed
        # by their counts when another transcript replaces this one (they hold no cycles).
        gc.freeze()
    store = AnnotationStore.open(data_dir, inspection=inspection, tidy=later is None)
    if later is None:
        back_up(store)
    else:  # tidying and the day's copy wait for the first paint; nothing is written before it
        later += [store.tidy_up, Call(back_up, store)]
    settings = Settings.in_folder(str(data_dir))
    app = QApplication.instance()
    if isinstance(app, QApplication):
        prefs = reading_prefs.load(settings)
        install_translations(app, reading_prefs.ui_locale(prefs))
        themes.apply(app, themes.resolve(prefs.theme, app))
    window = MainWindow(settings, store)
    window.open_transcript(transcript)
    if later is not None:  # the parse kept a section per step, held while the reader moves
        later.extend(Call(steps.in_steps, keep.steps(), window.activity) for keep in kept)
    return window, error


def build_or_say(
    transcript_path: str | None,
    data_dir: Path,
    later: list[Callable[[], None]] | None = None,
    inspection: Inspection | None = None,
) -> tuple[MainWindow, TranscriptError | None] | None:
    """The process's window (``build_window``), or None if even the bundled interview cannot be read.

    That is said on stderr.
    """
    try:
        built = build_window(transcript_path, data_dir, later, start_up=True, inspection=inspection)
    except TranscriptError as fatal:
        print(f"interview-reader: the bundled interview cannot be read: {fatal}", file=sys.stderr)
        return None
    mark = os.environ.get(PAINTED_MARK_ENV)
    if mark:
        mark_first_paint(built[0], Path(mark))
    return built


def mark_first_paint(window: MainWindow, mark: Path) -> None:
    """Write ``mark`` (an empty file) when the pane has painted its first page: a probe for benchmarks/.

    Its modification time says when the first question was on screen, without what ``--screenshot`` does
    after (the panels filled, the grab, the PNG's encoding); benchmarks/bare_window.py writes the same.
    """

    def painted() -> None:
        window.pane.painted.disconnect(painted)
        with contextlib.suppress(OSError):
            mark.write_bytes(b"")

    window.pane.painted.connect(painted)


def run(
    transcript_path: str | None,
    data_dir: Path,
    screenshot: str | None = None,
    *,
    link: PassageLink | HighlightLink | None = None,
    size: tuple[int, int] = SCREENSHOT_SIZE,
    inspection: Inspection | None = None,
) -> int:
    """Open the window; with ``screenshot``, render it (``size`` pixels) to a PNG and return instead.

    ``inspection``: the annotations file's checks, begun before Qt and the window's modules were imported.

    ``link`` is the ``interview-reader://`` link the command line was given (already parsed): the
    window goes to it, a screenshot shows its paragraph. When a window is already open on the same data
    folder, the file or link is handed to it and this launch ends (status 0).
    """
    app = application()
    if screenshot:
        return run_screenshot(app, transcript_path, data_dir, screenshot, link, size, inspection)
    # Only a window joins a running one, so only it imports the local socket (QtNetwork).
    from desktop_app.gui.single_instance import Receiver, hand_over, server_name

    name = server_name(data_dir)
    target = link.url if link else (str(Path(transcript_path).resolve()) if transcript_path else "")
    if hand_over(name, target):
        return 0
    later: list[Callable[[], None]] = []  # after the first paint
    built = build_or_say(transcript_path, data_dir, later, inspection)
    if built is None:
        return 1
    window, error = built
    window.restore_state()
    window.show()
    for call in later:  # after the pane's first paint, as the highlights beyond the first screen
        AfterPaint(window.pane.painted, window, call)
    window.navigation.restore_later()
    receiver = Receiver(name, window.receive, window)  # later launches hand their file or link here
    if not receiver.listening:
        print(f"interview-reader: other launches cannot reach this window ({receiver.server.errorString()}).",
              file=sys.stderr)
    if link is not None:
        QTimer.singleShot(0, Call(window.desktop.open_link, link.url))  # after the place is restored
    if error:
        report_fallback(window, error)
    report_store_state(window)
    try:
        return app.exec()
    finally:
        window.store.close()


def run_screenshot(
    app: QApplication,
    transcript_path: str | None,
    data_dir: Path,
    screenshot: str,
    link: PassageLink | HighlightLink | None,
    size: tuple[int, int],
    inspection: Inspection | None = None,
) -> int:
    """``--screenshot``: the window on ``transcript_path`` rendered to a PNG; 1 if it fell back or failed."""
    later: list[Callable[[], None]] = []  # after the picture is saved
    built = build_or_say(transcript_path, data_dir, later, inspection)
    if built is None:
        return 1
    window, error = built
    try:
        if error:
            # A picture of the bundled interview is not what was asked for: say so and fail.
            print(f"interview-reader: {error}", file=sys.stderr)
            return 1
        status = save_screenshot(app, window, screenshot, link, size)
        for call in later:
            call()
        steps.finish_all()  # the parse kept whole: the process ends without its event loop
        return status
    finally:
        window.close()
        window.store.close()


def report_store_state(window: MainWindow) -> QMessageBox | None:
    """Say, in plain words, if the annotations file was damaged or cannot be written."""
    store = window.store
    if store.recovered is not None:
        recovery = store.recovered
        box = window.show_error(
            QCoreApplication.translate("launch", "Your annotations file was damaged"), text(recovery.message)
        )
        box.setObjectName("recoveryMessage")
        if recovery.newest_backup is not None:
            restore = box.addButton(
                QCoreApplication.translate("launch", "Restore the Newest Backup"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            restore.setObjectName("restoreBackupButton")
            backup = recovery.newest_backup
            restore.clicked.connect(lambda: _restore(window, backup))
        return box
    if store.read_only_reason:
        box = window.show_error(
            QCoreApplication.translate("launch", "Your annotations cannot be saved"),
            text(store.read_only_reason),
        )
        box.setObjectName("readOnlyMessage")
        return box
    return None


def _restore(window: MainWindow, backup: Path) -> None:
    try:
        window.store.restore_backup(backup)
    except BackupError as e:
        window.show_error(
            QCoreApplication.translate("launch", "The backup could not be restored"), error_text(e)
        )
    window.annotations.reload()


def report_fallback(window: MainWindow, error: TranscriptError) -> None:
    """Say why the asked-for transcript is not shown."""
    window.show_error(
        QCoreApplication.translate("launch", "Cannot open the transcript"),
        QCoreApplication.translate("launch", "%1\n\nThe bundled interview is shown instead.").replace(
            "%1", error_text(error)
        ),
    )


def save_screenshot(
    app: QApplication,
    window: MainWindow,
    target: str,
    link: PassageLink | HighlightLink | None = None,
    size: tuple[int, int] = SCREENSHOT_SIZE,
) -> int:
    """Show the first question (or ``link``'s passage), render the whole window to ``target``.

    The window and its store stay open: the caller closes them (after the work that waits for the picture).
    """
    window.resize(*size)
    window.room.fit()  # the panels that fit beside a readable pane, as the event loop would decide
    passage = None
    if isinstance(link, PassageLink) and window.transcript is not None:
        try:
            passage = resolve(link, window.transcript)
        except UnresolvedLinkError as e:
            print(f"interview-reader: {e}", file=sys.stderr)
            return 1
    question = window.transcript.question_of(passage.paragraph.id) if passage and window.transcript else None
    if question is None or not window.navigation.select_node(question.id):
        window.navigation.select_first_question()
    window.show()
    if passage is not None:
        window.pane.scroll_to_node(passage.paragraph.id)
    app.processEvents()  # the first paint, as a start makes it: before the figures and panels that follow
    window.show_stats()  # a picture of the window as a reader sees it a moment later: bars included
    window.navigation.count_now()  # and "Question n of N" (thousands of sections are summed after the paint)
    window.annotations.ensure_loaded()  # and the Annotations panel filled (a start fills it after the paint)
    window.recording.wait_until_loaded()  # the player with the recording's length, or its problem line
    if window.recording.bar.problem_action.isVisible():
        print(f"interview-reader: {window.recording.bar.problem_text.text()}", file=sys.stderr)
    app.processEvents()
    app.processEvents()  # what that turn changed laid out (a first start's progress, counted after the paint)
    if not window.grab().save(target, "PNG"):
        print(f"interview-reader: cannot write the screenshot to {target}.", file=sys.stderr)
        return 1
    return 0
