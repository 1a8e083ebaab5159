"""Search through the window: Enter in the search field → the first results painted in the panel.

Used by bench_search.py (``--window``). A fresh window on a new data folder per run (no search index
cached yet), so a search right after opening pays whatever the window does before it can answer. The
baseline is a plain Python ``in`` scan over the lowercased paragraph texts, timed in the same process.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.gui.launch import application, build_window
from desktop_app.gui.main_window import MainWindow


class _Painted(QObject):
    """Notes when the results view paints with rows in it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.view = window.search_panel.view
        self.at: float | None = None
        self.view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.at is None and self.view.model().rowCount() > 0:
            self.at = time.perf_counter()
        return False


def _settle(window: MainWindow) -> None:
    for _ in range(5):
        QApplication.processEvents()
    QTest.qWait(20)


def enter_to_painted(window: MainWindow, query: str, enter: bool = True) -> float:
    """Milliseconds from Enter in the field (holding ``query``) to the results view painted with rows.

    ``enter`` False: from the query asked as typing asks it (the field's pause over), without Enter's
    going to the first match (selecting its question, showing it in the pane).
    """
    panel = window.search_panel
    panel.field.clear()
    panel.emit_query()
    _settle(window)
    painted = _Painted(window)
    panel.field.setText(query)  # typed: the field waits a moment; Enter asks at once
    began = time.perf_counter()
    if enter:
        QTest.keyClick(panel.field, Qt.Key.Key_Return)
    else:
        panel.emit_query()
    deadline = began + 30
    while painted.at is None and time.perf_counter() < deadline:
        QApplication.processEvents()
    painted.view.viewport().removeEventFilter(painted)
    assert painted.at is not None and window.search.results, query
    return (painted.at - began) * 1000


def open_window(path: Path, folder: Path) -> MainWindow:
    application()
    window, _ = build_window(str(path), folder)
    window.resize(1200, 800)
    window.show()
    window.start_search()
    _settle(window)
    return window


def fresh_open(path: Path, query: str, runs: int) -> list[float]:
    """Enter → painted, each run on a window just opened on a new data folder."""
    samples = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:  # a thread may still be closing
            window = open_window(path, Path(tmp))
            samples.append(enter_to_painted(window, query))
            window.close()
            window.deleteLater()
            _settle(window)
    return samples


def repeated(path: Path, query: str, runs: int, enter: bool = True) -> list[float]:
    """Enter → painted in one window, the query asked ``runs`` times (the first right after opening)."""
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:  # a thread may still be closing
        window = open_window(path, Path(tmp))
        samples = [enter_to_painted(window, query, enter) for _ in range(runs)]
        window.close()
        window.deleteLater()
    return samples


def baseline(path: Path, query: str, runs: int) -> list[float]:
    """A plain ``in`` test over the lowercased paragraphs of the transcript (already parsed)."""
    from desktop_app.domain.parser import load_transcript

    lowered = [p.text.lower() for p in load_transcript(path).paragraphs()]
    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        found = [text for text in lowered if query in text]
        samples.append((time.perf_counter() - began) * 1000)
        assert found
    return samples


def median(samples: list[float]) -> float:
    return statistics.median(samples)
