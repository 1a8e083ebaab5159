"""Random input never escapes as anything but the project's errors; generated dialogues keep every text."""

from __future__ import annotations

import string
from dataclasses import dataclass

from convert_helpers import outcome
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.convert import Draft, convert, detect, to_markdown
from desktop_app.domain.convert.encodings import decode_text
from desktop_app.domain.convert.text import looks_like_heading, split_label
from desktop_app.domain.model import Role, Transcript
from desktop_app.domain.parser import decode, parse_transcript

FRONT = """\
---
id: fuzz
title: 随机
source: hypothesis
language: zh-Hans
speakers:
  - name: 主持人
    role: host
  - name: 王
    role: guest
---

"""
PIECES = [
    "主持人:",
    "王:",
    "王：",
    "## ",
    "# ",
    "\n",
    "\n\n",
    "---\n",
    "1. ",
    "> ",
    "    ",
    "\x00",
    "\r\n",
    "？",
]
ANY_CHAR = st.characters(codec="utf-8")  # no lone surrogates: they cannot be in a file
CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5).filter(lambda c: c not in "吗呢么")
MESSY = st.lists(
    st.one_of(ANY_CHAR, CJK, st.sampled_from(list(":：#*_`[]<>&\\!|~=-+. \t")), st.sampled_from(PIECES)),
    max_size=80,
).map("".join)
# Lines with labels, so that many of them do convert and the round trip is checked on messy text.
LABELLED = st.lists(
    st.tuples(
        st.sampled_from(["主持人:", "王：", "Li:", "", ""]), MESSY, st.sampled_from(["?", "？", "", "。"])
    ),
    min_size=1,
    max_size=12,
).map(lambda lines: "\n".join(label + text + end for label, text, end in lines))
PREFIXES = st.sampled_from(["", FRONT, "WEBVTT\n\n", "WEBVTT\n\n00:00.000 --> 00:01.000\n<v 主持人>"])


def expected_paragraphs(draft: Draft) -> list[tuple[str | None, str]]:
    """(speaker, text) of every paragraph the parser should read from to_markdown(draft)."""
    paragraphs: list[tuple[str | None, str]] = []
    current: str | None = None
    for block in draft.blocks:
        if block.kind == "turn":
            current = block.speaker
        speaker = {"turn": current, "continuation": current, "preface": block.speaker or None}.get(block.kind)
        if block.kind != "heading" and block.text:
            paragraphs.append((speaker, block.text))
    return paragraphs


def assert_round_trip(markdown: str, draft: Draft) -> Transcript:
    """The markdown reads back (no error of any kind) with the draft's paragraphs and headings."""
    transcript = parse_transcript(markdown, "converted.md")
    assert [(p.speaker, p.text) for p in transcript.paragraphs()] == expected_paragraphs(draft)
    opening = "开篇" if draft.language == "zh-Hans" else "Opening"
    headings = [b.text for b in draft.blocks if b.kind == "heading"]
    assert [s.title for s in transcript.sections] == [opening, *headings]
    return transcript


@settings(max_examples=200, deadline=None)
@given(prefix=PREFIXES, text=st.one_of(MESSY, LABELLED))
def test_any_text_is_converted_or_refused_with_a_reader_error(prefix: str, text: str) -> None:
    text = prefix + text
    outcome(parse_transcript, text, "fuzz.md")
    result = outcome(convert, text.encode("utf-8"), "fuzz.txt")
    if result is not None:
        markdown, draft, encoding = result
        assert encoding == "UTF-8"
        assert_round_trip(markdown, draft)


@settings(max_examples=200, deadline=None)
@given(text=st.text(), name=st.text(max_size=20))
def test_any_unicode_text_with_any_name(text: str, name: str) -> None:
    outcome(parse_transcript, text, name)
    result = outcome(convert, text.encode("utf-8"), name)
    if result is not None:
        assert_round_trip(result[0], result[1])


BOMS = st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"])


@settings(max_examples=200, deadline=None)
@given(bom=BOMS, data=st.binary(max_size=300))
def test_any_bytes_are_decoded_or_refused_with_a_reader_error(bom: bytes, data: bytes) -> None:
    data = bom + data
    text = outcome(decode, data, "fuzz.md")
    if text is not None:
        outcome(parse_transcript, text, "fuzz.md")
    decoded = outcome(decode_text, data, "fuzz.txt")
    if decoded is not None:
        assert "\r" not in decoded[0]
        assert decoded[0]
    result = outcome(convert, data, "fuzz.txt")
    if result is not None:
        assert_round_trip(result[0], result[1])


# --- generated dialogues -------------------------------------------------------------------------------

LATIN = st.sampled_from(string.ascii_letters)
NAME = st.text(st.one_of(CJK, LATIN), min_size=1, max_size=6)
TEXT_CHAR = st.one_of(CJK, LATIN, st.sampled_from(list("0123456789 ，、:：#*_`[]<>&\\!|~=-+.()“”'\"\t")))
PADDING = st.sampled_from(["", " ", "\t", "\u3000", "  "])
COLON = st.sampled_from([":", "：", ": ", "：\u3000"])


def words(end: str) -> st.SearchStrategy[str]:
    return (
        st.text(TEXT_CHAR, min_size=1, max_size=30)
        .map(lambda s: s.strip() + end)
        .filter(lambda s: len(s) > 1)
    )


SENTENCE = words("。").filter(lambda s: split_label(s) is None)
QUESTION = st.one_of(words("?"), words("？"))
HEADING = (
    st.text(st.one_of(CJK, LATIN, st.sampled_from(list(" ,·“”"))), min_size=1, max_size=20)
    .map(str.strip)
    .filter(lambda h: looks_like_heading(h) and split_label(h) is None)
)


@dataclass
class Question:
    prompt: list[str]
    answers: list[tuple[str, list[str]]]


@dataclass
class Dialogue:
    host: str
    guests: list[str]
    preface: list[str]
    headings: list[str]  # one per section after the first
    sections: list[list[Question]]
    lines: list[str]


@st.composite
def dialogues(draw: st.DrawFn) -> Dialogue:
    host = draw(NAME)
    guests = draw(st.lists(NAME.filter(lambda n: n != host), min_size=1, max_size=3, unique=True))

    def question(everyone: bool) -> Question:
        prompt = [draw(QUESTION), *draw(st.lists(SENTENCE, max_size=1))]
        who = guests if everyone else draw(st.lists(st.sampled_from(guests), min_size=1, max_size=3))
        return Question(prompt, [(g, draw(st.lists(SENTENCE, min_size=1, max_size=3))) for g in who])

    count = draw(st.integers(min_value=1, max_value=3))
    sections = [[question(False) for _ in range(draw(st.integers(1, 3)))] for _ in range(count)]
    # Everyone answers the first and the last question: each label then starts two lines or more.
    sections[0].insert(0, question(True))
    sections[-1].append(question(True))
    preface = draw(st.lists(SENTENCE, max_size=3))
    headings = draw(st.lists(HEADING, min_size=count - 1, max_size=count - 1))
    dialogue = Dialogue(host, guests, preface, headings, sections, [])
    lines = [draw(PADDING) + line + draw(PADDING) for line in dialogue.preface]
    for i, section in enumerate(sections):
        if i:
            lines.append(dialogue.headings[i - 1])
        for q in section:
            lines.append(f"{draw(PADDING)}{host}{draw(COLON)}{q.prompt[0]}")
            lines.extend(q.prompt[1:])
            for guest, said in q.answers:
                lines.append(f"{guest}{draw(COLON)}{said[0]}{draw(PADDING)}")
                lines.extend(draw(PADDING) + line for line in said[1:])
    dialogue.lines = lines
    return dialogue


@settings(max_examples=200, deadline=None)
@given(dialogue=dialogues(), blank=st.sampled_from(["\n", "\n\n", "\r\n", "\n \n"]))
def test_generated_dialogues_keep_every_line_and_their_structure(dialogue: Dialogue, blank: str) -> None:
    markdown, draft, _ = convert(blank.join(dialogue.lines).encode("utf-8"), "dialogue.txt")
    transcript = assert_round_trip(markdown, draft)
    assert [(s.name, s.role) for s in transcript.speakers] == [
        (dialogue.host, Role.HOST),
        *((g, Role.GUEST) for g in dialogue.guests),
    ]
    assert [p.text for p in transcript.preface] == dialogue.preface
    assert [s.title for s in transcript.sections][1:] == dialogue.headings
    got = [
        (
            [p.text for p in q.prompt.paragraphs],
            [(t.speaker, [p.text for p in t.paragraphs]) for t in q.answers],
        )
        for q in transcript.questions()
    ]
    # The same guest labelled twice in a row gives two turns, as the parser reads it.
    want = [
        (q.prompt, [(guest, [line.strip() for line in said]) for guest, said in q.answers])
        for section in dialogue.sections
        for q in section
    ]
    assert got == want


def test_detect_and_to_markdown_keep_each_line_of_a_generated_dialogue_example() -> None:
    lines = ["前言。", "主持人:问一?", "王:答。", "#继续。", "小标题", "主持人:问二?", "王:*好*。"]
    draft = detect("\n".join(lines), "x.txt")
    transcript = assert_round_trip(to_markdown(draft), draft)
    assert [p.text for p in transcript.paragraphs()] == [
        "前言。",
        "问一?",
        "答。",
        "#继续。",
        "问二?",
        "*好*。",
    ]
