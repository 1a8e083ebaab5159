"""Annotations grouped by question for the panel: reading order, filters, orphans."""

from __future__ import annotations

from desktop_app import paths
from desktop_app.domain.anchoring import make_anchor, place_all
from desktop_app.domain.annotations import Color, Highlight, QuestionNote
from desktop_app.domain.briefs import brief_of, place_briefs
from desktop_app.domain.grouping import (
    ORPHAN_GROUP,
    PREFACE_GROUP,
    EntryFilter,
    entries,
    group_entries,
    order_group,
)
from desktop_app.domain.parser import load_transcript

T = load_transcript(paths.bundled_transcript())


def highlight(hid: str, paragraph_id: str, start: int, end: int, color: Color = Color.YELLOW, note: str = "",
              speaker: str = "", deleted: str | None = None, text: str | None = None) -> Highlight:
    paragraph = T.find(paragraph_id)
    body = text if text is not None else paragraph.text
    anchor = make_anchor(paragraph_id, body, start, end)
    question = T.question_of(paragraph_id)
    return Highlight(hid, T.id, T.content_hash, anchor, question.id if question else "",
                     speaker or (paragraph.speaker or "" if paragraph else ""), color, note, hid,
                     f"2026-01-01T00:00:0{hid[-1]}.000Z", "2026-01-01T00:00:00.000Z", deleted)


def build(highlights, notes=()):
    placements = place_all(((h.id, h.anchor) for h in highlights), T)
    return entries(T, highlights, placements, notes)


def test_groups_follow_reading_order_and_orphans_come_last() -> None:
    hs = [
        highlight("h1", "s3-q1-p2", 0, 4),
        highlight("h2", "pre-p2", 0, 4),
        highlight("h3", "s1-q1-p3", 2, 6, Color.GREEN),
        highlight("h4", "s1-q1-p2", 0, 3, text="这段话在访谈里根本不存在"),
        highlight("h5", "s1-q1-p2", 5, 9),
    ]
    groups = group_entries(T, build(hs))
    assert [g.key for g in groups] == [PREFACE_GROUP, "s1-q1", "s3-q1", ORPHAN_GROUP]
    assert [e.id for e in groups[1].entries] == ["h5", "h3"]
    assert groups[1].section_title == T.sections[0].title
    assert groups[1].title == "Sora真正厉害在哪里?"
    assert [e.id for e in groups[-1].entries] == ["h4"]
    assert groups[-1].entries[0].quote == "这段话"


def test_deleted_highlights_are_left_out_and_question_notes_lead_their_group() -> None:
    gone = "2026-01-02T00:00:00Z"
    hs = [highlight("h1", "s2-q1-p2", 0, 4), highlight("h2", "s2-q1-p3", 0, 4, deleted=gone)]
    notes = [QuestionNote("n1", T.id, "s2-q1", "值得再读", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z")]
    groups = group_entries(T, build(hs, notes))
    assert [[(e.id, e.kind) for e in g.entries] for g in groups] == [
        [("n1", "question-note"), ("h1", "highlight")]
    ]


def test_filters_by_colour_speaker_and_words() -> None:
    hs = [
        highlight("h1", "s1-q1-p2", 0, 4, Color.YELLOW, note="扩散模型"),
        highlight("h2", "s1-q1-p8", 0, 4, Color.BLUE),
        highlight("h3", "s2-q1-p2", 0, 8, Color.YELLOW),
    ]
    items = build(hs)
    assert {e.speaker for e in items} == {"宋东桓", "薛彦泽"}

    def ids(keep: EntryFilter) -> list[str]:
        return [e.id for g in group_entries(T, items, keep) for e in g.entries]

    assert ids(EntryFilter()) == ["h1", "h2", "h3"]
    assert ids(EntryFilter(colors=frozenset({Color.YELLOW}))) == ["h1", "h3"]
    assert ids(EntryFilter(speaker="薛彦泽")) == [e.id for e in items if e.speaker == "薛彦泽"]
    assert ids(EntryFilter(text="扩散")) == ["h1"]
    quote = items[2].quote[1:3]
    assert ids(EntryFilter(text=quote)) == [e.id for e in items if quote in e.quote]


def test_briefs_in_place_list_as_whole_highlights_do_and_the_others_are_named() -> None:
    hs = [
        highlight("h1", "s3-q1-p2", 0, 4, Color.GREEN, note="再看"),
        highlight("h2", "pre-p2", 0, 4),
        highlight("h3", "s1-q1-p2", 0, 3, text="这段话在访谈里根本不存在"),  # its offsets hold another text
        highlight("h4", "no-such-paragraph", 0, 3, text="不存在的段落"),
    ]
    placed, moved, found = place_briefs(T, [brief_of(h) for h in hs])
    assert moved == ["h3", "h4"]
    assert placed == [e._replace(created="") for e in build(hs[:2])]  # the window never shows when
    assert placed[0].question_id == "s3-q1" and placed[1].question_id == ""  # the preface has none
    assert found == ["h1", "h2"]  # found where stored, in the question stored: to be trusted next time


def test_a_trusted_brief_is_listed_from_its_own_columns_and_an_untrusted_one_from_the_text() -> None:
    h = highlight("h1", "s3-q1-p2", 0, 4, Color.GREEN)
    elsewhere = brief_of(h)._replace(question_id="s2-q1")  # stored with another question than its paragraph's
    placed, moved, found = place_briefs(T, [elsewhere, elsewhere._replace(id="h2", trusted=True)])
    assert [e.question_id for e in placed] == ["s3-q1", "s2-q1"] and moved == []
    assert found == []  # not where it was stored (its question differs): never trusted


def test_a_lazy_grouping_orders_each_group_when_asked_as_the_eager_one_does() -> None:
    hs = [highlight("h1", "s1-q1-p3", 2, 6), highlight("h2", "s3-q1-p2", 0, 4),
          highlight("h3", "s1-q1-p2", 5, 9)]
    eager, lazy = group_entries(T, build(hs)), group_entries(T, build(hs), lazy=True)
    assert [g.key for g in lazy] == [g.key for g in eager]
    assert [e.id for e in lazy[0].entries] == ["h1", "h3"] and not lazy[0].ordered  # as made, for now
    ordered = [[e.id for e in order_group(T, g).entries] for g in lazy]
    assert ordered == [[e.id for e in g.entries] for g in eager]
