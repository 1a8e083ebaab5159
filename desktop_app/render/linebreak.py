"""Chinese line breaking (禁则) for text drawn line by line: plain Python, widths come from a callback.

Rules, as Chinese typesetting has them (cf. W3C "Requirements for Chinese Text Layout"):

* no line starts with closing punctuation (，。、；：！？」』）》 …); the character before it is pulled down
  with it, so nothing hangs into the margin;
* no line ends with opening punctuation (「『（《 …);
* ``……`` and ``——`` are never split, nor is a run of Latin letters and digits (a word, a number);
* the last line of a paragraph never holds a single character alone: one more is pulled down.

Offsets count code points, so an astral character such as 𠮷 is one character and never cut in half.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Closing punctuation, and marks that lean on what precedes them: never at the start of a line.
NO_START = frozenset("，。、；：！？」』）》〉】〕〗〙〛”’,.;:!?)]}…‥・～%‰℃ー々ゝゞ")
# Opening punctuation: never at the end of a line.
NO_END = frozenset("「『（《〈【〔〖〘〚“‘([{")
# What ends a sentence, for shortening at a sentence boundary (closing quotes may follow it).
SENTENCE_END = frozenset("。！？!?")
_SENTENCE_CLOSE = frozenset("」』）》”’\"')")

# Tokens: a run of Latin letters/digits (with inner . , ' - ), a run of … or —, a space run, one character.
_TOKEN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9'’._\-]*[A-Za-z0-9])?|…+|—+|[ \t]+|.", re.DOTALL)

Measure = Callable[[str], float]


def tokens(text: str) -> list[str]:
    """``text`` cut into the pieces a line may break between."""
    return _TOKEN.findall(text)


def _breakable(before: str, after: str) -> bool:
    """True when a line may end after token ``before`` and the next start with token ``after``."""
    if after[0] in NO_START or (after[0] in "…—" and before[-1] in "…—"):
        return False
    return before[-1] not in NO_END


def _line_text(parts: list[str]) -> str:
    return "".join(parts).strip(" \t")


def break_paragraph(text: str, width: float, measure: Measure) -> list[str]:
    """The lines of one paragraph (no newlines in ``text``), each at most ``width`` wide when it can be.

    A single token wider than ``width`` (a very long word) is cut between characters.
    """
    parts = _fit_tokens(tokens(text), width, measure)
    lines: list[list[str]] = []
    start = 0
    while start < len(parts):
        end = _line_end(parts, start, width, measure)
        lines.append(parts[start:end])
        start = end
        while start < len(parts) and not parts[start].strip(" \t"):
            start += 1  # a line never starts with the space it broke at
    _no_orphan(lines, width, measure)
    return [_line_text(line) for line in lines if _line_text(line)]


def _fit_tokens(parts: list[str], width: float, measure: Measure) -> list[str]:
    """Tokens too wide for a line, cut into single characters (code points)."""
    fitted: list[str] = []
    for part in parts:
        if len(part) > 1 and measure(part) > width:
            fitted.extend(part)
        else:
            fitted.append(part)
    return fitted


def _line_end(parts: list[str], start: int, width: float, measure: Measure) -> int:
    """Where the line that starts at ``start`` ends: the last allowed break whose line fits."""
    fitting = start + 1  # a line holds at least one token, even one too wide (there is no other choice)
    best_allowed = None
    for end in range(start + 1, len(parts) + 1):
        if measure(_line_text(parts[start:end])) > width:
            break
        fitting = end
        if end == len(parts) or _breakable(parts[end - 1], parts[end]):
            best_allowed = end
    return best_allowed if best_allowed is not None else fitting


def _no_orphan(lines: list[list[str]], width: float, measure: Measure) -> None:
    """Pull a character down onto a last line that holds a single character alone, if it still fits."""
    if len(lines) < 2 or _characters(lines[-1]) > 1:
        return
    previous, last = lines[-2], lines[-1]
    for cut in range(len(previous) - 1, 0, -1):
        moved = previous[cut:]
        if not _breakable(previous[cut - 1], previous[cut]) or not _characters(previous[:cut]):
            continue
        if measure(_line_text(moved + last)) <= width:
            lines[-2:] = [previous[:cut], moved + last]
        return


def _characters(parts: list[str]) -> int:
    """Characters on a line that are not punctuation or spaces."""
    return sum(1 for part in parts for ch in part if ch.isalnum())


def shorten_at_sentence(text: str, fits: Callable[[str], bool], ellipsis: str = "……") -> str:
    """The longest start of ``text`` that ends a sentence and, with ``ellipsis`` after it, ``fits``.

    Falls back to a clause end (，；), then to whole characters, when not even one sentence fits.
    """
    for ends in (SENTENCE_END, frozenset("，；,;、")):
        cuts = _boundaries(text, ends)
        for cut in reversed(cuts):
            candidate = text[:cut].rstrip()
            if ends is not SENTENCE_END:
                candidate = candidate[:-1]  # the comma goes: the ellipsis takes its place
            if candidate and fits(candidate + ellipsis):
                return candidate + ellipsis
    low, high = 0, len(text)
    while low < high:  # the most whole characters that fit
        middle = (low + high + 1) // 2
        if fits(text[:middle] + ellipsis):
            low = middle
        else:
            high = middle - 1
    return text[:low] + ellipsis


def _boundaries(text: str, ends: frozenset[str]) -> list[int]:
    """Offsets just after each ending mark (and the closing quotes that follow it)."""
    cuts = []
    i = 0
    while i < len(text):
        if text[i] in ends:
            j = i + 1
            while j < len(text) and (text[j] in ends or text[j] in _SENTENCE_CLOSE):
                j += 1
            if j < len(text):  # the very end is no shortening
                cuts.append(j)
            i = j
        else:
            i += 1
    return cuts
