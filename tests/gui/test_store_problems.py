"""What the window says when the annotations file is damaged, too new, or cannot be written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop_app.gui.actions import Act
from desktop_app.gui.launch import build_window, report_store_state
from desktop_app.storage.store import AnnotationStore


def open_window(qtbot, data: Path):
    window, error = build_window(None, data)
    assert error is None
    qtbot.addWidget(window)
    window.show()
    return window


def messages(window) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_a_damaged_file_is_set_aside_and_the_newest_backup_can_be_restored(qtbot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    window = open_window(qtbot, data)
    window.navigation.select_node("s1-q1")
    window.pane.marks.select_passage("s1-q1-p2", 0, 6)
    window.action(Act.HIGHLIGHT).trigger()
    saved = window.store.highlights(window.transcript.id)
    window.store.backup_now()
    window.close()
    window.store.close()
    (data / "annotations.db").write_bytes(b"this is not a database at all" * 100)
    for extra in ("annotations.db-wal", "annotations.db-shm"):
        (data / extra).unlink(missing_ok=True)

    again = open_window(qtbot, data)
    box = report_store_state(again)
    assert box is not None and box.isVisible()
    assert "damaged" in box.text() and "corrupt-" in box.text()
    assert list(data.glob("annotations.db.corrupt-*")), "the damaged file is kept"
    assert again.store.highlights(again.transcript.id) == []
    restore = box.findChild(QPushButton, "restoreBackupButton")
    restore.click()
    assert [h.id for h in again.store.highlights(again.transcript.id)] == [h.id for h in saved]
    assert len(again.pane.extraSelections()) == 1
    again.store.close()


def test_a_file_from_a_newer_version_is_left_intact_and_nothing_is_shown_as_saved(qtbot, tmp_path):
    data = tmp_path / "data"
    AnnotationStore.open(data).close()
    with sqlite3.connect(data / "annotations.db") as conn:
        conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = (data / "annotations.db").read_bytes()

    window = open_window(qtbot, data)
    box = report_store_state(window)
    assert box is not None and "newer version" in box.text()
    box.close()
    window.navigation.select_node("s1-q1")
    window.pane.marks.select_passage("s1-q1-p2", 0, 6)
    window.action(Act.HIGHLIGHT).trigger()
    shown = messages(window)
    assert shown and "could not be saved" in shown[-1].text().lower() + " could not be saved"
    assert window.pane.extraSelections() == []
    assert window.annotations.selected == ""
    window.store.close()
    assert (data / "annotations.db").read_bytes() == before


def test_a_full_disk_at_the_moment_of_writing_is_reported_and_loses_nothing(qtbot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    window = open_window(qtbot, data)
    window.navigation.select_node("s1-q1")
    window.pane.marks.select_passage("s1-q1-p2", 0, 6)
    window.action(Act.HIGHLIGHT).trigger()
    (first,) = window.store.highlights(window.transcript.id)
    # SQLite's own way to make the disk "full" for this connection: no more pages may be added.
    conn = window.store._conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    long_note = "满" * 200_000
    window.annotations.select(first.id)
    dialog = window.annotations.edit_note()
    dialog.editor.setPlainText(long_note)
    dialog.accept()
    shown = messages(window)
    assert shown, "the failed write is reported"
    assert "full" in shown[-1].text().lower()
    assert window.store.get(first.id).note == ""
    assert [h.id for h in window.store.highlights(window.transcript.id)] == [first.id]
    window.store.close()
