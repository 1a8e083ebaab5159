from __future__ import annotations

import unicodedata

from desktop_app import paths
from desktop_app.domain.citation import cite
from desktop_app.domain.model import Paragraph
from desktop_app.domain.parser import load_transcript
from desktop_app.domain.stats import (
    CJK_PER_MINUTE,
    PIECE,
    WORDS_PER_MINUTE,
    reading_minutes,
    section_shares,
    speaker_shares,
    text_chars,
)

T = load_transcript(paths.bundled_transcript())


def test_text_chars_leave_out_punctuation_and_spaces() -> None:
    assert text_chars("Sora真正厉害在哪里?") == 11
    assert text_chars("“十年之内,见证好莱坞们的坍塌”") == 13
    assert text_chars("— , 。、!") == 0


def test_speaker_shares_count_characters_and_turns_independently() -> None:
    shares = {s.speaker: s for s in speaker_shares(T)}
    for name in ("T前线", "宋东桓", "薛彦泽"):
        turns = [t for q in T.questions() for t in (q.prompt, *q.answers) if t.speaker == name]
        texts = [p.text for t in turns for p in t.paragraphs]
        chars = sum(1 for text in texts for c in text if unicodedata.category(c)[0] in "LN")
        assert (shares[name].turns, shares[name].chars) == (len(turns), chars)
    assert abs(sum(s.share for s in shares.values()) - 1) < 1e-9
    assert shares["宋东桓"].share > shares["薛彦泽"].share > shares["T前线"].share
    assert shares["T前线"].turns == 9


def test_section_shares_and_reading_time() -> None:
    s4 = T.find("s4")
    shares = {s.speaker: s for s in section_shares(T, s4)}
    assert shares["T前线"].turns == 2 and shares["宋东桓"].turns == 2 and shares["薛彦泽"].turns == 1
    minutes = reading_minutes(T.paragraphs())
    cjk = sum(1 for p in T.paragraphs() for c in p.text if "\u4e00" <= c <= "\u9fff")
    assert cjk / 400 <= minutes < cjk / 400 + 2


def test_citation() -> None:
    assert cite("Sora真正\n厉害", ["宋东桓", "宋东桓"], "对话") == "「Sora真正 厉害」——宋东桓,《对话》"
    assert cite("x", ["宋东桓", "薛彦泽"], "") == "「x」——宋东桓、薛彦泽"
    assert cite("x", [], "") == "「x」"


def test_the_summary_is_kept_by_content_hash_and_a_damaged_cache_is_ignored(tmp_path) -> None:
    from desktop_app.domain.stats import summary

    first = summary(T, tmp_path)
    (cached,) = tmp_path.glob("stats-*.json")
    assert summary(T, tmp_path) == first == summary(T)
    cached.write_text("{not json", encoding="utf-8")
    assert summary(T, tmp_path) == first
    blocked = tmp_path / "file"
    blocked.write_text("x", encoding="utf-8")
    assert summary(T, blocked / "cache") == first  # cannot be written: still answers


def test_a_paragraph_longer_than_a_piece_counts_every_word_and_character_once() -> None:
    # The long text is counted in pieces; a word where a piece would end ("don't-stop" at PIECE) and
    # ideographs on both sides must each count once.
    text = "中" * (PIECE - 3) + "don't-stop " + "文" * (2 * PIECE) + " e-mail"
    paragraph = Paragraph("p", "甲", text, "", text)
    cjk = 3 * PIECE - 3
    assert reading_minutes([paragraph]) == cjk / CJK_PER_MINUTE + 2 / WORDS_PER_MINUTE
    assert text_chars(text) == cjk + len("dontstopemail")
