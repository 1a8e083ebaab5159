"""Messages from the domain and the store as an id with arguments, so the GUI can show them translated.

A :class:`Message` *is* its English text (a ``str``): the command line prints it, ``str(error)`` and the
tests read it, exactly as before. It also carries ``id``, the English ``template`` with named
``{placeholders}`` and the ``args`` that fill them; ``gui/domain_text.py`` maps each id to a translatable
literal and fills in the same arguments. An argument may itself be a Message (a kind of file, a nested
problem): the GUI translates it too. Ids are written as literals at the call site, so a test can read
them all from the source and check that the GUI knows every one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class Message(str):
    """English text that remembers how it was made: ``Message("id", "Hello {name}.", name="甲")``."""

    id: str
    template: str
    args: Mapping[str, object]

    def __new__(cls, id: str, template: str, /, **args: object) -> Message:
        """The text of ``template`` filled with ``args``."""
        text = super().__new__(cls, template.format(**args))
        text.id = id
        text.template = template
        text.args = dict(args)
        return text

    def __getnewargs_ex__(self) -> tuple[tuple[Any, ...], dict[str, Any]]:
        """Pickle and copy as id, template and arguments (``str`` alone would lose them)."""
        return (self.id, self.template), dict(self.args)


def made_on(transcript_id: str) -> Message:
    """Why an imported annotation was skipped: it belongs to another transcript (import and store say it)."""
    return Message("import.made-on", "it was made on the transcript '{transcript}'", transcript=transcript_id)
