"""Search scopes, the speaker filter, the user's notes, and the spans painted in a paragraph."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest

from desktop_app.domain import search
from desktop_app.domain.annotations import Anchor, Color, Highlight, QuestionNote
from desktop_app.domain.model import Paragraph, Transcript
from desktop_app.domain.parser import load_transcript
from desktop_app.domain.search import Scope, TranscriptIndex
from desktop_app.paths import bundled_transcript

HOST, SONG, XUE = "T前线", "宋东桓", "薛彦泽"


@pytest.fixture(scope="module")
def bundled() -> Transcript:
    return load_transcript(bundled_transcript())


@pytest.fixture(scope="module")
def index(bundled: Transcript) -> Iterator[TranscriptIndex]:
    with TranscriptIndex.open(bundled) as opened:
        yield opened


@pytest.fixture(params=["fts", "scan"])
def path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Runs a test once with 3+ character queries answered by the trigram index, once by scanning."""
    if request.param == "fts":
        monkeypatch.setattr(search, "FTS_MAX_ROWS", 10**9)
    else:
        monkeypatch.setattr(search, "FTS_MIN_CHARS", 10**9)
    return str(request.param)


def kind_of(transcript: Transcript, paragraph: Paragraph) -> str:
    question = transcript.question_of(paragraph.id)
    if question is None:
        return "preface"
    return "question" if paragraph in question.prompt.paragraphs else "answer"


def expected(transcript: Transcript, query: str, keep: Callable[[Paragraph], bool]) -> list[tuple[str, int]]:
    needle = query.lower()
    found = []
    for paragraph in transcript.paragraphs():
        if not keep(paragraph):
            continue
        text = paragraph.text.lower()
        at = text.find(needle)
        while at >= 0:
            found.append((paragraph.id, at))
            at = text.find(needle, at + len(needle))
    return found


def located(hits: object) -> list[tuple[str, int]]:
    return [(h.paragraph_id, h.start) for h in hits]  # type: ignore[attr-defined]


def highlight(
    transcript: Transcript, paragraph_id: str, note: str, hid: str, deleted: str | None = None
) -> Highlight:
    paragraph = transcript.find(paragraph_id)
    assert isinstance(paragraph, Paragraph)
    question = transcript.question_of(paragraph_id)
    return Highlight(
        id=hid,
        transcript_id=transcript.id,
        content_hash=transcript.content_hash,
        anchor=Anchor(paragraph_id, 0, 2, paragraph.text[:2], "", paragraph.text[2:34]),
        question_id=question.id if question else "",
        speaker=paragraph.speaker or "",
        color=Color.YELLOW,
        note=note,
        group_id="",
        created="2024-03-01T00:00:00Z",
        updated="2024-03-01T00:00:00Z",
        deleted=deleted,
    )


def question_note(question_id: str, note: str, nid: str) -> QuestionNote:
    return QuestionNote(nid, "t", question_id, note, "2024-03-01T00:00:00Z", "2024-03-01T00:00:00Z")


@pytest.mark.parametrize("query", ["sora", "视频", "视频生成", "的"])
@pytest.mark.parametrize(
    ("scope", "kinds"),
    [
        (Scope.ALL, {"preface", "question", "answer"}),
        (Scope.QUESTIONS, {"question"}),
        (Scope.ANSWERS, {"preface", "answer"}),
        (Scope.NOTES, set()),
    ],
)
def test_scopes(
    bundled: Transcript, index: TranscriptIndex, path: str, query: str, scope: Scope, kinds: set[str]
) -> None:
    hits = index.search(query, scope)
    assert located(hits) == expected(bundled, query, lambda p: kind_of(bundled, p) in kinds)
    assert {h.kind for h in hits} <= kinds


def test_questions_and_answers_split_all(index: TranscriptIndex) -> None:
    every = index.search("sora")
    questions, answers = index.search("sora", Scope.QUESTIONS), index.search("sora", Scope.ANSWERS)
    assert len(questions) > 0 and len(answers) > 0
    assert len(questions) + len(answers) == len(every)
    assert sorted(located(questions) + located(answers)) == sorted(located(every))


@pytest.mark.parametrize("hidden", [{HOST}, {SONG}, {XUE}, {SONG, XUE}, {HOST, SONG, XUE}, {"nobody"}])
@pytest.mark.parametrize("query", ["sora", "的", "视频生成", "苹果"])
def test_hidden_speakers_give_no_hits(
    bundled: Transcript, index: TranscriptIndex, path: str, hidden: set[str], query: str
) -> None:
    hits = index.search(query, hidden_speakers=hidden)
    assert located(hits) == expected(bundled, query, lambda p: (p.speaker or "") not in hidden)
    assert not {h.speaker for h in hits} & hidden


def test_hiding_the_host_hides_the_questions(index: TranscriptIndex) -> None:
    assert len(index.search("sora", Scope.QUESTIONS)) > 0
    assert index.search("sora", Scope.QUESTIONS, hidden_speakers={HOST}) == []
    assert len(index.search("sora", Scope.ANSWERS, hidden_speakers={HOST})) == len(
        index.search("sora", Scope.ANSWERS)
    )


def test_scope_and_filter_combine(bundled: Transcript, index: TranscriptIndex, path: str) -> None:
    hits = index.search("sora", Scope.ANSWERS, hidden_speakers=frozenset({SONG}))
    keep = lambda p: kind_of(bundled, p) != "question" and p.speaker != SONG  # noqa: E731
    assert located(hits) == expected(bundled, "sora", keep)
    assert {h.speaker for h in hits} == {XUE, ""}


def test_notes_are_found(bundled: Transcript, index: TranscriptIndex) -> None:
    song = next(p for p in bundled.paragraphs() if p.speaker == SONG)
    prompt = next(bundled.questions()).prompt.paragraphs[0]
    notes = [
        highlight(bundled, song.id, "回头查 Sora 的论文;sora 很火", "h1"),
        question_note("s2-q1", "好问题:SORA 会颠覆吗", "n1"),
        highlight(bundled, prompt.id, "主持人问 sora", "h2"),
        highlight(bundled, song.id, "删掉的 sora 笔记", "h3", deleted="2024-03-02T00:00:00Z"),
        question_note("s1-q1", "与搜索无关", "n2"),
    ]
    hits = index.search("sora", Scope.NOTES, notes=notes)
    assert [(h.kind, h.note_id, h.start) for h in hits] == [
        ("highlight-note", "h2", 5),
        ("highlight-note", "h1", 4),
        ("highlight-note", "h1", 13),
        ("question-note", "n1", 4),
    ]
    first = hits[0]
    assert (first.paragraph_id, first.question_id, first.section_id, first.speaker) == (
        prompt.id,
        "s1-q1",
        "s1",
        "",
    )
    assert first.text == "主持人问 sora"
    assert (hits[1].paragraph_id, hits[1].question_id) == (song.id, bundled.question_of(song.id).id)  # type: ignore[union-attr]
    assert (hits[3].paragraph_id, hits[3].question_id, hits[3].section_id) == ("", "s2-q1", "s2")
    assert all(h.text[h.start : h.end].lower() == "sora" for h in hits)

    every = index.search("sora", Scope.ALL, notes=notes)
    assert len(every) == len(index.search("sora")) + 4
    assert list(every[-4:]) == list(hits)
    assert every.paragraph_hits == len(index.search("sora"))
    assert index.search("sora", Scope.QUESTIONS, notes=notes) == index.search("sora", Scope.QUESTIONS)
    assert index.search("sora", Scope.ANSWERS, notes=notes) == index.search("sora", Scope.ANSWERS)


def test_notes_follow_the_speaker_filter(bundled: Transcript, index: TranscriptIndex) -> None:
    song = next(p for p in bundled.paragraphs() if p.speaker == SONG)
    xue = next(p for p in bundled.paragraphs() if p.speaker == XUE)
    prompt = next(bundled.questions()).prompt.paragraphs[0]
    notes = [
        highlight(bundled, song.id, "宋的笔记", "h-song"),
        highlight(bundled, xue.id, "薛的笔记", "h-xue"),
        highlight(bundled, prompt.id, "问题的笔记", "h-host"),
        question_note("s1-q2", "整题的笔记", "n-q"),
    ]

    def found(hidden: set[str]) -> set[str]:
        return {h.note_id for h in index.search("笔记", Scope.NOTES, hidden_speakers=hidden, notes=notes)}

    assert found(set()) == {"h-song", "h-xue", "h-host", "n-q"}
    assert found({SONG}) == {"h-xue", "h-host", "n-q"}
    assert found({HOST}) == {"h-song", "h-xue", "n-q"}
    assert found({HOST, SONG, XUE}) == {"n-q"}


def test_notes_on_vanished_paragraphs_come_last(bundled: Transcript, index: TranscriptIndex) -> None:
    first = next(bundled.paragraphs())
    gone = highlight(bundled, first.id, "孤立的笔记 x", "h-gone")
    gone = replace(gone, anchor=Anchor("s99-q1-p1", 0, 1, "x", "", ""))
    kept = highlight(bundled, first.id, "还在的笔记 x", "h-kept")
    lost_question = question_note("s99-q1", "找不到的问题 x", "n-lost")
    hits = index.search("x", Scope.NOTES, notes=[gone, lost_question, kept])
    assert [h.note_id for h in hits] == ["h-kept", "h-gone", "n-lost"]
    assert (hits[1].paragraph_id, hits[1].question_id, hits[1].section_id) == (
        "s99-q1-p1",
        gone.question_id,
        "",
    )
    assert (hits[2].question_id, hits[2].section_id) == ("s99-q1", "")
    assert index.search("x", Scope.NOTES, hidden_speakers={gone.speaker}, notes=[gone]) == []


def test_full_width_notes(bundled: Transcript, index: TranscriptIndex) -> None:
    notes = [question_note("s1-q1", "ＡＩ：值得再听", "n")]
    hits = index.search("ai:", Scope.NOTES, notes=notes)
    assert [(h.start, h.end, h.text[h.start : h.end]) for h in hits] == [(0, 3, "ＡＩ：")]


@pytest.mark.parametrize("hidden", [set(), {SONG}, {HOST}])
def test_spans_in_a_paragraph_are_its_hits(
    index: TranscriptIndex, bundled: Transcript, path: str, hidden: set[str]
) -> None:
    for query in ("sora", "视频", "的"):
        hits = index.search(query, hidden_speakers=hidden)
        for paragraph in bundled.paragraphs():
            spans = hits.spans_in(paragraph.id)
            assert spans == [(h.start, h.end) for h in hits if h.paragraph_id == paragraph.id]
            if paragraph.speaker in hidden:
                assert spans == []
    assert index.search("sora").spans_in("no-such-paragraph") == []
    assert index.search("").spans_in(next(bundled.paragraphs()).id) == []


def test_a_highlight_whose_paragraph_is_gone_keeps_its_question(
    bundled: Transcript, index: TranscriptIndex
) -> None:
    made = highlight(bundled, "s2-q1-p2", "旧段落里的笔记", "h-orphan")
    orphan = replace(made, anchor=Anchor("s2-q1-p999", 0, 1, "x", "", ""))
    [hit] = index.search("笔记", Scope.NOTES, notes=[orphan])
    assert (hit.kind, hit.paragraph_id, hit.question_id, hit.section_id) == (
        "highlight-note",
        "s2-q1-p999",
        "s2-q1",
        "s2",
    )
