"""A transcript parsed lazily (most sections made when first used) gives exactly what a whole parse gives."""

from __future__ import annotations

import hashlib
import random
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from parser_helpers import FRONT, write

from desktop_app import paths
from desktop_app.domain.errors import TranscriptError
from desktop_app.domain.model import LazySection, Transcript
from desktop_app.domain.parser import decode, load_transcript, parse_transcript
from desktop_app.storage import transcript_cache

BUNDLED = paths.bundled_transcript().read_text(encoding="utf-8")
Scaled = Callable[[int], str]  # the fixture scaled_text (tests/conftest.py)


def every_id(t: Transcript) -> list[str]:
    ids = [p.id for p in t.preface]
    for section in t.sections:
        ids.append(section.id)
        for question in section.questions:
            ids.append(question.id)
            ids += [p.id for p in question.paragraphs()]
    return ids


def assert_same(text: str) -> Transcript:
    """Parse ``text`` lazily and whole: the same transcript, looked up and counted the same way."""
    lazy = parse_transcript(text, "interview.md")
    whole = parse_transcript(text, "interview.md", lazy=False)
    assert not any(isinstance(s, LazySection) for s in whole.sections)
    # Looked up before anything else is made, as the window does: ids, positions, questions, counts.
    ids = every_id(whole)
    assert [lazy.position(i) for i in ids] == [whole.position(i) for i in ids]
    assert [lazy.find(i) for i in ids] == [whole.find(i) for i in ids]
    assert [lazy.question_of(i) for i in ids] == [whole.question_of(i) for i in ids]
    assert (lazy.paragraph_count, lazy.question_count) == (whole.paragraph_count, whole.question_count)
    assert lazy == whole
    assert [(s.id, s.title, s.line, s.has_questions, s.sizes()) for s in lazy.sections] == [
        (s.id, s.title, s.line, s.has_questions, s.sizes()) for s in whole.sections
    ]
    assert [(p.id, p.speaker, p.text, p.line, p.start) for p in lazy.paragraphs()] == [
        (p.id, p.speaker, p.text, p.line, p.start) for p in whole.paragraphs()
    ]
    assert lazy.content_hash == whole.content_hash
    return lazy


def test_the_bundled_interview_parsed_lazily_is_the_same() -> None:
    assert_same(BUNDLED)


def test_a_long_transcript_leaves_its_later_sections_unmade_and_gives_the_same(scaled_text: Scaled) -> None:
    text = scaled_text(40)
    lazy = parse_transcript(text)
    later = lazy.sections[1:]
    assert len(later) == 40 * 6 - 1 and all(isinstance(s, LazySection) and not s.made for s in later)
    # The first question and its neighbours need the first section only; the tree's titles none.
    assert lazy.find("s1-q1") is not None and lazy.position("s1-q1-p1") == len(lazy.preface)
    assert [s.title for s in lazy.sections][-1].endswith("(40)")
    assert all(s.has_questions for s in later)
    assert not any(s.made for s in later)
    # One far away is made alone when it is looked up; its position needs those before it counted.
    assert lazy.find("s200-q1-p2") is not None and lazy.question_of("s200-q1-p2") == lazy.find("s200-q1")
    assert [s.id for s in later if s.made] == ["s200"]
    assert lazy.position("s200-q1") == sum(len(s.questions) for s in lazy.sections[:199])
    assert [s.id for s in later if s.made] == [f"s{n}" for n in range(2, 201)]
    assert_same(text)


def test_counting_in_steps_counts_every_section_and_sums_them_a_few_hundred_at_a_time(
    scaled_text: Scaled,
) -> None:
    # The window counts after its first paint, a step per turn: the sums of 6,000 sections in one step
    # kept it from answering for 60 ms. Each step sums at most _COUNT_EVERY sections.
    from desktop_app.domain import model

    text = scaled_text(50)  # 300 sections
    lazy, whole = parse_transcript(text), parse_transcript(text, lazy=False)
    steps = lazy.counting_steps()
    taken = sum(1 for _ in steps)
    assert lazy.counted and len(lazy._before) == len(lazy.sections) + 1
    assert taken >= len(lazy.sections) - 1 + len(lazy.sections) // model._COUNT_EVERY
    assert (lazy.paragraph_count, lazy.question_count) == (
        len(list(whole.paragraphs())), len(list(whole.questions()))
    )


def test_the_parse_cache_keeps_and_reads_back_a_lazy_parse(tmp_path: Path, scaled_text: Scaled) -> None:
    path = write(tmp_path, scaled_text(5))
    transcript, keeping = transcript_cache.load(path, tmp_path / "cache")
    assert keeping is not None
    keeping()  # makes each section as it is kept
    again, keeping = transcript_cache.load(path, tmp_path / "cache")
    assert keeping is None
    assert again == transcript == parse_transcript(path.read_text(encoding="utf-8"), str(path), lazy=False)


# Bodies a lazy parse must read as the whole parse does: sections that cannot be read on their own.
ODD_BODIES = {
    "guest first, held over to the next host": "## A\n\n主持人:问一\n\n王:答一\n\n## B\n\n王:无人问的答\n\n"
    "没有标签的一段\n\n## C\n\n主持人:问二\n\n王:答二\n\n## D\n\n主持人:问三\n",
    "unlabelled first, the last host's": "## A\n\n主持人:问一\n\n## B\n\n没有标签\n\n主持人:问二\n\n## C\n\n"
    "主持人:问三\n\n王小明:答\n",
    "an empty section between": "## A\n\n主持人:问一\n\n## 空\n\n## C\n\n主持人:问二\n\n## D\n\n"
    "主持人:问三\n",
    "headings before any question are in the preface's time": "前言\n\n## A\n\n王:序里的话\n\n## B\n\n"
    "主持人:第一问\n\n## C\n\n主持人:第二问\n\n## D\n\n主持人:第三问\n",
    "questions before the first heading": "主持人:无题之问\n\n王:答\n\n## A\n\n主持人:问一\n\n## B\n\n"
    "主持人:问二\n\n## C\n\n主持人:问三\n",
    "a heading's own next line": "## A\n主持人:标题下一行\n\n## B\n主持人:又一个\n王:同一段\n\n"
    "## C\n王:嘉宾紧跟\n\n## D\n主持人:问\n",
    "not headings": "## A\n\n主持人:问一\n## 不是标题(没有空行)\n\n### 三级\n\n  ## 缩进\n\n##无空格\n\n"
    "## B\n\n主持人:问二\n\n## C\n\n主持人:问三\n",
    "blank lines of white space, titles with hashes": "## A ##\n \t\n主持人:问一\n\u3000\n王:答\n\n##\t"
    "B\t#\n\n主持人:问二\n  \n## C\n\n主持人:问三",
    "labels alone and time stamps": "## A\n\n主持人:\n\n王:[00:00:01.000]\n\n## B\n\n"
    "主持人:[00:01:02.500] 问\n\n[00:01:03.000]\n\n王小明: [00:01:04] 答\n\n## C\n\n主持人:问三\n\n"
    "## D\n\n主持人:\n",
    "full-width colons and a heading at the very end": "## A\n\n主持人：问一\n\n王小明：答\n\n## B\n\n"
    "主持人：问二\n\n## C\n\n主持人： 问三\n\n## 最后",
    "markdown": "## A\n\n主持人:**问一**\n\n王:- 列表\n- 两项\n\n## B\n\n主持人:[链接](http://x)\n\n## C\n\n"
    "主持人:`代码`\n",
}


@pytest.mark.parametrize("name", sorted(ODD_BODIES))
def test_sections_that_cannot_be_read_on_their_own_are_read_as_a_whole_parse_reads_them(name: str) -> None:
    assert_same(FRONT + "\n" + ODD_BODIES[name])


def test_random_bodies_parse_the_same_lazily() -> None:
    pieces = [
        "## 节", "## 节 ##", "##\t节", "### 不是", "  ## 缩进", "主持人:问", "主持人:", "主持人:问\n续行",
        "王:答", "王小明：答", "主持人：全角问", "王:[00:00:05.000] 答", "[00:00:06.000]", "无标签",
        "**强调**", "王:",
        "## 节\n主持人:紧跟的问", "## 节\n王:紧跟的答", "## 节\n无标签紧跟", " \t", "主持人:[00:01:00] 问",
    ]
    rng = random.Random(15)
    for _ in range(300):
        blocks = [rng.choice(pieces) for _ in range(rng.randint(1, 30))]
        if not any(b.startswith("主持人") or "\n主持人" in b for b in blocks):
            blocks.append("主持人:问")
        separators = ["\n\n", "\n \n", "\n\u3000\n\n", "\n"]
        body = "".join(b + rng.choice(separators) for b in blocks)
        try:
            assert_same(FRONT + rng.choice(["", "\n"]) + body)
        except TranscriptError:
            with pytest.raises(TranscriptError):
                parse_transcript(FRONT + body, lazy=False)


def test_threads_making_the_same_sections_get_the_same_objects(scaled_text: Scaled) -> None:
    lazy = parse_transcript(scaled_text(20))
    whole = parse_transcript(scaled_text(20), lazy=False)
    ids = every_id(whole)
    found: list[list[object]] = [[], []]

    def look(into: list[object]) -> None:
        into.extend(lazy.find(i) for i in ids)

    threads = [threading.Thread(target=look, args=(into,)) for into in found]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert found[0] == found[1] == [whole.find(i) for i in ids]
    assert all(a is b for a, b in zip(found[0], found[1], strict=True))  # each section made once


def test_the_errors_of_a_file_broken_deep_inside_come_at_once(tmp_path: Path, scaled_text: Scaled) -> None:
    # The body's parse has one error of its own, for the whole file (no question at all); the rest is
    # the decoding, the front matter and the speakers, all read before any section. So a long file
    # broken far from its start is refused when it is opened, saying where, as a whole parse did.
    text = scaled_text(30)
    lines = text.split("\n")
    deep = len(lines) - 20
    broken = "\n".join(lines[:deep]).encode() + b"\n\xff\xfe\n" + "\n".join(lines[deep:]).encode()
    with pytest.raises(TranscriptError) as caught:
        transcript_cache.load(write(tmp_path, broken), tmp_path / "cache")
    assert caught.value.line == deep + 1
    with pytest.raises(TranscriptError, match="binary"):
        nul = write(tmp_path, text[:-200] + "\x00" + text[-200:], "nul.md")
        transcript_cache.load(nul, tmp_path / "cache")
    no_host = FRONT + "\n" + "".join(f"## 节{n}\n\n王:只有嘉宾\n\n" for n in range(500))
    with pytest.raises(TranscriptError, match="no questions"):
        parse_transcript(no_host)


def test_a_first_question_deep_in_the_file_is_found() -> None:
    body = "".join(f"## 序{n}\n\n王:序言\n\n" for n in range(300)) + "## 正文\n\n主持人:终于问了\n\n王:答\n"
    body += "".join(f"## 节{n}\n\n主持人:问{n}\n\n" for n in range(300))
    lazy = assert_same(FRONT + "\n" + body)
    first = next(lazy.questions())
    assert first.id == "s301-q1" and first.text == "终于问了" and len(lazy.preface) == 300


@pytest.mark.parametrize(
    ("prefix", "newline"), [(b"", "\n"), (b"\xef\xbb\xbf", "\n"), (b"\xef\xbb\xbf" * 2, "\n"), (b"", "\r\n")]
)
def test_the_content_hash_taken_from_the_files_bytes_is_the_texts(tmp_path: Path, prefix: bytes,
                                                                   newline: str) -> None:
    text = FRONT + "\n## 节\n\n主持人:问\n\n王:答\n"
    path = write(tmp_path, prefix + text.replace("\n", newline).encode())
    expected = hashlib.sha256(text.encode()).hexdigest()  # of the text as read: no BOM, line feeds
    assert load_transcript(path).content_hash == expected
    assert transcript_cache.load(path, tmp_path / "cache")[0].content_hash == expected
    assert parse_transcript(decode(path.read_bytes(), str(path))).content_hash == expected


def test_hostile_speakers_and_paragraphs_parse_the_same_lazily() -> None:
    # Names with colons, names that start other names, a thousand guests, a long paragraph, raw HTML.
    guests = "".join(f"  - {{name: 嘉宾{i}, role: guest}}\n" for i in range(1000))
    front = (
        "---\nid: hostile\ntitle: 敌意\nsource: test\nlanguage: zh-Hans\nspeakers:\n"
        "  - {name: 'A', role: host}\n  - {name: 'A:B', role: guest}\n  - {name: '主持：二', role: host}\n"
        "  - {name: '主持', role: guest}\n" + guests + "---\n"
    )
    body = "".join(
        f"## 节{n}\n\n{first}\n\n嘉宾{n}:答{n}\n\n主持:不是主持人\n\n" + ("长" * 200_000 if n == 7 else "")
        + "\n\n<script>alert(1)</script>\n\n"
        for n, first in enumerate(["A:问", "A:B: 嘉宾的话", "主持：二：问", "主持:嘉宾先说", "A: 问"] * 4)
    )
    lazy = assert_same(front + "\n" + body)
    assert any(isinstance(s, LazySection) for s in lazy.sections)
