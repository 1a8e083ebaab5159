"""The Codes panel's counts, counted by SQLite: the same as counting the coded highlights one by one."""

from __future__ import annotations

from pathlib import Path

from study_fixtures import code, highlight, load_all, write_interviews

from desktop_app.domain.anchoring import make_anchor
from desktop_app.domain.annotations import Color
from desktop_app.domain.codes import COLOR_CODE_IDS
from desktop_app.storage import AnnotationStore


def counted_one_by_one(store: AnnotationStore, transcript_id: str) -> dict[str, int]:
    groups: dict[str, set[str]] = {}
    links = store.codes_of()
    for h in store.highlights(transcript_id):
        for code_id in links.get(h.id, ()):
            groups.setdefault(code_id, set()).add(h.group_id)
    return {code_id: len(found) for code_id, found in groups.items()}


def test_passages_are_counted_once_per_group_live_only_and_without_deleted_codes(
    store: AnnotationStore, tmp_path: Path
) -> None:
    t = load_all(write_interviews(tmp_path / "interviews"))["a"]
    work, gone = store.create_code("工作"), store.create_code("删掉")
    pink = highlight(store, t, "更专注", Color.PINK)
    code(store, t, "更专注", [work.id, gone.id])
    code(store, t, "会议太多", [work.id])
    dropped = highlight(store, t, "孤独", Color.PINK)
    # One highlight over two paragraphs: two rows, one passage.
    paragraphs = [p for p in t.paragraphs() if len(p.text) > 4 and t.question_of(p.id)][:2]
    items = [(make_anchor(p.id, p.text, 0, 3), t.question_of(p.id).id, "") for p in paragraphs]  # type: ignore[union-attr]
    store.add_highlights(t.id, t.content_hash, items, Color.GREEN)
    store.delete([dropped.id])
    store.delete_code(gone.id)

    counts = store.passage_counts()
    assert counts == counted_one_by_one(store, t.id)
    assert counts[work.id] == 2 and counts[COLOR_CODE_IDS[Color.PINK]] == 1
    assert counts[COLOR_CODE_IDS[Color.GREEN]] == 1 and gone.id not in counts
    assert pink.group_id
