"""Transcript texts and helpers shared by the parser tests."""

from __future__ import annotations

from pathlib import Path

from desktop_app.domain.model import Transcript
from desktop_app.domain.parser import parse_transcript

# Line numbers in the error tests below count on this layout of FRONT (line 1 is the opening '---').
FRONT = """\
---
id: t-unit
title: 单元测试访谈
source: unit test
language: zh-Hans
speakers:
  - name: 主持人
    role: host
  - name: 王
    role: guest
    bio: 短名嘉宾
  - name: 王小明
    role: guest
    bio: 长名嘉宾
---
"""
FRONT_LINES = FRONT.count("\n")

SIMPLE_BODY = """\
主持人:第一个问题?

王:短名的回答。
"""


def write(tmp_path: Path, content: str | bytes, name: str = "interview.md") -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def parse(body: str, front: str = FRONT) -> Transcript:
    return parse_transcript(front + "\n" + body, "interview.md")


def all_paragraphs(t: Transcript) -> list[tuple[str | None, str]]:
    return [(p.speaker, p.text) for p in t.paragraphs()]


