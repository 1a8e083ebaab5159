"""Search on a big transcript: the first rows at once, the rest as the list scrolls, F3 past them, and a
search right after opening (no index yet) finding what the index finds."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.domain import search as search_domain
from desktop_app.domain.model import Transcript
from desktop_app.domain.parser import parse_transcript
from desktop_app.domain.search import results as search_results
from desktop_app.gui.actions import Act
from desktop_app.gui.search_panel import PAGE, HitNumberRole
from desktop_app.paths import bundled_transcript

COPIES = 40


def big_transcript() -> Transcript:
    """The bundled interview with its sections repeated COPIES times (headings numbered apart)."""
    text = bundled_transcript().read_text(encoding="utf-8").replace("\r\n", "\n")
    first = re.search(r"^## ", text, re.MULTILINE)
    assert first is not None
    head, sections = text[: first.start()], text[first.start() :]
    copies = [re.sub(r"^(## .+)$", rf"\1 ({k})", sections, flags=re.MULTILINE) for k in range(COPIES)]
    return parse_transcript(head + "\n".join(copies), "big.md")


@pytest.fixture(scope="module")
def big() -> Transcript:
    return big_transcript()


def ask(window, query: str) -> None:
    window.start_search()
    window.search_panel.field.setText(query)
    window.search_panel.emit_query()


def listed(window) -> list[int]:
    model = window.search_panel.model
    rows = []
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        rows += [model.index(r, 0, group).data(HitNumberRole) for r in range(model.rowCount(group))]
    return rows


def expected_count(transcript: Transcript, query: str, hidden: set[str] = frozenset()) -> int:
    return sum(p.text.lower().count(query) for p in transcript.paragraphs() if p.speaker not in hidden)


def test_thousands_of_matches_list_fifty_first_and_more_as_the_list_scrolls(
    qtbot, make_window, big, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_results, "CHEAP_COUNT_CHARS", 0)  # count after the first rows, as at 1,000×
    window = make_window(transcript=big)
    ask(window, "sora")
    total = expected_count(big, "sora")
    assert total > 2000
    assert listed(window) == list(range(PAGE))
    panel = window.search_panel
    assert panel.count.text() == "Counting matches…"  # the rows come first, the count right after
    qtbot.waitUntil(lambda: f"{total:,}" in panel.count.text() or str(total) in panel.count.text())
    bar = panel.view.verticalScrollBar()
    for _ in range(3):
        bar.setValue(bar.maximum())
        QApplication.processEvents()
    shown = listed(window)
    assert len(shown) > PAGE and shown == list(range(len(shown)))
    assert len(shown) < total  # only what was scrolled to


def test_f3_goes_past_the_rows_listed(qtbot, make_window, big) -> None:
    window = make_window(transcript=big)
    ask(window, "sora")
    for _ in range(PAGE + 5):
        window.action(Act.FIND_NEXT).trigger()
    assert window.search.current == PAGE + 4
    panel = window.search_panel
    assert panel.view.currentIndex().data(HitNumberRole) == PAGE + 4  # its row listed and selected
    assert window.pane.textCursor().selectedText().lower() == "sora"
    assert panel.count.text().startswith(f"{PAGE + 5} ")
    window.action(Act.FIND_PREVIOUS).trigger()
    window.search.show_hit(0)
    window.action(Act.FIND_PREVIOUS).trigger()  # wraps to the very last match
    total = expected_count(big, "sora")
    assert window.search.current == total - 1
    assert panel.view.currentIndex().data(HitNumberRole) == total - 1
    assert window.pane.textCursor().selectedText().lower() == "sora"


def test_the_speaker_filter_note_is_right_when_counted_later(
    qtbot, make_window, big, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_results, "CHEAP_COUNT_CHARS", 0)
    window = make_window(transcript=big)
    window.speaker_filter.box("薛彦泽").setChecked(False)
    ask(window, "sora")
    shown = expected_count(big, "sora", {"薛彦泽"})
    hidden = expected_count(big, "sora") - shown
    assert hidden > 0
    panel = window.search_panel
    qtbot.waitUntil(lambda: "hidden speakers" in panel.count.text())
    assert str(shown) in panel.count.text() and str(hidden) in panel.count.text()
    assert all(window.search.results[n].speaker != "薛彦泽" for n in listed(window))


def test_a_search_right_after_opening_finds_what_the_index_finds(
    qtbot, make_window, big, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()  # the background build waits for it: the first searches come before
    original = search_domain.build_apart

    def held(*args: object) -> object:
        release.wait(30)
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(search_domain, "build_apart", held)
    window = make_window(tmp_path / "new-data", transcript=big)
    found = {}
    for query in ("好莱坞", "sora", "信心"):
        ask(window, query)
        found[query] = [(h.paragraph_id, h.start) for h in window.search.results]
    index = window.search._index
    assert index is not None and not index.ready()  # answered while the index was not built
    release.set()
    assert index.wait_ready(60) and index.cached  # built in the background, into the data folder
    for query in ("好莱坞", "sora", "信心"):
        ask(window, query)
        assert [(h.paragraph_id, h.start) for h in window.search.results] == found[query], query
        assert len(found[query]) == expected_count(big, query.lower())
    assert (tmp_path / "new-data" / "search").is_dir()
