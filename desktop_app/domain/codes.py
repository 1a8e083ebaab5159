"""The codebook: codes shared by every interview in the data folder, and the passages coded with them.

A code has a GUID (kept across REFI-QDA exports and imports), a name, a colour ``#RRGGBB``, a
description (its memo) and an optional parent: the codebook is a tree of any depth. The five highlight
colours are codes of their own at the top of the tree (``COLOR_CODE_IDS``): a highlight made in a colour
carries that colour's code, so retrieval and the matrices see the colours like any other code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from desktop_app.domain.annotations import DEFAULT_LABELS, PAINT, Color

# Fixed GUIDs (uuid5 of the colour's name) rather than random ones: every data folder gives a colour
# the same code id, so codebooks exported from two folders merge their colour codes on import.
COLOR_CODE_IDS: dict[Color, str] = {
    Color.YELLOW: "41d8bb5f-747e-57ef-bfb9-eaf1bc7cb2ec",
    Color.GREEN: "8fa6c71d-d43f-5b22-9131-4a4dba67d1a5",
    Color.BLUE: "6a0cfe75-545e-5cf5-9b23-8358a6a1d6f9",
    Color.PINK: "24c60cbf-e656-5d8d-80c5-db8f92c3e9ff",
    Color.ORANGE: "d822b195-e792-5172-a295-c1b5585dea05",
}
COLOR_OF_CODE: dict[str, Color] = {code: color for color, code in COLOR_CODE_IDS.items()}


class Coding(NamedTuple):
    """One live highlight that carries codes, as the store reads it for retrieval (only these columns)."""

    highlight_id: str
    transcript_id: str
    question_id: str
    paragraph_id: str
    start: int
    end: int
    speaker: str
    quote: str
    note: str
    code_ids: tuple[str, ...]


_GUID = re.compile(r"^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$")
_RGB = re.compile(r"^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")


def normal_guid(text: str) -> str | None:
    """A GUID as stored (lower case, no braces), or None when ``text`` is not one."""
    match = _GUID.match(text.strip())
    return match.group(1).lower() if match else None


def normal_color(text: str, default: str = PAINT[Color.YELLOW]) -> str:
    """A colour as ``#rrggbb`` (``#abc`` widened); ``default`` for anything else."""
    text = text.strip()
    if not _RGB.match(text):
        return default
    digits = text[1:]
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return "#" + digits.lower()


def default_color_codes() -> list[tuple[str, str, str, str]]:
    """``(id, name, colour, description)`` of the five colour codes, as a new codebook starts."""
    return [(COLOR_CODE_IDS[c], DEFAULT_LABELS[c][0], PAINT[c], DEFAULT_LABELS[c][1]) for c in Color]


@dataclass(frozen=True, slots=True)
class Code:
    """One code of the codebook. ``parent`` is the parent code's id, '' at the top."""

    id: str
    name: str
    color: str
    description: str = ""
    parent: str = ""
    position: int = 0
    created: str = ""
    updated: str = ""
    deleted: str | None = None


@dataclass(slots=True)
class CodeNode:
    """A code and its children, in the codebook's order."""

    code: Code
    children: list[CodeNode] = field(default_factory=list)

    def walk(self, depth: int = 0) -> Iterable[tuple[int, Code]]:
        """The code and every code below it, depth first, with their depth."""
        yield depth, self.code
        for child in self.children:
            yield from child.walk(depth + 1)


def code_tree(codes: Iterable[Code]) -> list[CodeNode]:
    """The live codes as a forest, siblings by position then name; an orphan goes to the top."""
    live = [c for c in codes if c.deleted is None]
    nodes = {c.id: CodeNode(c) for c in live}
    roots: list[CodeNode] = []
    for code in sorted(live, key=lambda c: (c.position, c.name, c.id)):
        parent = nodes.get(code.parent)
        (parent.children if parent is not None and code.parent != code.id else roots).append(nodes[code.id])
    return roots


def flatten(tree: Sequence[CodeNode]) -> list[tuple[int, Code]]:
    """Every code of the tree, depth first, with its depth (0 at the top)."""
    return [pair for node in tree for pair in node.walk()]


def descendants(codes: Iterable[Code], code_id: str) -> set[str]:
    """The ids of every code below ``code_id`` (not itself)."""
    children: dict[str, list[str]] = {}
    for c in codes:
        children.setdefault(c.parent, []).append(c.id)
    found: set[str] = set()
    todo = list(children.get(code_id, []))
    while todo:
        current = todo.pop()
        if current not in found and current != code_id:
            found.add(current)
            todo.extend(children.get(current, []))
    return found


def names(codes: Iterable[Code]) -> Mapping[str, str]:
    """Code id → name."""
    return {c.id: c.name for c in codes}
