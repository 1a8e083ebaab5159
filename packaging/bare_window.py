"""A plain PySide6 window, which `make package-baseline` freezes with the app's spec: the size yardstick."""

import sys

from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(640, 480)
window.show()
app.processEvents()
sys.exit(0)
