from __future__ import annotations

import unicodedata

import pytest

from desktop_app.domain.search.textfold import fold, fold_char


def reference(char: str) -> str:
    """The fold of one character, worked out another way: NFKC narrows the full-width forms."""
    code = ord(char)
    if 0xFF01 <= code <= 0xFF5E or char == "\u3000":
        char = unicodedata.normalize("NFKC", char)
        assert len(char) == 1
    lower = char.lower()
    return lower if len(lower) == 1 else char


EVERY_BMP_CHARACTER = "".join(map(chr, range(0x10000)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("：", ":"),
        ("ＡＩ", "ai"),
        ("ａｉ", "ai"),
        ("Ｓｏｒａ！", "sora!"),
        ("一\u3000二", "一 二"),
        ("Sora 会颠覆内容行业吗?", "sora 会颠覆内容行业吗?"),
        ("（１０：３０）", "(10:30)"),
        ("～", "~"),
        ("中文不变，标点、。不变", "中文不变,标点、。不变"),
        ("ΟΔΟΣ", "οδοσ"),
        ("ΣΑ", "σα"),
        ("İstanbul", "İstanbul"),
        ("ẞ", "ß"),
        ("𠮷Ａ", "𠮷a"),
        ("", ""),
    ],
)
def test_fold_maps_each_character(text: str, expected: str) -> None:
    assert fold(text) == expected
    assert len(fold(text)) == len(text)


def test_fold_keeps_the_length_and_folds_every_bmp_character_like_the_reference() -> None:
    folded = fold(EVERY_BMP_CHARACTER)
    assert len(folded) == len(EVERY_BMP_CHARACTER)
    assert folded == "".join(map(reference, EVERY_BMP_CHARACTER))


def test_the_fast_path_folds_like_the_exact_one() -> None:
    # 'İ' and 'Σ' send the whole text down the per-character table; without them it takes str.lower().
    plain = EVERY_BMP_CHARACTER.replace("\u0130", "").replace("\u03a3", "")
    assert fold(plain) == "".join(map(reference, plain))
    assert fold(plain + "Σ") == fold(plain) + "σ"
    assert fold("İ" + plain) == "İ" + fold(plain)


def test_final_sigma_is_folded_without_looking_at_neighbours() -> None:
    # str.lower() would give 'ς' at the end of a word; a query 'οσ' must still find 'ΟΣ' there.
    assert fold("ΟΔΟΣ ΟΔΟΣ") == "οδοσ οδοσ"
    assert fold("ΟΣ") in fold("ΟΔΟΣ")


def test_fold_char_is_one_character_for_every_bmp_character() -> None:
    assert all(len(fold_char(c)) == 1 for c in EVERY_BMP_CHARACTER)
    assert fold_char("Ｑ") == "q"
    assert fold_char("\u3000") == " "


def test_astral_characters_keep_their_place() -> None:
    text = "𠮷野家ＡＩ𝐀"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.index("ai") == text.index("ＡＩ")


def test_a_long_text_folds_piece_by_piece_to_the_same_characters() -> None:
    # Longer than a piece (textfold._PIECE), with the characters whose lowercase depends on their
    # neighbours in one piece only, and full-width forms across a piece boundary.
    from desktop_app.domain.search import textfold

    piece = textfold._PIECE
    text = "ＡＢＣ Sora 视频\u3000" * (piece // 7) + "ΣΑΣ İ" + "ＸＹＺ" * 5
    assert len(text) > piece
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == "".join(fold_char(c) for c in text)


def test_texts_folded_joined_are_the_joined_text_folded() -> None:
    # Short texts gathered into pieces, long ones cut into pieces, separators between: the same characters
    # as folding the joined text, whatever the mix.
    from desktop_app.domain.search import textfold
    from desktop_app.domain.search.textfold import fold_joined

    piece = textfold._PIECE
    short = ["ＡＢ Sora", "", "ΣΑΣ", "视频\u3000ＡＩ", "İx"]
    long = "ＸＹＺ 视频 Ａ" * (piece // 4)  # longer than a piece, not a multiple of it
    mixes = (short, [long], [long, long], [*short, long, *short], [long, *short * 9000, long, ""], [])
    for texts in mixes:
        assert fold_joined("\x00", texts) == fold("\x00".join(texts))
        assert fold_joined("\x00", texts) == "".join(fold_char(c) for c in "\x00".join(texts))
