"""Three small interviews written by the tests, and a way to code passages in them (the study tests)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from desktop_app.domain.anchoring import make_anchor
from desktop_app.domain.annotations import Color, Highlight
from desktop_app.domain.model import Paragraph, Transcript
from desktop_app.domain.parser import load_transcript
from desktop_app.storage import AnnotationStore

HEADER = """\
---
id: {id}
title: {title}
source: 测试
language: zh-Hans
speakers:
  - {{name: 主持人, role: host}}
  - {{name: {guest}, role: guest}}
---

"""
INTERVIEWS = {
    "a": (
        "study-a",
        "甲：远程工作",
        "张三",
        """前言：这次谈远程工作。

## 第一部分

主持人:你怎么看远程工作？

张三:远程工作让我更专注，但也更孤独。

## 第二部分

主持人:工具呢？

张三:工具很重要，会议太多。
""",
    ),
    "b": (
        "study-b",
        "乙：办公室",
        "李四",
        """## 第一部分

主持人:你喜欢办公室吗？

李四:办公室让人分心，但合作更方便。
""",
    ),
    # An astral character (𠮷, two UTF-16 units, one code point) comes before the highlighted words.
    "c": (
        "study-c",
        "丙：𠮷野家",
        "王五",
        """## 第一部分

主持人:𠮷野家的午饭怎么样？

王五:𠮷野家的牛肉饭很便宜，远程工作时常吃。
""",
    ),
}


def write_interviews(folder: Path) -> dict[str, Path]:
    """Write the three interviews into ``folder``; their paths by key (a, b, c)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for key, (ident, title, guest, body) in INTERVIEWS.items():
        path = folder / f"{ident}.md"
        path.write_text(HEADER.format(id=ident, title=title, guest=guest) + body, encoding="utf-8")
        written[key] = path
    return written


def load_all(paths: dict[str, Path]) -> dict[str, Transcript]:
    """The interviews, parsed, by key."""
    return {key: load_transcript(path) for key, path in paths.items()}


def paragraph_with(transcript: Transcript, needle: str) -> Paragraph:
    """The first paragraph whose text holds ``needle``."""
    return next(p for p in transcript.paragraphs() if needle in p.text)


def passage(transcript: Transcript, needle: str) -> tuple:
    """The ``(anchor, question_id, speaker)`` item of the first occurrence of ``needle``."""
    paragraph = paragraph_with(transcript, needle)
    start = paragraph.text.index(needle)
    question = transcript.question_of(paragraph.id)
    anchor = make_anchor(paragraph.id, paragraph.text, start, start + len(needle))
    return anchor, question.id if question else "", paragraph.speaker or ""


def highlight(
    store: AnnotationStore, transcript: Transcript, needle: str, color: Color, note: str = ""
) -> Highlight:
    """Highlight the first occurrence of ``needle`` in ``color``."""
    (made,) = store.add_highlights(
        transcript.id, transcript.content_hash, [passage(transcript, needle)], color, note
    )
    return made


def code(store: AnnotationStore, transcript: Transcript, needle: str, code_ids: Sequence[str]) -> Highlight:
    """Code the first occurrence of ``needle`` (creating its highlight if needed)."""
    (made,) = store.apply_codes(
        transcript.id, transcript.content_hash, [passage(transcript, needle)], code_ids
    )
    return made
