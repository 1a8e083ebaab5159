"""Fold text for searching, one character for one character.

``fold(text)`` has exactly ``len(text)`` characters, so an offset found in the folded text is the same
offset in the original: full-width ASCII forms (U+FF01–U+FF5E) become their ASCII counterparts, the
ideographic space (U+3000) becomes a space, and each character is lowercased on its own
(``c.lower()`` when that is one character, else ``c`` unchanged: 'İ' stays 'İ').
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterable

from desktop_app.domain.stepping import run_through

_FULLWIDTH_FIRST, _FULLWIDTH_LAST, _FULLWIDTH_SHIFT = 0xFF01, 0xFF5E, 0xFEE0
_IDEOGRAPHIC_SPACE = "\u3000"
# 'İ' lowercases to two characters and 'Σ' depends on its neighbours in str.lower(): texts holding
# them take the exact per-character table instead of the fast whole-string lower().
_CONTEXTUAL = frozenset("\u0130\u03a3")
_SPECIAL = re.compile("[\uff01-\uff5e\u3000\u0130\u03a3]")


def fold_char(char: str) -> str:
    """The folded form of one character (always one character)."""
    code = ord(char)
    if _FULLWIDTH_FIRST <= code <= _FULLWIDTH_LAST:
        char = chr(code - _FULLWIDTH_SHIFT)
    elif char == _IDEOGRAPHIC_SPACE:
        char = " "
    lower = char.lower()
    return lower if len(lower) == 1 else char


class _FoldTable(dict[int, int]):
    """A str.translate table that learns each code point the first time it is seen."""

    def __missing__(self, code: int) -> int:
        folded = ord(fold_char(chr(code)))
        self[code] = folded
        return folded


_TABLE = _FoldTable()


# A long text is folded a piece at a time: folding is per character, so the pieces give the same text,
# and the search's preparation yields to the window between them (one str.lower() over a 50 MB
# paragraph held the interpreter for a quarter of a second, and the window with it).
_PIECE = 1 << 16


def fold(text: str) -> str:
    """``text`` folded for searching: same length, full-width forms narrowed, lowercased per character."""
    if len(text) > _PIECE:
        return "".join([_fold(text[at : at + _PIECE]) for at in range(0, len(text), _PIECE)])
    return _fold(text)


def fold_joined(separator: str, texts: Iterable[str]) -> str:
    """``fold(separator.join(texts))``, without first making the joined text whole (see folding_joined)."""
    return run_through(folding_joined(separator, texts))


def folding_joined(separator: str, texts: Iterable[str]) -> Generator[None, None, str]:
    """``fold_joined`` a piece at a time: it yields after each folded piece and returns the folded text.

    Short texts are folded together a piece's worth at a time, a long one a piece at a time, and only the
    folded pieces are joined: the search's preparation made two 50 MB strings before (the join, then the
    folded pieces' join), each holding the interpreter for ~50 ms.
    """
    parts: list[str] = []  # folded, in order
    pending: list[str] = []  # short texts (and separators) not folded yet
    size = 0
    for number, text in enumerate(texts):
        if number:
            pending.append(separator)
            size += len(separator)
        if len(text) > _PIECE:
            if pending:
                parts.append(_fold("".join(pending)))
                pending, size = [], 0
            for at in range(0, len(text), _PIECE):
                parts.append(_fold(text[at : at + _PIECE]))
                yield
            continue
        pending.append(text)
        size += len(text)
        if size >= _PIECE:
            parts.append(_fold("".join(pending)))
            pending, size = [], 0
            yield
    if pending:
        parts.append(_fold("".join(pending)))
    return "".join(parts)


def _fold(text: str) -> str:
    specials = set(_SPECIAL.findall(text))
    if specials & _CONTEXTUAL:
        return text.translate(_TABLE)
    # Without 'İ' and 'Σ', str.lower() is the per-character lowercase, and it runs in C.
    folded = text.lower()
    for char in specials:
        folded = folded.replace(char.lower(), fold_char(char))
    return folded
