"""Child process for the clipboard-at-exit test: copy a passage as a reader does, print it, quit."""

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from desktop_app.gui.launch import application, build_window

app = application()
window, _ = build_window(None, Path(sys.argv[1]))
window.show()
window.navigation.select_node("s1-q1")
window.pane.marks.select_passage("s1-q1-p2", 0, 10)
QTest.keyClick(window.pane, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)  # Copy with Citation is on
print(app.clipboard().text(), flush=True)
QTimer.singleShot(0, app.quit)
status = app.exec()
window.close()
window.store.close()
sys.exit(status)  # what is on the clipboard is deleted after this, as the process ends
