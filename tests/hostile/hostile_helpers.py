"""Inputs the hostile tests share: a valid transcript to vary, and a command line run with a hang guard."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

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
