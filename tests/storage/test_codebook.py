"""The codebook in the store: a tree of codes, coding passages, merge, delete and undo, imports."""

from __future__ import annotations

from pathlib import Path

import pytest
from storage_support import FakeClock
from study_fixtures import code, highlight, load_all, passage, write_interviews

from desktop_app.domain.annotations import PAINT, Color
from desktop_app.domain.codes import COLOR_CODE_IDS, Code, flatten
from desktop_app.storage import AnnotationStore


def tree_of(store: AnnotationStore) -> list[tuple[int, str]]:
    return [(depth, c.name) for depth, c in flatten(store.code_tree())]


def test_a_new_store_starts_with_the_five_colours_as_codes(store: AnnotationStore) -> None:
    assert tree_of(store) == [(0, "重点"), (0, "观点"), (0, "疑问"), (0, "金句"), (0, "待查")]
    assert [c.id for c in store.codes()] == [COLOR_CODE_IDS[c] for c in Color]
    assert [c.color for c in store.codes()] == [PAINT[c] for c in Color]


def test_codes_form_a_tree_of_any_depth_and_move_without_cycles(store: AnnotationStore) -> None:
    work = store.create_code("工作", "#112233", description="关于工作")
    remote = store.create_code("远程", "#abc", parent=work.id)
    lonely = store.create_code("孤独", parent=remote.id)
    assert remote.color == "#aabbcc"
    assert tree_of(store)[5:] == [(0, "工作"), (1, "远程"), (2, "孤独")]

    with pytest.raises(ValueError, match="under itself"):
        store.move_code(work.id, lonely.id)  # its own grandchild
    with pytest.raises(ValueError):
        store.move_code(work.id, work.id)
    with pytest.raises(KeyError):
        store.move_code(work.id, "no-such-code")
    assert tree_of(store)[5:] == [(0, "工作"), (1, "远程"), (2, "孤独")]  # nothing changed

    store.move_code(lonely.id, "")
    store.move_code(remote.id, COLOR_CODE_IDS[Color.GREEN])
    store.rename_code(remote.id, "远程办公")
    store.recolor_code(work.id, "#FF0000")
    assert tree_of(store) == [
        (0, "重点"), (0, "观点"), (1, "远程办公"), (0, "疑问"), (0, "金句"), (0, "待查"),
        (0, "工作"), (0, "孤独"),
    ]  # fmt: skip
    assert store.code(work.id).color == "#ff0000"  # type: ignore[union-attr]
    with pytest.raises(ValueError):
        store.rename_code(work.id, "  ")


def test_a_highlight_carries_its_colour_code_and_any_number_of_codes(
    store: AnnotationStore, tmp_path: Path
) -> None:
    t = load_all(write_interviews(tmp_path / "interviews"))["a"]
    work = store.create_code("工作")
    made = highlight(store, t, "更专注", Color.PINK)
    assert store.codes_of([made.id]) == {made.id: (COLOR_CODE_IDS[Color.PINK],)}

    # Coding the same passage finds its highlight instead of making a second one.
    again = code(store, t, "更专注", [work.id])
    assert again.id == made.id and len(store.highlights(t.id)) == 1
    assert set(store.codes_of([made.id])[made.id]) == {COLOR_CODE_IDS[Color.PINK], work.id}

    # Recolouring swaps the colour's code and keeps the others.
    store.update_highlight(made.id, color=Color.BLUE)
    assert set(store.codes_of([made.id])[made.id]) == {COLOR_CODE_IDS[Color.BLUE], work.id}

    # Coding a passage nobody highlighted makes its highlight, with only the codes given.
    fresh = code(store, t, "会议太多", [work.id])
    assert fresh.color is Color.YELLOW and store.codes_of([fresh.id]) == {fresh.id: (work.id,)}
    assert store.set_codes(fresh.id, add=[COLOR_CODE_IDS[Color.ORANGE]], remove=[work.id]) == (
        COLOR_CODE_IDS[Color.ORANGE],
    )
    with pytest.raises(KeyError):
        store.apply_codes(t.id, t.content_hash, [passage(t, "孤独")], ["not-a-code"])
    assert [c.quote for c in store.codings(t.id)] == ["更专注", "会议太多"]


def test_merging_repoints_every_passage_and_removes_the_source(
    store: AnnotationStore, tmp_path: Path
) -> None:
    t = load_all(write_interviews(tmp_path / "interviews"))["a"]
    alone, lonely = store.create_code("孤单"), store.create_code("孤独")
    child = store.create_code("夜里", parent=alone.id)
    first = code(store, t, "更孤独", [alone.id])
    both = code(store, t, "更专注", [alone.id, lonely.id])

    assert store.merge_codes(alone.id, lonely.id) == 2
    assert store.codes_of([first.id, both.id]) == {first.id: (lonely.id,), both.id: (lonely.id,)}
    assert alone.id not in {c.id for c in store.codes()}
    assert store.code(child.id).parent == lonely.id  # type: ignore[union-attr]
    with pytest.raises(ValueError):
        store.merge_codes(COLOR_CODE_IDS[Color.YELLOW], lonely.id)
    with pytest.raises(ValueError):
        store.merge_codes(lonely.id, child.id)  # into its own sub-code


def test_deleting_a_code_says_what_it_touches_and_undelete_brings_it_all_back(
    store: AnnotationStore, tmp_path: Path
) -> None:
    t = load_all(write_interviews(tmp_path / "interviews"))["a"]
    parent = store.create_code("工作")
    child = store.create_code("远程", parent=parent.id)
    one = code(store, t, "更专注", [child.id])
    code(store, t, "会议太多", [parent.id])

    deletion = store.delete_code(parent.id)
    assert deletion.code_ids == [parent.id, child.id] and deletion.passages == 2
    assert {c.id for c in store.codes()}.isdisjoint({parent.id, child.id})
    assert store.codes_of([one.id]) == {}
    assert store.codings(t.id) == []

    assert sorted(store.undelete_codes(deletion.code_ids)) == sorted([parent.id, child.id])
    assert store.codes_of([one.id]) == {one.id: (child.id,)}
    assert tree_of(store)[5:] == [(0, "工作"), (1, "远程")]
    with pytest.raises(ValueError):
        store.delete_code(COLOR_CODE_IDS[Color.BLUE])


def test_deleted_codes_are_purged_with_their_links_after_thirty_days(
    data_dir: Path, clock: FakeClock
) -> None:
    with AnnotationStore.open(data_dir, clock=clock) as store:
        gone = store.create_code("旧")
        store.delete_code(gone.id)
    clock.advance(days=31)
    with AnnotationStore.open(data_dir, clock=clock) as store:
        assert store.code(gone.id) is None


def test_renaming_a_colour_renames_its_code(store: AnnotationStore) -> None:
    store.rename_color(Color.GREEN, "论点")
    assert store.code(COLOR_CODE_IDS[Color.GREEN]).name == "论点"  # type: ignore[union-attr]
    store.rename_color(Color.GREEN, "")
    assert store.code(COLOR_CODE_IDS[Color.GREEN]).name == "观点"  # type: ignore[union-attr]


def test_importing_a_codebook_twice_merges_by_guid(store: AnnotationStore) -> None:
    top = Code("0f8fad5b-d9cb-469f-a165-70867728950e", "主题", "#123456", "一个备忘")
    sub = Code("7c9e6679-7425-40de-944b-e07fc1f90ae7", "子题", "#654321", "", parent=top.id)
    assert store.import_codes([top, sub]) == (2, 0)
    assert store.import_codes([top, sub]) == (0, 0)
    assert store.import_codes([top, Code(sub.id, "子题改名", sub.color, "", top.id)]) == (0, 1)
    assert tree_of(store)[5:] == [(0, "主题"), (1, "子题改名")]
    assert len(store.codes()) == 7
