"""Text from outside (a transcript, a note, an import) is shown as text, never as markup that loads things.

Qt guesses whether a string is rich text (``Qt::mightBeRichText``) for tooltips and labels, and rich
text can name images (``<img src=/dev/zero>``) that Qt would then read. Every tooltip and label that
shows such text goes through here.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})  # the only links handed to the system
# What html.escape(text, quote=False) does, without importing html (and its table of entities) at start-up.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def tooltip(text: str) -> str:
    """``text`` as a tooltip shows it literally: escaped, line breaks kept, never read as markup."""
    escaped = text.translate(_ESCAPES).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'>{escaped}</p>"


def is_safe_link(url: QUrl) -> bool:
    """True for a link the system may open after a click: http, https or mailto, nothing local."""
    return url.isValid() and url.scheme().lower() in SAFE_SCHEMES and not url.isLocalFile()
