"""PyYAML's loaders for the front matter, with the rules desktop_app.domain.front_matter describes.

Apart from front_matter.py so that a start-up which reads its transcript from the parse cache never
imports PyYAML (~20 ms of the first paint): front_matter.load_front_matter imports this module when a
front matter is first read.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import yaml

from desktop_app.domain.lined_mapping import Mapping
from desktop_app.domain.messages import Message

_NULL = "tag:yaml.org,2002:null"
# No tag, the non-specific '!' and an explicit string tag all leave a value as text.
_PLAIN_TAGS = (None, "!", "tag:yaml.org,2002:str")


class Refused(yaml.MarkedYAMLError):
    """A YAML feature the front matter does not accept, with where it is."""


class _DataRules:
    """The checks and constructors shared by both loaders (mixed in before PyYAML's classes)."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        """Compose as usual, refusing aliases, anchors and explicit tags before they are expanded."""
        event = self.peek_event()  # type: ignore[attr-defined]
        mark: Any = event.start_mark
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise Refused(
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
            raise Refused(
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
                    raise Refused(
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
