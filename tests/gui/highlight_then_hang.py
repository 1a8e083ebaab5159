"""Child process for the SIGKILL test: highlight through the GUI, say so, then wait to be killed."""

import os
import sys
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from desktop_app.gui.actions import Act
from desktop_app.gui.launch import application, build_window

app = application()
window, _ = build_window(None, Path(sys.argv[1]))
window.show()
window.navigation.select_node("s2-q1")
window.pane.marks.select_passage("s2-q1-p2", 3, 11)
window.action(Act.HIGHLIGHT).trigger()
dialog = window.annotations.edit_note()
dialog.editor.setPlainText("写完就被杀掉")
dialog.accept()
print("DONE", window.annotations.selected, flush=True)
while True:  # the parent kills us with SIGKILL: no clean-up, no close()
    app.processEvents()
    time.sleep(0.01)
