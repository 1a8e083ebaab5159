"""Write text so that the transcript parser reads it back unchanged: escaping and front matter."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import yaml

# Characters that start inline Markdown anywhere in a line; Python-Markdown undoes a backslash before them.
_INLINE = re.compile(r"[\\`*_\[\]]")
_ORDERED = re.compile(r"\d+\.")
_SETEXT = re.compile(r"=+ *")
_COLON_ENTITY = {":": "&#58;", "：": "&#65306;"}


def one_line(text: str) -> str:
    """``text`` with every run of whitespace (line breaks too) turned into one space."""
    return " ".join(text.split())


def escape_paragraph(text: str, names: Iterable[str] = ()) -> str:
    """Markdown source whose rendered plain text is ``text`` (each line stripped, blank lines dropped).

    ``names`` are the declared speakers: a paragraph that starts like their label but is no turn
    gets its colon written as an entity, so the parser does not take it for one.
    """
    lines = [_escape_line(line.strip()) for line in text.split("\n") if line.strip()]
    source = "\n".join(lines)
    label = label_pattern(names)
    while label is not None and (match := label.match(source)):
        at = match.end(1)
        source = source[:at] + _COLON_ENTITY[source[at]] + source[at + 1 :]
    return source


def label_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """The parser's own label pattern for these speakers (longest name first); None without names."""
    ordered = sorted({n for n in names if n}, key=len, reverse=True)
    if not ordered:
        return None
    return re.compile(r"^(" + "|".join(map(re.escape, ordered)) + r")[:：]")


def _escape_line(line: str) -> str:
    # Entities first, so the '&' they start is not escaped again. '<' has no backslash escape.
    line = line.replace("&", "&amp;").replace("<", "&lt;").replace("\t", "&#9;")
    line = _INLINE.sub(r"\\\g<0>", line)
    if not line:
        return line
    if line[0] in "#>+-":
        return "\\" + line
    ordered = _ORDERED.match(line)
    if ordered:
        return line[: ordered.end() - 1] + "\\" + line[ordered.end() - 1 :]
    if _SETEXT.fullmatch(line):
        return "&#61;" + line[1:]
    return line


def front_matter(meta: dict[str, Any]) -> str:
    """The YAML front matter block, ``---`` lines included."""
    # A huge width keeps every value on one line: a wrapped line could read as the closing '---'.
    dumped = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1 << 30)
    return f"---\n{dumped}---\n"
