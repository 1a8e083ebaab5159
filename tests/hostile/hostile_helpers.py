"""What the hostile tests share: a transcript to vary, a hang-guarded command line, a filled store."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop_app import paths
from desktop_app.cli import run_command
from desktop_app.domain.anchoring import make_anchor
from desktop_app.domain.annotations import Color
from desktop_app.domain.parser import load_transcript
from desktop_app.storage import DB_NAME, AnnotationStore

REPO = Path(__file__).resolve().parents[2]
HANG_GUARD_SECONDS = 10

FRONT = """\
---
id: hostile
title: 敌意输入
source: tests
language: zh-Hans
speakers:
  - name: 主持人
    role: host
  - name: 嘉宾
    role: guest
---
"""
BODY = "\n主持人:第一个问题?\n\n嘉宾:回答。\n"
TRANSCRIPT = FRONT + BODY


def front_with(old: str, new: str) -> str:
    """The test transcript with one change to its front matter."""
    assert old in FRONT
    return FRONT.replace(old, new, 1) + BODY


def run_cli(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """``python -m desktop_app ARGS`` in a child, so that a regression that hangs fails instead."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["INTERVIEW_READER_DATA_DIR"] = str(tmp_path / "data")
    env["QT_QPA_PLATFORM"] = "offscreen"
    try:
        return subprocess.run(
            [sys.executable, "-m", "desktop_app", *args],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=HANG_GUARD_SECONDS,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"interview-reader {' '.join(args)} did not finish within {HANG_GUARD_SECONDS} s")


def run_python(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a child Python from the repository, with the same hang guard."""
    try:
        return subprocess.run(
            [sys.executable, "-c", code],
            cwd=REPO, capture_output=True, text=True, timeout=HANG_GUARD_SECONDS,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"the child did not finish within {HANG_GUARD_SECONDS} s: {code}")


T = load_transcript(paths.bundled_transcript())
PASSAGES = [("s1-q1-p2", 0, 8, Color.YELLOW, "第一条"), ("s2-q1-p3", 4, 12, Color.BLUE, ""),
            ("pre-p2", 0, 6, Color.PINK, "前言"), ("s1-q1-p2", 10, 14, Color.GREEN, "第四条")]  # fmt: skip


def fill_store(folder: Path, count: int = len(PASSAGES)) -> None:
    """Save ``count`` highlights and one question note on the bundled transcript in ``folder``."""
    with AnnotationStore.open(folder) as store:
        for pid, start, end, color, note in PASSAGES[:count]:
            paragraph = T.find(pid)
            question = T.question_of(pid)
            anchor = make_anchor(pid, paragraph.text, start, end)
            items = [(anchor, question.id if question else "", paragraph.speaker or "")]
            store.add_highlights(T.id, T.content_hash, items, color, note)
        store.set_question_note(T.id, "s1-q1", "问题的笔记")


def dump(folder: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the database in ``folder``, sorted: compare before and after."""
    db = folder / DB_NAME
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: sorted(conn.execute(f"SELECT * FROM [{t}]").fetchall(), key=repr) for t in tables}
    finally:
        conn.close()


def export_w3c(folder: Path, out: Path) -> dict[str, Any]:
    """The W3C export of the bundled transcript's annotations in ``folder``, as JSON."""
    assert run_command(["export", "--format", "w3c", "--data-dir", str(folder), "-o", str(out)]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


def items(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The annotations of an exported collection."""
    return doc["first"]["items"]


def write_json(path: Path, doc: Any) -> Path:
    """Write ``doc`` as JSON, keeping lone surrogates as ``\\ud800`` escapes (valid JSON, bad text)."""
    path.write_text(json.dumps(doc, ensure_ascii=True), encoding="ascii")
    return path
