"""Several windows or processes on one file: nothing one writes is lost by another."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from storage_support import REPO_ROOT, MakePassage, start_python

from desktop_app.domain.annotations import Anchor, Color
from desktop_app.storage import DB_NAME, LATEST_VERSION, AnnotationStore

# Opens the store once told to go, adds `count` highlights one transaction at a time, prints their ids.
WRITER = """
import json, sys
from pathlib import Path
from desktop_app.domain.annotations import Anchor, Color
from desktop_app.storage import AnnotationStore

data_dir, tag, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
print("ready", flush=True)
sys.stdin.readline()
ids = []
with AnnotationStore.open(Path(data_dir)) as store:
    assert store.writable, store.read_only_reason
    for n in range(count):
        anchor = Anchor(f"{tag}-{n}", 0, 2, "并发", "", "")
        made = store.add_highlights("sora", "h", [(anchor, "q1", tag)], Color.GREEN, f"{tag} {n}")
        ids += [h.id for h in made]
        if n % 10 == 0:
            store.set_question_note("sora", f"{tag}-q", f"{tag} 写到 {n}")
print(json.dumps(ids))
"""


def start_writers(data_dir: Path, count: int, tags: list[str]) -> list[subprocess.Popen[str]]:
    writers = [start_python(WRITER, [str(data_dir), tag, str(count)]) for tag in tags]
    for writer in writers:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
    return writers


def go(writer: subprocess.Popen[str]) -> None:
    assert writer.stdin is not None
    writer.stdin.write("go\n")
    writer.stdin.flush()


def finish(writer: subprocess.Popen[str]) -> list[str]:
    out, err = writer.communicate(timeout=300)
    assert writer.returncode == 0, err
    ids: list[str] = json.loads(out.strip().splitlines()[-1])
    return ids


def test_two_stores_on_one_file_see_each_others_writes(data_dir: Path, passage: MakePassage) -> None:
    with AnnotationStore.open(data_dir) as left, AnnotationStore.open(data_dir) as right:
        (mine,) = left.add_highlights("sora", "h", [passage(text="左")], Color.YELLOW)
        assert right.get(mine.id) == mine
        right.update_highlight(mine.id, note="右边改的")
        assert left.get(mine.id).note == "右边改的"  # type: ignore[union-attr]

        made = []
        for n in range(50):
            writer = left if n % 2 else right
            made += writer.add_highlights("sora", "h", [passage(text=f"第{n}段")], Color.BLUE)
        assert {h.id for h in left.highlights("sora")} == {h.id for h in made} | {mine.id}

        left.set_question_note("sora", "q1", "左边写的")
        right.set_question_note("sora", "q1", "右边写的")
        assert [n.note for n in left.question_notes("sora")] == ["右边写的"]
        left.rename_color(Color.PINK, "左")
        assert right.color_labels() == {Color.PINK: "左"}
        right.delete([mine.id])
        assert left.get(mine.id).deleted is not None  # type: ignore[union-attr]

    with AnnotationStore.open(data_dir) as again:
        assert len(again.highlights("sora")) == 50


def test_another_process_writing_at_the_same_time_loses_nothing(data_dir: Path, passage: MakePassage) -> None:
    count = 300
    with AnnotationStore.open(data_dir) as store:
        (writer,) = start_writers(data_dir, count, ["child"])
        go(writer)
        mine = []
        for n in range(count):
            mine += store.add_highlights("sora", "h", [passage(f"parent-{n}", "并发")], Color.YELLOW)
            if n % 10 == 0:
                store.set_question_note("sora", "parent-q", f"parent 写到 {n}")
        theirs = finish(writer)

        assert len(theirs) == count
        stored = {h.id for h in store.highlights("sora")}
    assert stored == {h.id for h in mine} | set(theirs)
    assert len(stored) == 2 * count

    with AnnotationStore.open(data_dir) as again:
        notes = {n.question_id: n.note for n in again.question_notes("sora")}
        assert notes == {"parent-q": f"parent 写到 {count - 10}", "child-q": f"child 写到 {count - 10}"}


def test_processes_opening_a_new_folder_together_create_and_migrate_it_once(data_dir: Path) -> None:
    tags = ["a", "b", "c", "d"]
    writers = start_writers(data_dir, 40, tags)
    for writer in writers:
        go(writer)
    written = [finish(writer) for writer in writers]

    with AnnotationStore.open(data_dir) as store:
        assert store.recovered is None
        stored = [h.id for h in store.highlights("sora")]
    assert sorted(stored) == sorted(i for ids in written for i in ids)
    assert len(stored) == 160
    assert not list(data_dir.glob("*.corrupt-*"))
    conn = sqlite3.connect(data_dir / DB_NAME)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def test_a_highlight_made_in_one_window_can_be_undone_in_another(data_dir: Path) -> None:
    anchor = Anchor("p1", 0, 2, "撤销", "", "")
    with AnnotationStore.open(data_dir) as left, AnnotationStore.open(data_dir) as right:
        made = left.add_highlights("sora", "h", [(anchor, "q1", ""), (anchor, "q2", "")], Color.GREEN)
        deleted = right.delete([made[0].id])
        assert sorted(deleted) == sorted(h.id for h in made)
        assert left.highlights("sora") == []
        left.undelete(deleted)
        assert [h.id for h in right.highlights("sora")] == [h.id for h in made]


# Opens the store in each folder at an agreed moment (so the processes race to create the same new
# file), then says whether every store came out writable and undamaged.
RACER = """
import json, sys, time
from pathlib import Path
from desktop_app.storage import AnnotationStore

start, folders = float(sys.argv[1]), sys.argv[2:]
problems = []
for n, folder in enumerate(folders):
    while time.time() < start + 0.15 * n:
        pass
    with AnnotationStore.open(Path(folder)) as store:
        if not store.writable or store.recovered:
            problems.append([folder, store.read_only_reason, str(store.recovered)])
print(json.dumps(problems))
"""


def test_processes_creating_one_new_file_at_the_same_moment_all_get_a_working_store(tmp_path: Path) -> None:
    folders = [str(tmp_path / f"data-{n}") for n in range(12)]
    start = time.time() + 1.5  # time for every interpreter to start before the first race
    racers = [subprocess.Popen(
        [sys.executable, "-c", RACER, str(start), *folders],
        cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    ) for _ in range(5)]  # fmt: skip
    reports = []
    for racer in racers:
        out, err = racer.communicate(timeout=300)
        assert racer.returncode == 0, err
        reports.append(json.loads(out.strip().splitlines()[-1]))
    assert reports == [[]] * len(racers)
