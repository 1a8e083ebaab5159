"""Links back to the passage in the window, Copy Link, and quote cards from a highlight."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox
from test_text_first import first_line

from desktop_app.domain.links import parse_link, passage_link
from desktop_app.gui.actions import Act
from desktop_app.gui.desktop import CardDialog
from desktop_app.gui.tree_model import NodeIdRole


def errors(window) -> list[str]:
    return [b.text() for b in window.findChildren(QMessageBox, "errorMessage") if b.isVisible()]


def test_a_link_scrolls_to_its_paragraph_and_flashes_the_range(make_window, bundled) -> None:
    window = make_window()
    window.resize(900, 640)
    window.room.fit()
    paragraph = bundled.find("s3-q1-p4")
    url = passage_link(bundled.id, "s3-q1-p4", 5, 15)

    assert window.desktop.open_target(url)
    assert window.tree.currentIndex().data(NodeIdRole) == "s3-q1"
    assert first_line(window) in paragraph.text  # the first visible line is the paragraph's
    flashed = [s.cursor.selectedText() for s in window.pane.extraSelections()]
    assert paragraph.text[5:15] in flashed


def test_links_that_cannot_be_followed_say_why_and_the_window_stays(make_window, bundled) -> None:
    window = make_window()
    window.navigation.select_node("s2-q1")
    for url, says in (
        ("interview-reader://open/nowhere#s1-q1-p1", "not in your library"),
        (passage_link(bundled.id, "s9-q9-p9"), "has no paragraph"),
        ("interview-reader://open/", "not a link the reader can open"),
        ("interview-reader://highlight/00000000-0000-4000-8000-000000000000", "no highlight"),
    ):
        assert not window.desktop.open_target(url)
        assert any(says in text for text in errors(window)), (url, errors(window))
        assert window.tree.currentIndex().data(NodeIdRole) == "s2-q1"
        for box in window.findChildren(QMessageBox, "errorMessage"):
            box.close()


def test_copy_link_to_passage_gives_a_link_that_parses_back(make_window, bundled) -> None:
    window = make_window()
    window.navigation.select_node("s2-q1")
    assert window.pane.marks.select_passage("s2-q1-p3", 2, 9)
    window.action(Act.COPY_LINK).trigger()
    link = parse_link(QApplication.clipboard().text())
    assert (link.transcript_id, link.paragraph_id, link.start, link.end) == (bundled.id, "s2-q1-p3", 2, 9)


def test_share_as_card_draws_the_selected_highlight(make_window, tmp_path: Path) -> None:
    window = make_window()
    window.navigation.select_node("s2-q1")
    assert window.pane.marks.select_passage("s2-q1-p3", 0, 12)
    window.action(Act.HIGHLIGHT).trigger()
    dialog = window.desktop.share_card()
    assert isinstance(dialog, CardDialog) and dialog.isVisible()
    assert dialog.image.width() == 1080 and dialog.image.height() > 300
    dialog.copy_image()
    assert QApplication.clipboard().image().width() == 1080
    dialog.close()


def test_a_link_to_another_interview_opens_it_from_the_library(make_window, tmp_path: Path, bundled) -> None:
    other = tmp_path / "other.md"
    other.write_text(
        paths_text().replace("id: t-frontline-sora-2024", "id: another-interview"), encoding="utf-8"
    )
    window = make_window()
    assert window.files.open_path(str(other))  # joins the library
    assert window.files.open_path(str(Path(bundled.path)))
    assert window.desktop.open_target(passage_link("another-interview", "s2-q1-p3"))
    assert window.transcript.id == "another-interview"
    assert window.tree.currentIndex().data(NodeIdRole) == "s2-q1"


def paths_text() -> str:
    from desktop_app import paths

    return paths.bundled_transcript().read_text(encoding="utf-8")
