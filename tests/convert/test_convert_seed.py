"""Converting the raw seed text gives the bundled transcript: the same structure and every text."""

from __future__ import annotations

from typing import Any

import pytest
from convert_helpers import SEED_HEADINGS, SEED_NAME, parse, seed_bytes, without_ids

from desktop_app import paths
from desktop_app.domain.convert import Draft, convert
from desktop_app.domain.model import Role, Transcript
from desktop_app.domain.outline import outline
from desktop_app.domain.parser import load_transcript


@pytest.fixture(scope="module")
def converted() -> tuple[str, Draft, str]:
    return convert(seed_bytes(), SEED_NAME)


@pytest.fixture(scope="module")
def bundled() -> Transcript:
    return load_transcript(paths.bundled_transcript())


def comparable(transcript: Transcript) -> dict[str, Any]:
    """The export's outline without ids, metadata that a text file cannot hold, and the first title."""
    data = without_ids(outline(transcript))
    for section in data["sections"][:1]:
        del section["title"]
    return {
        "language": data["language"],
        "speakers": [(s["name"], s["role"]) for s in data["speakers"]],
        "preface": data["preface"],
        "sections": data["sections"],
    }


def test_the_converted_seed_has_the_structure_and_text_of_the_bundled_transcript(
    converted: tuple[str, Draft, str], bundled: Transcript
) -> None:
    markdown, _, encoding = converted
    mine = parse(markdown)
    assert encoding == "UTF-8"
    assert comparable(mine) == comparable(bundled)
    # Spelled out what the comparison above covers, so a failure says where.
    assert [(s.name, s.role) for s in mine.speakers] == [(s.name, s.role) for s in bundled.speakers]
    assert [s.title for s in mine.sections][1:] == [s.title for s in bundled.sections][1:] == SEED_HEADINGS
    assert len(list(mine.questions())) == len(list(bundled.questions())) == 9
    assert [p.text for p in mine.paragraphs()] == [p.text for p in bundled.paragraphs()]


def test_the_opening_section_gets_a_generic_title(
    converted: tuple[str, Draft, str], bundled: Transcript
) -> None:
    # The seed has no title for its first questions; the bundled file was given one by hand.
    mine = parse(converted[0])
    assert mine.sections[0].title == "开篇"
    assert bundled.sections[0].title.startswith("开篇")


def test_the_draft_names_the_speakers_the_host_and_the_preface(converted: tuple[str, Draft, str]) -> None:
    _, draft, _ = converted
    assert [(s.name, s.role) for s in draft.speakers] == [
        ("T前线", Role.HOST),
        ("宋东桓", Role.GUEST),
        ("薛彦泽", Role.GUEST),
    ]
    assert draft.host_names == ["T前线"]
    preface = [b for b in draft.blocks if b.kind == "preface"]
    assert len(preface) == 4
    assert preface[0].text.startswith("栏目介绍:")  # a label used once is text, not a speaker
    assert all(b.speaker == "" for b in preface)
    assert [b.text for b in draft.blocks if b.kind == "heading"] == SEED_HEADINGS
    assert draft.language == "zh-Hans"


def test_every_line_of_the_seed_is_one_block_in_order(converted: tuple[str, Draft, str]) -> None:
    _, draft, _ = converted
    lines = [line for line in seed_bytes().decode("utf-8").split("\n") if line.strip()]
    assert len(draft.blocks) == len(lines)
    for block, line in zip(draft.blocks, lines, strict=True):
        if block.kind == "turn":
            head, _, rest = line.partition(":")
            assert (block.speaker, block.text) == (head, rest.strip())
        else:
            assert block.text == line


def test_the_id_is_a_slug_of_the_file_name_and_a_hash_of_the_text(converted: tuple[str, Draft, str]) -> None:
    _, draft, _ = converted
    assert draft.id.startswith("000-076cd2ad6264824a-")
    assert len(draft.id.rsplit("-", 1)[1]) == 8
    again = convert(seed_bytes(), "elsewhere/" + SEED_NAME)[1]
    changed = convert(seed_bytes() + "\n宋东桓:补充一句。".encode(), SEED_NAME)[1]
    assert again.id == draft.id
    assert changed.id != draft.id
    assert draft.title == "000_076cd2ad6264824a"
    assert draft.source == SEED_NAME
