"""Session-wide test set-up: Qt runs offscreen, never on the developer's screen."""

import os

# Before any Qt import: one offscreen QApplication (pytest-qt's) serves the whole session.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
