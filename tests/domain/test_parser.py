"""The transcript parser: labels, structure, ids, rendering."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from parser_helpers import FRONT, FRONT_LINES, SIMPLE_BODY, all_paragraphs, parse, write

from desktop_app.domain.model import Role
from desktop_app.domain.parser import load_transcript

# --- labels -----------------------------------------------------------------------------------------


def test_half_and_full_width_colons_and_spaces_after_them_are_labels() -> None:
    t = parse("主持人:半角?\n\n王：全角。\n\n王小明: 空格。\n\n王小明：\u3000全角空格。\n")
    assert all_paragraphs(t) == [
        ("主持人", "半角?"),
        ("王", "全角。"),
        ("王小明", "空格。"),
        ("王小明", "全角空格。"),
    ]


def test_a_longer_name_sharing_a_prefix_wins_over_the_shorter_one() -> None:
    t = parse("主持人:问?\n\n王小明:我是长名。\n\n王:我是短名。\n")
    q = next(t.questions())
    assert [(turn.speaker, turn.text) for turn in q.answers] == [
        ("王小明", "我是长名。"),
        ("王", "我是短名。"),
    ]


def test_a_label_in_the_middle_of_a_paragraph_is_text() -> None:
    t = parse("主持人:问?\n\n王:我引用一句 王小明:不对。\n")
    q = next(t.questions())
    assert [(turn.speaker, turn.text) for turn in q.answers] == [("王", "我引用一句 王小明:不对。")]


def test_undeclared_labels_stay_text() -> None:
    t = parse("栏目介绍:这是前言。\n\n主持人:问?\n\n王:答。\n\n路人:这不是发言人。\n")
    assert [(p.speaker, p.text) for p in t.preface] == [(None, "栏目介绍:这是前言。")]
    q = next(t.questions())
    assert [(turn.speaker, turn.text) for turn in q.answers] == [("王", "答。\n\n路人:这不是发言人。")]


def test_unlabelled_paragraphs_continue_the_current_turn() -> None:
    t = parse("主持人:问?\n\n王:一。\n\n二。\n\n王小明:三。\n\n四。\n\n五。\n")
    q = next(t.questions())
    assert [(turn.speaker, [p.text for p in turn.paragraphs]) for turn in q.answers] == [
        ("王", ["一。", "二。"]),
        ("王小明", ["三。", "四。", "五。"]),
    ]
    assert q.answer_speakers == ("王", "王小明")


def test_the_same_guest_speaking_twice_gives_two_turns() -> None:
    t = parse("主持人:问?\n\n王:一。\n\n王小明:二。\n\n王:三。\n")
    q = next(t.questions())
    assert [turn.speaker for turn in q.answers] == ["王", "王小明", "王"]
    assert q.answer_speakers == ("王", "王小明")


def test_a_multi_paragraph_host_prompt_is_one_question() -> None:
    t = parse("主持人:先说背景。\n\n再问问题?\n\n王:答。\n")
    questions = list(t.questions())
    assert len(questions) == 1
    q = questions[0]
    assert q.speaker == "主持人"
    assert [p.text for p in q.prompt.paragraphs] == ["先说背景。", "再问问题?"]
    assert all(p.speaker == "主持人" for p in q.prompt.paragraphs)
    assert q.text == "先说背景。\n\n再问问题?"
    assert [turn.text for turn in q.answers] == ["答。"]


def test_every_host_turn_opens_a_new_question() -> None:
    t = parse("主持人:一?\n\n王:答一。\n\n主持人:二?\n\n主持人:三?\n\n王小明:答三。\n")
    assert [(q.text, [turn.text for turn in q.answers]) for q in t.questions()] == [
        ("一?", ["答一。"]),
        ("二?", []),
        ("三?", ["答三。"]),
    ]


def test_a_paragraph_of_several_lines_keeps_its_lines() -> None:
    t = parse("主持人:问?\n\n王:第一行\n第二行\n")
    paragraph = next(t.questions()).answers[0].paragraphs[0]
    assert paragraph.text == "第一行\n第二行"
    assert paragraph.speaker == "王"


# --- structure: preface and sections ----------------------------------------------------------------


def test_everything_before_the_first_question_is_the_preface() -> None:
    t = parse("前言一。\n\n前言二。\n\n## 第一节\n\n主持人:问?\n\n王:答。\n")
    assert [(p.id, p.speaker, p.text) for p in t.preface] == [
        ("pre-p1", None, "前言一。"),
        ("pre-p2", None, "前言二。"),
    ]
    assert [(s.id, s.title) for s in t.sections] == [("s1", "第一节")]


def test_a_guest_label_before_any_question_stays_in_the_preface() -> None:
    t = parse("王:开场白。\n\n主持人:问?\n\n王:答。\n")
    assert [(p.speaker, p.text) for p in t.preface] == [("王", "开场白。")]
    assert len(list(t.questions())) == 1


def test_headings_open_sections() -> None:
    t = parse("## 一\n\n主持人:a?\n\n王:a。\n\n## 二 ##\n\n主持人:b?\n\n主持人:c?\n\n王:c。\n")
    assert [(s.id, s.title, [q.text for q in s.questions]) for s in t.sections] == [
        ("s1", "一", ["a?"]),
        ("s2", "二", ["b?", "c?"]),
    ]
    assert t.sections[0].line == FRONT_LINES + 2
    assert all(q.section_id == s.id for s in t.sections for q in s.questions)


def test_questions_before_the_first_heading_go_into_an_untitled_first_section() -> None:
    t = parse("前言。\n\n主持人:早问?\n\n王:早答。\n\n## 正式\n\n主持人:晚问?\n\n王:晚答。\n")
    assert [(s.id, s.title, [q.id for q in s.questions]) for s in t.sections] == [
        ("s1", "", ["s1-q1"]),
        ("s2", "正式", ["s2-q1"]),
    ]
    assert [p.text for p in t.preface] == ["前言。"]


def test_a_heading_directly_followed_by_a_line_keeps_that_line_as_a_paragraph() -> None:
    t = parse("## 标题\n主持人:问?\n\n王:答。\n")
    assert [s.title for s in t.sections] == ["标题"]
    assert next(t.questions()).text == "问?"


def test_deeper_headings_do_not_open_sections() -> None:
    t = parse("## 节\n\n主持人:问?\n\n### 小标题\n\n王:答。\n")
    assert [s.title for s in t.sections] == ["节"]
    assert [p.text for p in next(t.questions()).paragraphs()] == ["问?", "小标题", "答。"]


def test_metadata_and_speakers_come_from_the_front_matter() -> None:
    t = parse(SIMPLE_BODY)
    assert (t.id, t.title, t.source, t.language, t.path) == (
        "t-unit",
        "单元测试访谈",
        "unit test",
        "zh-Hans",
        "interview.md",
    )
    assert [(s.name, s.role, s.bio) for s in t.speakers] == [
        ("主持人", Role.HOST, ""),
        ("王", Role.GUEST, "短名嘉宾"),
        ("王小明", Role.GUEST, "长名嘉宾"),
    ]
    assert t.host_names == frozenset({"主持人"})
    assert all(re.fullmatch(r"#[0-9a-fA-F]{6}", s.color) for s in t.speakers)
    assert t.speaker("王").color != t.speaker("王小明").color


def test_a_declared_colour_is_kept() -> None:
    front = FRONT.replace("    bio: 短名嘉宾\n", "    bio: 短名嘉宾\n    color: '#112233'\n")
    assert parse(SIMPLE_BODY, front).speaker("王").color == "#112233"


def test_paragraphs_remember_their_line() -> None:
    t = parse("前言。\n\n主持人:问?\n\n王:答。\n")
    body_start = FRONT_LINES + 2  # the blank line after the front matter is line FRONT_LINES + 1
    assert [p.line for p in t.paragraphs()] == [body_start, body_start + 2, body_start + 4]


def test_lines_of_only_white_space_separate_paragraphs_and_lines_still_count() -> None:
    # Tabs, an ideographic space (U+3000) and a form feed are blank; U+2028 inside a line is not a break.
    t = parse(
        "主持人:问?\n\t \n王:答\u2028同一行。\n\u3000\n\f\n王小明:答二,\n第二行。\n\n## 节\n主持人:又问?\n"
    )
    body_start = FRONT_LINES + 2
    assert [(p.text, p.line) for p in t.paragraphs()] == [
        ("问?", body_start),
        ("答\u2028同一行。", body_start + 2),
        ("答二,\n第二行。", body_start + 5),
        ("又问?", body_start + 9),
    ]
    assert [s.title for s in t.sections] == ["", "节"]


# --- ids --------------------------------------------------------------------------------------------

ID_BODY = """\
前言一。

前言二。

主持人:无标题节的问题?

王:答。

## 一

主持人:背景。

问题?

王:答一。

续。

王小明:答二。

主持人:第二问?

王:答。

## 二

主持人:第三问?

王小明:答。
"""


def test_ids_follow_the_documented_scheme() -> None:
    t = parse(ID_BODY)
    assert [p.id for p in t.preface] == ["pre-p1", "pre-p2"]
    assert [s.id for s in t.sections] == ["s1", "s2", "s3"]
    assert [q.id for q in t.questions()] == ["s1-q1", "s2-q1", "s2-q2", "s3-q1"]
    q = t.sections[1].questions[0]
    # Prompt paragraphs first, then the answers, numbered through the whole question.
    assert [(p.id, p.text) for p in q.paragraphs()] == [
        ("s2-q1-p1", "背景。"),
        ("s2-q1-p2", "问题?"),
        ("s2-q1-p3", "答一。"),
        ("s2-q1-p4", "续。"),
        ("s2-q1-p5", "答二。"),
    ]
    pattern = re.compile(r"pre-p\d+|s\d+-q\d+-p\d+")
    ids = [p.id for p in t.paragraphs()]
    assert all(pattern.fullmatch(i) for i in ids)
    assert len(set(ids)) == len(ids)


def test_ids_are_stable_across_parses() -> None:
    first, second = parse(ID_BODY), parse(ID_BODY)
    assert [p.id for p in first.paragraphs()] == [p.id for p in second.paragraphs()]
    assert [q.id for q in first.questions()] == [q.id for q in second.questions()]
    assert first == second


def test_ids_lead_back_to_their_nodes() -> None:
    t = parse(ID_BODY)
    q = t.sections[1].questions[0]
    assert t.find("s2-q1") is q
    assert t.find("s2") is t.sections[1]
    assert t.find("s2-q1-p4") is q.answers[0].paragraphs[1]
    assert t.question_of("s2-q1-p4") is q
    assert t.question_of("pre-p1") is None
    assert t.find("s9-q9") is None
    assert t.section_of(q) is t.sections[1]


# --- Markdown and raw HTML ---------------------------------------------------------------------------


def test_markdown_emphasis_and_links_are_rendered_and_text_is_plain() -> None:
    t = parse("主持人:问?\n\n王:这是 **重点** 和 *强调*,见 [官网](https://example.com)。\n")
    p = next(t.questions()).answers[0].paragraphs[0]
    assert "<strong>重点</strong>" in p.html
    assert "<em>强调</em>" in p.html
    assert '<a href="https://example.com">官网</a>' in p.html
    assert p.text == "这是 重点 和 强调,见 官网。"
    assert p.source == "这是 **重点** 和 *强调*,见 [官网](https://example.com)。"


@pytest.mark.parametrize("raw", ["<script>alert(1)</script>", "<b>x</b>"])
def test_raw_html_is_escaped_in_html_and_kept_literally_in_text(raw: str) -> None:
    t = parse(f"主持人:问?\n\n王:前 {raw} 后\n\n{raw}\n")
    for p in next(t.questions()).answers[0].paragraphs:
        assert raw in p.text
        assert "<script" not in p.html
        assert "<b>" not in p.html
        assert "&lt;" in p.html


def test_a_raw_html_block_is_text_too() -> None:
    t = parse('主持人:问?\n\n<div onclick="x()">\n<script>alert(1)</script>\n</div>\n')
    p = next(t.questions()).prompt.paragraphs[1]
    assert "<div" not in p.html
    assert "<script" not in p.html
    assert p.text == '<div onclick="x()">\n<script>alert(1)</script>\n</div>'


def test_plain_paragraphs_are_escaped_html() -> None:
    t = parse('主持人:a 与 b?\n\n王:5 > 3 且 "引号"。\n')
    p = next(t.questions()).answers[0].paragraphs[0]
    assert p.text == '5 > 3 且 "引号"。'
    assert "5 &gt; 3" in p.html
    assert "<" not in p.html


# --- encodings, line endings, hashing ------------------------------------------------------------------


def test_crlf_line_endings_and_a_bom_are_accepted(tmp_path: Path) -> None:
    text = FRONT + "\n" + ID_BODY
    lf = load_transcript(write(tmp_path, text, "lf.md"))
    crlf = load_transcript(write(tmp_path, "\ufeff" + text.replace("\n", "\r\n"), "crlf.md"))
    assert all_paragraphs(crlf) == all_paragraphs(lf)
    assert [p.id for p in crlf.paragraphs()] == [p.id for p in lf.paragraphs()]
    assert not any("\r" in p.text or "\ufeff" in p.text for p in crlf.paragraphs())
    assert crlf.id == "t-unit"
    assert [s.name for s in crlf.speakers] == ["主持人", "王", "王小明"]


def test_load_transcript_reads_a_file(tmp_path: Path) -> None:
    path = write(tmp_path, FRONT + "\n" + SIMPLE_BODY)
    t = load_transcript(path)
    assert t.path == str(path)
    assert all_paragraphs(t) == [("主持人", "第一个问题?"), ("王", "短名的回答。")]


def test_content_hash_is_stable_and_follows_the_text() -> None:
    a, b = parse(SIMPLE_BODY), parse(SIMPLE_BODY)
    assert re.fullmatch(r"[0-9a-f]{64}", a.content_hash)
    assert a.content_hash == b.content_hash
    assert parse(SIMPLE_BODY.replace("回答", "答复")).content_hash != a.content_hash
    assert parse(SIMPLE_BODY + "\n续。\n").content_hash != a.content_hash
