"""The transcript's YAML front matter, read as data: strings stay strings, no anchors, no duplicates.

PyYAML's safe loader still follows YAML 1.1, where ``yes``, ``On`` and ``No`` are booleans, ``017``
is the number 15 and ``2024-02-30`` a (failing) date; a speaker called On would become True. The
loader here keeps only the null resolver (an empty value means "not given"), refuses anchors,
aliases and explicit tags (they buy nothing in a transcript and make "billion laughs" possible),
and reports a key given twice instead of silently keeping the last one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import yaml

from desktop_app.domain.errors import TranscriptError
from desktop_app.domain.messages import Message

# Room for 100,000 speakers one per line ("  - {name: …, role: guest}"); PyYAML reads about 1 MB a
# second, so far more than this would freeze the app (60 MB took minutes) before saying anything.
MAX_FRONT_MATTER_BYTES = 4 * 1024 * 1024
_NULL = "tag:yaml.org,2002:null"
# No tag, the non-specific '!' and an explicit string tag all leave a value as text.
_PLAIN_TAGS = (None, "!", "tag:yaml.org,2002:str")


class Mapping(dict[Any, Any]):
    """A YAML mapping that remembers the line it starts on (0-based, within the front matter)."""

    line: int = 0


class _Refused(yaml.MarkedYAMLError):
    """A YAML feature the front matter does not accept, with where it is."""


class _DataRules:
    """The checks and constructors shared by both loaders (mixed in before PyYAML's classes)."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        """Compose as usual, refusing aliases, anchors and explicit tags before they are expanded."""
        event = self.peek_event()  # type: ignore[attr-defined]
        mark: Any = event.start_mark
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _Refused(
                # The syntax goes in as arguments: "&name" in the template would look like a Qt accelerator.
                problem=Message(
                    "front-matter.anchors",
                    "anchors and aliases ({anchor}, {alias}) are not allowed",
                    anchor="'&name'",
                    alias="'*name'",
                ),
                problem_mark=mark,
            )
        tag = getattr(event, "tag", None)
        if tag not in _PLAIN_TAGS:
            raise _Refused(
                problem=Message("front-matter.tag", "the tag '{tag}' is not allowed", tag=tag),
                problem_mark=mark,
            )
        return super().compose_node(parent, index)  # type: ignore[misc]

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        """Construct a mapping, refusing a key that is given twice."""
        seen: set[str] = set()
        for key_node, _value in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                if key_node.value in seen:
                    raise _Refused(
                        problem=Message(
                            "front-matter.key-twice", "the key '{key}' is given twice", key=key_node.value
                        ),
                        problem_mark=key_node.start_mark,
                    )
                seen.add(key_node.value)
        mapping: dict[Any, Any] = super().construct_mapping(node, deep)  # type: ignore[misc]
        return mapping

    def construct_lined_mapping(self, node: yaml.MappingNode) -> Iterator[Mapping]:
        """A mapping that knows its line (the speaker checks name it in their messages)."""
        data = Mapping()
        data.line = node.start_mark.line
        yield data
        data.update(self.construct_mapping(node))


class DataLoader(_DataRules, yaml.SafeLoader):
    """SafeLoader for plain data: every scalar but an empty/``null`` one is the string as written."""


LOADERS: list[type] = [DataLoader]
if yaml.__with_libyaml__:
    from yaml.composer import Composer
    from yaml.constructor import SafeConstructor
    from yaml.cyaml import CParser  # type: ignore[attr-defined]
    from yaml.resolver import Resolver

    class FastDataLoader(_DataRules, Composer, CParser, SafeConstructor, Resolver):  # type: ignore[misc]
        """The same rules with libyaml scanning and parsing: 100,000 speakers read in seconds, not a minute.

        Composing stays in Python (PyYAML's Composer) so that the alias and tag checks see every event.
        """

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            Composer.__init__(self)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)

    LOADERS.insert(0, FastDataLoader)

for _loader in LOADERS:
    # Only the null resolver is kept (an own dict, so SafeLoader itself is left as it was).
    _loader.yaml_implicit_resolvers = {  # type: ignore[attr-defined]
        first: [(tag, regexp) for tag, regexp in resolvers if tag == _NULL]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    _loader.add_constructor(  # type: ignore[attr-defined]
        "tag:yaml.org,2002:map", _DataRules.construct_lined_mapping
    )
LOADER = LOADERS[0]


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
    try:
        return yaml.load(source, Loader=LOADER)  # both loaders are SafeLoaders with fewer resolvers
    except _Refused as e:
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
