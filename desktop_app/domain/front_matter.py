"""The transcript's YAML front matter, read as data: strings stay strings, no anchors, no duplicates.

PyYAML's safe loader still follows YAML 1.1, where ``yes``, ``On`` and ``No`` are booleans, ``017``
is the number 15 and ``2024-02-30`` a (failing) date; a speaker called On would become True. The
loader here keeps only the null resolver (an empty value means "not given"), refuses anchors,
aliases and explicit tags (they buy nothing in a transcript and make "billion laughs" possible),
and reports a key given twice instead of silently keeping the last one.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from desktop_app.domain.errors import TranscriptError
from desktop_app.domain.lined_mapping import Mapping
from desktop_app.domain.messages import Message

# Room for 100,000 speakers one per line ("  - {name: …, role: guest}"); PyYAML reads about 1 MB a
# second, so far more than this would freeze the app (60 MB took minutes) before saying anything.
MAX_FRONT_MATTER_BYTES = 4 * 1024 * 1024


# The plain front matter most transcripts have: ``key: text`` lines and a list of ``- key: text`` items.
# Read without PyYAML (its import is ~20 ms of a start-up); anything else, even a comment, goes to it.
_KEY = r"[A-Za-z][A-Za-z0-9_]*"
_TEXT = (
    r"(?P<plain>[^-?:,\[\]{}#&*!|>'\"%@`\s](?:[^:#\s]|:(?=\S)|(?<=\S)#| (?=[^:#\s]))*)"
    r"|'(?P<single>[^']*)'|\"(?P<double>[^\"\\]*)\""  # quoted, with no quote or escape inside
)
_TOP = re.compile(rf"(?P<key>{_KEY}):(?: (?:{_TEXT}))?")
_ITEM = re.compile(rf"(?P<indent> *)(?P<dash>- )?(?P<key>{_KEY}): (?:{_TEXT})")
_NULL_WORDS = frozenset({"null", "Null", "NULL", "~"})


def _text(match: re.Match[str]) -> str | None:
    """The value a line gives, as PyYAML reads it; None for no value, or one that it reads as null."""
    for group in ("plain", "single", "double"):
        if match[group] is not None:
            return None if group == "plain" and match[group] in _NULL_WORDS else match[group]
    return None


def plain_front_matter(source: str) -> Mapping | None:
    """The data PyYAML's loader gives for ``source`` when it is written in the plain subset, else None."""
    data = Mapping()
    items: list[Mapping] | None = None  # the list being filled, after a ``key:`` line
    indent = -1  # the items' dashes' column
    # (The front matter's own mapping starts on its first line, 0: the Mapping's default.)
    for number, line in enumerate(source.split("\n")):
        if not line.isprintable():
            return None
        top = _TOP.fullmatch(line)
        if top is not None:
            key, text = top["key"], _text(top)
            if key in data or key in _NULL_WORDS or (text is None and top["plain"] is not None):
                return None
            items = [] if text is None else None
            data[key] = text if items is None else items
            continue
        item = _ITEM.fullmatch(line)
        if item is None or items is None or item["key"] in _NULL_WORDS:
            return None
        text = _text(item)
        if text is None:
            return None
        if item["dash"]:  # a new item
            if indent not in (-1, len(item["indent"])):
                return None
            indent = len(item["indent"])
            entry = Mapping()
            entry.line = number
            items.append(entry)
        elif not items or len(item["indent"]) != indent + 2 or item["key"] in items[-1]:
            return None
        items[-1][item["key"]] = text
    return data if data and all(value != [] for value in data.values()) else None


def __getattr__(name: str) -> Any:
    """``LOADERS`` (libyaml's first when installed) and ``LOADER``, the one used: made on first use."""
    if name not in ("LOADERS", "LOADER"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from desktop_app.domain.front_matter_yaml import LOADERS

    globals().setdefault("LOADERS", LOADERS)
    globals().setdefault("LOADER", LOADERS[0])
    return globals()[name]


def load_front_matter(source: str, name: str, first_line: int) -> Any:
    """The front matter ``source`` (which starts on line ``first_line`` of the file) as data.

    Raise TranscriptError, with the line where it applies, for YAML that is invalid, too large,
    too deeply nested, or uses anchors, aliases, tags or a key twice.
    """
    size = len(source.encode("utf-8"))
    if size > MAX_FRONT_MATTER_BYTES:
        raise TranscriptError(
            name,
            Message(
                "front-matter.too-large",
                "The front matter is {size} MB; it can be up to {limit} MB.",
                size=f"{size / 1024 / 1024:.1f}",
                limit=MAX_FRONT_MATTER_BYTES // 1024 // 1024,
            ),
            Message(
                "front-matter.keep-fields",
                "Keep only id, title, source, language and speakers between the '---' lines.",
            ),
            first_line - 1,
        )
    plain = plain_front_matter(source)
    if plain is not None:
        return plain
    import yaml  # here, not above: see front_matter_yaml

    from desktop_app.domain.front_matter_yaml import Refused

    try:
        # Both loaders are SafeLoaders with fewer resolvers; LOADER is looked up in the module so that
        # the tests can swap it.
        return yaml.load(source, Loader=sys.modules[__name__].LOADER)
    except Refused as e:
        mark = e.problem_mark
        raise TranscriptError(
            name,
            Message(
                "front-matter.refused", "The front matter is not accepted ({problem}).", problem=e.problem
            ),
            Message(
                "front-matter.write-plain",
                "Write each value out in full as plain text; quote it (\"…\") if needed."
            ),
            mark.line + first_line if mark is not None else None,
        ) from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        problem = getattr(e, "problem", None) or str(e)
        if "nesting depth" in problem:  # libyaml's words for what PyYAML hits as RecursionError
            problem = Message("front-matter.nests", "it nests too deeply")
        raise TranscriptError(
            name,
            Message(
                "front-matter.invalid", "The front matter is not valid YAML ({problem}).", problem=problem
            ),
            Message("front-matter.fix-syntax", "Fix the YAML syntax."),
            mark.line + first_line if mark is not None else None,
        ) from None
    except RecursionError:
        raise TranscriptError(
            name,
            Message(
                "front-matter.invalid",
                "The front matter is not valid YAML ({problem}).",
                problem=Message("front-matter.nests", "it nests too deeply"),
            ),
            Message("front-matter.fix-nesting", "Fix the value's nesting."),
        ) from None
