"""Helpers shared by the store's tests (imported by name: pytest puts this folder on sys.path)."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop_app.domain.annotations import Anchor, Color
from desktop_app.storage import AnnotationStore

REPO_ROOT = Path(__file__).resolve().parents[2]
START = datetime(2026, 11, 25, 15, 7, 19, 123456, tzinfo=UTC)

Passage = tuple[Anchor, str, str]
MakePassage = Callable[..., Passage]


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def run_python(script: str, *args: str, timeout: float = 120) -> Any:
    """Run ``script`` in a fresh interpreter from the repository root; the JSON on its last output line."""
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=timeout, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def start_python(script: str, args: Sequence[str]) -> subprocess.Popen[str]:
    """Start ``script`` in a fresh interpreter from the repository root, talking over stdin/stdout."""
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=REPO_ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def digest(path: Path) -> str:
    """The file's bytes, as a hash: unchanged means not written."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_saved_rows_intact(data_dir: Path) -> None:
    """What the ``saved`` fixture wrote is all there, and the store can write again."""
    with AnnotationStore.open(data_dir) as store:
        assert store.writable, store.read_only_reason
        assert [h.note for h in store.highlights("sora")] == ["一", "二"]
        note = store.question_note("sora", "q1")
        assert note is not None and note.note == "问题笔记"
        assert store.color_labels() == {Color.PINK: "灵感"}
