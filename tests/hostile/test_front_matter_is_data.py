"""The front matter is data: scalars as written, no anchors or aliases, no key twice, a size limit."""

from __future__ import annotations

import pytest
from hostile_helpers import BODY, FRONT, TRANSCRIPT, front_with

from desktop_app.domain import front_matter
from desktop_app.domain.errors import TranscriptError
from desktop_app.domain.model import Role
from desktop_app.domain.parser import parse_transcript


@pytest.fixture(autouse=True, params=front_matter.LOADERS, ids=lambda loader: loader.__name__)
def loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> type:
    """Every case runs with libyaml's parser (when installed) and with PyYAML's own: same rules."""
    monkeypatch.setattr(front_matter, "LOADER", request.param)
    return request.param  # type: ignore[no-any-return]


def refused(text: str) -> TranscriptError:
    with pytest.raises(TranscriptError) as info:
        parse_transcript(text, "hostile.md")
    return info.value


@pytest.mark.parametrize("value", ["yes", "No", "on", "Off", "y", "017", "0x1F", "1e3", ".inf", "2024-02-30"])
def test_an_id_is_the_text_as_written(value: str) -> None:
    assert parse_transcript(front_with("id: hostile", f"id: {value}")).id == value


def test_ids_017_and_15_are_two_transcripts() -> None:
    first = parse_transcript(front_with("id: hostile", "id: 017"))
    second = parse_transcript(front_with("id: hostile", "id: 15"))
    assert (first.id, second.id) == ("017", "15")


def test_a_title_no_is_the_word_no() -> None:
    assert parse_transcript(front_with("title: 敌意输入", "title: No")).title == "No"


def test_a_speaker_named_on_keeps_the_name_and_their_own_turns() -> None:
    text = front_with("name: 嘉宾", "name: On").replace("嘉宾:回答。", "On: I answer.")
    transcript = parse_transcript(text)
    assert [s.name for s in transcript.speakers] == ["主持人", "On"]
    question = transcript.sections[0].questions[0]
    assert [p.text for p in question.prompt.paragraphs] == ["第一个问题?"]
    assert [(turn.speaker, turn.paragraphs[0].text) for turn in question.answers] == [("On", "I answer.")]


def test_a_host_named_yes_is_still_the_host() -> None:
    text = front_with("name: 主持人", "name: Yes").replace("主持人:", "Yes:")
    transcript = parse_transcript(text)
    assert transcript.speakers[0].name == "Yes" and transcript.speakers[0].role is Role.HOST


def test_an_alias_is_refused_with_its_line() -> None:
    error = refused(front_with("title: 敌意输入", "title: &t 敌意输入\nsource2: *t"))
    assert "anchors and aliases" in str(error)
    assert error.path == "hostile.md" and error.line == 3


def test_billion_laughs_is_refused_before_it_expands() -> None:
    lol = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    pairs = zip("abcdefgh", "bcdefghi", strict=True)
    lol += [f"{c}: &{c} [*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p}]" for p, c in pairs]
    error = refused("---\n" + "\n".join(lol) + "\n---\n" + BODY)
    assert "anchors and aliases" in str(error)
    assert error.line == 2


def test_a_tag_is_refused() -> None:
    error = refused(front_with("id: hostile", "id: !!int 017"))
    assert "tag" in str(error) and error.line == 2


def test_a_key_given_twice_is_named_with_its_line() -> None:
    error = refused(front_with("source: tests", "source: tests\ntitle: 另一个标题"))
    assert "'title' is given twice" in str(error)
    assert error.line == 5
    assert str(error).startswith("hostile.md, line 5:")


def test_a_speaker_key_given_twice_is_named_too() -> None:
    error = refused(front_with("    role: guest", "    role: guest\n    role: host"))
    assert "'role' is given twice" in str(error) and error.line == 11


def test_front_matter_over_its_size_limit_is_refused_before_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    padding = "bio_padding: '" + "x" * 2000 + "'\n"
    text = front_with("language: zh-Hans", "language: zh-Hans\n" + padding)
    monkeypatch.setattr(front_matter, "MAX_FRONT_MATTER_BYTES", 1024)
    error = refused(text)
    assert "The front matter is" in str(error) and "up to" in str(error) and error.line == 1
    monkeypatch.setattr(front_matter, "MAX_FRONT_MATTER_BYTES", 1024 * 1024)
    assert parse_transcript(text).id == "hostile"


def test_a_front_matter_over_four_megabytes_is_refused() -> None:
    huge = "---\nid: x\nnotes: '" + "长" * 1_500_000 + "'\n---\n" + BODY  # 4.3 MB in UTF-8
    error = refused(huge)
    assert "The front matter is 4.3 MB; it can be up to 4 MB." in str(error)


def test_a_speaker_declared_twice_among_many_names_the_line() -> None:
    entries = "".join(f"  - name: g{i}\n    role: guest\n" for i in [*range(500), 7])
    error = refused(FRONT.replace("  - name: 嘉宾\n    role: guest\n", entries) + BODY)
    assert "'g7' is declared twice" in str(error)
    assert error.line == 9 + 2 * 500  # the entries start on line 9, two lines each


def test_the_untouched_transcript_still_reads() -> None:
    assert parse_transcript(TRANSCRIPT).speakers[1].name == "嘉宾"
