"""What the window reads: the live highlights' few columns (all, or a screen's), and whole ones by id."""

from __future__ import annotations

from dataclasses import replace

from desktop_app.domain.anchoring import make_anchor
from desktop_app.domain.annotations import Color
from desktop_app.domain.briefs import HighlightBrief, color_of
from desktop_app.storage import AnnotationStore

TEXT = "我们首先得审视以往的视频生成技术。"


def add(store: AnnotationStore, transcript: str, paragraph: str, start: int, color: Color = Color.BLUE
        ) -> str:
    anchor = make_anchor(paragraph, TEXT, start, start + 3)
    return store.add_highlights(transcript, "hash", [(anchor, "q1", "宋东桓")], color)[0].id


def test_briefs_of_some_paragraphs_are_only_the_live_ones_there(store: AnnotationStore) -> None:
    first, second = add(store, "t", "p1", 0), add(store, "t", "p2", 2)
    add(store, "t", "p3", 4)  # not on screen
    add(store, "other", "p1", 0)  # another interview's paragraph of the same id
    gone = add(store, "t", "p2", 5)
    store.delete([gone])

    assert [b.id for b in store.highlight_briefs("t", ["p1", "p2"])] == [first, second]
    assert store.highlight_briefs("t", []) == []
    assert store.highlight_briefs("t", {"p2": 0})[0].exact == TEXT[2:5]  # any iterable of ids


def test_briefs_hold_what_the_window_lists_in_the_order_made(store: AnnotationStore) -> None:
    colors = [Color.PINK, Color.GREEN, Color.YELLOW]
    ids = [add(store, "t", f"p{i}", i, color) for i, color in enumerate(colors)]
    store.update_highlight(ids[1], note="要再看")
    store.delete([ids[2]])

    briefs = store.highlight_briefs("t")
    assert [b.id for b in briefs] == ids[:2]
    expected = HighlightBrief(ids[1], "p1", 1, 4, TEXT[1:4], "green", "要再看", "宋东桓", "q1", False)
    assert briefs[1] == expected
    assert color_of(briefs[0].color) is Color.PINK


def test_whole_highlights_by_id_come_in_the_order_made_tombstones_too(store: AnnotationStore) -> None:
    ids = [add(store, "t", f"p{i}", i) for i in range(3)]
    store.delete([ids[0]])

    whole = store.highlights_of([ids[2], ids[0], "no-such-id"])
    assert [h.id for h in whole] == [ids[0], ids[2]]
    assert whole[0].deleted is not None and whole[1].anchor.prefix == TEXT[:2]
    assert store.highlights_of([]) == []


def test_a_brief_is_trusted_only_under_the_mark_it_was_stored_or_confirmed_with(store: AnnotationStore
                                                                                 ) -> None:
    anchor = make_anchor("p1", TEXT, 0, 3)
    made = store.add_highlights("t", "hash", [(anchor, "q1", "")], Color.BLUE, placed_in="mark-a")[0].id
    plain = add(store, "t", "p2", 2)  # made without a mark: e.g. by an older version, or imported

    def trusted(mark: str) -> dict[str, bool]:
        return {b.id: bool(b.trusted) for b in store.highlight_briefs("t", None, mark)}

    assert trusted("mark-a") == {made: True, plain: False}
    assert trusted("mark-b") == {made: False, plain: False}  # another text, or other parsing code
    assert trusted("") == {made: False, plain: False}  # no mark given: nothing is trusted
    store.confirm_placed([plain], "mark-a")
    assert trusted("mark-a") == {made: True, plain: True}
    store.update_highlight(made, color=Color.PINK, note="颜色和笔记不动位置")
    assert trusted("mark-a")[made]


def test_an_import_that_moves_a_highlight_forgets_its_mark(store: AnnotationStore) -> None:
    anchor = make_anchor("p1", TEXT, 0, 3)
    made = store.add_highlights("t", "hash", [(anchor, "q1", "")], Color.BLUE, placed_in="mark-a")[0]
    moved = replace(made, anchor=make_anchor("p1", TEXT, 4, 8), updated="2999-01-01T00:00:00.000Z")
    assert store.upsert_highlights([moved]) == 1

    [brief] = store.highlight_briefs("t", None, "mark-a")
    assert (brief.start, brief.exact, brief.trusted) == (4, TEXT[4:8], False)  # checked again before trusted


def test_a_screens_briefs_are_found_by_their_paragraphs_not_by_reading_all(store: AnnotationStore,
                                                                          monkeypatch) -> None:
    for i in range(50):
        add(store, "t", f"p{i}", 0)
    plans: list[str] = []
    real = store._conn

    class Explaining:  # the store's connection, saying how SQLite reads each query before running it
        def execute(self, sql: str, args: object = ()) -> object:
            plans.append(str(real.execute(f"EXPLAIN QUERY PLAN {sql}", args).fetchall()))
            return real.execute(sql, args)

    monkeypatch.setattr(store, "_conn", Explaining())
    assert [b.paragraph_id for b in store.highlight_briefs("t", ["p7", "p3", "p7"])] == ["p3", "p7"]
    assert "highlights_by_paragraph" in plans[-1] and "highlights_by_transcript" not in plans[-1]
