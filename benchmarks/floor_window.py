"""The floor: the reader's first screen made by PySide6 alone, with none of the app's code.

    python benchmarks/floor_window.py FILE.png

What the app's first paint shows, built the plainest way: a menu bar with the app's seven menus, a tool
bar, the speakers as check boxes, a QTreeView on a QStandardItemModel of the bundled interview's sections
and questions, a QTextBrowser with the first question's answers as HTML in the app's CJK fonts, three
tabbed docks (the first with the Annotations panel's combos, filter field and list), a status bar. The
interview is read with two regular expressions (no parser, no store, no settings). Like
benchmarks/bare_window.py it shows the window at the app's screenshot size, writes
$INTERVIEW_READER_PAINTED_MARK (when set) once its text has painted, grabs the window into FILE.png and
exits. It says what PySide6 and Qt cost for this screen, so the app's start-up can be read as the bare
window, plus this screen (the floor), plus the app's own work.
"""

import os
import re
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # as main.py does for --screenshot

from bare_window import SIZE, mark_painted
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

BUNDLED = Path(__file__).resolve().parent.parent / "resources" / "transcripts" / "sora-t-frontline.md"
FONTS = ["Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Noto Sans", "sans-serif"]
MENUS = ("File", "Edit", "View", "Codes", "Go", "Recording", "Help")
TURN = re.compile(r"^(T前线|宋东桓|薛彦泽)[:：](.*)$")


class Page(QTextBrowser):
    """The answer pane's stand-in: writes the bare window's MARK once it has painted (when set)."""

    def paintEvent(self, event):
        super().paintEvent(event)
        mark_painted()


def outline(text: str) -> tuple[QStandardItemModel, str]:
    """The sections and questions as a tree model, and the first question's answers as HTML."""
    model = QStandardItemModel()
    section = None
    first: list[str] = []
    questions = 0
    for line in text.split("---", 2)[2].splitlines():
        if line.startswith("## "):
            section = QStandardItem(line[3:])
            model.appendRow(section)
            continue
        turn = TURN.match(line)
        if turn and turn[1] == "T前线" and section is not None:
            section.appendRow(QStandardItem(turn[2]))
            questions += 1
        elif questions == 1 and line.strip():
            speaker, said = (turn[1], turn[2]) if turn else ("", line)
            if speaker:
                first.append(f"<p style='color:#1a5fb4'><b>{speaker}</b></p>")
            first.append(f"<p>{said}</p>")
    return model, "".join(first)


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: floor_window FILE.png", file=sys.stderr)
        return 2
    app = QApplication(sys.argv[:1])
    font = QFont(app.font())
    font.setFamilies(FONTS)
    app.setFont(font)
    window = QMainWindow()
    for title in MENUS:
        window.menuBar().addMenu(title)
    tools = window.addToolBar("Reading")
    for action in ("Previous Question", "Next Question", "Highlight", "Note"):
        tools.addAction(action)
    speakers = QGroupBox("Speakers")
    column = QVBoxLayout(speakers)
    for name in ("T前线", "宋东桓", "薛彦泽"):
        box = QCheckBox(name)
        box.setChecked(True)
        column.addWidget(box)
    model, html = outline(BUNDLED.read_text(encoding="utf-8"))
    tree = QTreeView()
    tree.setHeaderHidden(True)
    tree.setModel(model)
    tree.expandAll()
    tree.setCurrentIndex(model.index(0, 0, model.index(0, 0)))
    page = Page()
    reading = QFont(font)
    reading.setPointSizeF(13.0)
    page.setFont(reading)
    page.setHtml(html)
    left = QWidget()
    layout = QVBoxLayout(left)
    layout.addWidget(speakers)
    layout.addWidget(tree, 1)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(left)
    splitter.addWidget(page)
    splitter.setSizes([340, 500])
    window.setCentralWidget(splitter)
    docks = []
    for title in ("Annotations", "Search", "Codes"):
        dock = QDockWidget(title, window)
        body = QWidget()
        fields = QVBoxLayout(body)
        if not docks:
            for choice in ("This interview", "All colours", "All speakers"):
                combo = QComboBox()
                combo.addItem(choice)
                fields.addWidget(combo)
            fields.addWidget(QLineEdit(placeholderText="Filter…"))
            fields.addWidget(QLabel("Nothing highlighted yet."))
            fields.addWidget(QListView(), 1)
        dock.setWidget(body)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        if docks:
            window.tabifyDockWidget(docks[0], dock)
        docks.append(dock)
    docks[0].raise_()
    window.statusBar().showMessage("About 11 minutes of reading")
    window.resize(*SIZE)
    window.show()
    app.processEvents()
    saved = window.grab().save(sys.argv[1], "PNG")
    window.close()
    return 0 if saved else 1


if __name__ == "__main__":
    sys.exit(main())
