"""Quote cards: 1080 px wide, every line inside the margins, Chinese line-breaking rules, excerpts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QFontMetricsF, QImage

from desktop_app import paths
from desktop_app.domain.anchoring import make_anchor
from desktop_app.domain.annotations import Color, Highlight
from desktop_app.domain.model import Paragraph, Transcript
from desktop_app.domain.parser import load_transcript
from desktop_app.render.card import (
    BAND,
    ELLIPSIS,
    EXCERPT,
    MARGIN,
    MAX_QUOTE_LINES,
    PALETTES,
    SCALE,
    WIDTH,
    card_png,
    draw_card,
    layout_card,
)
from desktop_app.render.linebreak import NO_END, NO_START, SENTENCE_END, break_paragraph, shorten_at_sentence
from desktop_app.storage.store import AnnotationStore

REPO = Path(__file__).resolve().parents[2]
SHORT = "视频行业的门槛,一下子被拉低了。"
ASTRAL = "𠮷野家的𠮷字,上面是土不是士;𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷。"
SENTENCE = "我们觉得,Sora 出来以后,视频创作者要面对的「不是工具的问题」,而是想法的问题!"
LONG = SENTENCE * 14


def highlight_of(transcript: Transcript, quote: str, color: Color = Color.PINK) -> Highlight:
    paragraph = next(transcript.paragraphs())
    anchor = make_anchor(paragraph.id, quote, 0, len(quote))
    return Highlight(
        id="6b1f0e2a-0000-4000-8000-000000000001", transcript_id=transcript.id,
        content_hash=transcript.content_hash, anchor=anchor, question_id="", speaker="宋东桓", color=color,
        note="", group_id="g", created="2024-01-01T00:00:00Z", updated="2024-01-01T00:00:00Z",
    )


@pytest.fixture(scope="module")
def transcript() -> Transcript:
    return load_transcript(paths.bundled_transcript())


@pytest.mark.parametrize("quote", [SHORT, LONG, ASTRAL], ids=["short", "long", "astral"])
@pytest.mark.parametrize("theme", sorted(PALETTES))
def test_a_card_is_1080_wide_and_every_line_fits_in_its_margins(
    transcript: Transcript, quote: str, theme: str
) -> None:
    layout = layout_card(highlight_of(transcript, quote), transcript, "金句", theme)
    image = draw_card(layout)
    assert (image.width(), image.height()) == (1080, layout.height * SCALE)
    assert image.devicePixelRatio() == SCALE
    for line in layout.lines:
        width = QFontMetricsF(line.font).horizontalAdvance(line.text)
        assert line.x >= MARGIN and line.x + width <= WIDTH - MARGIN + 0.01, line
        assert line.baseline < layout.height - 10, line
    # Drawn, not only measured: below the colour band, the side margins hold nothing but the page.
    page = QColor(PALETTES[theme].page).rgb()
    margin_px = (MARGIN - 4) * SCALE
    for y in range((BAND + 2) * SCALE, image.height(), 3):
        for x in (*range(0, margin_px, 5), *range(image.width() - margin_px, image.width(), 5)):
            assert image.pixel(x, y) == page, (x, y)


@pytest.mark.parametrize("quote", [SHORT, LONG, ASTRAL, SENTENCE * 3, "「" + "好" * 40 + "」,对吧?"])
def test_no_quote_line_starts_with_closing_or_ends_with_opening_punctuation(
    transcript: Transcript, quote: str
) -> None:
    lines = [line.text for line in layout_card(highlight_of(transcript, quote), transcript, "金句").lines
             if line.role == "quote"]
    assert "".join(lines).replace(" ", "") == (
        quote.replace(" ", "") if len(lines) < MAX_QUOTE_LINES else "".join(lines).replace(" ", "")
    )
    for text in lines:
        assert text[0] not in NO_START, lines
        assert text[-1] not in NO_END, lines
    assert sum(ch.isalnum() for ch in lines[-1]) > 1, lines  # no single character alone on the last line


def test_a_short_card_is_not_an_excerpt(transcript: Transcript) -> None:
    layout = layout_card(highlight_of(transcript, SHORT), transcript, "金句")
    assert not layout.excerpt
    assert EXCERPT not in [line.text for line in layout.lines]
    assert [line.text for line in layout.lines if line.role == "speaker"] == ["—— 宋东桓"]
    assert "金句" in [line.text for line in layout.lines if line.role == "label"]


def test_a_long_quote_is_shortened_at_a_sentence_end_with_an_ellipsis(transcript: Transcript) -> None:
    layout = layout_card(highlight_of(transcript, LONG), transcript, "金句")
    assert layout.excerpt and EXCERPT in [line.text for line in layout.lines]
    quote = "".join(line.text for line in layout.lines if line.role == "quote")
    assert len([line for line in layout.lines if line.role == "quote"]) <= MAX_QUOTE_LINES
    assert quote.endswith("!" + ELLIPSIS)
    kept = quote.removesuffix(ELLIPSIS).replace(" ", "")
    assert LONG.replace(" ", "").startswith(kept) and kept[-1] in SENTENCE_END


def test_an_astral_character_is_never_cut_in_half(transcript: Transcript) -> None:
    layout = layout_card(highlight_of(transcript, ASTRAL), transcript, "金句")
    lines = [line.text for line in layout.lines if line.role == "quote"]
    assert len(lines) > 1
    assert "".join(lines) == ASTRAL
    assert not any("\ud800" <= ch <= "\udfff" for text in lines for ch in text)


def test_line_breaking_pulls_the_character_before_closing_punctuation_down() -> None:
    # Each character is 1 wide, a line holds 4: "一二三四" then "，" would start the next line.
    lines = break_paragraph("一二三四，五六七八九", 4, len)
    assert lines == ["一二三", "四，五六", "七八九"]
    assert break_paragraph("一二三「四五六七", 4, len) == ["一二三", "「四五", "六七"]  # 「 moves
    assert break_paragraph("一二三「四五", 4, len) == ["一二三", "「四五"]  # 「 never ends a line
    assert break_paragraph("一二三四五", 4, len) == ["一二三", "四五"]  # no single 五 on the last line
    assert break_paragraph("Sora 出来", 4, len) == ["Sora", "出来"]  # a word is not split


def test_shortening_falls_back_to_a_clause_then_to_characters() -> None:
    assert shorten_at_sentence("一二。三四。五六", lambda t: len(t) <= 6) == "一二。……"
    assert shorten_at_sentence("一二,三四五六七", lambda t: len(t) <= 5) == "一二……"
    assert shorten_at_sentence("一二三四五六七", lambda t: len(t) <= 5) == "一二三……"


def test_the_card_command_writes_a_png(tmp_path: Path, transcript: Transcript) -> None:
    data = tmp_path / "data"
    paragraph = next(p for p in transcript.paragraphs() if isinstance(p, Paragraph) and len(p.text) > 20)
    with AnnotationStore.open(data) as store:
        anchor = make_anchor(paragraph.id, paragraph.text, 0, 20)
        (stored,) = store.add_highlights(transcript.id, transcript.content_hash, [(anchor, "", "宋东桓")],
                                         Color.YELLOW)
    out = tmp_path / "card.png"
    result = subprocess.run(
        [sys.executable, "main.py", "card", "--highlight", stored.id, "-o", str(out), "--theme", "sepia",
         "--data-dir", str(data)],
        cwd=REPO, capture_output=True, text=True, timeout=120, env={"QT_QPA_PLATFORM": "offscreen",
                                                                    "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() == 1080 and image.height() > 300
    assert image.pixelColor(1079, image.height() - 1).name() == PALETTES["sepia"].page
    assert out.read_bytes() == card_png(stored, transcript, "重点", "sepia")


def test_the_card_command_says_when_the_highlight_is_unknown(tmp_path: Path) -> None:
    data = tmp_path / "data"
    AnnotationStore.open(data).close()
    result = subprocess.run(
        [sys.executable, "main.py", "card", "--highlight", "6b1f0e2a-0000-4000-8000-000000000099", "-o",
         str(tmp_path / "card.png"), "--data-dir", str(data)],
        cwd=REPO, capture_output=True, text=True, timeout=120, env={"QT_QPA_PLATFORM": "offscreen",
                                                                    "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 1
    assert "There is no highlight '6b1f0e2a-0000-4000-8000-000000000099'" in result.stderr
    assert not (tmp_path / "card.png").exists()
