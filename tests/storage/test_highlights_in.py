"""What the first paint reads: the live highlights of the paragraphs on screen, and nothing else."""

from __future__ import annotations

from desktop_app.domain.anchoring import make_anchor
from desktop_app.domain.annotations import Color
from desktop_app.storage import AnnotationStore


def test_highlights_in_reads_only_the_live_ones_of_the_paragraphs_asked_for(store: AnnotationStore) -> None:
    text = "我们首先得审视以往的视频生成技术。"

    def add(transcript: str, paragraph: str, start: int) -> str:
        anchor = make_anchor(paragraph, text, start, start + 3)
        return store.add_highlights(transcript, "hash", [(anchor, "q1", "")], Color.BLUE)[0].id

    first, second = add("t", "p1", 0), add("t", "p2", 2)
    add("t", "p3", 4)  # not on screen
    add("other", "p1", 0)  # another interview's paragraph of the same id
    gone = add("t", "p2", 5)
    store.delete([gone])

    assert [h.id for h in store.highlights_in("t", ["p1", "p2"])] == [first, second]
    assert store.highlights_in("t", []) == []
    assert store.highlights_in("t", {"p2": 0})[0].anchor.exact == text[2:5]  # any iterable of ids
