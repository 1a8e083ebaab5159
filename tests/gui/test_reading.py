"""Continuous reading, the reading position, and Back / Forward."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from desktop_app.gui.actions import Act
from desktop_app.gui.tree_model import NodeIdRole


def current(window) -> str:
    return window.tree.currentIndex().data(NodeIdRole)


def test_continuous_mode_shows_sections_in_one_scroll_and_clicking_the_tree_scrolls(make_window, bundled):
    window = make_window()
    window.resize(760, 560)
    window.navigation.select_node("s1-q1")
    window.action(Act.CONTINUOUS).trigger()
    assert window.pane.continuous
    text = window.pane.toPlainText()
    assert bundled.sections[0].title in text and bundled.sections[1].title in text
    assert window.navigation.select_node("s3-q1")
    node, offset = window.pane.reading_position()
    assert (node, offset) == ("s3-q1", 0)
    assert "复刻Sora,可行吗?难在哪里?" in window.pane.toPlainText()


def test_the_tree_follows_the_scroll_in_continuous_mode(qtbot, make_window) -> None:
    window = make_window()
    window.resize(760, 560)
    window.action(Act.CONTINUOUS).trigger()
    window.navigation.select_node("s2-q1")
    pane = window.pane
    block = pane.document().findBlockByNumber(pane.node_blocks["s3-q1"])
    y = pane.document().documentLayout().blockBoundingRect(block).top()
    pane.verticalScrollBar().setValue(round(y) + 5)
    assert current(window) == "s3-q1"
    assert pane.reading_position() == ("s3-q1", 5)


def test_scrolling_to_the_end_lays_out_more_sections(make_window, bundled) -> None:
    window = make_window()
    window.resize(760, 560)
    window.action(Act.CONTINUOUS).trigger()
    window.navigation.select_node("preface")
    pane = window.pane
    seen = set(pane.node_blocks)
    for _ in range(200):
        bar = pane.verticalScrollBar()
        if bar.value() >= bar.maximum():
            break
        bar.setValue(bar.value() + bar.pageStep())
        seen |= set(pane.node_blocks)
    assert {s.id for s in bundled.sections} <= seen
    assert "拥抱AI,从业者要吃“第一口馒头”" in pane.toPlainText()
    assert current(window).startswith("s6")


def test_the_reading_position_comes_back_after_a_restart(make_window, data_dir: Path) -> None:
    window = make_window()
    window.resize(760, 560)
    window.navigation.select_node("s3-q1")
    window.pane.verticalScrollBar().setValue(300)
    node, offset = window.pane.reading_position()
    assert node == "s3-q1" and 0 < offset < 300  # measured from the question's heading, below the caption
    window.close()
    again = make_window(data_dir)
    again.resize(760, 560)
    again.navigation.restore_reading_position()
    assert current(again) == "s3-q1"
    assert again.pane.reading_position() == (node, offset)
    assert again.pane.verticalScrollBar().value() == 300


def test_continuous_mode_and_its_position_come_back_too(make_window, data_dir: Path) -> None:
    window = make_window()
    window.resize(760, 560)
    window.action(Act.CONTINUOUS).trigger()
    window.navigation.select_node("s4-q2")
    window.pane.verticalScrollBar().setValue(window.pane.verticalScrollBar().value() + 120)
    position = window.pane.reading_position()
    window.close()
    again = make_window(data_dir)
    again.resize(760, 560)
    assert again.action(Act.CONTINUOUS).isChecked() and again.pane.continuous
    again.navigation.restore_reading_position()
    assert again.pane.reading_position() == position


def test_back_and_forward_walk_the_jumps(qtbot, make_window) -> None:
    window = make_window()
    assert not window.action(Act.BACK).isEnabled()
    window.navigation.select_node("s2-q1")
    window.navigation.select_node("s5-q1")
    window.action(Act.BACK).trigger()
    assert current(window) == "s2-q1" and "文生视频领域" in window.pane.toPlainText()
    window.action(Act.BACK).trigger()
    assert current(window) == "s1-q1"
    assert not window.action(Act.BACK).isEnabled()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    from PySide6.QtCore import Qt

    qtbot.keyClick(window.tree, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert current(window) == "s2-q1"
    window.navigation.select_node("s6-q2")
    assert not window.action(Act.FORWARD).isEnabled()


def test_speaker_filter_shows_each_speakers_share(qtbot, make_window) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: bool(window.speaker_filter.bars))  # worked out just after the window shows
    bars = window.speaker_filter.bars
    assert set(bars) == {"T前线", "宋东桓", "薛彦泽"}
    assert bars["宋东桓"].share > bars["薛彦泽"].share > bars["T前线"].share
    assert abs(sum(b.share for b in bars.values()) - 1) < 1e-9
    from PySide6.QtWidgets import QLabel

    label = window.speaker_filter.findChild(QLabel, "shareLabel:T前线")
    assert label.text().endswith("· 9")
    tooltip = window.navigation.model.index_of("s4").data(Qt.ItemDataRole.ToolTipRole)
    assert "minute" in tooltip and "宋东桓" in tooltip and "%" in tooltip
    assert "minute" in window.statusBar().currentMessage()


def test_copy_adds_the_citation(make_window, bundled) -> None:
    from PySide6.QtWidgets import QApplication

    window = make_window()
    window.navigation.select_node("s1-q1")
    assert window.pane.marks.select_passage("s1-q1-p2", 0, 10)
    window.pane.copy()
    text = bundled.find("s1-q1-p2").text[:10]
    assert QApplication.clipboard().text() == f"「{text}」——宋东桓,《{bundled.title}》"
    window.action(Act.CITE).trigger()
    window.pane.copy()
    assert QApplication.clipboard().text() == text


def test_a_cited_copy_left_on_the_clipboard_lets_the_process_end_cleanly(tmp_path: Path, bundled) -> None:
    # A QMimeData made in Python and left on the clipboard crashed the process at its exit (a
    # segmentation fault, under PySide6 6.11.3): the child copies with a citation, quits, and must end with 0.
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])}
    child = subprocess.run(  # this checkout's code, whatever the environment has installed
        [sys.executable, str(Path(__file__).with_name("copy_then_quit.py")), str(tmp_path / "data")],
        capture_output=True, text=True, timeout=120, cwd=root, env=env,
    )
    assert child.returncode == 0, child.stderr
    text = bundled.find("s1-q1-p2").text[:10]
    assert child.stdout.strip() == f"「{text}」——宋东桓,《{bundled.title}》"
