"""The project's own error types: each says what happened and what the user can do."""

from __future__ import annotations


class ReaderError(Exception):
    """Base of every error the reader reports to the user in plain words."""

    def __init__(self, problem: str, fix: str = "") -> None:
        super().__init__(problem)
        self.problem = problem
        self.fix = fix

    def __str__(self) -> str:
        return f"{self.problem} {self.fix}".strip()


class TranscriptError(ReaderError):
    """A transcript file that cannot be read; names the file and, where it applies, the line."""

    def __init__(self, path: str, problem: str, fix: str = "", line: int | None = None) -> None:
        super().__init__(problem, fix)
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = self.path or "<transcript>"
        if self.line is not None:
            where += f", line {self.line}"
        return f"{where}: {super().__str__()}"


class ConvertError(ReaderError):
    """A text that cannot be turned into a transcript; says what was expected and what to do."""

    def __init__(self, path: str, problem: str, fix: str = "") -> None:
        super().__init__(problem, fix)
        self.path = path

    def __str__(self) -> str:
        return f"{self.path or '<text>'}: {super().__str__()}"
