"""Heuristics for plain interview text: speaker labels, questions, headings, language and ids."""

from __future__ import annotations

import hashlib
import re
import unicodedata

MAX_LABEL_CHARS = 12
MAX_HEADING_CHARS = 30

# A label: a short name, then a colon (half or full width) at the start of a line; "http://" is no label.
_LABEL = re.compile(r"([^:：]{1,40})[:：](?!//)")
_NAME_EXTRA = frozenset(" ·・-_'’")
# A line ending with one of these is a sentence, not a heading.
_SENTENCE_END = frozenset("。.!！?？…;；,，、:：—-~～")
_QUESTION_END = ("?", "？")
_QUESTION_WORDS = ("吗", "呢", "么")
_CLOSERS = " \t\u3000\"'”’)）」』】》>"
_QUOTES = {"“": "”", "「": "」", "『": "』", '"': '"', "‘": "’", "《": "》"}
_ASIDE = re.compile(r"^[（(\[【].*[）)\]】]$")


def split_label(line: str) -> tuple[str, str] | None:
    """``(name, text)`` when the stripped ``line`` starts with a speaker label such as ``宋东桓:``."""
    match = _LABEL.match(line)
    if not match:
        return None
    name = match.group(1).rstrip(" \t\u3000")
    if not _is_name(name):
        return None
    return name, line[match.end() :].strip()


def _is_name(name: str) -> bool:
    if not name or len(name) > MAX_LABEL_CHARS:
        return False
    if unicodedata.category(name[0])[0] not in "LN":
        return False
    if not any(unicodedata.category(ch)[0] == "L" for ch in name):
        return False
    return all(unicodedata.category(ch)[0] in "LMN" or ch in _NAME_EXTRA for ch in name)


def is_question(text: str) -> bool:
    """True when ``text`` ends with a question mark, or with 吗/呢/么 (closing quotes aside)."""
    end = text.rstrip(_CLOSERS)
    if end.endswith(_QUESTION_END):
        return True
    return end.rstrip("。.…~～ ").endswith(_QUESTION_WORDS)


def looks_like_heading(line: str) -> bool:
    """A short line that is not a sentence: no final punctuation, or wholly in quotes (“…”)."""
    if not line or len(line) > MAX_HEADING_CHARS or _ASIDE.match(line):
        return False
    # The parser drops '#' at the end of a heading, so such a title would not survive.
    if line.endswith("#"):
        return False
    closing = _QUOTES.get(line[0])
    if closing is not None and len(line) > 2 and line.endswith(closing):
        return True
    return line[-1] not in _SENTENCE_END


def is_cjk(ch: str) -> bool:
    """True for Han characters, kana, and CJK or full-width punctuation."""
    code = ord(ch)
    return (
        0x3000 <= code <= 0x30FF
        or 0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3FFFF
    )


def _is_wide_punctuation(ch: str) -> bool:
    code = ord(ch)
    return 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF


def join_text(left: str, right: str) -> str:
    """Join two pieces of one paragraph: one space, none between CJK characters or by CJK punctuation."""
    if not left or not right:
        return left or right
    l_end, r_start = left[-1], right[0]
    if (is_cjk(l_end) and is_cjk(r_start)) or _is_wide_punctuation(l_end) or _is_wide_punctuation(r_start):
        return left + right
    return left + " " + right


def guess_language(text: str) -> str:
    """``"zh-Hans"`` when Chinese characters dominate ``text``, else ``"en"``."""
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    # A Chinese word is one or two characters, an English one about five letters.
    return "zh-Hans" if han and han * 3 >= latin else "en"


def file_stem(name: str) -> str:
    """The file name of ``name`` (a path) without folders and without its last extension."""
    base = re.split(r"[\\/]", name)[-1]
    stem, dot, _ = base.rpartition(".")
    return stem if dot and stem else base


def make_id(name: str, text: str) -> str:
    """A stable id: a slug of the file name plus a short hash of the text."""
    ascii_name = unicodedata.normalize("NFKD", file_stem(name)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40].strip("-") or "interview"
    return f"{slug}-{hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"


def clean_name(name: str) -> str:
    """A speaker name on one line, without the '#' that would make its label read as a heading."""
    return " ".join(name.split()).lstrip("#").strip()
