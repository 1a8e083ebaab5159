"""Text from a transcript, a note or an import is only ever text: it never loads a file, a device or a URL."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from desktop_app.cli import run_command
from desktop_app.domain.anchoring import make_anchor
from desktop_app.domain.annotations import Color
from desktop_app.domain.parser import load_transcript, parse_transcript
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings import Settings
from desktop_app.gui.tree_model import NodeIdRole
from desktop_app.storage.store import AnnotationStore

HOSTILE = """\
---
id: hostile
title: 敌意访谈 <img src='/dev/zero'>
source: a test
language: zh-Hans
speakers:
  - {name: 主持人, role: host, bio: "<img src='/dev/zero'> 简介"}
  - {name: 嘉宾, role: guest}
---

## 第一部分 <img src="/dev/zero">

主持人:<img src='/dev/zero'> 第一个问题?

嘉宾:图片 ![零设备](/dev/zero) 和 ![](/etc/passwd) 都只是文字。

嘉宾:链接 [本地](file:///etc/passwd)、[脚本](javascript:alert(1))、
[网页](https://example.com/a) 和 [邮件](mailto:a@example.com)。
"""
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every resource Qt is asked to load, and every URL handed to the system, recorded (and refused)."""
    calls: list[str] = []

    def record_document(self: QTextDocument, kind: int, name: QUrl) -> None:
        calls.append(f"document:{name.toString()}")

    def record_browser(self: QTextBrowser, kind: int, name: QUrl) -> None:
        calls.append(f"browser:{name.toString()}")

    def record_open(url: QUrl) -> bool:
        calls.append(f"open:{url.toString()}")
        return True

    monkeypatch.setattr(QTextDocument, "loadResource", record_document)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(record_open))
    yield calls


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, loads: list[str]) -> MainWindow:
    source = tmp_path / "hostile.md"
    source.write_text(HOSTILE, encoding="utf-8")
    data = tmp_path / "data"
    data.mkdir()
    win = MainWindow(Settings.in_folder(str(data)), AnnotationStore.open(data))
    qtbot.addWidget(win)
    assert win.files.open_path(str(source))
    win.show()
    qtbot.waitExposed(win)
    return win


def test_images_in_a_transcript_are_their_alt_text_and_nothing_is_loaded(
    window: MainWindow, loads: list[str]
) -> None:
    window.navigation.select_node("s1-q1")
    text = window.pane.toPlainText()

    assert "图片 [零设备] 和 [image] 都只是文字" in text
    assert "<img" not in window.pane.toHtml().split("<body")[1].replace("&lt;img", "")
    assert [c for c in loads if not c.startswith("open:")] == []


def test_tooltips_show_markup_as_text(window: MainWindow) -> None:
    model = window.tree.model()
    section = model.index(0, 0)
    question = model.index(0, 0, section)
    assert question.data(NodeIdRole) == "s1-q1"
    for index in (section, question):
        tip = index.data(3)  # Qt.ToolTipRole
        assert "&lt;img" in tip and "<img" not in tip
    box = window.speaker_filter.box("主持人")
    assert "&lt;img" in box.toolTip() and "<img" not in box.toolTip()


def test_only_web_and_mail_links_leave_the_app_and_only_after_a_click(
    window: MainWindow, loads: list[str]
) -> None:
    window.navigation.select_node("s1-q1")
    before = window.pane.toPlainText()
    for url in ("javascript:alert(1)", "data:text/html,x", "smb://host/share", "../x.md", "file:///etc/passwd"):
        window.pane.anchorClicked.emit(QUrl(url))
    assert loads == []
    assert window.pane.toPlainText() == before  # the pane never navigated away
    assert "file:///etc/passwd" in window.statusBar().currentMessage()

    window.pane.anchorClicked.emit(QUrl("https://example.com/a"))
    window.pane.anchorClicked.emit(QUrl("mailto:a@example.com"))
    assert loads == ["open:https://example.com/a", "open:mailto:a@example.com"]


def test_an_imported_note_with_markup_is_plain_text_in_the_annotations_panel(
    window: MainWindow, loads: list[str]
) -> None:
    transcript = window.transcript
    assert transcript is not None
    paragraph = transcript.find("s1-q1-p2")
    window.store.add_highlights(
        transcript.id,
        transcript.content_hash,
        [(make_anchor("s1-q1-p2", paragraph.text, 0, 2), "s1-q1", "嘉宾")],
        Color.PINK,
        note="<img src='/dev/zero'> 笔记",
    )
    window.annotations.reload()
    model = window.panel.model
    group = model.index(0, 0)
    entry = model.index(0, 0, group)
    assert "&lt;img" in entry.data(3) and "<img" not in entry.data(3)
    assert [c for c in loads if not c.startswith("open:")] == []


@pytest.mark.parametrize("fmt", ["markdown", "html", "csv", "json", "w3c"])
def test_control_characters_never_reach_an_export_file(tmp_path: Path, fmt: str) -> None:
    source = tmp_path / "ctl.md"
    source.write_text(HOSTILE.replace("第一个问题", "第一个\x1b[31m问题\x07"), encoding="utf-8")
    transcript = load_transcript(source)
    data = tmp_path / "data"
    paragraph = transcript.find("s1-q1-p2")
    with AnnotationStore.open(data) as store:
        store.add_highlights(
            transcript.id,
            transcript.content_hash,
            [(make_anchor("s1-q1-p2", paragraph.text, 0, 2), "s1-q1", "嘉宾")],
            Color.YELLOW,
            note="空字符\x00和\x1b[2J清屏\x08",
        )
    out = tmp_path / f"out.{fmt}"
    args = ["export", "--format", fmt, "--transcript", str(source), "--data-dir", str(data), "-o", str(out)]
    assert run_command([*args, "--whole"] if fmt == "markdown" else args) == 0

    text = out.read_bytes().decode("utf-8")
    assert CONTROL.findall(text) == []
    assert "\\u0000" not in text and "\\u001b" not in text
    if fmt in ("json", "w3c"):
        json.loads(text)  # still valid JSON
    assert "空字符和" in text and "2J清屏" in text.replace("\\[", "[")


def test_the_parser_keeps_markup_in_a_question_as_text() -> None:
    transcript = parse_transcript(HOSTILE, "hostile.md")
    question = transcript.find("s1-q1")
    assert "<img src='/dev/zero'>" in question.text
