"""The transcript's index (find, position, question_of, the counts) is filled as it is used: the same answers
in any order of asking, from any thread, for ids of any shape."""

from __future__ import annotations

import threading

from desktop_app import paths
from desktop_app.domain.model import Paragraph, Question, Section, Transcript, Turn
from desktop_app.domain.parser import load_transcript


def _expected(t: Transcript) -> tuple[dict[str, int], dict[str, int], dict[str, str]]:
    paragraphs = {p.id: n for n, p in enumerate(t.paragraphs())}
    questions = {q.id: n for n, q in enumerate(t.questions())}
    question_of = {p.id: q.id for q in t.questions() for p in q.paragraphs()}
    return paragraphs, questions, question_of


def test_answers_do_not_depend_on_the_order_of_asking() -> None:
    t = load_transcript(paths.bundled_transcript())
    paragraphs, questions, question_of = _expected(t)
    for paragraph_id in reversed(list(paragraphs)):  # the last section is looked up first
        assert t.position(paragraph_id) == paragraphs[paragraph_id]
        found = t.question_of(paragraph_id)
        assert (found.id if found else None) == question_of.get(paragraph_id)
        assert isinstance(t.find(paragraph_id), Paragraph)
    for question_id, n in questions.items():
        assert t.position(question_id) == n and isinstance(t.find(question_id), Question)
    assert t.paragraph_count == len(paragraphs) and t.question_count == len(questions)
    assert t.find("s999-q1-p1") is None and t.position("nowhere") == -1 and t.question_of("nowhere") is None


def test_the_counts_come_before_any_look_up() -> None:
    t = load_transcript(paths.bundled_transcript())
    paragraphs, questions, _ = _expected(load_transcript(paths.bundled_transcript()))
    assert (t.paragraph_count, t.question_count) == (len(paragraphs), len(questions))


def test_ids_not_shaped_like_the_parsers_are_found_too() -> None:
    def para(pid: str) -> Paragraph:
        return Paragraph(pid, "甲", pid, "", pid)

    first = Question("q-one", "intro", Turn("主持", (para("x"),)), (Turn("甲", (para("y"), para("z"))),))
    second = Question("s1-q1", "s2", Turn("主持", (para("s2-q9-p1"),)), ())  # an id naming another section
    t = Transcript("t", "T", "", "zh", (), (para("pre-p1"),),
                   (Section("intro", "", (first,)), Section("s1", "", ()), Section("s2", "", (second,))), "h")
    assert t.find("z") is not None and t.question_of("z") is first and t.position("z") == 3
    assert t.find("s2-q9-p1") is not None and t.question_of("s2-q9-p1") is second
    assert t.position("s1-q1") == 1 and t.section_of(second).id == "s2"
    assert t.paragraph_count == 5 and t.question_count == 2


def test_threads_looking_up_at_once_get_the_same_objects() -> None:
    t = load_transcript(paths.bundled_transcript())
    ids = [p.id for p in t.paragraphs()]
    seen: list[list[object]] = [[], []]

    def look(out: list[object]) -> None:
        out.extend(t.find(i) for i in ids)

    threads = [threading.Thread(target=look, args=(out,)) for out in seen]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(a is b for a, b in zip(seen[0], seen[1], strict=True))
    assert [t.position(i) for i in ids] == list(range(len(ids)))


def test_looking_up_the_preface_walks_no_section() -> None:
    from desktop_app.domain.model import PREFACE_ID

    t = load_transcript(paths.bundled_transcript())
    assert t.find(PREFACE_ID) is None and t.position(PREFACE_ID) == -1
    assert not any(t._indexed)  # the pane asks for it whenever the preface is shown
    first = next(t.questions())
    assert t.find(first.id) is first
    assert t.find(list(t.sections)[-1].questions[-1].id) is not None
