"""``export --format json`` carries the reader's annotations, read from the window's store."""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app import paths
from desktop_app.cli import run_command
from desktop_app.domain.anchoring import make_anchor
from desktop_app.domain.annotations import Color
from desktop_app.domain.codes import COLOR_CODE_IDS
from desktop_app.domain.parser import load_transcript
from desktop_app.storage.store import AnnotationStore

T = load_transcript(paths.bundled_transcript())


def export(data: Path, capsys) -> dict:
    assert run_command(["export", "--format", "json", "--data-dir", str(data)]) == 0
    return json.loads(capsys.readouterr().out)


def test_annotations_and_question_notes_are_exported(tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    text = T.find("s2-q1-p3").text
    with AnnotationStore.open(data) as store:
        (h,) = store.add_highlights(
            T.id,
            T.content_hash,
            [(make_anchor("s2-q1-p3", text, 4, 10), "s2-q1", "宋东桓")],
            Color.BLUE,
            note="第一行\n</div><script>",
        )
        gone = store.add_highlights(
            T.id, T.content_hash, [(make_anchor("s2-q1-p3", text, 0, 2), "s2-q1", "宋东桓")], Color.GREEN
        )
        store.delete([gone[0].id])
        n = store.set_question_note(T.id, "s3-q1", "问得好")
    out = export(data, capsys)
    (a,) = out["annotations"]
    assert a == {
        "id": h.id,
        "paragraph_id": "s2-q1-p3",
        "question_id": "s2-q1",
        "speaker": "宋东桓",
        "start": 4,
        "end": 10,
        "exact": text[4:10],
        "prefix": text[:4],
        "suffix": text[10:42],
        "color": "blue",
        "note": "第一行\n</div><script>",
        "group_id": h.group_id,
        "orphan": False,
        "created": h.created,
        "updated": h.updated,
        "codes": [COLOR_CODE_IDS[Color.BLUE]],  # the colour is a code (domain/codes.py)
    }
    assert [c["name"] for c in out["codebook"]][:5] == ["重点", "观点", "疑问", "金句", "待查"]
    assert out["question_notes"] == [
        {"id": n.id, "question_id": "s3-q1", "note": "问得好", "created": n.created, "updated": n.updated}
    ]
    assert out["transcript"]["id"] == T.id


def test_export_without_a_data_folder_has_no_annotations_and_creates_nothing(tmp_path: Path, capsys) -> None:
    data = tmp_path / "nothing-here"
    out = export(data, capsys)
    assert out["annotations"] == [] and out["question_notes"] == []
    assert not data.exists()
