"""Timed transcripts (SubRip, WebVTT, Podcasting 2.0 JSON and HTML, Whisper JSON) become turns with times."""

from __future__ import annotations

import json

import pytest
from timed_helpers import assert_clean, assert_times, converted, turns

from desktop_app.domain.convert import ConvertError, convert, detect

SRT = (
    "1\n00:00:01,000 --> 00:00:03,000\n主持人：欢迎。\n今天聊什么？\n\n"
    "2\n00:00:03,500 --> 00:00:05,000\n嘉宾：聊 <i>AI</i>。\n\n"
    "3\n00:00:05,000 --> 00:00:06,250\n我觉得很重要。\n\n"
    "4\n00:00:20,000 --> 00:00:22,000\n{\\an8}另外一点。\n\n"
    "5\n00:01:02,350 --> 00:01:04,000\n主持人：为什么？\n\n"
    "6\n00:01:04,500 --> 00:01:06,000\n嘉宾：因为快。\n"
)


def test_subrip_labels_give_turns_times_and_joined_chinese_text() -> None:
    transcript = converted(SRT, "访谈.srt")
    assert [(s, [*ps]) for s, _, ps in turns(transcript)] == [
        ("主持人", ["欢迎。今天聊什么？"]),
        # A silence of 13.75 s between cues of one speaker starts a paragraph.
        ("嘉宾", ["聊 AI。我觉得很重要。", "另外一点。"]),
        ("主持人", ["为什么？"]),
        ("嘉宾", ["因为快。"]),
    ]
    assert_times([start for _, start, _ in turns(transcript)], [1.0, 3.5, 62.35, 64.5])
    answer = next(transcript.questions()).answers[0]
    assert_times([p.start for p in answer.paragraphs], [3.5, 20.0])
    assert transcript.host_names == {"主持人"}
    assert_clean(transcript)


def test_subrip_with_crlf_and_a_bom_named_txt_is_told_by_its_content() -> None:
    data = ("\ufeff" + SRT.replace("\n", "\r\n")).encode("utf-8")
    markdown, _draft, _encoding = convert(data, "notes.txt")
    assert markdown == convert(SRT.encode("utf-8"), "notes.txt")[0]
    assert "主持人:[00:00:01.000] 欢迎。今天聊什么？" in markdown


def test_a_plain_text_file_named_srt_is_read_as_plain_text() -> None:
    draft = detect("主持人:你好吗?\n嘉宾:很好。\n主持人:为什么?\n嘉宾:因为。\n", "wrong.srt")
    assert [b.start for b in draft.blocks] == [None] * 4
    assert [b.speaker for b in draft.blocks] == ["主持人", "嘉宾", "主持人", "嘉宾"]


VTT = """\
WEBVTT

NOTE made by hand
for a test

STYLE
::cue { color: yellow }

intro
00:00:00.000 --> 00:00:02.000 align:start position:10%
<v Anna>Welcome to the show. Ben, what is &lt;tag&gt; for?</v>

00:00:02.500 --> 00:00:04.000 line:0
Ben: It makes text <b>bold</b> &amp; loud.

00:00:04.000 --> 00:00:05.125
Nothing&nbsp;more.

00:00:05.500 --> 00:00:07.000
<v.loud Anna>Why <c.yellow>now</c>?</v>

00:07.000 --> 00:09.000
Ben: Because <00:00:08.000>it is
time.
"""


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_webvtt_mixing_voice_tags_and_labels_without_an_extension(newline: str) -> None:
    transcript = converted("\ufeff" + VTT.replace("\n", newline), "captions")
    assert turns(transcript) == [
        ("Anna", 0.0, ["Welcome to the show. Ben, what is <tag> for?"]),
        # The untagged cue after Ben's labelled one continues his turn.
        ("Ben", 2.5, ["It makes text bold & loud. Nothing more."]),
        ("Anna", 5.5, ["Why now?"]),
        ("Ben", 7.0, ["Because it is time."]),
    ]
    assert_clean(transcript)


def test_a_webvtt_cue_with_a_malformed_time_is_left_out_as_webvtt_py_does() -> None:
    text = (
        "WEBVTT\n\n00:00:00.000 --> 00:00:xx.000\n<v A>lost?</v>\n\n"
        "00:00:01.000 --> 00:00:02.000\n<v A>kept?</v>\n\n00:00:02.000 --> 00:00:03.000\n<v B>yes.</v>\n"
    )
    assert turns(converted(text, "bad.vtt")) == [("A", 1.0, ["kept?"]), ("B", 2.0, ["yes."])]


def _words(*items: tuple[str, float, float, str]) -> str:
    segments = [{"speaker": s, "startTime": a, "endTime": b, "body": w} for s, a, b, w in items]
    return json.dumps({"version": "1.0.0", "segments": segments}, ensure_ascii=False)


def test_word_level_podcasting_json_joins_words_into_sentences_and_turns() -> None:
    text = _words(
        ("Host", 0.5, 0.75, "How"),
        ("Host", 0.75, 1.0, "are"),
        ("Host", 1.0, 1.25, "you"),
        ("Host", 1.25, 1.3, "?"),
        ("Guest", 2.001, 2.4, "Fine,"),
        ("Guest", 2.4, 2.8, "thanks"),
        ("Guest", 2.8, 2.9, "."),
        ("Guest", 9.0, 9.5, "Really."),
        ("Host", 10.0, 10.5, "Good"),
        ("Host", 10.5, 10.6, "!"),
        ("Host", 10.6, 11.0, "Why"),
        ("Host", 11.0, 11.1, "?"),
    )
    transcript = converted(text, "episode.json")
    assert turns(transcript) == [
        ("Host", 0.5, ["How are you?"]),
        ("Guest", 2.001, ["Fine, thanks.", "Really."]),
        ("Host", 10.0, ["Good! Why?"]),
    ]
    assert_clean(transcript)


def test_word_level_chinese_joins_without_spaces() -> None:
    text = _words(
        ("主持人", 0.0, 0.3, "你"),
        ("主持人", 0.3, 0.6, "怎么看"),
        ("主持人", 0.6, 0.7, "？"),
        ("嘉宾", 1.0, 1.2, "我"),
        ("嘉宾", 1.2, 1.5, "认为"),
        ("嘉宾", 1.5, 1.8, "不会"),
        ("嘉宾", 1.8, 1.9, "。"),
    )
    transcript = converted(text, "播客.json")
    assert turns(transcript) == [("主持人", 0.0, ["你怎么看？"]), ("嘉宾", 1.0, ["我认为不会。"])]
    assert transcript.language == "zh-Hans"


def test_whisperx_json_keeps_speaker_ids_as_names_and_continues_untagged_segments() -> None:
    segments = [
        {"start": 0.0, "end": 2.0, "text": " 你好，请介绍一下自己？", "speaker": "SPEAKER_00"},
        {"start": 2.2, "end": 4.0, "text": " 我是一名编剧。", "speaker": "SPEAKER_01"},
        {"start": 4.0, "end": 5.0, "text": " 写了十年。"},
        {"start": 75.125, "end": 77.0, "text": " 为什么写作？", "speaker": "SPEAKER_00"},
        {"start": 77.5, "end": 79.0, "text": " 因为喜欢。", "speaker": "SPEAKER_01"},
    ]
    transcript = converted(json.dumps({"segments": segments, "language": "zh"}), "whisper.json")
    assert turns(transcript) == [
        ("SPEAKER_00", 0.0, ["你好，请介绍一下自己？"]),
        ("SPEAKER_01", 2.2, ["我是一名编剧。写了十年。"]),
        ("SPEAKER_00", 75.125, ["为什么写作？"]),
        ("SPEAKER_01", 77.5, ["因为喜欢。"]),
    ]
    assert transcript.language == "zh-Hans"


def test_whisper_json_without_speakers_is_refused_in_words() -> None:
    text = json.dumps({"segments": [{"start": 0, "end": 1, "text": "hello?"}]})
    with pytest.raises(ConvertError, match="names no speakers"):
        convert(text.encode(), "plain-whisper.json")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('{"segments": [1, 2', id="broken-json"),
        pytest.param('{"version": "1.0.0"}', id="no-segments"),
        pytest.param('{"segments": [{"start": 0, "end": 1}]}', id="no-text"),
        pytest.param('{"segments": [{"start": "soon", "text": "a"}]}', id="time-not-a-number"),
    ],
)
def test_json_that_is_no_transcript_is_a_convert_error(text: str) -> None:
    with pytest.raises(ConvertError, match="cannot be read"):
        convert(text.encode(), "x.json")


HTML = """\
<!DOCTYPE html>
<html><body>
<cite>Host:</cite>
<time>0:00</time>
<p>Welcome &amp; hello. Who are&nbsp;you?</p>
<cite>Guest:</cite>
<time>0:53</time>
<p>I am<br>a <b>writer</b>.</p>
<p>Mostly &lt;screenplays&gt;.</p>
<cite>Host:</cite>
<time>1:02:03.5</time>
<p>Why?</p>
<cite>Guest:</cite>
<time>01:02:05</time>
<p>Because.</p>
</body></html>
"""


def test_podcasting_html_reads_cite_time_and_paragraphs() -> None:
    transcript = converted(HTML, "episode.html")
    assert turns(transcript) == [
        ("Host", 0.0, ["Welcome & hello. Who are you?"]),
        # Each <p> stays a paragraph; the second has no time of its own.
        ("Guest", 53.0, ["I am a writer.", "Mostly <screenplays>."]),
        ("Host", 3723.5, ["Why?"]),
        ("Guest", 3725.0, ["Because."]),
    ]
    guest = next(transcript.questions()).answers[0]
    assert [p.start for p in guest.paragraphs] == [53.0, None]
    assert_clean(transcript)


def test_a_cue_holding_two_labelled_speakers_is_split_and_a_single_label_is_text() -> None:
    text = (
        "1\n00:00:01,000 --> 00:00:03,000\nAnna: Ready?\nBen: Yes.\n\n"
        "2\n00:00:03,000 --> 00:00:04,000\nNote: this line is said by Ben.\n\n"
        "3\n00:00:04,000 --> 00:00:05,000\nAnna: Why?\n\n"
        "4\n00:00:05,000 --> 00:00:06,000\nBen: Because.\n"
    )
    assert turns(converted(text, "two.srt")) == [
        ("Anna", 1.0, ["Ready?"]),
        # Both pieces of the first cue start when it does; 'Note:' comes once, so it is no speaker.
        ("Ben", 1.0, ["Yes. Note: this line is said by Ben."]),
        ("Anna", 4.0, ["Why?"]),
        ("Ben", 5.0, ["Because."]),
    ]
