"""What the converter says when a text cannot become an interview: the longer messages, as message ids."""

from __future__ import annotations

from desktop_app.domain.messages import Message

ADD_LABELS = Message(
    "convert.add-labels",
    "Add the labels ('主持人:你怎么看?' then '嘉宾:我认为……') and convert again, or write the "
    "transcript in the reader's Markdown format (see the bundled transcript).",
)
CHECK_LINE = Message(
    "convert.check-line",
    "Check the line it names in a text editor, or save the transcript as plain text with a "
    "'Name:' label at the start of each turn.",
)
NO_VOICES = Message(
    "convert.no-voices",
    "The file names no speakers (no voice tags such as '<v 主持人>', no speaker fields and no "
    "'主持人:' labels), so the interviewer cannot be found.",
)
ADD_VOICES = Message(
    "convert.add-voices",
    "Add a voice tag or a 'Name:' label to each speaker's first cue ('<v 主持人>你怎么看?</v>'), "
    "or save the transcript as plain text with a 'Name:' label at the start of each turn.",
)
END_WITH_QUESTION_MARK = Message(
    "convert.end-with-question-mark", "End the interviewer's questions with '?' or '？' and convert again."
)


def no_labels(lines: int, seen: str) -> Message:
    """No speaker labels (or too few): how many lines, and which labels were seen."""
    return Message(
        "convert.no-labels",
        "Found {lines} lines and these speaker labels: {seen}. "
        "An interview needs at least two speakers, each turn starting a line with the speaker's name "
        "(up to 12 characters) and a colon.",
        lines=lines,
        seen=seen or Message("convert.none", "none"),
    )


def timed_unreadable(error: Exception) -> Message:
    """A timed transcript's reader refused it; its own words (a message when it has one)."""
    detail = error.args[0] if error.args and isinstance(error.args[0], Message) else str(error)
    return Message(
        "convert.timed-unreadable",
        "The file looks like a timed transcript but cannot be read: {detail}.",
        detail=detail,
    )


def no_asker(speakers: list[str]) -> Message:
    """Nobody asks a question, so no one is the host."""
    return Message(
        "convert.no-asker",
        "Speakers were found ({speakers}), but none of them asks questions, so the "
        "interviewer cannot be told apart from the guests.",
        speakers=", ".join(speakers),
    )
