"""The W3C Web Annotation export: what it holds, and that the W3C test schemas accept it."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from export_fixtures import (
    EVIL_NOTE,
    LABELS,
    TEXT,
    bundled_fixture,
    highlight,
    run_validator,
    small_fixture,
    stamp,
    uid,
)

from desktop_app.domain.anchoring import How, place_all
from desktop_app.domain.annotations import Color
from desktop_app.domain.export.w3c import dumps_w3c, language_tag, to_w3c
from desktop_app.domain.parser import parse_transcript

URN = "urn:x-interview-reader:t-export"


def validate(tmp_path: Path, document: dict | list | str, name: str = "export.json") -> None:
    path = tmp_path / name
    text = document if isinstance(document, str) else json.dumps(document, ensure_ascii=False, indent=2)
    path.write_text(text, encoding="utf-8")
    failures = run_validator(path)
    assert failures == [], "\n".join(map(str, failures))


def items_of(collection: dict) -> dict[str, dict]:
    return {a["id"].removeprefix("urn:uuid:"): a for a in collection["first"]["items"]}


def test_the_small_export_is_valid_w3c(tmp_path: Path) -> None:
    f = small_fixture()
    validate(tmp_path, dumps_w3c(*f.args()))


def test_the_bundled_interview_export_is_valid_w3c(tmp_path: Path) -> None:
    f = bundled_fixture()
    collection = to_w3c(*f.args())
    assert collection["total"] == len(f.highlights) + len(f.notes) > 20
    validate(tmp_path, collection)


def test_an_empty_collection_is_valid_w3c(tmp_path: Path) -> None:
    f = small_fixture()
    collection = to_w3c(f.transcript, [], {}, [], LABELS)
    assert collection["total"] == 0 and collection["first"]["items"] == []
    validate(tmp_path, collection)


def test_notes_full_of_special_characters_are_valid_w3c(tmp_path: Path) -> None:
    f = small_fixture()
    notes = [
        EVIL_NOTE, '"\\\u0000\t\r\n', "😀 emoji 𠮷 astral", "\u2028\u2029", " " * 3, "#fragment?query=1&x"
    ]
    highlights = [replace(f.by_id(1), id=uid(100 + i), note=n) for i, n in enumerate(notes)]
    placements = place_all(((h.id, h.anchor) for h in highlights), f.transcript)
    collection = to_w3c(f.transcript, highlights, placements, [], {Color.YELLOW: '<标签> "x" \n y'})
    values = [a["body"][0]["value"] for a in collection["first"]["items"]]
    assert values == notes
    validate(tmp_path, collection)


def test_a_base_uri_export_is_valid_w3c(tmp_path: Path) -> None:
    f = small_fixture()
    collection = to_w3c(*f.args(), base_uri="https://example.org/interviews/export")
    sources = {a["target"]["source"] for a in collection["first"]["items"] if isinstance(a["target"], dict)}
    assert "https://example.org/interviews/export#s1-q1-p2" in sources
    validate(tmp_path, collection)


def test_the_validator_rejects_a_broken_export(tmp_path: Path) -> None:
    # Guards the guard: the same check must fail when the export breaks a W3C rule.
    f = small_fixture()
    collection = to_w3c(*f.args())
    collection["first"]["items"][0]["motivation"] = "highlight"
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(collection, ensure_ascii=False), encoding="utf-8")
    assert [f.assertion for f in run_validator(path)] == ["motivation"]


def test_collection_shape() -> None:
    f = small_fixture()
    collection = to_w3c(*f.args())
    assert collection["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    assert collection["@context"][1]["group"] == "reader:group"
    assert collection["type"] == "AnnotationCollection"
    assert collection["id"] == URN + "/annotations"
    assert collection["first"]["type"] == "AnnotationPage"
    assert collection["total"] == len(collection["first"]["items"]) == 10  # 8 live highlights, 2 notes
    assert uid(9) not in items_of(collection) and uid(13) not in items_of(collection)  # tombstones


def test_a_highlight_with_a_note() -> None:
    f = small_fixture()
    annotation = items_of(to_w3c(*f.args()))[uid(3)]
    assert annotation == {
        "id": f"urn:uuid:{uid(3)}",
        "type": "Annotation",
        "created": stamp(3),
        "modified": stamp(13),
        "motivation": "commenting",
        "body": [
            {
                "type": "TextualBody",
                "value": '要核实\n数据来源, "七成"',
                "format": "text/plain",
                "language": "zh-Hans",
                "purpose": "commenting",
            },
            {"type": "TextualBody", "value": "观点", "format": "text/plain", "purpose": "tagging"},
        ],
        "target": {
            "type": "SpecificResource",
            "source": URN + "#s1-q2-p2",
            "styleClass": "green",
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": "广告收入占七成",
                    "prefix": "还过得去,",
                    "suffix": "。",
                },
                {"type": "TextPositionSelector", "start": 5, "end": 12},
            ],
        },
        "stylesheet": {"type": "CssStylesheet", "value": ".green { background-color: #a8e6a1; }"},
        "transcript": "t-export",
        "question": "s1-q2",
        "speaker": "李雷",
        "group": uid(3),
    }


def test_a_highlight_without_a_note_is_highlighting() -> None:
    f = small_fixture()
    annotation = items_of(to_w3c(*f.args()))[uid(2)]
    assert annotation["motivation"] == "highlighting"
    assert annotation["body"] == [
        {"type": "TextualBody", "value": "金句", "format": "text/plain", "purpose": "tagging"}
    ]


def test_a_question_note_comments_on_the_question() -> None:
    f = small_fixture()
    annotation = items_of(to_w3c(*f.args()))[uid(11)]
    assert annotation["motivation"] == "commenting"
    assert annotation["target"] == URN + "#s1-q2"
    assert annotation["body"]["value"] == "值得追问:收入结构\n|表格| --- 行"
    assert annotation["body"]["purpose"] == "commenting"


def test_a_placed_highlight_is_described_where_it_sits_now() -> None:
    f = small_fixture()
    edited = parse_transcript(TEXT.replace("李雷:还过得去,", "李雷:嗯,还过得去,"), "export.md")
    h = f.by_id(3)
    placements = place_all([(h.id, h.anchor)], edited)
    assert placements[h.id] is not None and placements[h.id].how is How.SAME_PARAGRAPH
    selectors = items_of(to_w3c(edited, [h], placements, [], LABELS))[h.id]["target"]["selector"]
    assert selectors[0]["prefix"] == "嗯,还过得去,"
    assert selectors[1] == {"type": "TextPositionSelector", "start": 7, "end": 14}


def test_an_orphan_keeps_its_stored_anchor() -> None:
    f = small_fixture()
    annotation = items_of(to_w3c(*f.args()))[uid(5)]
    h = f.by_id(5)
    assert annotation["target"]["source"] == URN + "#s2-q1-p2"
    assert annotation["target"]["selector"] == [
        {"type": "TextQuoteSelector", "exact": "被删掉了", "prefix": h.anchor.prefix},
        {"type": "TextPositionSelector", "start": h.anchor.start, "end": h.anchor.end},
    ]
    assert annotation["question"] == "s2-q1"


def test_code_points_count_astral_characters_once() -> None:
    text = TEXT.replace("李雷:还过得去,", "李雷:𠮷野家还过得去,")
    t = parse_transcript(text, "export.md")
    h = highlight(t, 1, "s1-q2-p2", "广告", Color.YELLOW)
    annotation = to_w3c(t, [h], place_all([(h.id, h.anchor)], t), [], LABELS)["first"]["items"][0]
    # 𠮷 is two UTF-16 code units but one code point: 广告 starts at code point 8 (UTF-16 unit 9).
    assert annotation["target"]["selector"][1] == {"type": "TextPositionSelector", "start": 8, "end": 10}


def test_ids_and_times_that_would_break_the_file_are_encoded_or_left_out(tmp_path: Path) -> None:
    f = small_fixture()
    h = replace(f.by_id(2), id="not a uuid/且#中文", created="yesterday", updated="2026-02-30T08:00:00Z")
    collection = to_w3c(f.transcript, [h], f.placements | {h.id: f.placements[uid(2)]}, [], LABELS)
    annotation = collection["first"]["items"][0]
    assert annotation["id"] == "urn:uuid:not%20a%20uuid%2F%E4%B8%94%23%E4%B8%AD%E6%96%87"
    assert "created" not in annotation and "modified" not in annotation
    validate(tmp_path, collection)


def test_a_bad_base_uri_is_refused() -> None:
    f = small_fixture()
    for bad in ("relative/path", "https://example.org/x#frag", "https://example.org/a b"):
        with pytest.raises(ValueError, match="base URI"):
            to_w3c(*f.args(), base_uri=bad)


def test_language_tags() -> None:
    assert language_tag("zh-Hans") == "zh-Hans"
    assert language_tag("ZH_cn") == "zh-cn"
    assert language_tag("中文") == ""
