"""What to_markdown writes reads back the same: Markdown characters and look-alike labels are escaped."""

from __future__ import annotations

import pytest
from convert_helpers import parse

from desktop_app.domain.convert import Draft, DraftBlock, DraftSpeaker, detect, to_markdown
from desktop_app.domain.convert.markdown_out import escape_paragraph
from desktop_app.domain.markup import render
from desktop_app.domain.model import Role

TRICKY = [
    "## 这一行不是标题。",
    "# 也不是标题。",
    "### 三个井号。",
    "> 不是引用。",
    "1. 不是列表。",
    "2024.5 是日期。",
    "- 不是列表。",
    "+ 也不是列表。",
    "* 星号开头。",
    "---",
    "***",
    "___",
    "===",
    "*强调* 和 **加粗** 和 _下划线_ 和 __双下划线__。",
    "`代码` 和 ``两个反引号``。",
    "[链接](http://example.com) 和 ![图片](a.png) 和 [引用][1]。",
    "[1]: http://example.com",
    "<b>粗体</b> 和 <http://example.com> 和 <me@example.com>。",
    "&amp; 和 &lt; 和 &#35; 和 AT&T。",
    "反斜杠 \\ 和 \\* 和 \\\\ 结尾\\",
    "制表\t符 和 两个  空格。",
    "a|b|c 和 ~~删除~~ 和 ==标记==。",
    "    缩进四格的一行。",
    "行尾两个空格。  ",
    "宋东桓说:这不是标签。",
]


def dialogue(lines: list[str]) -> str:
    body = [f"嘉宾:{line}" if i % 2 == 0 else line for i, line in enumerate(lines)]
    return "\n".join(["主持人:第一个问题?", *body, "主持人:第二个问题?", "嘉宾:好的。"])


def test_markdown_characters_in_lines_survive_a_round_trip() -> None:
    text = dialogue(TRICKY)
    transcript = parse(to_markdown(detect(text, "tricky.txt")))
    texts = [p.text for p in transcript.paragraphs()]
    assert texts == ["第一个问题?", *(line.strip() for line in TRICKY), "第二个问题?", "好的。"]
    assert len(transcript.sections) == 1
    assert len(list(transcript.questions())) == 2


@pytest.mark.parametrize("line", TRICKY)
def test_each_escaped_line_renders_to_itself(line: str) -> None:
    source = escape_paragraph(line)
    assert render(source)[1] == line.strip()


def test_markup_is_escaped_with_backslashes_and_entities() -> None:
    assert escape_paragraph("## 标题") == "\\## 标题"
    assert escape_paragraph("*a* _b_ `c` [d]") == "\\*a\\* \\_b\\_ \\`c\\` \\[d\\]"
    assert escape_paragraph("1. x") == "1\\. x"
    assert escape_paragraph("<b> & </b>") == "&lt;b> &amp; &lt;/b>"
    assert escape_paragraph("plain 纯文本") == "plain 纯文本"


def draft_with(blocks: list[DraftBlock], language: str = "zh-Hans") -> Draft:
    return Draft(
        title="标题",
        id="t-1",
        source="unit test",
        language=language,
        speakers=[DraftSpeaker("主持人", Role.HOST), DraftSpeaker("嘉宾"), DraftSpeaker("嘉宾乙")],
        blocks=blocks,
    )


def test_a_paragraph_that_starts_like_a_label_but_is_no_turn_stays_text() -> None:
    markdown = to_markdown(
        draft_with(
            [
                DraftBlock("preface", "", "主持人:这是前言里的引用。"),
                DraftBlock("turn", "主持人", "问?"),
                DraftBlock("turn", "嘉宾", "答。"),
                DraftBlock("continuation", "嘉宾", "主持人：他当时这么问。"),
                DraftBlock("continuation", "嘉宾", "嘉宾乙:也是引用。"),
            ]
        )
    )
    transcript = parse(markdown)
    assert [(p.speaker, p.text) for p in transcript.preface] == [(None, "主持人:这是前言里的引用。")]
    questions = list(transcript.questions())
    assert len(questions) == 1
    assert [(t.speaker, [p.text for p in t.paragraphs]) for t in questions[0].answers] == [
        ("嘉宾", ["答。", "主持人：他当时这么问。", "嘉宾乙:也是引用。"])
    ]


def test_a_heading_line_inside_a_turn_is_no_section() -> None:
    markdown = to_markdown(
        draft_with(
            [
                DraftBlock("turn", "主持人", "问?"),
                DraftBlock("turn", "嘉宾", "## 不是标题"),
                DraftBlock("continuation", "嘉宾", "## 也不是"),
            ]
        )
    )
    transcript = parse(markdown)
    assert len(transcript.sections) == 1
    answer = next(transcript.questions()).answers[0]
    assert [p.text for p in answer.paragraphs] == ["## 不是标题", "## 也不是"]


def test_front_matter_holds_the_draft_and_reads_back() -> None:
    draft = draft_with([DraftBlock("turn", "主持人", "问?")])
    draft.title = "yes"  # YAML would read a bare yes as true
    draft.id = "2024-01-01"
    draft.speakers[1].bio = "写过\n两行的简介: 带冒号 # 和井号"
    transcript = parse(to_markdown(draft))
    assert (transcript.title, transcript.id, transcript.source) == ("yes", "2024-01-01", "unit test")
    assert transcript.speaker("嘉宾").bio == "写过 两行的简介: 带冒号 # 和井号"
    assert [(s.name, s.role) for s in transcript.speakers] == [
        ("主持人", Role.HOST),
        ("嘉宾", Role.GUEST),
        ("嘉宾乙", Role.GUEST),
    ]


@pytest.mark.parametrize(("language", "title"), [("zh-Hans", "开篇"), ("en", "Opening")])
def test_questions_before_any_heading_get_an_opening_section(language: str, title: str) -> None:
    markdown = to_markdown(draft_with([DraftBlock("turn", "主持人", "问?")], language))
    assert markdown.endswith(f"\n## {title}\n\n主持人:问?\n")
    assert [s.title for s in parse(markdown).sections] == [title]


def test_no_opening_section_when_a_heading_comes_first() -> None:
    blocks = [
        DraftBlock("preface", "", "前言。"),
        DraftBlock("heading", "", "第一部分"),
        DraftBlock("turn", "主持人", "问?"),
    ]
    transcript = parse(to_markdown(draft_with(blocks)))
    assert [s.title for s in transcript.sections] == ["第一部分"]
    assert [p.text for p in transcript.preface] == ["前言。"]


def test_detect_reads_short_lines_before_a_question_as_headings() -> None:
    text = "\n".join(
        [
            "前言一行。",
            "主持人:第一问?",
            "嘉宾:答一。",
            "（笑）",
            "主持人:第二问?",
            "嘉宾:答二。",
            "第二部分",
            "主持人:第三问?",
            "嘉宾:答三。",
            "“引号里的标题。”",
            "主持人:第四问?",
            "嘉宾:答四。",
            "这一行以句号结束。",
            "主持人:第五问?",
            "嘉宾:答五。",
            "短行但后面不是主持人",
            "嘉宾:答六。",
        ]
    )
    draft = detect(text, "x.txt")
    assert [(b.kind, b.text) for b in draft.blocks if b.kind not in ("turn",)] == [
        ("preface", "前言一行。"),
        ("continuation", "（笑）"),
        ("heading", "第二部分"),
        ("heading", "“引号里的标题。”"),
        ("continuation", "这一行以句号结束。"),
        ("continuation", "短行但后面不是主持人"),
    ]
    titles = [s.title for s in parse(to_markdown(draft)).sections]
    assert titles == ["开篇", "第二部分", "“引号里的标题。”"]


def test_the_host_is_the_speaker_who_asks_most_even_when_a_guest_speaks_first() -> None:
    text = "嘉宾:大家好。\n主持人:你好?\n嘉宾:我很好。\n主持人:为什么呢\n嘉宾:因为天气好。\n"
    draft = detect(text, "x.txt")
    assert draft.host_names == ["主持人"]
    assert [b.kind for b in draft.blocks] == ["preface", "turn", "turn", "turn", "turn"]
    transcript = parse(to_markdown(draft))
    assert [(p.speaker, p.text) for p in transcript.preface] == [("嘉宾", "大家好。")]


def test_english_labels_with_spaces_and_full_width_colons() -> None:
    text = "Jane Doe: Welcome.\nJohn Smith：Why now?\nJane Doe: Because.\nJohn Smith: And then?\n"
    draft = detect(text, "x.txt")
    assert [(s.name, s.role) for s in draft.speakers] == [("Jane Doe", Role.GUEST), ("John Smith", Role.HOST)]
    assert draft.language == "en"
    assert [b.text for b in draft.blocks] == ["Welcome.", "Why now?", "Because.", "And then?"]
