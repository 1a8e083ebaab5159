"""The baseline window: QApplication + an empty QMainWindow, shown, painted once, grabbed into a PNG.

    python benchmarks/bare_window.py FILE.png

It does what ``main.py --screenshot FILE.png`` does around the app's own work (same window size, one round
of events, ``grab()`` saved as PNG, exit), so the two start-ups compare like with like; with
$INTERVIEW_READER_PAINTED_MARK set it writes that file after its first paint, as the app does after its
pane's. It is also what benchmarks/bare-window.spec freezes.
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # as main.py does for --screenshot

from PySide6.QtWidgets import QApplication, QMainWindow

SIZE = (1280, 820)  # desktop_app.gui.launch.SCREENSHOT_SIZE
MARK = os.environ.get("INTERVIEW_READER_PAINTED_MARK")  # desktop_app.gui.launch.PAINTED_MARK_ENV


def mark_painted() -> None:
    """Write MARK (an empty file) the first time this is called, when MARK is set; then never again."""
    global MARK
    if MARK:
        with open(MARK, "wb"):
            pass
        MARK = None


class Window(QMainWindow):
    """A bare main window that, like the app's pane, writes MARK once it has painted (when MARK is set)."""

    def paintEvent(self, event):
        super().paintEvent(event)
        mark_painted()


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: bare_window FILE.png", file=sys.stderr)
        return 2
    app = QApplication(sys.argv[:1])
    window = Window()
    window.resize(*SIZE)
    window.show()
    app.processEvents()
    saved = window.grab().save(sys.argv[1], "PNG")
    window.close()
    return 0 if saved else 1


if __name__ == "__main__":
    sys.exit(main())
