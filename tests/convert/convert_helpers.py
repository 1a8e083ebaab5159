"""Shared inputs and helpers of the converter tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.domain.errors import ReaderError
from desktop_app.domain.model import Transcript
from desktop_app.domain.parser import parse_transcript

REPO_ROOT = Path(__file__).resolve().parents[2]
SEED = REPO_ROOT / "tests" / "data" / "000_076cd2ad6264824a.txt"
SEED_NAME = SEED.name
SEED_HEADINGS = [
    "“十年之内,见证好莱坞们的坍塌”",
    "“复刻Sora,最难解决的是信心”",
    "所有人都是创作者,所有人都是消费者",
    "Sora将无处不在",
    "拥抱AI,从业者要吃“第一口馒头”",
]


def seed_bytes() -> bytes:
    return SEED.read_bytes()


def parse(markdown: str) -> Transcript:
    return parse_transcript(markdown, "converted.md")


def without_ids(node: Any) -> Any:
    """The outline with every "id" key (and the content hash) removed, recursively."""
    if isinstance(node, dict):
        return {k: without_ids(v) for k, v in node.items() if k not in ("id", "content_hash")}
    if isinstance(node, list):
        return [without_ids(v) for v in node]
    return node


def outcome(function: Any, *args: Any) -> Any:
    """``function(*args)``, or None when it raises a ReaderError; any other exception propagates."""
    try:
        return function(*args)
    except ReaderError as e:
        # The project's errors speak to the user: a problem always, in words.
        assert e.problem.strip()
        return None
