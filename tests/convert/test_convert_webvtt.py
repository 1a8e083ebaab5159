"""WebVTT captions with voice tags become a transcript: one turn per run of cues by one speaker."""

from __future__ import annotations

from convert_helpers import parse

from desktop_app.domain.convert import convert, detect
from desktop_app.domain.convert.text import join_text
from desktop_app.domain.model import Role

VTT = """\
WEBVTT - 访谈字幕

NOTE 这段注释
不是字幕。

STYLE
::cue { color: white }

intro
00:00:00.000 --> 00:00:02.000
[片头音乐]

1
00:00:02.000 --> 00:00:04.000 align:start position:10%
<v 主持人>欢迎收听。今天请来两位嘉宾。</v>

2
00:00:04.000 --> 00:00:06.000
<v.loud 主持人>先请<i>张三</i>谈谈，</v>

00:00:06.000 --> 00:00:08.000
<v 主持人>AI 会取代编剧吗？</v>

00:00:08.000 --> 00:00:10.000
<v 张三><c.yellow>我认为</c>不会，至少
<00:00:09.000>现在不会。</v>

00:00:10.000 --> 00:00:12.000
因为 AI 还不会讲故事。

00:00:12.000 --> 00:00:13.000
<v Li Si>I agree</v>

00:00:13.000 --> 00:00:15.000
<v Li Si>with <b>Zhang</b> &amp; his
<u>friends</u>.</v>

00:00:15.000 --> 00:00:17.000
<v 主持人>那么，下一个问题呢？</v>

00:00:17.000 --> 00:00:19.000
<v 张三>编剧会更重要。</v>
"""


def test_voice_tags_give_speakers_and_the_host_is_the_one_who_asks() -> None:
    draft = detect(VTT, "访谈.vtt")
    assert [(s.name, s.role) for s in draft.speakers] == [
        ("主持人", Role.HOST),
        ("张三", Role.GUEST),
        ("Li Si", Role.GUEST),
    ]


def test_cues_are_joined_into_turns_and_tags_are_stripped() -> None:
    draft = detect(VTT, "访谈.vtt")
    assert [(b.kind, b.speaker, b.text) for b in draft.blocks] == [
        ("preface", "", "[片头音乐]"),
        ("turn", "主持人", "欢迎收听。今天请来两位嘉宾。先请张三谈谈，AI 会取代编剧吗？"),
        ("turn", "张三", "我认为不会，至少现在不会。因为 AI 还不会讲故事。"),
        ("turn", "Li Si", "I agree with Zhang & his friends."),
        ("turn", "主持人", "那么，下一个问题呢？"),
        ("turn", "张三", "编剧会更重要。"),
    ]


def test_a_webvtt_file_converts_to_a_transcript_with_questions_and_answers() -> None:
    markdown, _, encoding = convert(VTT.replace("\n", "\r\n").encode("utf-8-sig"), "访谈.vtt")
    assert encoding == "UTF-8 (with BOM)"
    transcript = parse(markdown)
    assert [p.text for p in transcript.preface] == ["[片头音乐]"]
    assert [s.title for s in transcript.sections] == ["开篇"]
    questions = list(transcript.questions())
    assert [(q.speaker, q.text) for q in questions] == [
        ("主持人", "欢迎收听。今天请来两位嘉宾。先请张三谈谈，AI 会取代编剧吗？"),
        ("主持人", "那么，下一个问题呢？"),
    ]
    assert [(t.speaker, t.text) for t in questions[0].answers] == [
        ("张三", "我认为不会，至少现在不会。因为 AI 还不会讲故事。"),
        ("Li Si", "I agree with Zhang & his friends."),
    ]
    assert [(t.speaker, t.text) for t in questions[1].answers] == [("张三", "编剧会更重要。")]


def test_an_english_webvtt_file_gets_an_english_opening() -> None:
    vtt = (
        "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Host>What is new?\n\n"
        "00:02.000 --> 00:03.000\n<v Ann>A <i>lot</i>.\n"
    )
    markdown, draft, _ = convert(vtt.encode(), "talk.vtt")
    assert draft.language == "en"
    assert "\n## Opening\n" in markdown
    assert [(s.name, s.role) for s in draft.speakers] == [("Host", Role.HOST), ("Ann", Role.GUEST)]
    assert [b.text for b in draft.blocks] == ["What is new?", "A lot."]


def test_pieces_join_without_a_space_only_between_cjk() -> None:
    assert join_text("至少", "现在") == "至少现在"
    assert join_text("不会，", "AI") == "不会，AI"
    assert join_text("I agree", "with") == "I agree with"
    assert join_text("用", "AI") == "用 AI"
    assert join_text("", "x") == "x"
