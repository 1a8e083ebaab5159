"""Helpers shared by the store's tests (imported by name: pytest puts this folder on sys.path)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop_app.domain.annotations import Anchor

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
