"""The speaker filter: a checkbox per speaker, in the speaker's colour."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QVBoxLayout, QWidget

from desktop_app.domain.model import Role, Speaker
from desktop_app.gui.tree_model import speaker_dots


def _tr(text: str) -> str:
    return QCoreApplication.translate("SpeakerFilter", text)


class SpeakerFilter(QGroupBox):
    """Tick a speaker to show them everywhere, untick to hide them."""

    speakers_changed = Signal(list)  # the names of the hidden speakers

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Speakers"), parent)
        self.setObjectName("speakerFilter")
        self.setAccessibleName(_tr("Speaker filter"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self._boxes: dict[str, QCheckBox] = {}

    def set_speakers(self, speakers: tuple[Speaker, ...], hidden: frozenset[str]) -> None:
        """Show one box per speaker, unticked for the ``hidden`` ones."""
        for box in self._boxes.values():
            box.deleteLater()
        self._boxes = {}
        for speaker in speakers:
            box = QCheckBox(speaker.name, self)
            box.setObjectName(f"speaker:{speaker.name}")
            box.setIcon(speaker_dots([speaker.color]))
            role = _tr("host") if speaker.role is Role.HOST else _tr("guest")
            box.setToolTip(f"{speaker.name} ({role})" + (f"\n{speaker.bio}" if speaker.bio else ""))
            box.setAccessibleName(_tr("Show %1").replace("%1", speaker.name))
            box.setChecked(speaker.name not in hidden)
            box.toggled.connect(self._on_toggled)
            self._layout.addWidget(box)
            self._boxes[speaker.name] = box

    def box(self, name: str) -> QCheckBox:
        """The checkbox of speaker ``name``."""
        return self._boxes[name]

    def hidden(self) -> frozenset[str]:
        """Names of the speakers whose box is unticked."""
        return frozenset(name for name, box in self._boxes.items() if not box.isChecked())

    def _on_toggled(self, _checked: bool) -> None:
        self.speakers_changed.emit(sorted(self.hidden()))
