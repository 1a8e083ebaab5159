"""The bundled interview holds every character of the original text, in order, with the right speakers."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktop_app import paths
from desktop_app.domain.model import Paragraph, Role, Transcript
from desktop_app.domain.parser import load_transcript

REPO_ROOT = Path(__file__).resolve().parents[2]
SEED_NAME = "000_076cd2ad6264824a.txt"
DATA_SEED = REPO_ROOT / "tests" / "data" / SEED_NAME
# The seed, copied unchanged from the workplace's shared seeds (tests/data/README.md says where from).
SEEDS = [pytest.param(DATA_SEED, id="data")]

# The short heading lines of the original, in order: sections s2..s6.
SEED_HEADINGS = (
    "“十年之内,见证好莱坞们的坍塌”",
    "“复刻Sora,最难解决的是信心”",
    "所有人都是创作者,所有人都是消费者",
    "Sora将无处不在",
    "拥抱AI,从业者要吃“第一口馒头”",
)
PREFACE_LINES = 4


def seed_text(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


@pytest.fixture(scope="module")
def transcript() -> Transcript:
    return load_transcript(paths.bundled_transcript())


def split_label(line: str, names: list[str]) -> tuple[str | None, str, str]:
    """(speaker, label with its colon and the whitespace after, rest) of a seed line; no speaker: None."""
    for name in sorted(names, key=len, reverse=True):
        if line.startswith(name) and line[len(name) : len(name) + 1] in (":", "："):
            rest = line[len(name) + 1 :]
            body = rest.lstrip(" \t\u3000")
            return name, line[: len(line) - len(body)], body
    return None, "", line


def segments(lines: list[str]) -> list[list[str]]:
    """The seed's lines cut at its headings: before the first heading, then one list per heading."""
    cut: list[list[str]] = [[]]
    for line in lines:
        if line in SEED_HEADINGS:
            cut.append([])
        else:
            cut[-1].append(line)
    return cut


def turn_starts(t: Transcript) -> set[str]:
    """Ids of the first paragraph of every turn (prompt and answers)."""
    starts = set()
    for q in t.questions():
        for turn in (q.prompt, *q.answers):
            starts.add(turn.paragraphs[0].id)
    return starts


# SHA-256 of shared/seeds/000_076cd2ad6264824a.txt, checked on 2026-12-01: the copy is the seed unchanged.
SEED_SHA256 = "b79c8229dfc5d28f4856b26d845b63b07b2430ddd550d4da8e4a2f4e8e3bf27f"


def test_the_seed_copy_is_the_seed_unchanged() -> None:
    assert hashlib.sha256(DATA_SEED.read_bytes()).hexdigest() == SEED_SHA256


def test_speakers_are_declared_with_roles_and_bios(transcript: Transcript) -> None:
    assert [(s.name, s.role) for s in transcript.speakers] == [
        ("T前线", Role.HOST),
        ("宋东桓", Role.GUEST),
        ("薛彦泽", Role.GUEST),
    ]
    assert transcript.host_names == frozenset({"T前线"})
    for speaker in transcript.speakers:
        assert speaker.bio.strip(), speaker.name


@pytest.mark.parametrize("seed", SEEDS)
def test_preface_is_the_first_four_lines(seed: Path, transcript: Transcript) -> None:
    lines = seed_text(seed).split("\n")
    assert [p.text for p in transcript.preface] == lines[:PREFACE_LINES]
    assert transcript.preface[0].text.startswith("栏目介绍:")
    assert all(p.speaker is None for p in transcript.preface)
    assert [p.id for p in transcript.preface] == [f"pre-p{i}" for i in range(1, PREFACE_LINES + 1)]


@pytest.mark.parametrize("seed", SEEDS)
def test_headings_are_the_titles_of_sections_two_to_six(seed: Path, transcript: Transcript) -> None:
    lines = seed_text(seed).split("\n")
    assert [line for line in lines if line in SEED_HEADINGS] == list(SEED_HEADINGS)
    assert [s.id for s in transcript.sections] == ["s1", "s2", "s3", "s4", "s5", "s6"]
    assert tuple(s.title for s in transcript.sections[1:]) == SEED_HEADINGS
    first = transcript.sections[0]
    assert first.title.strip()
    assert first.title not in lines
    assert all(s.questions for s in transcript.sections)


@pytest.mark.parametrize("seed", SEEDS)
def test_each_section_holds_the_lines_under_its_heading(seed: Path, transcript: Transcript) -> None:
    names = [s.name for s in transcript.speakers]
    parts = segments(seed_text(seed).split("\n"))
    assert len(parts) == len(transcript.sections)
    parts[0] = parts[0][PREFACE_LINES:]  # s1 holds the questions before the first heading
    for section, part in zip(transcript.sections, parts, strict=True):
        texts = [p.text for q in section.questions for p in q.paragraphs()]
        assert texts == [split_label(line, names)[2] for line in part], section.id
        first_speaker, _, _ = split_label(part[0], names)
        assert first_speaker == "T前线", section.id


@pytest.mark.parametrize("seed", SEEDS)
def test_every_line_is_a_paragraph_with_the_right_speaker(seed: Path, transcript: Transcript) -> None:
    names = [s.name for s in transcript.speakers]
    body_lines = [line for line in seed_text(seed).split("\n") if line not in SEED_HEADINGS]
    paragraphs: list[Paragraph] = list(transcript.paragraphs())
    assert len(paragraphs) == len(body_lines)

    starts = turn_starts(transcript)
    current: str | None = None
    for paragraph, line in zip(paragraphs, body_lines, strict=True):
        speaker, _, body = split_label(line, names)
        if speaker is not None:
            current = speaker
        assert (paragraph.speaker, paragraph.text) == (current, body), paragraph.id
        # A labelled line opens a turn; an unlabelled one continues it (the preface has no turns).
        assert (paragraph.id in starts) == (speaker is not None), paragraph.id
        assert "\n" not in paragraph.text


@pytest.mark.parametrize("seed", SEEDS)
def test_questions_are_the_host_lines(seed: Path, transcript: Transcript) -> None:
    names = [s.name for s in transcript.speakers]
    host_lines = [
        split_label(line, names)[2]
        for line in seed_text(seed).split("\n")
        if split_label(line, names)[0] == "T前线"
    ]
    assert [q.text for q in transcript.questions()] == host_lines
    assert next(transcript.questions()).text == "Sora真正厉害在哪里?"


@pytest.mark.parametrize("seed", SEEDS)
def test_joining_everything_back_gives_the_seed_exactly(seed: Path, transcript: Transcript) -> None:
    original = seed_text(seed)
    seed_lines = original.split("\n")
    out: list[str] = [p.text for p in transcript.preface]
    for index, section in enumerate(transcript.sections):
        if index > 0:  # s1's title was written for the reader; the seed has no heading there
            out.append(section.title)
        for q in section.questions:
            for turn in (q.prompt, *q.answers):
                for number, paragraph in enumerate(turn.paragraphs):
                    if number:
                        out.append(paragraph.text)
                        continue
                    # The seed writes 'name:' or 'name: ' (or a full-width colon); take the form it used.
                    seed_line = seed_lines[len(out)]
                    labels = [turn.speaker + colon + space for colon in ":：" for space in ("", " ")]
                    used = [label for label in labels if seed_line.startswith(label + paragraph.text)]
                    assert len(used) == 1, (paragraph.id, seed_line)
                    out.append(used[0] + paragraph.text)
    assert "\n".join(out) == original
