"""Reading a W3C export back: the same highlights and notes, re-anchored; clear errors for bad files."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from export_fixtures import (
    LABELS,
    TEXT,
    Fixture,
    bundled_fixture,
    small_fixture,
    uid,
)

from desktop_app.domain.anchoring import make_anchor
from desktop_app.domain.errors import ReaderError
from desktop_app.domain.export.as_json import document
from desktop_app.domain.export.w3c import dumps_w3c, to_w3c
from desktop_app.domain.export.w3c_import import ImportFileError, ImportResult, read_w3c
from desktop_app.domain.parser import parse_transcript

FIELDS = ("id", "anchor", "color", "note", "group_id", "created", "updated", "question_id", "speaker")


def by_id(items: list) -> dict:
    return {item.id: item for item in items}


def assert_round_trip(f: Fixture, result: ImportResult) -> None:
    originals = by_id(f.live())
    back = by_id(result.highlights)
    assert back.keys() == originals.keys()
    for ident, original in originals.items():
        h = back[ident]
        for name in FIELDS:
            assert getattr(h, name) == getattr(original, name), (ident, name)
        assert h == original  # transcript id, content hash and 'not deleted' too
    live_notes = by_id([n for n in f.notes if not n.deleted])
    assert by_id(result.question_notes) == live_notes


def test_small_export_round_trips_field_by_field() -> None:
    f = small_fixture()
    result = read_w3c(dumps_w3c(*f.args()).encode("utf-8"), f.transcript)
    assert_round_trip(f, result)
    assert result.orphans == 2  # the highlight whose quote is gone, the note whose question is gone
    assert result.skipped_other_transcript == 0


def test_bundled_export_round_trips_field_by_field() -> None:
    f = bundled_fixture()
    result = read_w3c(dumps_w3c(*f.args()), f.transcript)
    assert_round_trip(f, result)
    assert result.orphans == 0


def test_a_base_uri_export_round_trips() -> None:
    f = small_fixture()
    result = read_w3c(dumps_w3c(*f.args(), base_uri="https://example.org/i/7"), f.transcript)
    assert_round_trip(f, result)


def test_highlights_land_on_their_passage_when_the_transcript_changed() -> None:
    f = small_fixture()
    exported = dumps_w3c(*f.args())
    edited_text = TEXT.replace("李雷:还过得去,", "李雷:嗯,还过得去,").replace(
        "韩梅梅:我是被他拉进来的。", "主持人:插入的问题?\n\n韩梅梅:我是被他拉进来的。"
    )
    edited = parse_transcript(edited_text, "export.md")
    result = read_w3c(exported, edited)
    back = by_id(result.highlights)
    moved = back[uid(3)]
    paragraph = edited.find("s1-q2-p2")
    assert paragraph is None or "广告收入" not in paragraph.text
    (where,) = [p for p in edited.paragraphs() if "广告收入占七成" in p.text]
    start = where.text.index("广告收入占七成")
    assert moved.anchor == make_anchor(where.id, where.text, start, start + 7)
    assert moved.question_id == edited.question_of(where.id).id
    assert moved.content_hash == edited.content_hash
    pulled = back[uid(2)]  # 拉进来 now belongs to the inserted question
    assert pulled.anchor.paragraph_id.startswith(pulled.question_id + "-p")
    assert pulled.question_id != f.by_id(2).question_id


@pytest.mark.parametrize("shape", ["page", "list", "single", "bom", "str"])
def test_pages_lists_and_single_annotations_are_read_too(shape: str) -> None:
    f = small_fixture()
    collection = to_w3c(*f.args())
    page = {"@context": collection["@context"], **collection["first"]}
    data: bytes | str
    if shape == "page":
        data = json.dumps(page, ensure_ascii=False).encode()
    elif shape == "list":
        data = json.dumps(page["items"]).encode()
    elif shape == "single":
        (annotation,) = [a for a in page["items"] if a["id"] == f"urn:uuid:{uid(1)}"]
        result = read_w3c(json.dumps(annotation), f.transcript)
        assert result.highlights == [f.by_id(1)] and result.question_notes == []
        return
    elif shape == "bom":
        data = b"\xef\xbb\xbf" + json.dumps(collection, ensure_ascii=False).encode()
    else:
        data = "\ufeff" + json.dumps(collection, ensure_ascii=False)
    assert_round_trip(f, read_w3c(data, f.transcript))


def test_an_empty_export_imports_nothing() -> None:
    f = small_fixture()
    result = read_w3c(dumps_w3c(f.transcript, [], {}, [], LABELS), f.transcript)
    assert result == ImportResult([], [], 0, 0)


def test_annotations_of_another_transcript_are_counted_not_imported() -> None:
    f = small_fixture()
    other = parse_transcript(TEXT.replace("id: t-export", "id: t-other"), "other.md")
    mine = to_w3c(*f.args())["first"]["items"]
    theirs = to_w3c(other, [replace(f.by_id(1), id=uid(70))], {}, [], LABELS)["first"]["items"]
    result = read_w3c(json.dumps(mine + theirs), f.transcript)
    assert result.skipped_other_transcript == 1
    assert uid(70) not in by_id(result.highlights)
    assert len(result.highlights) == len(f.live())


def test_a_file_of_another_transcript_only_is_refused() -> None:
    f = small_fixture()
    other = parse_transcript(TEXT.replace("id: t-export", "id: t-other"), "other.md")
    with pytest.raises(ImportFileError) as caught:
        read_w3c(dumps_w3c(*f.args()), other)
    assert "None of the 10 annotations in the file belong to this transcript" in caught.value.problem
    assert "'t-export'" in caught.value.problem
    assert "Open that transcript" in caught.value.fix


def test_a_file_whose_passages_match_nothing_is_refused() -> None:
    f = small_fixture()
    unrelated = parse_transcript(
        TEXT.replace("我喜欢聊天", "一").replace("很多人愿意听", "二").replace("拉进来", "三")
        .replace("我是", "四").replace("广告收入占七成", "五").replace("前言", "六").replace("a==b", "七")
        .replace("## 第一部分\n\n主持人:你为什么开始做播客?\n\n", "## 第一部分\n\n")
        .replace("主持人:第二个问题:收入怎么样?\n\n李雷:还过得去,五。\n\n", ""),
        "export.md",
    )
    with pytest.raises(ImportFileError) as caught:
        read_w3c(dumps_w3c(*f.args()), unrelated)
    assert "None of the 10 annotations in the file belong to this transcript" in str(caught.value)
    assert caught.value.fix


def truncated() -> bytes:
    data = dumps_w3c(*small_fixture().args()).encode("utf-8")
    return data[: len(data) // 2]


def not_annotations() -> bytes:
    f = small_fixture()
    exported = document(f.transcript, f.highlights, f.placements, f.notes)
    return json.dumps(exported, ensure_ascii=False).encode()


def linked_page() -> str:
    collection = to_w3c(*small_fixture().args())
    collection["first"] = "urn:x-interview-reader:t-export/annotations/page1"
    return json.dumps(collection)


def without_exact() -> str:
    collection = to_w3c(*small_fixture().args())
    del collection["first"]["items"][1]["target"]["selector"][0]["exact"]
    return json.dumps(collection)


def position_only() -> str:
    collection = to_w3c(*small_fixture().args())
    del collection["first"]["items"][1]["target"]["selector"][0]
    return json.dumps(collection)


def mixed_items() -> str:
    collection = to_w3c(*small_fixture().args())
    collection["first"]["items"].append({"type": "Person", "name": "李老师"})
    return json.dumps(collection)


def duplicated() -> str:
    collection = to_w3c(*small_fixture().args())
    items = collection["first"]["items"]
    items.append(items[0])
    return json.dumps(collection)


def no_target() -> str:
    collection = to_w3c(*small_fixture().args())
    del collection["first"]["items"][0]["target"]
    return json.dumps(collection)


BAD_INPUTS = [
    ("empty", lambda: b"", "The file is empty."),
    ("blank", lambda: " \n\t", "The file is empty."),
    ("binary", lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
    ("latin-1", lambda: '{"label": "caf\u00e9"}'.encode("latin-1"), "not UTF-8 text"),
    ("truncated", truncated, "cut short"),
    ("not json", lambda: b"<html><body>annotations</body></html>", "not valid JSON"),
    ("a number", lambda: b"42", "not W3C Web Annotations"),
    ("json export", not_annotations, "not W3C Web Annotations"),
    ("linked page", linked_page, "first page is only a link"),
    ("no exact", without_exact, "quotes no text"),
    ("position only", position_only, "no TextQuoteSelector"),
    ("not an annotation", mixed_items, "Item 11 of the file is not a W3C Annotation"),
    ("duplicate", duplicated, "twice"),
    ("no target", no_target, "no target"),
]


@pytest.mark.parametrize(("name", "make", "message"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_files_are_refused_with_a_problem_and_a_fix(name: str, make, message: str) -> None:
    f = small_fixture()
    with pytest.raises(ImportFileError) as caught:
        read_w3c(make(), f.transcript)
    error = caught.value
    assert isinstance(error, ReaderError)
    assert message in error.problem, error.problem
    assert error.fix, name
    assert str(error) == f"{error.problem} {error.fix}"


def test_a_foreign_w3c_example_that_matches_nothing_is_refused() -> None:
    f = small_fixture()
    example = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "urn:uuid:0b9d7c52-6a0e-4f4f-8a41-2d8f3c1e9a01",
        "type": "Annotation",
        "motivation": "highlighting",
        "target": {
            "type": "SpecificResource",
            "source": "urn:uuid:6f1c2a4e-3b7d-4c9a-9e2f-1a2b3c4d5e6f#p12",
            "selector": [{"type": "TextQuoteSelector", "exact": "每天早上五点就起床"}],
        },
    }
    with pytest.raises(ImportFileError, match="only annotation does not belong to this transcript"):
        read_w3c(json.dumps(example, ensure_ascii=False), f.transcript)


def test_a_foreign_quote_on_this_transcript_is_placed_by_its_text() -> None:
    f = small_fixture()
    comment = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "https://example.org/anno/1",
        "type": "Annotation",
        "body": {"type": "TextualBody", "value": "好句子"},
        "target": {
            "source": "https://example.org/somewhere",
            "selector": {
                "type": "FragmentSelector",
                "value": "s1-q1-p3",
                "refinedBy": {"type": "TextQuoteSelector", "exact": "拉进来"},
            },
        },
    }
    (h,) = read_w3c(json.dumps(comment, ensure_ascii=False), f.transcript).highlights
    assert h.id == "https://example.org/anno/1"
    assert h.anchor == f.by_id(2).anchor
    assert (h.note, h.speaker, h.question_id, h.group_id, h.color.value) == (
        "好句子", "韩梅梅", "s1-q1", h.id, "yellow"
    )
