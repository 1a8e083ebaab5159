"""The Coded Passages view over 10,000 coded passages: opening it, and a tick of a code → rows painted.

Used by bench_study.py (``--view``). The view is made on the store and interviews bench_study.py wrote;
"open" runs from making the view to its first paint (it reads the codings, makes its index, fills the code
list and the matrix); "tick" from ticking one more code to the passages table painted with its rows.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.domain.model import Transcript
from desktop_app.storage import AnnotationStore


class _Painted(QObject):
    """Notes when a widget paints."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.at: float | None = None
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
        return False


def _until_painted(painted: _Painted) -> float:
    while painted.at is None:
        QApplication.processEvents()
    return painted.at


def measure(
    store: AnnotationStore, known: Mapping[str, Transcript], titles: Mapping[str, str], runs: int
) -> dict[str, float]:
    """Median milliseconds to open the view, and to tick one of the five colour codes (the first unticked)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop_app.gui.retrieval_view import RetrievalView  # Qt: imported only for --view

    app = QApplication.instance() or QApplication([])
    opened, ticked, listed = [], [], 0
    for _ in range(runs):
        began = time.perf_counter()
        view = RetrievalView(store, lambda: (known, titles))
        painted = _Painted(view.table.viewport())
        view.show()
        opened.append((_until_painted(painted) - began) * 1000)
        for row in range(5):  # the colour codes come first in the codebook
            painted.at = None
            began = time.perf_counter()
            view.codes.item(row).setCheckState(Qt.CheckState.Checked)
            ticked.append((_until_painted(painted) - began) * 1000)
        listed = view.model.rowCount()
        view.close()
        view.deleteLater()
        app.processEvents()
    return {"open": statistics.median(opened), "tick": statistics.median(ticked), "listed": listed}
