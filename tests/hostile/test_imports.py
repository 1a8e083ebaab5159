"""Imports are all or nothing: the whole file is checked, then written in one transaction, or not at all."""

from __future__ import annotations

import copy
import json
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hostile_helpers import T, dump, export_w3c, fill_store, items, write_json
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app import paths
from desktop_app.cli import run_command
from desktop_app.domain.errors import ReaderError
from desktop_app.domain.export.w3c_import import read_w3c
from desktop_app.gui.launch import build_window
from desktop_app.storage import AnnotationStore, InvalidImportError


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    fill_store(folder)
    return folder


@pytest.fixture
def exported(data: Path, tmp_path: Path) -> dict[str, Any]:
    return export_w3c(data, tmp_path / "export.jsonld")


def note_item(doc: dict[str, Any]) -> dict[str, Any]:
    (note,) = [item for item in items(doc) if "selector" not in item["target"]]
    return note


def highlight_items(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [item for item in items(doc) if "selector" in item["target"]]


def set_note(item: dict[str, Any], text: str) -> None:
    """Replace the text of the annotation's first commenting body."""
    body = item["body"]
    first = body if isinstance(body, dict) else body[0]
    if first.get("purpose") in (None, "commenting"):
        first["value"] = text
    else:
        item["bodyValue"] = text


def run_import(path: Path, data: Path, *extra: str) -> int:
    return run_command(["import", str(path), "--data-dir", str(data), *extra])


def refused(data: Path, tmp_path: Path, doc: Any, capsys, message: str) -> None:
    """Importing ``doc`` exits 1 with ``message`` on stderr, and changes no row."""
    before = dump(data)
    assert run_import(write_json(tmp_path / "hostile.jsonld", doc), data) == 1
    err = capsys.readouterr().err
    assert message in err, err
    assert "Traceback" not in err
    assert dump(data) == before


def test_a_time_that_is_not_rfc_3339_is_refused_before_anything_is_written(
    data: Path, tmp_path: Path, exported: dict[str, Any], capsys
) -> None:
    note_item(exported)["modified"] = "zzzz"  # would sort after every real time, and win every merge
    set_note(note_item(exported), "被覆盖的笔记")
    refused(data, tmp_path, exported, capsys, "“modified” time \"zzzz\" is not an RFC 3339 date and time")


@pytest.mark.parametrize("start", [2**63, 2**64 + 5, -1, 2**31])
def test_an_offset_out_of_bounds_is_refused(
    data: Path, tmp_path: Path, exported: dict[str, Any], capsys, start: int
) -> None:
    highlight_items(exported)[0]["target"]["selector"][1]["start"] = start
    refused(data, tmp_path, exported, capsys, "are not offsets in a paragraph")


def test_a_lone_surrogate_in_the_fourth_annotation_writes_none_of_the_first_three(
    data: Path, tmp_path: Path, exported: dict[str, Any], capsys
) -> None:
    fresh = tmp_path / "fresh"
    AnnotationStore.open(fresh).close()
    set_note(items(exported)[3], "坏\ud800字")
    before = dump(fresh)
    assert run_import(write_json(tmp_path / "s.jsonld", exported), fresh) == 1
    err = capsys.readouterr().err
    assert "Annotation 4 of the file holds text that is not valid Unicode" in err
    assert dump(fresh) == before  # the three valid annotations before it were not committed


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [("speaker", 5, "“speaker” is 5, not text"), ("group", ["g"], "“group” is a list, not text"),
     ("created", 20260101, "“created” is 20260101, not text"), ("transcript", None, "“transcript” is null")],
)  # fmt: skip
def test_a_field_of_the_wrong_type_is_refused(
    data: Path, tmp_path: Path, exported: dict[str, Any], capsys, key: str, value: Any, message: str
) -> None:
    highlight_items(exported)[-1][key] = value
    refused(data, tmp_path, exported, capsys, message)


def test_the_report_counts_added_updated_and_skipped_and_says_why(
    data: Path, tmp_path: Path, exported: dict[str, Any], capsys
) -> None:
    changed, new = highlight_items(exported)[:2]
    changed["modified"] = "2099-01-01T08:00:00+08:00"  # another offset: stored as UTC, compares right
    changed["body"].insert(0, {"type": "TextualBody", "value": "改过的笔记", "purpose": "commenting"})
    new["id"] = "urn:uuid:00000000-0000-4000-8000-000000000001"
    new["group"] = "00000000-0000-4000-8000-000000000001"
    assert run_import(write_json(tmp_path / "r.jsonld", exported), data) == 0
    err = capsys.readouterr().err
    assert "1 added, 1 updated, 3 skipped" in err, err
    assert err.count("the saved copy is as new as this one, or newer") == 3
    with AnnotationStore.open(data) as store:
        updated = store.get(changed["id"].removeprefix("urn:uuid:"))
    assert updated is not None and updated.note.startswith("改过的笔记")
    assert updated.updated == "2099-01-01T00:00:00.000Z"


def another_transcript(tmp_path: Path) -> Path:
    """The bundled interview under another id: the same passages, a different transcript."""
    text = paths.bundled_transcript().read_text(encoding="utf-8").replace(f"id: {T.id}", "id: t-copy-b", 1)
    path = tmp_path / "copy-b.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_id_of_another_transcript_is_skipped_never_moved(
    data: Path, tmp_path: Path, exported: dict[str, Any], capsys
) -> None:
    doc = json.loads(json.dumps(exported).replace(T.id, "t-copy-b"))  # the same ids, now claiming B
    fresh = highlight_items(doc)[0]
    fresh["id"], fresh["group"] = "urn:uuid:00000000-0000-4000-8000-00000000000b", "b-group"
    before = dump(data)
    other = str(another_transcript(tmp_path))
    assert run_import(write_json(tmp_path / "b.jsonld", doc), data, "--transcript", other) == 0
    err = capsys.readouterr().err
    assert "1 added, 0 updated, 4 skipped" in err, err
    assert err.count(f"its id is already used on the transcript '{T.id}'") == 4
    after = dump(data)
    kept = [row for row in after["highlights"] if row[1] == T.id]
    assert kept == before["highlights"] and after["question_notes"] == before["question_notes"]
    assert [row[1] for row in after["highlights"] if row not in kept] == ["t-copy-b"]


def test_the_store_refuses_rows_sqlite_cannot_hold_and_writes_none(data: Path) -> None:
    with AnnotationStore.open(data) as store:
        good = store.highlights(T.id)
        fresh = [replace(h, id=f"new-{n}", group_id=f"new-{n}") for n, h in enumerate(good)]
        bad = replace(fresh[-1], anchor=replace(fresh[-1].anchor, start=2**63, end=2**63))
        before = dump(data)
        with pytest.raises(InvalidImportError, match="impossible offsets"):
            store.import_annotations(T.id, [*fresh[:-1], bad], [])
        with pytest.raises(InvalidImportError, match="not valid Unicode"):
            surrogate = replace(bad, anchor=good[0].anchor, note="\udc00")
            store.import_annotations(T.id, [*fresh[:-1], surrogate], [])
    assert dump(data) == before


# -- the window ---------------------------------------------------------------------------------


def open_window(qtbot, data: Path):
    window, error = build_window(None, data)
    assert error is None
    qtbot.addWidget(window)
    return window


def test_a_bad_import_in_the_window_shows_why_and_writes_nothing(
    qtbot, data: Path, tmp_path: Path, exported: dict[str, Any]
) -> None:
    set_note(items(exported)[3], "\udfff")
    path = write_json(tmp_path / "bad.jsonld", exported)
    window = open_window(qtbot, data)
    before = dump(data)
    with qtbot.waitSignal(window.files.failed, timeout=2000) as caught:
        assert not window.files.import_annotations(str(path))
    title, message = caught.args
    assert title == "Cannot import" and "not valid Unicode" in message
    assert dump(data) == before
    window.store.close()


def test_the_window_says_which_annotations_were_skipped_and_why(
    qtbot, data: Path, tmp_path: Path, exported: dict[str, Any]
) -> None:
    path = write_json(tmp_path / "b.jsonld", json.loads(json.dumps(exported).replace(T.id, "t-copy-b")))
    window, error = build_window(str(another_transcript(tmp_path)), data)
    assert error is None
    qtbot.addWidget(window)
    before = dump(data)
    statuses: list[str] = []
    window.files.status.connect(statuses.append)
    with qtbot.waitSignal(window.files.failed, timeout=2000) as caught:
        assert window.files.import_annotations(str(path))
    assert statuses == ["Imported: 0 added, 0 updated, 5 skipped, 0 could not be placed."]
    assert caught.args[0] == "Some annotations were not imported"
    assert caught.args[1].count(f"already used on the transcript '{T.id}'") == 5
    assert dump(data) == before
    window.store.close()


# -- fuzzing ------------------------------------------------------------------------------------

HOSTILE_VALUES = st.one_of(
    st.sampled_from([None, True, -1, 0, 2**31, 2**63, 2**64, -(2**63) - 1, 1.5, float("inf"), "", "zzzz",
                     "2026-13-01T00:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59-01:00", "\ud800",
                     "a\udfffb", [], {}, ["x"], {"type": "TextQuoteSelector"}]),
    st.integers(),
    st.text(max_size=8),
)  # fmt: skip
KEYS = ["id", "type", "created", "modified", "transcript", "question", "speaker", "group", "body", "target",
        "bodyValue", "source", "selector", "styleClass", "exact", "prefix", "suffix", "start", "end", "value",
        "purpose", "first", "items"]  # fmt: skip


def _nodes(node: Any) -> list[Any]:
    """Every dict and list in ``node``, itself included."""
    found, stack = [], [node]
    while stack:
        here = stack.pop()
        if isinstance(here, dict | list):
            found.append(here)
            stack.extend(here.values() if isinstance(here, dict) else here)
    return found


@st.composite
def mutated(draw: st.DrawFn, base: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 4))):
        node = draw(st.sampled_from(_nodes(doc)))
        if isinstance(node, list):
            if node and draw(st.booleans()):
                node.pop(draw(st.integers(0, len(node) - 1)))
            else:
                node.append(copy.deepcopy(draw(HOSTILE_VALUES)))  # never share the strategy's own lists
        elif node and draw(st.booleans()):
            del node[draw(st.sampled_from(sorted(node)))]
        else:
            node[draw(st.sampled_from(KEYS))] = copy.deepcopy(draw(HOSTILE_VALUES))
    return doc


_BASE: dict[str, Any] = {}


def _base_export(tmp: Path) -> dict[str, Any]:
    if not _BASE:
        fill_store(tmp / "base")
        _BASE.update(export_w3c(tmp / "base", tmp / "base.jsonld"))
    return _BASE


def test_fuzzed_imports_raise_only_reader_errors_and_write_nothing_when_they_fail(tmp_path_factory) -> None:
    tmp = tmp_path_factory.mktemp("fuzz")
    base = _base_export(tmp)
    folder = tmp / "target"
    fill_store(folder, 2)

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(mutated(base))
    def check(doc: dict[str, Any]) -> None:
        data = json.dumps(doc, ensure_ascii=True)
        before = dump(folder)
        with AnnotationStore.open(folder) as store:
            try:
                result = read_w3c(data, T)
                store.import_annotations(T.id, result.highlights, result.question_notes)
            except ReaderError as error:
                assert str(error)
                assert dump(folder) == before
            except sqlite3.Error as error:  # pragma: no cover - the point is that this never happens
                raise AssertionError(f"a raw SQLite error escaped: {error!r}") from error

    check()
