"""The player bar under the pane: play/pause, the position with its time, ±5 s, speed and volume.

Only widgets: it says what the reader wants through signals and shows what the ``Recording`` controller
tells it. A recording that cannot be played replaces the controls with one line and a "Locate…" button.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QToolBar,
    QWidget,
)

from desktop_app.domain.media_times import clock

RATES = (0.75, 1.0, 1.25, 1.5, 1.75, 2.0)



class PlayerBar(QToolBar):
    """The controls of the recording beside the text (objectName ``mediaPlayer``)."""

    seek_requested = Signal(int)  # milliseconds
    rate_chosen = Signal(float)
    volume_chosen = Signal(float)  # 0.0 – 1.0
    locate_requested = Signal()

    def __init__(self, play: QAction, back: QAction, forward: QAction, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PlayerBar", "Recording"), parent)
        self.setObjectName("mediaPlayer")
        self.setMovable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addAction(back)
        self.addAction(play)
        self.addAction(forward)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("playerPosition")
        self.slider.setAccessibleName(QCoreApplication.translate("PlayerBar", "Position in the recording"))
        self.slider.setRange(0, 0)
        self.slider.setSingleStep(5000)
        self.slider.setPageStep(30000)
        # The reader lets go of the handle (or clicks the groove): one seek, not one per pixel dragged.
        self.slider.sliderReleased.connect(lambda: self.seek_requested.emit(self.slider.value()))
        self.slider.actionTriggered.connect(self._on_slider_action)
        self.time = QLabel(self)
        self.time.setObjectName("playerTime")
        self.speed = QComboBox(self)
        self.speed.setObjectName("playerSpeed")
        self.speed.setAccessibleName(QCoreApplication.translate("PlayerBar", "Playback speed"))
        for rate in RATES:
            self.speed.addItem(f"{rate:g}×", rate)
        self.speed.setCurrentIndex(RATES.index(1.0))
        self.speed.currentIndexChanged.connect(lambda i: self.rate_chosen.emit(RATES[i]))
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setObjectName("playerVolume")
        self.volume.setAccessibleName(QCoreApplication.translate("PlayerBar", "Volume"))
        self.volume.setRange(0, 100)
        self.volume.setValue(100)
        self.volume.setMaximumWidth(90)
        self.volume.valueChanged.connect(lambda v: self.volume_chosen.emit(v / 100))
        self.controls = QWidget(self)
        row = QHBoxLayout(self.controls)
        row.setContentsMargins(6, 0, 6, 0)
        row.addWidget(self.slider, 1)
        row.addWidget(self.time)
        row.addWidget(self.speed)
        row.addWidget(QLabel(QCoreApplication.translate("PlayerBar", "Volume"), self))
        row.addWidget(self.volume)
        self.controls_action = self.addWidget(self.controls)
        self.problem = QWidget(self)
        line = QHBoxLayout(self.problem)
        line.setContentsMargins(6, 0, 6, 0)
        self.problem_text = QLabel(self.problem)
        self.problem_text.setObjectName("playerProblem")
        self.problem_text.setTextFormat(Qt.TextFormat.PlainText)
        # A long path must not push the line (and its button) into the toolbar's overflow menu.
        self.problem_text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.locate = QPushButton(QCoreApplication.translate("PlayerBar", "Locate…"), self.problem)
        self.locate.setObjectName("playerLocate")
        self.locate.clicked.connect(self.locate_requested)
        line.addWidget(self.problem_text, 1)
        line.addWidget(self.locate)
        self.problem_action = self.addWidget(self.problem)
        self.problem_action.setVisible(False)
        self._duration = 0
        self.set_position(0)

    def _on_slider_action(self, action: int) -> None:
        # Keys and clicks on the groove move the slider without a release: seek to where it goes.
        if action != QSlider.SliderAction.SliderMove.value:
            self.seek_requested.emit(self.slider.sliderPosition())

    def set_duration(self, milliseconds: int) -> None:
        """The recording's length is known."""
        self._duration = max(milliseconds, 0)
        self.slider.setRange(0, self._duration)
        self.set_position(self.slider.value())

    def set_position(self, milliseconds: int) -> None:
        """Show where the recording is (unless the reader is dragging the handle)."""
        if not self.slider.isSliderDown():
            self.slider.setValue(milliseconds)
        self.time.setText(f"{clock(milliseconds / 1000)} / {clock(self._duration / 1000)}")

    def show_problem(self, text: str) -> None:
        """One line instead of the controls: what is wrong and a button to choose the file."""
        self.problem_text.setText(text)
        self.problem_text.setToolTip(text)
        self.problem_action.setVisible(True)
        self.controls_action.setVisible(False)

    def show_controls(self) -> None:
        """The controls again, the problem line gone."""
        self.problem_text.clear()
        self.problem_action.setVisible(False)
        self.controls_action.setVisible(True)
