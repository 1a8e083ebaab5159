"""The store keeps what the user made: highlights, notes, colour labels; across restarts and crashes."""

from __future__ import annotations

import re
import signal
import sqlite3
import subprocess
import sys
import uuid
from dataclasses import replace
from pathlib import Path

import pytest
from storage_support import REPO_ROOT, FakeClock, MakePassage

from desktop_app.domain.annotations import Color
from desktop_app.storage import DB_NAME, AnnotationStore

ISO_MS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")


def reopen(data_dir: Path, clock: FakeClock | None = None) -> AnnotationStore:
    return AnnotationStore.open(data_dir, clock=clock)


def test_a_highlight_comes_back_after_a_restart(
    store: AnnotationStore, data_dir: Path, passage: MakePassage
) -> None:
    (made,) = store.add_highlights("sora", "sha256:abc", [passage(speaker="王芳")], Color.GREEN, "值得引用")
    store.close()

    with reopen(data_dir) as again:
        (back,) = again.highlights("sora")
    assert back == made
    assert uuid.UUID(back.id).version == 4
    assert back.transcript_id == "sora"
    assert back.content_hash == "sha256:abc"
    assert back.anchor.paragraph_id == "q1-p1"
    assert (back.anchor.start, back.anchor.end, back.anchor.exact) == (2, 10, "我们先从数据说起")
    assert (back.anchor.prefix, back.anchor.suffix) == ("前文", "后文")
    assert (back.question_id, back.speaker, back.color, back.note) == ("q1", "王芳", Color.GREEN, "值得引用")
    assert back.group_id and back.deleted is None


def test_times_are_utc_iso_8601_with_milliseconds(store: AnnotationStore, passage: MakePassage) -> None:
    (made,) = store.add_highlights("sora", "h", [passage()], Color.YELLOW)
    assert made.created == "2026-11-25T15:07:19.123Z"
    assert ISO_MS.match(made.updated)


def test_the_file_is_wal_with_full_sync_foreign_keys_and_a_busy_timeout(store: AnnotationStore) -> None:
    conn = store._conn  # the store's own connection: these settings are per connection
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert store.path == store.data_dir / DB_NAME
    assert store.writable and store.read_only_reason is None and store.recovered is None


def test_a_highlight_across_paragraphs_is_one_group(store: AnnotationStore, passage: MakePassage) -> None:
    items = [
        passage("q1-p1", "第一段"),
        passage("q1-p2", "第二段", start=0),
        passage("q2-p1", "第三", 0, "q2"),
    ]
    made = store.add_highlights("sora", "h", items, Color.BLUE, "跨段")
    assert len({h.id for h in made}) == 3
    assert len({h.group_id for h in made}) == 1
    assert [h.anchor.paragraph_id for h in store.highlights("sora")] == ["q1-p1", "q1-p2", "q2-p1"]
    assert [h.question_id for h in made] == ["q1", "q1", "q2"]

    store.update_highlight(made[1].id, color=Color.PINK)
    assert {h.color for h in store.highlights("sora")} == {Color.PINK}

    assert sorted(store.delete([made[2].id])) == sorted(h.id for h in made)
    assert store.highlights("sora") == []
    assert sorted(store.undelete([made[0].id])) == sorted(h.id for h in made)
    assert len(store.highlights("sora")) == 3


def test_updating_changes_note_and_colour_and_the_updated_time(
    store: AnnotationStore, clock: FakeClock, passage: MakePassage, data_dir: Path
) -> None:
    (made,) = store.add_highlights("sora", "h", [passage()], Color.YELLOW)
    clock.advance(minutes=5)
    noted = store.update_highlight(made.id, note="再看一遍")
    assert (noted.note, noted.color) == ("再看一遍", Color.YELLOW)
    coloured = store.update_highlight(made.id, color=Color.ORANGE)
    assert (coloured.note, coloured.color) == ("再看一遍", Color.ORANGE)
    assert coloured.created == made.created
    assert coloured.updated == "2026-11-25T15:12:19.123Z"
    store.close()
    with reopen(data_dir) as again:
        assert again.get(made.id) == coloured


def test_updating_a_missing_or_deleted_highlight_raises_key_error(
    store: AnnotationStore, passage: MakePassage
) -> None:
    with pytest.raises(KeyError):
        store.update_highlight("no-such-id", note="x")
    (made,) = store.add_highlights("sora", "h", [passage()], Color.YELLOW)
    store.delete([made.id])
    with pytest.raises(KeyError):
        store.update_highlight(made.id, note="x")
    assert store.get(made.id) is not None and store.get(made.id).note == ""  # type: ignore[union-attr]


def test_deleting_leaves_a_tombstone_that_undo_removes(
    store: AnnotationStore, clock: FakeClock, passage: MakePassage, data_dir: Path
) -> None:
    keep, gone = (store.add_highlights("sora", "h", [passage(text=t)], Color.YELLOW)[0] for t in "甲乙")
    clock.advance(seconds=1)
    assert store.delete([gone.id]) == [gone.id]
    assert store.highlights("sora") == [keep]
    tomb = store.get(gone.id)
    assert tomb is not None and tomb.deleted == "2026-11-25T15:07:20.123Z" and tomb.updated == tomb.deleted
    assert [h.id for h in store.highlights("sora", include_deleted=True)] == [keep.id, gone.id]
    assert store.delete([gone.id]) == []  # already deleted: nothing to do
    store.close()

    with reopen(data_dir, clock) as again:
        assert [h.id for h in again.highlights("sora")] == [keep.id]
        assert again.undelete([gone.id]) == [gone.id]
        assert [h.id for h in again.highlights("sora")] == [keep.id, gone.id]
        restored = again.get(gone.id)
        assert restored is not None and restored.deleted is None


def test_tombstones_older_than_30_days_are_purged_when_the_store_opens(
    store: AnnotationStore, clock: FakeClock, passage: MakePassage, data_dir: Path
) -> None:
    old, live = (store.add_highlights("sora", "h", [passage(text=t)], Color.YELLOW)[0] for t in "甲乙")
    store.delete([old.id])
    store.set_question_note("sora", "q1", "旧笔记")
    store.set_question_note("sora", "q1", "")
    store.close()

    clock.advance(days=29)
    with reopen(data_dir, clock) as later:
        assert later.get(old.id) is not None
        assert len(later.question_notes("sora", include_deleted=True)) == 1
    clock.advance(days=2)
    with reopen(data_dir, clock) as much_later:
        assert much_later.get(old.id) is None
        assert much_later.question_notes("sora", include_deleted=True) == []
        assert much_later.highlights("sora") == [live]  # old but never deleted: kept


def test_a_store_opened_untidied_keeps_old_tombstones_until_it_is_tidied_up(
    store: AnnotationStore, clock: FakeClock, passage: MakePassage, data_dir: Path
) -> None:
    # The window opens its store untidied and tidies it after the first paint (a write transaction
    # reading every row is not what the first screen waits for).
    old = store.add_highlights("sora", "h", [passage(text="甲")], Color.YELLOW)[0]
    store.delete([old.id])
    store.close()
    clock.advance(days=31)
    with AnnotationStore.open(data_dir, clock=clock, tidy=False) as opened:
        assert opened.get(old.id) is not None
        opened.tidy_up()
        assert opened.get(old.id) is None


def test_one_live_note_per_question(store: AnnotationStore, clock: FakeClock, data_dir: Path) -> None:
    first = store.set_question_note("sora", "q1", "第一版")
    assert first is not None
    clock.advance(seconds=3)
    second = store.set_question_note("sora", "q1", "第二版")
    assert second is not None and second.id == first.id and second.note == "第二版"
    assert second.created == first.created and second.updated > first.updated
    store.set_question_note("sora", "q2", "另一个问题")
    assert [n.question_id for n in store.question_notes("sora")] == ["q1", "q2"]

    assert store.set_question_note("sora", "q1", "") is None
    assert store.question_note("sora", "q1") is None
    tombs = [n for n in store.question_notes("sora", include_deleted=True) if n.deleted]
    assert [(n.id, n.note) for n in tombs] == [(first.id, "第二版")]

    third = store.set_question_note("sora", "q1", "重新写")
    assert third is not None and third.id != first.id
    store.close()
    with reopen(data_dir) as again:
        assert again.question_note("sora", "q1") == third
        assert again.question_notes("other") == []


@pytest.mark.parametrize(
    "text",
    [
        "<b>bold</b> &amp; <a href='javascript:alert(1)'>link</a>",
        "<script>alert('x')</script><img src=x onerror=alert(1)>",
        "# 标题\n\n- **加粗** _斜体_ `code`\n\n> 引用\n\n[链接](http://example.com)",
        "多行\r\n文本\t制表  两个空格 \n𠮷 emoji 😀 ' \" ; DROP TABLE highlights; --",
        "   ",
        "nul\x00inside",
    ],
)
def test_notes_are_stored_exactly_as_typed(
    store: AnnotationStore, data_dir: Path, passage: MakePassage, text: str
) -> None:
    (made,) = store.add_highlights("sora", "h", [passage()], Color.YELLOW, text)
    store.set_question_note("sora", "q1", text)
    store.rename_color(Color.GREEN, text)
    store.close()
    with reopen(data_dir) as again:
        back = again.get(made.id)
        note = again.question_note("sora", "q1")
        assert back is not None and back.note == text
        assert note is not None and note.note == text
        assert again.color_labels() == {Color.GREEN: text}
        assert len(again.highlights("sora")) == 1


def test_colour_labels_store_only_what_the_user_renamed(store: AnnotationStore, data_dir: Path) -> None:
    assert store.color_labels() == {}
    store.rename_color(Color.PINK, "灵感")
    store.rename_color(Color.YELLOW, "Must read")
    store.rename_color(Color.YELLOW, "必读")
    assert store.color_labels() == {Color.YELLOW: "必读", Color.PINK: "灵感"}
    store.rename_color(Color.PINK, "")  # back to the default
    store.rename_color(Color.YELLOW, "Key point")  # the default label, in English
    assert store.color_labels() == {}
    store.rename_color(Color.BLUE, "疑点")
    store.close()
    with reopen(data_dir) as again:
        assert again.color_labels() == {Color.BLUE: "疑点"}


def test_bad_input_is_refused_before_anything_is_written(
    store: AnnotationStore, passage: MakePassage
) -> None:
    anchor, question, speaker = passage()
    with pytest.raises(ValueError):
        store.add_highlights("sora", "h", [], Color.YELLOW)
    with pytest.raises(ValueError):
        store.add_highlights(
            "sora", "h", [(replace(anchor, start=5, end=2), question, speaker)], Color.YELLOW
        )
    with pytest.raises(ValueError):
        store.add_highlights("sora", "h", [passage(), passage()], "purple")  # type: ignore[arg-type]
    assert store.highlights("sora", include_deleted=True) == []


def test_upsert_merges_by_id_and_the_newer_update_wins(
    store: AnnotationStore, clock: FakeClock, passage: MakePassage
) -> None:
    (mine,) = store.add_highlights("sora", "h", [passage()], Color.YELLOW, "mine")
    older = replace(mine, note="older", updated="2026-01-01T00:00:00.000Z")
    newer = replace(mine, note="newer", updated="2027-01-01T00:00:00.000Z")
    other = replace(mine, id=str(uuid.uuid4()), group_id="", note="from elsewhere")
    assert store.upsert_highlights([older, other]) == 1
    assert store.get(mine.id) == mine
    imported = store.get(other.id)
    assert imported is not None and imported.note == "from elsewhere" and imported.group_id == other.id

    assert store.upsert_highlights([newer]) == 1
    assert store.get(mine.id) == newer
    tomb = replace(newer, deleted="2027-02-01T00:00:00.000Z", updated="2027-02-01T00:00:00.000Z")
    assert store.upsert_highlights([tomb, newer]) == 1
    assert [h.id for h in store.highlights("sora")] == [other.id]


# A writer that prints each highlight's id only after add_highlights returned, then keeps going
# until it is killed.
KILLED_WRITER = """
import sys
from pathlib import Path
from desktop_app.domain.annotations import Anchor, Color
from desktop_app.storage import AnnotationStore

store = AnnotationStore.open(Path(sys.argv[1]))
n = 0
while True:
    n += 1
    anchor = Anchor("p%d" % n, 0, 4, "一段文字", "", "")
    (made,) = store.add_highlights("sora", "h", [(anchor, "q1", "")], Color.YELLOW, "笔记 %d" % n)
    print(made.id, flush=True)
"""


def test_kill_9_loses_nothing_a_method_returned_for(data_dir: Path) -> None:
    writer = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(data_dir)],
        cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert writer.stdout is not None
    returned = [writer.stdout.readline().strip() for _ in range(150)]
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=30)
    returned += [line.strip() for line in writer.stdout if line.strip()]  # printed before the kill landed
    writer.stdout.close()
    assert writer.returncode == -signal.SIGKILL

    with reopen(data_dir) as after:
        stored = {h.id for h in after.highlights("sora")}
        assert after.writable
    assert len(returned) >= 150
    assert set(returned) <= stored
    integrity = sqlite3.connect(data_dir / DB_NAME)
    try:
        assert integrity.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        integrity.close()


def test_question_notes_merge_by_id_and_newer_wins(tmp_path) -> None:
    from desktop_app.domain.annotations import QuestionNote

    with AnnotationStore.open(tmp_path) as store:
        mine = store.set_question_note("t", "s1-q1", "本地的批注")
        assert mine is not None
        older = QuestionNote(
            "other-id", "t", "s1-q1", "导入的旧批注", "2000-01-01T00:00:00.000Z", "2000-01-01T00:00:00.000Z"
        )
        assert store.upsert_question_notes([older]) == 0
        assert [n.note for n in store.question_notes("t")] == ["本地的批注"]
        newer = QuestionNote(
            "other-id", "t", "s1-q1", "导入的新批注", "2000-01-01T00:00:00.000Z", "2999-01-01T00:00:00.000Z"
        )
        assert store.upsert_question_notes([newer]) == 1
        assert [(n.id, n.note) for n in store.question_notes("t")] == [("other-id", "导入的新批注")]
        assert store.question_note("t", "s1-q1").id == "other-id"
        kept = [n for n in store.question_notes("t", include_deleted=True) if n.id == mine.id]
        assert kept and kept[0].deleted
        again = QuestionNote(
            "other-id", "t", "s1-q1", "更新", "2000-01-01T00:00:00.000Z", "2999-06-01T00:00:00.000Z"
        )
        assert store.upsert_question_notes([again]) == 1
        assert store.question_note("t", "s1-q1").note == "更新"
