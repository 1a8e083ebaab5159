"""The speaker filter: a checkbox per speaker, in the speaker's colour."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QStyle, QStyleOptionButton, QWidget

from desktop_app.domain.model import Role, Speaker
from desktop_app.gui import themes
from desktop_app.gui.plain import tooltip
from desktop_app.gui.tree_model import speaker_dots

if TYPE_CHECKING:  # the count's module comes after the first paint
    from desktop_app.domain.stats import Share


class ShareBar(QWidget):
    """A small bar: a speaker's share of the interview, in their colour."""

    def __init__(self, share: float, color: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.share = share
        self._color = QColor(color)
        self.setMinimumWidth(48)

    def sizeHint(self) -> QSize:
        """Wide enough to compare, as tall as a line."""
        return QSize(80, 10)

    def paintEvent(self, _event: QPaintEvent) -> None:
        """The track, then the filled part."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QRectF(0, (self.height() - 8) / 2, self.width(), 8)
        colour = self._color if self.isEnabled() else QColor(self.palette().mid().color())  # hidden: grey
        background = QColor(colour)
        background.setAlpha(45)
        painter.setPen(QColor(0, 0, 0, 0))
        painter.setBrush(background)
        painter.drawRoundedRect(track, 4, 4)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(track.left(), track.top(), track.width() * self.share, 8), 4, 4)
        painter.end()


class SpeakerBox(QCheckBox):
    """A speaker's checkbox, with their dot, whose box stays visible in every theme.

    Fusion draws the box's outline from the window colour, darkened: on the dark theme that is nearly
    the page's own colour (contrast 1.1). An outline in the muted text colour is drawn over it, kept
    at NON_TEXT_CONTRAST against the window and the page; the style itself stays Fusion.
    """

    def __init__(self, speaker: Speaker, parent: QWidget | None = None) -> None:
        super().__init__(speaker.name, parent)
        self._color = speaker.color
        self.setIcon(speaker_dots([speaker.color]))

    def outline_color(self) -> QColor:
        """The box's outline: the muted colour, made to stand out from the window and the page."""
        palette = self.palette()
        return QColor(
            themes.visible_on(
                palette.color(QPalette.ColorRole.PlaceholderText).name(),
                palette.color(QPalette.ColorRole.Window).name(),
                palette.color(QPalette.ColorRole.Base).name(),
            )
        )

    def indicator_rect(self) -> QRectF:
        """Where the style draws the box."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return QRectF(self.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, self))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Fusion's checkbox, then the visible outline on the box's edge."""
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.outline_color(), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(self.indicator_rect().adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        """A new theme: a new dot, visible on it."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.setIcon(speaker_dots([self._color]))


class SpeakerFilter(QGroupBox):
    """Tick a speaker to show them everywhere, untick to hide them."""

    speakers_changed = Signal(list)  # the names of the hidden speakers
    follow_requested = Signal(str)  # a speaker's name: show their turns across every interview

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("SpeakerFilter", "Speakers"), parent)
        self.setObjectName("speakerFilter")
        self.setAccessibleName(QCoreApplication.translate("SpeakerFilter", "Speaker filter"))
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self._layout.setColumnStretch(1, 1)
        self._boxes: dict[str, QCheckBox] = {}
        self.bars: dict[str, ShareBar] = {}
        self._extras: list[QWidget] = []
        self._speakers: tuple[Speaker, ...] = ()

    def set_speakers(self, speakers: tuple[Speaker, ...], hidden: frozenset[str]) -> None:
        """Show one box per speaker, unticked for the ``hidden`` ones."""
        for widget in [*self._boxes.values(), *self._extras]:
            widget.deleteLater()
        self._boxes = {}
        self.bars = {}
        self._extras = []
        self._speakers = speakers
        for row, speaker in enumerate(speakers):
            box = SpeakerBox(speaker, self)
            box.setObjectName(f"speaker:{speaker.name}")
            role = (
                QCoreApplication.translate("SpeakerFilter", "host")
                if speaker.role is Role.HOST
                else QCoreApplication.translate("SpeakerFilter", "guest")
            )
            box.setToolTip(tooltip(f"{speaker.name} ({role})" + (f"\n{speaker.bio}" if speaker.bio else "")))
            box.setAccessibleName(
                QCoreApplication.translate("SpeakerFilter", "Show %1").replace("%1", speaker.name)
            )
            box.setChecked(speaker.name not in hidden)
            box.toggled.connect(self._on_toggled)
            follow = QAction(
                QCoreApplication.translate("SpeakerFilter", "Follow %1 Across Interviews…").replace(
                    "%1", speaker.name
                ),
                box,
            )
            follow.setObjectName(f"follow:{speaker.name}")
            follow.triggered.connect(lambda _on=False, name=speaker.name: self.follow_requested.emit(name))
            box.addAction(follow)
            box.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)  # right-click: follow them
            self._layout.addWidget(box, row, 0)
            self._boxes[speaker.name] = box

    def set_shares(self, shares: dict[str, Share]) -> None:
        """Beside each speaker, a bar of their share of the talk, the share and their turns."""
        for widget in self._extras:
            widget.deleteLater()
        self.bars = {}
        self._extras = []
        for row, speaker in enumerate(self._speakers):
            share = shares.get(speaker.name)
            if share is None:
                continue
            bar = ShareBar(share.share, speaker.color, self)
            bar.setObjectName(f"share:{speaker.name}")
            turns = share.turns  # a plain name: lupdate only sees a count passed that way
            label = QLabel(f"{share.share:.0%} · {turns}", self)
            label.setObjectName(f"shareLabel:{speaker.name}")
            words = QCoreApplication.translate(
                "SpeakerFilter", "%1 characters of text, %n turn(s)", None, turns
            ).replace("%1", str(share.chars))
            for widget in (bar, label):
                widget.setToolTip(tooltip(f"{speaker.name}: {share.share:.0%} — {words}"))
                widget.setAccessibleName(f"{speaker.name}: {share.share:.0%}, {words}")
            self._layout.addWidget(bar, row, 1)
            self._layout.addWidget(label, row, 2)
            self.bars[speaker.name] = bar
            self._extras += [bar, label]
            box = self._boxes.get(speaker.name)
            for widget in (bar, label):
                widget.setEnabled(box is None or box.isChecked())  # a hidden speaker's share is greyed

    def box(self, name: str) -> QCheckBox:
        """The checkbox of speaker ``name``."""
        return self._boxes[name]

    def hidden(self) -> frozenset[str]:
        """Names of the speakers whose box is unticked."""
        return frozenset(name for name, box in self._boxes.items() if not box.isChecked())

    def _on_toggled(self, _checked: bool) -> None:
        for name, box in self._boxes.items():
            for widget in self._extras:
                if widget.objectName() in (f"share:{name}", f"shareLabel:{name}"):
                    widget.setEnabled(box.isChecked())  # a hidden speaker's bar and share turn grey
        self.speakers_changed.emit(sorted(self.hidden()))
