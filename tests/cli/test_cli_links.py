"""The window's argument may be an interview-reader:// link (what the desktop entry's %u hands over)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_screenshot import run_main

from desktop_app import paths
from desktop_app.cli import window_target
from desktop_app.domain.links import HighlightLink, LinkError, PassageLink
from desktop_app.domain.parser import load_transcript


def test_the_argument_is_a_file_a_file_url_or_a_link() -> None:
    assert window_target(None) == (None, None)
    assert window_target("访谈.md") == ("访谈.md", None)
    assert window_target("file:///home/me/%E8%AE%BF%E8%B0%88%201.md") == ("/home/me/访谈 1.md", None)
    assert window_target("interview-reader://open/t#p:1-2") == (None, PassageLink("t", "p", 1, 2))
    uuid = "6b1f0e2a-0000-4000-8000-000000000001"
    assert window_target(f"interview-reader://highlight/{uuid}") == (None, HighlightLink(uuid))
    with pytest.raises(LinkError):
        window_target("interview-reader://open/t")


def test_a_malformed_link_is_refused_before_any_window(tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    result = run_main("interview-reader://open/t#p:9-1", "--screenshot", str(shot), tmp_path=tmp_path)
    assert result.returncode == 2
    assert "the range starts (9) after it ends (1)" in result.stderr
    assert not shot.exists() and not (tmp_path / "data").exists()


def test_a_screenshot_of_a_link_shows_its_passage(tmp_path: Path) -> None:
    transcript = load_transcript(paths.bundled_transcript())
    last = list(transcript.questions())[-1]
    paragraph = list(last.paragraphs())[-1]
    first, linked = tmp_path / "first.png", tmp_path / "linked.png"
    assert run_main("--screenshot", str(first), tmp_path=tmp_path).returncode == 0
    link = f"interview-reader://open/{transcript.id}#{paragraph.id}"
    result = run_main(link, "--screenshot", str(linked), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert linked.read_bytes() != first.read_bytes()  # not the first question: the linked one


def test_a_link_to_a_missing_paragraph_says_so(tmp_path: Path) -> None:
    transcript = load_transcript(paths.bundled_transcript())
    shot = tmp_path / "shot.png"
    result = run_main(f"interview-reader://open/{transcript.id}#s99-q1-p1", "--screenshot", str(shot),
                      tmp_path=tmp_path)
    assert result.returncode == 1
    assert "has no paragraph 's99-q1-p1'" in result.stderr and not shot.exists()
