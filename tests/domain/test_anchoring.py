"""Anchoring: UTF-16 ↔ code points, making anchors, and finding them again after edits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.domain.anchoring import (
    How,
    Placement,
    code_points_to_utf16,
    make_anchor,
    place,
    place_all,
    utf16_to_code_points,
)
from desktop_app.domain.annotations import CONTEXT_CHARS, Anchor
from desktop_app.domain.model import Paragraph, Transcript
from desktop_app.domain.parser import parse_transcript

FRONT = """---
id: t-anchoring
title: 锚点测试
source: tests
language: zh-Hans
speakers:
  - name: T前线
    role: host
  - name: 宋东桓
    role: guest
---

"""


def transcript(*questions: tuple[str, ...]) -> Transcript:
    """A transcript with one question per tuple: the host's prompt, then 宋东桓's paragraphs."""
    blocks: list[str] = []
    for prompt, *answers in questions:
        blocks.append(f"T前线:{prompt}")
        for i, answer in enumerate(answers):
            blocks.append(f"宋东桓:{answer}" if i == 0 else answer)
    return parse_transcript(FRONT + "\n\n".join(blocks) + "\n", "test.md")


def text_of(t: Transcript, paragraph_id: str) -> str:
    node = t.find(paragraph_id)
    assert isinstance(node, Paragraph), paragraph_id
    return node.text


def anchor_on(t: Transcript, paragraph_id: str, quote: str, occurrence: int = 0) -> Anchor:
    """An anchor on the ``occurrence``-th appearance of ``quote`` in the paragraph."""
    text = text_of(t, paragraph_id)
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return make_anchor(paragraph_id, text, start, start + len(quote))


def assert_holds(t: Transcript, placement: Placement | None, quote: str) -> Placement:
    assert placement is not None
    assert text_of(t, placement.paragraph_id)[placement.start : placement.end] == quote
    return placement


SORA = "要理解Sora的厉害之处,我们首先得审视以往的视频生成技术。Sora会颠覆内容行业吗?这是大家关心的问题。"
OTHER = "Diffusion transformer则不同,它将视频视为时空连续的实体,就像语言模型处理文本一样。"
QUOTE = "Sora会颠覆内容行业吗"

# --- UTF-16 ↔ code points ---------------------------------------------------------------------------

SAMPLES = [
    "",
    "plain ascii",
    "纯中文段落",
    "𠮷",
    "😀",
    "𠮷野家的😀很好吃",
    "a😀b𠮷c中文d😀😀e",
    "😀" * 5 + "末",
    "Sora 🎬 视频 𠮷 mixed text 👍🏽 ok",
]


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@pytest.mark.parametrize("text", SAMPLES)
def test_conversions_match_utf16_encoding_at_every_index(text: str) -> None:
    for i in range(len(text) + 1):
        units = utf16_length(text[:i])
        assert code_points_to_utf16(text, i) == units
        assert utf16_to_code_points(text, units) == i
        assert utf16_to_code_points(text, units, round_up=True) == i


def test_conversions_on_a_long_paragraph_with_astral_characters() -> None:
    text = "".join(f"第{i}句话😀" if i % 3 else f"𠮷{i}" for i in range(600))
    assert len(text) > 3000
    for i in range(len(text) + 1):
        units = utf16_length(text[:i])
        assert code_points_to_utf16(text, i) == units
        assert utf16_to_code_points(text, units) == i


def test_an_offset_inside_a_surrogate_pair_rounds_down_or_up() -> None:
    text = "a😀b𠮷"
    # "a" is 1 unit, "😀" units 1–2, "b" unit 3, "𠮷" units 4–5.
    assert utf16_to_code_points(text, 2) == 1
    assert utf16_to_code_points(text, 2, round_up=True) == 2
    assert utf16_to_code_points(text, 5) == 3
    assert utf16_to_code_points(text, 5, round_up=True) == 4


def test_offsets_outside_the_text_are_clamped() -> None:
    text = "前😀后"
    assert utf16_to_code_points(text, -3) == 0
    assert utf16_to_code_points(text, 99) == 3
    assert utf16_to_code_points(text, 99, round_up=True) == 3
    assert code_points_to_utf16(text, -3) == 0
    assert code_points_to_utf16(text, 99) == 4


def test_a_qt_selection_over_an_astral_character_anchors_the_whole_character() -> None:
    text = "我爱𠮷野家"
    # A selection from the middle of 𠮷 to the middle of itself still covers the character.
    start = utf16_to_code_points(text, 3)
    end = utf16_to_code_points(text, 3, round_up=True)
    assert text[start:end] == "𠮷"


# --- make_anchor ------------------------------------------------------------------------------------

LONG = "".join(chr(0x4E00 + i) for i in range(100))


def test_make_anchor_keeps_context_chars_either_side() -> None:
    anchor = make_anchor("s1-q1-p2", LONG, 40, 45)
    assert anchor == Anchor("s1-q1-p2", 40, 45, LONG[40:45], LONG[8:40], LONG[45:77])
    assert len(anchor.prefix) == len(anchor.suffix) == CONTEXT_CHARS


def test_make_anchor_context_is_shorter_near_the_edges() -> None:
    near_start = make_anchor("p", LONG, 5, 10)
    assert near_start.prefix == LONG[:5]
    assert near_start.suffix == LONG[10:42]
    near_end = make_anchor("p", LONG, 90, 97)
    assert near_end.prefix == LONG[58:90]
    assert near_end.suffix == LONG[97:]


def test_make_anchor_clamps_into_the_text() -> None:
    anchor = make_anchor("p", "短文本", -4, 50)
    assert (anchor.start, anchor.end, anchor.exact, anchor.prefix, anchor.suffix) == (0, 3, "短文本", "", "")


def test_make_anchor_counts_context_in_code_points() -> None:
    text = "😀" * 40 + "引文" + "𠮷" * 40
    anchor = make_anchor("p", text, 40, 42)
    assert anchor.exact == "引文"
    assert anchor.prefix == "😀" * CONTEXT_CHARS
    assert anchor.suffix == "𠮷" * CONTEXT_CHARS


@pytest.mark.parametrize(("start", "end"), [(3, 3), (4, 2), (50, 60), (-5, 0)])
def test_make_anchor_refuses_an_empty_range(start: int, end: int) -> None:
    with pytest.raises(ValueError):
        make_anchor("p", "一段文字", start, end)


# --- place ------------------------------------------------------------------------------------------

BASE = (
    ("Sora真正厉害在哪里?", SORA, OTHER),
    ("如何看待Sora的翻车视频?", "我发现Sora在处理遮挡问题时偶尔会出现问题。"),
)


def test_an_unchanged_transcript_places_exactly() -> None:
    t = transcript(*BASE)
    anchor = anchor_on(t, "s1-q1-p2", QUOTE)
    assert place(anchor, t) == Placement("s1-q1-p2", anchor.start, anchor.end, How.EXACT)


def test_text_inserted_before_the_quote_moves_it_within_the_paragraph() -> None:
    old = transcript(*BASE)
    anchor = anchor_on(old, "s1-q1-p2", QUOTE)
    inserted = "(编者按:此处有补充)"
    new = transcript(("Sora真正厉害在哪里?", inserted + SORA, OTHER), BASE[1])
    placement = assert_holds(new, place(anchor, new), QUOTE)
    assert placement == Placement(
        "s1-q1-p2", anchor.start + len(inserted), anchor.end + len(inserted), How.SAME_PARAGRAPH
    )


def test_a_word_changed_inside_the_quote_orphans_it() -> None:
    old = transcript(*BASE)
    anchor = anchor_on(old, "s1-q1-p2", QUOTE)
    new = transcript(("Sora真正厉害在哪里?", SORA.replace("内容行业", "影视行业"), OTHER), BASE[1])
    assert place(anchor, new) is None


def test_a_word_changed_inside_the_quote_still_finds_another_occurrence() -> None:
    old = transcript(*BASE)
    anchor = anchor_on(old, "s1-q1-p2", QUOTE)
    elsewhere = "有人问:" + QUOTE + "?我认为不会。"
    new = transcript(
        ("Sora真正厉害在哪里?", SORA.replace("内容行业", "影视行业"), OTHER), (*BASE[1], elsewhere)
    )
    placement = assert_holds(new, place(anchor, new), QUOTE)
    assert (placement.paragraph_id, placement.how) == ("s1-q2-p3", How.ELSEWHERE)


def test_a_deleted_paragraph_whose_quote_lives_on_elsewhere() -> None:
    old = transcript(("Sora真正厉害在哪里?", OTHER, SORA), BASE[1])
    anchor = anchor_on(old, "s1-q1-p3", QUOTE)
    new = transcript(("Sora真正厉害在哪里?", OTHER), ("如何看待?", "前面的话。" + SORA))
    assert new.find("s1-q1-p3") is None
    placement = assert_holds(new, place(anchor, new), QUOTE)
    assert placement == Placement(
        "s1-q2-p2", anchor.start + len("前面的话。"), anchor.end + len("前面的话。"), How.ELSEWHERE
    )


def test_a_deleted_paragraph_whose_quote_is_gone_orphans_it() -> None:
    old = transcript(("Sora真正厉害在哪里?", OTHER, SORA), BASE[1])
    anchor = anchor_on(old, "s1-q1-p3", QUOTE)
    new = transcript(("Sora真正厉害在哪里?", OTHER), BASE[1])
    assert place(anchor, new) is None


def test_context_beats_nearness_for_a_quote_twice_in_a_paragraph() -> None:
    old = transcript(("开始吧?", "前言很长很长。他说好的,我们开始吧。"))
    anchor = anchor_on(old, "s1-q1-p2", "好的")
    new_text = "前言很长很长。她回答好的吧。后来又补充了一段很长很长的文字," + "他说好的,我们开始吧。"
    new = transcript(("开始吧?", new_text))
    first, second = new_text.index("好的"), new_text.rindex("好的")
    # The first occurrence is nearer the old start; only the context points at the second.
    assert abs(first - anchor.start) < abs(second - anchor.start)
    placement = place(anchor, new)
    assert placement == Placement("s1-q1-p2", second, second + 2, How.SAME_PARAGRAPH)


def test_equal_context_goes_to_the_occurrence_nearest_the_old_start() -> None:
    old = transcript(("问?", "甲" * 20 + "好的乙"))
    anchor = anchor_on(old, "s1-q1-p2", "好的")
    assert anchor.start == 20
    new_text = "丙好的丁" + "丁" * 16 + "丙好的丁"
    new = transcript(("问?", new_text))
    placement = place(anchor, new)
    assert placement == Placement("s1-q1-p2", 21, 23, How.SAME_PARAGRAPH)


def test_the_original_occurrence_of_a_repeated_quote_stays_put() -> None:
    t = transcript(("问?", "好的,好的,都好的。"))
    anchor = anchor_on(t, "s1-q1-p2", "好的", occurrence=1)
    assert place(anchor, t) == Placement("s1-q1-p2", anchor.start, anchor.end, How.EXACT)


def test_a_paragraph_inserted_before_shifts_ids_but_the_quote_is_found() -> None:
    old = transcript(*BASE)
    anchor = anchor_on(old, "s1-q1-p2", QUOTE)
    new = transcript(("Sora真正厉害在哪里?", "新插入的一段开场白。", SORA, OTHER), BASE[1])
    assert text_of(new, "s1-q1-p2") == "新插入的一段开场白。"
    placement = assert_holds(new, place(anchor, new), QUOTE)
    assert placement == Placement("s1-q1-p3", anchor.start, anchor.end, How.ELSEWHERE)


def test_elsewhere_prefers_the_best_context_then_reading_order() -> None:
    old = transcript(("问?", "他说好的,我们开始吧。"))
    anchor = anchor_on(old, "s1-q1-p2", "好的")
    poor, good = "她回答好的吧。", "有人说好的,我们开始吧。"
    new = transcript(("问?", "无关的话。"), ("再问?", poor, good, poor, good))
    assert place(anchor, new) == Placement("s1-q2-p3", 3, 5, How.ELSEWHERE)
    # No paragraph holds the full context: the best partial match still wins, the earliest on a tie.
    anchor = anchor_on(old, "s1-q1-p2", "好的,")
    new = transcript(("问?", "无关的话。"), ("再问?", "好的,不。", "她说好的,然后。", "我说好的,然后。"))
    assert place(anchor, new) == Placement("s1-q2-p3", 2, 5, How.ELSEWHERE)


def test_astral_characters_before_the_quote_keep_code_point_offsets() -> None:
    text = "𠮷野家😀的故事:" + SORA
    old = transcript(("问?", text))
    anchor = anchor_on(old, "s1-q1-p2", QUOTE)
    assert anchor.start == text.index(QUOTE)
    assert code_points_to_utf16(text, anchor.start) == anchor.start + 2
    assert place(anchor, old) == Placement("s1-q1-p2", anchor.start, anchor.end, How.EXACT)
    new = transcript(("问?", "😀😀" + text))
    placement = assert_holds(new, place(anchor, new), QUOTE)
    assert placement == Placement("s1-q1-p2", anchor.start + 2, anchor.end + 2, How.SAME_PARAGRAPH)


def test_a_whitespace_quote_is_only_placed_where_it_was() -> None:
    t = transcript(("问?", "a b c d"))
    assert place(Anchor("s1-q1-p2", 1, 2, " ", "a", "b"), t) == Placement("s1-q1-p2", 1, 2, How.EXACT)
    assert place(Anchor("s1-q1-p2", 0, 1, " ", "", "b"), t) is None
    assert place(Anchor("gone", 0, 1, " ", "", ""), t) is None


def test_offsets_outside_the_paragraph_do_not_count_as_exact() -> None:
    t = transcript(("问?", "好的好的"))
    # A negative start slices from the end in Python; it must not pass step (a).
    placement = place(Anchor("s1-q1-p2", -2, 4, "好的", "", ""), t)
    assert placement is not None
    assert placement.how is How.SAME_PARAGRAPH


# --- place_all --------------------------------------------------------------------------------------


def big_transcript(questions: int) -> Transcript:
    return transcript(*((f"第{q}个问题?", f"回答{q}:" + SORA, f"补充{q}:" + OTHER) for q in range(questions)))


def test_place_all_returns_every_key_and_agrees_with_place() -> None:
    old = big_transcript(200)
    anchors: list[tuple[str, Anchor]] = []
    for n in range(10_000):
        q = n % 200 + 1
        paragraph_id = f"s1-q{q}-p{2 + n % 2}"
        text = text_of(old, paragraph_id)
        start = n % (len(text) - 6)
        anchors.append((f"h{n}", make_anchor(paragraph_id, text, start, start + 6)))
    anchors.append(("orphan", Anchor("s1-q1-p2", 0, 4, "不存在的", "", "")))
    # The new version drops the last question: its anchors move elsewhere or become orphans.
    new = big_transcript(199)
    result = place_all(anchors, new)
    assert set(result) == {key for key, _ in anchors}
    assert result["orphan"] is None
    assert {p.how for p in result.values() if p is not None} >= {How.EXACT, How.ELSEWHERE}
    for key, anchor in anchors[::97] + anchors[-5:]:
        assert result[key] == place(anchor, new), key


def test_place_all_indexes_the_transcript_once_per_call(monkeypatch: pytest.MonkeyPatch) -> None:
    t = big_transcript(50)
    calls = 0
    real = Transcript.paragraphs

    def counting(self: Transcript) -> Iterator[Paragraph]:
        nonlocal calls
        calls += 1
        return real(self)

    monkeypatch.setattr(Transcript, "paragraphs", counting)
    good = [(f"h{n}", anchor_on(t, "s1-q3-p2", QUOTE)) for n in range(1000)]
    assert all(p is not None and p.how is How.EXACT for p in place_all(good, t).values())
    assert calls == 0  # every anchor placed by its own paragraph (the transcript's index): no scan
    lost = [(f"x{n}", Anchor(f"gone-{n}", 0, 2, "好的" if n % 2 else QUOTE, "", "")) for n in range(1000)]
    result = place_all(good + lost, t)
    assert calls == 1  # one search corpus for this call, not one per lost anchor
    assert sum(p is None for p in result.values()) == 500
