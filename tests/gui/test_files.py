"""Files in the window: open, recent, drag and drop, export, import, plain-text import with preview."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from desktop_app import paths
from desktop_app.domain.annotations import Color
from desktop_app.domain.model import Role
from desktop_app.gui.actions import Act
from desktop_app.gui.convert_dialog import ConvertDialog

SEED = Path(__file__).resolve().parents[1] / "data" / "000_076cd2ad6264824a.txt"

OTHER = """---
id: another-interview
title: 另一场访谈
source: test
language: zh-Hans
speakers:
  - {name: 主持人, role: host}
  - {name: 嘉宾, role: guest}
---

主持人:第一个问题?

嘉宾:这是另一场访谈的回答。
"""


def highlight(window, pid: str, start: int, end: int) -> str:
    assert window.pane.marks.select_passage(pid, start, end)
    window.annotations.color_actions[Color.YELLOW].trigger()
    return window.annotations.selected


def visible_messages(window) -> list[str]:
    return [box.text() for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_two_transcripts_never_mix_notes_and_a_moved_file_keeps_its_own(make_window, tmp_path: Path) -> None:
    window = make_window()
    window.navigation.select_node("s1-q1")
    bundled_mark = highlight(window, "s1-q1-p2", 0, 5)
    other = tmp_path / "other.md"
    other.write_text(OTHER, encoding="utf-8")
    assert window.files.open_path(str(other))
    assert window.transcript.id == "another-interview"
    assert window.windowTitle().startswith("另一场访谈")
    assert window.pane.extraSelections() == []
    other_mark = highlight(window, "s1-q1-p2", 0, 4)
    moved = tmp_path / "moved" / "renamed.md"
    moved.parent.mkdir()
    shutil.move(other, moved)
    assert window.files.open_path(str(paths.bundled_transcript()))
    assert [h.id for h in window.store.highlights(window.transcript.id)] == [bundled_mark]
    assert window.files.open_path(str(moved))
    assert [h.id for h in window.store.highlights("another-interview")] == [other_mark]
    assert len(window.pane.extraSelections()) == 1
    expected = [str(moved.resolve()), str(paths.bundled_transcript().resolve())]
    assert window.files.recent_files()[:2] == expected
    window.files.fill_recent_menu(window.recent_menu)
    assert [a.data() for a in window.recent_menu.actions()][:2] == window.files.recent_files()[:2]


def test_a_broken_file_is_reported_and_the_current_transcript_stays(make_window, tmp_path: Path) -> None:
    window = make_window()
    broken = tmp_path / "broken.md"
    broken.write_bytes(b"\xff\xfe not utf-8")
    assert not window.files.open_path(str(broken))
    assert any("broken.md" in text for text in visible_messages(window))
    assert window.transcript.id == "t-frontline-sora-2024"


def test_dropping_a_transcript_opens_it(make_window, tmp_path: Path) -> None:
    window = make_window()
    other = tmp_path / "dropped.md"
    other.write_text(OTHER, encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)  # as Qt calls it when the file lands on the window
    assert window.transcript.id == "another-interview"


def test_export_from_the_window_and_import_back(make_window, tmp_path: Path, bundled) -> None:
    window = make_window()
    window.navigation.select_node("s2-q1")
    mark = highlight(window, "s2-q1-p2", 0, 6)
    out = tmp_path / "notes.jsonld"
    assert window.files.export_to("w3c", str(out))
    for fmt in ("markdown", "html", "csv", "json"):
        assert window.files.export_to(fmt, str(tmp_path / f"notes.{fmt}"))
    assert bundled.find("s2-q1-p2").text[:6] in (tmp_path / "notes.markdown").read_text(encoding="utf-8")
    window.annotations.select(mark)
    window.action(Act.DELETE_HIGHLIGHT).trigger()
    assert window.files.import_annotations(str(out))
    # the deletion is newer than the export: the tombstone wins, nothing comes back to life
    assert window.store.highlights(bundled.id) == []
    assert [h.id for h in window.store.highlights(bundled.id, include_deleted=True)] == [mark]


def test_a_file_that_is_not_w3c_is_reported_and_changes_nothing(make_window, tmp_path: Path, bundled) -> None:
    window = make_window()
    window.navigation.select_node("s2-q1")
    highlight(window, "s2-q1-p2", 0, 6)
    before = window.store.highlights(bundled.id)
    bad = tmp_path / "bad.json"
    bad.write_text('{"truncated": ', encoding="utf-8")
    assert not window.files.import_annotations(str(bad))
    assert visible_messages(window)
    assert window.store.highlights(bundled.id) == before


def test_importing_the_raw_seed_previews_it_and_saves_a_transcript(make_window, tmp_path: Path, bundled):
    window = make_window()
    seed = tmp_path / "interview.txt"
    shutil.copy(SEED, seed)
    dialog = window.files.import_transcript(str(seed))
    assert isinstance(dialog, ConvertDialog) and dialog.isVisible()
    draft = dialog.draft()
    assert [s.name for s in draft.speakers] == ["T前线", "宋东桓", "薛彦泽"]
    assert draft.host_names == ["T前线"]
    assert sum(b.kind == "heading" for b in draft.blocks) == 5
    assert "UTF-8" in dialog.findChild(QLabel, "convertEncoding").text()
    # the reader fixes something: renames the host and the title
    dialog.speakers.item(0, 0).setText("T 前线")
    dialog.title.setText("导入的访谈")
    fixed = dialog.draft()
    assert fixed.speakers[0].name == "T 前线" and fixed.speakers[0].role is Role.HOST
    assert all(b.speaker != "T前线" for b in fixed.blocks)
    target = tmp_path / "interview.md"
    assert window.files.save_converted(dialog, str(target))
    assert window.transcript.title == "导入的访谈"
    assert [s.title for s in window.transcript.sections][1:] == [s.title for s in bundled.sections][1:]
    assert [p.text for p in window.transcript.paragraphs()] == [p.text for p in bundled.paragraphs()]


def test_a_subrip_file_opens_through_the_conversion_preview(make_window, tmp_path: Path) -> None:
    from desktop_app.gui.convert_dialog import ConvertDialog

    srt = tmp_path / "talk.srt"
    srt.write_text(
        "1\n00:00:01,000 --> 00:00:03,000\n主持人:你好,今天聊什么?\n\n"
        "2\n00:00:04,000 --> 00:00:06,000\n嘉宾:聊聊视频生成。\n\n"
        "3\n00:00:07,000 --> 00:00:09,000\n主持人:为什么?\n\n"
        "4\n00:00:10,000 --> 00:00:12,000\n嘉宾:因为它变化很快。\n",
        encoding="utf-8",
    )
    window = make_window()
    assert window.files.open_path(str(srt))
    dialog = window.findChild(ConvertDialog)
    assert dialog is not None and dialog.isVisible()
    assert [s.name for s in dialog.draft().speakers] == ["主持人", "嘉宾"]
    dialog.reject()


def test_read_now_opens_the_converted_interview_without_writing_a_file(make_window, tmp_path: Path, bundled):
    window = make_window()
    seed = tmp_path / "interview.txt"
    shutil.copy(SEED, seed)
    dialog = window.files.import_transcript(str(seed))
    read = dialog.findChild(QPushButton, "readNowButton")
    assert read is not None and dialog.findChild(QPushButton, "saveMarkdownButton") is not None
    read.click()

    assert [p.text for p in window.transcript.paragraphs()] == [p.text for p in bundled.paragraphs()]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "interview.txt"]  # nothing written
    assert "interview.txt" in window.statusBar().currentMessage()


def test_after_an_export_the_status_bar_offers_its_folder(make_window, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    def record(url: QUrl) -> bool:
        opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(record))
    window = make_window()
    target = tmp_path / "out" / "notes.md"
    target.parent.mkdir()
    assert window.files.export_to("markdown", str(target))
    button = window.findChild(QPushButton, "showInFolderButton")
    assert button.isVisible()
    button.click()
    assert opened == [str(target.parent)] and QUrl.fromLocalFile(opened[0]).isLocalFile()
