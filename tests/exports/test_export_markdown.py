"""The Markdown export: front matter, headings, blockquotes, marks, and text that cannot break out."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from html.parser import HTMLParser

import markdown
import pytest
import yaml
from export_fixtures import EVIL_NOTE, EXPORTED_AT, LABELS, TITLE, small_fixture

from desktop_app.domain.anchoring import make_anchor, place_all
from desktop_app.domain.export.as_markdown import escape_lines, to_markdown
from desktop_app.domain.export.common import ORPHANS_TITLE, PREFACE_TITLE, QUESTION_NOTE_TITLE


class Structure(HTMLParser):
    """Tags and text of rendered Markdown; text per top-level block, headings by level."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: Counter[str] = Counter()
        self.headings: list[tuple[str, str]] = []
        self.blockquotes: list[str] = []
        self.paragraphs: list[str] = []
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        if tag == "br":  # Python-Markdown writes "<br />\n": the newline is in the data
            return
        if tag in ("h1", "h2", "h3", "blockquote", "p") and not self.stack:
            self.text = []
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "br":
            return
        self.stack.pop()
        if self.stack:
            return
        text = "".join(self.text)
        if tag in ("h1", "h2", "h3"):
            self.headings.append((tag, text))
        elif tag == "blockquote":
            self.blockquotes.append(text.strip())
        elif tag == "p":
            self.paragraphs.append(text)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def split(document: str) -> tuple[dict, str]:
    lines = document.split("\n")
    assert lines[0] == "---"
    end = lines.index("---", 1)
    return yaml.safe_load("\n".join(lines[1:end])), "\n".join(lines[end + 1 :])


def render(body: str) -> Structure:
    structure = Structure()
    structure.feed(markdown.markdown(body))
    structure.close()
    return structure


def lines_of(text: str) -> str:
    """What a note looks like once rendered: its non-blank lines, stripped."""
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


def test_front_matter_is_yaml_with_title_source_speakers_and_time() -> None:
    f = small_fixture()
    meta, _ = split(to_markdown(*f.args(), exported_at=EXPORTED_AT))
    assert meta == {
        "title": TITLE,
        "source": "单元测试 <script>",
        "speakers": [
            {"name": "主持人", "role": "host"},
            {"name": "李雷", "role": "guest"},
            {"name": "韩梅梅", "role": "guest"},
        ],
        "exported": EXPORTED_AT,
    }


def test_no_user_text_can_end_the_front_matter_or_draw_a_rule() -> None:
    f = small_fixture()
    document = to_markdown(*f.args(), exported_at=EXPORTED_AT, whole=True)
    assert [i for i, line in enumerate(document.split("\n")) if line.strip() == "---"] == [
        0,
        document.split("\n").index("---", 1),
    ]
    _, body = split(document)
    assert render(body).tags["hr"] == 0


def test_annotated_passages_are_grouped_under_section_and_question_headings() -> None:
    f = small_fixture()
    _, body = split(to_markdown(*f.args(), exported_at=EXPORTED_AT))
    s = render(body)
    assert s.headings == [
        ("h1", TITLE),
        ("h2", PREFACE_TITLE),
        ("h2", "第一部分"),
        ("h3", "你为什么开始做播客?"),
        ("h3", "第二个问题:收入怎么样?"),
        ("h2", "第二部分"),
        ("h3", "未来有什么计划?"),
        ("h2", ORPHANS_TITLE),
    ]
    assert s.blockquotes == [
        "「前言」\n— 疑问",
        "「喜欢聊天」\n— 李雷 · 重点",
        "「很多人愿意听」\n— 李雷 · 疑问",
        "「我是」\n— 韩梅梅 · 疑问",
        "「拉进来」\n— 韩梅梅 · 金句",
        "「广告收入占七成」\n— 李雷 · 观点",
        "「a==b」\n— 韩梅梅 · 重点",
        "「被删掉了」\n— 韩梅梅 · 待查",
    ]
    assert set(s.tags) <= {"h1", "h2", "h3", "blockquote", "p", "br", "strong", "a"}
    assert "已删除" not in body


def test_notes_follow_their_highlight_and_stay_text() -> None:
    f = small_fixture()
    _, body = split(to_markdown(*f.args(), exported_at=EXPORTED_AT))
    s = render(body)
    assert s.paragraphs == [
        lines_of(EVIL_NOTE),
        "=SUM(A1:A2)",
        "=SUM(A1:A2)",
        f"{QUESTION_NOTE_TITLE}：值得追问:收入结构\n|表格| --- 行",
        '要核实\n数据来源, "七成"',
        "@某人 +1 -1",
        "删掉了?",
        f"{QUESTION_NOTE_TITLE}：旧问题的笔记",
    ]
    html = markdown.markdown(body)
    assert "<script" not in html and "<div" not in html and "<img" not in html
    # The only links are the quotes' links back to their passages.
    assert html.count("<a ") == html.count('<a href="interview-reader://') == 8


def test_a_multi_line_note_is_one_block_of_its_own() -> None:
    f = small_fixture()
    _, body = split(to_markdown(*f.args(), exported_at=EXPORTED_AT))
    blocks = body.split("\n\n")
    note_block = next(b for b in blocks if b.startswith("第一行"))
    assert len(note_block.split("\n")) == len(lines_of(EVIL_NOTE).split("\n"))
    assert all(line.endswith("  ") for line in note_block.split("\n")[:-1])


def test_whole_transcript_marks_highlights_inside_every_paragraph() -> None:
    f = small_fixture()
    _, body = split(to_markdown(*f.args(), exported_at=EXPORTED_AT, whole=True))
    s = render(body)
    assert [h for h in s.headings if h[0] != "h3"] == [
        ("h1", TITLE),
        ("h2", "第一部分"),
        ("h2", "第二部分"),
        ("h2", ORPHANS_TITLE),
    ]
    assert [h[1] for h in s.headings if h[0] == "h3"] == [q.text for q in f.transcript.questions()]
    assert len(s.blockquotes) == 8
    assert "这是==前言==,介绍这次访谈。" in s.paragraphs
    assert "**李雷**：因为我==喜欢聊天==。  \n后来发现==很多人愿意听==。" in body
    assert "韩梅梅：==我是==被他==拉进来==的。" in s.paragraphs
    assert "韩梅梅：继续做下去,公式是 ==a==b==,不是 强调。" in s.paragraphs
    # The quote's own '==' is escaped: every literal '=' in the body belongs to a mark.
    marks = re.findall(r"==[^=\n]+==", body)
    assert len(marks) == 7
    assert body.count("=") == 4 * len(marks)


def test_whole_transcript_keeps_every_paragraph_with_its_speaker() -> None:
    f = small_fixture()
    _, body = split(to_markdown(f.transcript, [], {}, [], LABELS, exported_at=EXPORTED_AT, whole=True))
    s = render(body)
    expected = [
        (f"{p.speaker}：" if p.speaker else "") + lines_of(p.text) for p in f.transcript.paragraphs()
    ]
    assert s.paragraphs == expected
    assert s.blockquotes == []


def test_touching_highlights_make_one_mark() -> None:
    f = small_fixture()
    t = f.transcript
    text = t.find("s1-q1-p3").text
    touching = [f.by_id(2), replace(f.by_id(7), anchor=make_anchor("s1-q1-p3", text, 2, 4))]
    placements = place_all(((h.id, h.anchor) for h in touching), t)
    _, body = split(to_markdown(t, touching, placements, [], LABELS, exported_at=EXPORTED_AT, whole=True))
    assert "我是==被他拉进来==的。" in body


def test_no_annotations_gives_front_matter_and_title_only() -> None:
    f = small_fixture()
    document = to_markdown(f.transcript, [], {}, [], LABELS, exported_at=EXPORTED_AT)
    _, body = split(document)
    assert render(body).headings == [("h1", TITLE)]
    assert body.strip().count("\n") == 0


NASTY = [
    "*星* _下划线_ `代码` [链接](http://x.y) ![图](a.png) <b>粗</b> &amp; &#61;",
    "a==b ~~删~~ |竖线| $数学$ %%注释%% ((块引用)) #标签 > 引 {: .cls}",
    "---",
    "***",
    "===",
    "- 列表",
    "+ 列表",
    "1. 编号",
    "2) 编号",
    "# 标题",
    ": 定义",
    "```",
    "~~~",
    "\\ 反斜杠 \\*",
    "[x]: http://example.com",
    "<!-- 注释 -->",
    "    缩进",
]


@pytest.mark.parametrize("text", NASTY)
def test_escaped_text_renders_as_itself(text: str) -> None:
    escaped = "  \n".join(escape_lines(text))
    html = markdown.markdown(escaped)
    s = render(escaped)
    assert set(s.tags) <= {"p", "br"}, html
    assert s.paragraphs == [text.strip()]
