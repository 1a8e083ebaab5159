"""The plain front matter is read without PyYAML, to exactly the data PyYAML's loaders give.

A start-up reads the bundled interview's front matter on every start; PyYAML's import is a noticeable
part of it. Each text below either goes to PyYAML (the plain reader says None) or gives what both of
PyYAML's loaders give, down to the line each mapping starts on (the speaker checks name it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain import front_matter
from desktop_app.domain.front_matter import Mapping, plain_front_matter
from desktop_app.domain.front_matter_yaml import LOADERS

ROOT = Path(__file__).resolve().parents[2]

PLAIN = [
    "id: a\ntitle: b",
    "id: a#c",
    "id: a:b",
    "id: 'x'",
    "id: ''",
    'id: "x y"',
    "id: yes",
    "id: 017",
    "id: True",
    "True: a",
    "id: 2024-02-30",
    "id: a, b",
    "id: a > b",
    "id: http://x.y/z",
    "title: 对话宋东桓、薛彦泽:Sora 会颠覆内容行业吗?",
    "speakers:\n- name: A\n  role: host\n- name: B",
    "speakers:\n  - name: A\n    role: host\n  - name: B\n    bio: ''\ntitle: t",
]
# YAML the plain reader must leave to PyYAML: comments, nulls, escapes, anchors, errors, odd layout.
NOT_PLAIN = [
    "id: a #c",
    "id: a: b",
    'id: "a\\nb"',
    "id: 'it''s'",
    "id: null",
    "id: ~",
    "id:",
    "id: a\nspeakers:",
    "id: a ",
    "id: a\n# c",
    "id: a\n\ntitle: b",
    "id: -a",
    "id: [a]",
    "id: &x a",
    "id: !!str a",
    "id: a\tb",
    "id: a\u2028b",
    "id: a\nid: b",
    "id: x\n  y: z",
    "speakers:\n  - name: A\n  role: host",
    "speakers:\n  - name: A\n    name: B",
    "speakers:\n  - name: A\n - name: B",
    "speakers:\n  - name: null",
    "null: a",
]


def lined(data: Any) -> Any:
    """The data with each mapping's line beside it, so that a comparison sees the lines too."""
    if isinstance(data, dict):
        return (getattr(data, "line", None), {key: lined(value) for key, value in data.items()})
    if isinstance(data, list):
        return [lined(value) for value in data]
    return data


def bundled_front_matter(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return text[4 : text.index("\n---\n", 4)]


@pytest.mark.parametrize("loader", LOADERS, ids=lambda loader: loader.__name__)
@pytest.mark.parametrize("source", PLAIN)
def test_plain_front_matter_reads_as_pyyaml_does(source: str, loader: type) -> None:
    import yaml

    plain = plain_front_matter(source)

    assert isinstance(plain, Mapping)
    assert lined(plain) == lined(yaml.load(source, Loader=loader))


@pytest.mark.parametrize("source", NOT_PLAIN)
def test_other_yaml_is_left_to_pyyaml(source: str) -> None:
    assert plain_front_matter(source) is None


@pytest.mark.parametrize(
    "path", ["resources/transcripts/sora-t-frontline.md", "resources/samples/recording-sample.md"]
)
def test_the_bundled_front_matters_are_plain_and_read_the_same(path: str) -> None:
    import yaml

    source = bundled_front_matter(ROOT / path)

    plain = plain_front_matter(source)

    assert plain is not None and len(plain["speakers"]) >= 2
    assert lined(plain) == lined(yaml.load(source, Loader=front_matter.LOADER))
    items = [n for n, line in enumerate(source.split("\n")) if line.lstrip().startswith("- name: ")]
    assert [speaker.line for speaker in plain["speakers"]] == items
