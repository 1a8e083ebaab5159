"""A small interview with highlights and notes of every kind, shared by the export tests."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from w3c_validator import Failure, validate_file

from desktop_app import paths
from desktop_app.domain.anchoring import Placement, make_anchor, place_all
from desktop_app.domain.annotations import DEFAULT_LABELS, Color, Highlight, QuestionNote
from desktop_app.domain.model import Paragraph, Transcript
from desktop_app.domain.parser import load_transcript, parse_transcript

REPO_ROOT = Path(__file__).resolve().parents[2]

LABELS: dict[Color, str] = {color: zh for color, (zh, _en) in DEFAULT_LABELS.items()}
EXPORTED_AT = "2026-02-03T04:05:06.000Z"

TITLE = '访谈 #1: "A|B" == *测试* ---'
TEXT = """\
---
id: t-export
title: '访谈 #1: "A|B" == *测试* ---'
source: 单元测试 <script>
language: zh-Hans
speakers:
  - name: 主持人
    role: host
  - name: 李雷
    role: guest
  - name: 韩梅梅
    role: guest
---

这是前言,介绍这次访谈。

## 第一部分

主持人:你为什么开始做播客?

李雷:因为我喜欢聊天。
后来发现很多人愿意听。

韩梅梅:我是被他拉进来的。

主持人:第二个问题:收入怎么样?

李雷:还过得去,广告收入占七成。

## 第二部分

主持人:未来有什么计划?

韩梅梅:继续做下去,公式是 a==b,不是 *强调*。
"""

EVIL_NOTE = (
    "第一行\n"
    "---\n"
    "# 不是标题\n"
    "</div><script>alert(1)</script>\n"
    '| a | b |, "引号", 逗号\n'
    "== 不是标记 ==\n"
    "> 不是引用\n"
    "* 不是列表 *强调*\n"
    "1. 不是编号\n"
    "    缩进 `代码` [链接](http://example.com) ![图](http://example.com/x.png)"
)


def uid(n: int) -> str:
    return f"6b1f0e2a-0000-4000-8000-{n:012d}"


def stamp(n: int) -> str:
    moment = datetime(2026, 1, 1, 8, tzinfo=UTC) + timedelta(days=n, minutes=n)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def small_transcript() -> Transcript:
    return parse_transcript(TEXT, "export.md")


def highlight(
    t: Transcript, n: int, paragraph_id: str, quote: str, color: Color, note: str = "", *,
    group: int | None = None, text: str | None = None, deleted: str | None = None,
) -> Highlight:
    paragraph = t.find(paragraph_id)
    assert isinstance(paragraph, Paragraph)
    body = paragraph.text if text is None else text
    start = body.index(quote)
    anchor = make_anchor(paragraph_id, body, start, start + len(quote))
    question = t.question_of(paragraph_id)
    return Highlight(
        id=uid(n), transcript_id=t.id, content_hash=t.content_hash, anchor=anchor,
        question_id=question.id if question else "", speaker=paragraph.speaker or "", color=color,
        note=note, group_id=uid(group if group is not None else n), created=stamp(n),
        updated=stamp(n + 10), deleted=deleted,
    )


def note(t: Transcript, n: int, question_id: str, text: str, deleted: str | None = None) -> QuestionNote:
    return QuestionNote(uid(n), t.id, question_id, text, stamp(n), stamp(n + 10), deleted)


@dataclass
class Fixture:
    transcript: Transcript
    highlights: list[Highlight]
    notes: list[QuestionNote]
    placements: dict[str, Placement | None]

    def args(self) -> tuple:
        return self.transcript, self.highlights, self.placements, self.notes, LABELS

    def live(self) -> list[Highlight]:
        return [h for h in self.highlights if not h.deleted]

    def by_id(self, n: int) -> Highlight:
        return next(h for h in self.highlights if h.id == uid(n))


def small_fixture() -> Fixture:
    """Highlights in the preface, across a soft line break, sharing a group, orphaned and deleted."""
    t = small_transcript()
    highlights = [
        highlight(t, 1, "s1-q1-p2", "喜欢聊天", Color.YELLOW, EVIL_NOTE),
        highlight(t, 2, "s1-q1-p3", "拉进来", Color.PINK),
        highlight(t, 3, "s1-q2-p2", "广告收入占七成", Color.GREEN, "要核实\n数据来源, \"七成\""),
        highlight(t, 4, "pre-p1", "前言", Color.BLUE),
        highlight(t, 5, "s2-q1-p2", "被删掉了", Color.ORANGE, "删掉了?", text="这句话后来被删掉了"),
        highlight(t, 6, "s1-q1-p2", "很多人愿意听", Color.BLUE, "=SUM(A1:A2)", group=7),
        highlight(t, 7, "s1-q1-p3", "我是", Color.BLUE, "=SUM(A1:A2)", group=7),
        highlight(t, 8, "s2-q1-p2", "a==b", Color.YELLOW, "@某人 +1 -1"),
        highlight(t, 9, "s2-q1-p2", "继续做下去", Color.GREEN, "已删除", deleted=stamp(20)),
    ]
    notes = [
        note(t, 11, "s1-q2", "值得追问:收入结构\n|表格| --- 行"),
        note(t, 12, "s9-q9", "旧问题的笔记"),
        note(t, 13, "s1-q1", "已删除的笔记", deleted=stamp(21)),
    ]
    placements = place_all(((h.id, h.anchor) for h in highlights), t)
    return Fixture(t, highlights, notes, placements)


def bundled_fixture() -> Fixture:
    """The bundled interview with a highlight on every other paragraph, every other one with a note."""
    t = load_transcript(paths.bundled_transcript())
    colors = list(Color)
    highlights = []
    for i, paragraph in enumerate(list(t.paragraphs())[::2], 1):
        length = min(12, len(paragraph.text))
        base = highlight(t, i, paragraph.id, paragraph.text[:length], colors[i % len(colors)])
        highlights.append(replace(base, note=f"第 {i} 条笔记:{paragraph.text[:6]}" if i % 2 else ""))
    notes = [note(t, 900 + i, q.id, f"问题 {q.id} 的笔记") for i, q in enumerate(t.questions()) if i % 3 == 0]
    placements = place_all(((h.id, h.anchor) for h in highlights), t)
    return Fixture(t, highlights, notes, placements)


def run_validator(path: Path) -> list[Failure]:
    """The W3C MUST-level checks ``path`` fails (the schemas are kept in tests/data)."""
    return validate_file(path)
