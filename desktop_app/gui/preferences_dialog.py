"""The Preferences dialog: theme, reading font, size, line spacing and UI language, with a live preview."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.annotations import PAINT, Color
from desktop_app.gui import themes
from desktop_app.gui.reading_prefs import (
    FONT_SIZE_RANGE,
    LINE_SPACING_RANGE,
    ReadingPrefs,
    line_height_percent,
    reading_font,
)

SAMPLE_SPEAKER = "受访者"
SAMPLE_SPEAKER_COLOR = "#2f6fd6"
SAMPLE_BEFORE = "我们当时并不知道这条路会走多远。"
SAMPLE_MARKED = "最难的不是技术，而是说服大家相信它值得做"
SAMPLE_AFTER = "。后来回头看，那一年的每一次讨论都算数。"


def cjk_families() -> list[str]:
    """Installed font families that can write Simplified Chinese (vertical '@' variants left out)."""
    return [
        family
        for family in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
        if not family.startswith("@") and not QFontDatabase.isPrivateFamily(family)
    ]


class PreferencesDialog(QDialog):
    """Collects the reader's preferences; emits ``prefs_changed`` with them when accepted."""

    prefs_changed = Signal(object)  # the chosen ReadingPrefs

    def __init__(self, prefs: ReadingPrefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(QCoreApplication.translate("PreferencesDialog", "Preferences"))

        self.theme_choice = QComboBox(self)
        self.theme_choice.setObjectName("themeChoice")
        self.theme_choice.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Theme"))
        for title, name in (
            (QCoreApplication.translate("PreferencesDialog", "Follow the system"), "system"),
            (QCoreApplication.translate("PreferencesDialog", "Light"), "light"),
            (QCoreApplication.translate("PreferencesDialog", "Dark"), "dark"),
            (QCoreApplication.translate("PreferencesDialog", "Sepia"), "sepia"),
        ):
            self.theme_choice.addItem(title, name)

        self.font_choice = QComboBox(self)
        self.font_choice.setObjectName("fontChoice")
        self.font_choice.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Reading font"))
        self.font_choice.addItem(QCoreApplication.translate("PreferencesDialog", "Default"), "")
        for family in cjk_families():
            self.font_choice.addItem(family, family)
            self.font_choice.setItemData(
                self.font_choice.count() - 1, QFont(family), Qt.ItemDataRole.FontRole
            )
        if prefs.font_family and self.font_choice.findData(prefs.font_family) < 0:
            # Chosen on another machine: keep it rather than silently forgetting it.
            missing = QCoreApplication.translate("PreferencesDialog", "%1 (not installed)").replace(
                "%1", prefs.font_family
            )
            self.font_choice.addItem(missing, prefs.font_family)

        self.font_size_choice = QDoubleSpinBox(self)
        self.font_size_choice.setObjectName("fontSizeChoice")
        self.font_size_choice.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Font size"))
        self.font_size_choice.setRange(*FONT_SIZE_RANGE)
        self.font_size_choice.setDecimals(1)
        self.font_size_choice.setSingleStep(1.0)
        self.font_size_choice.setSuffix(" pt")

        self.line_spacing_choice = QDoubleSpinBox(self)
        self.line_spacing_choice.setObjectName("lineSpacingChoice")
        self.line_spacing_choice.setAccessibleName(
            QCoreApplication.translate("PreferencesDialog", "Line spacing")
        )
        self.line_spacing_choice.setRange(*LINE_SPACING_RANGE)
        self.line_spacing_choice.setDecimals(1)
        self.line_spacing_choice.setSingleStep(0.1)
        self.line_spacing_choice.setSuffix(" ×")

        self.language_choice = QComboBox(self)
        self.language_choice.setObjectName("languageChoice")
        self.language_choice.setAccessibleName(
            QCoreApplication.translate("PreferencesDialog", "Interface language")
        )
        # Each language is named in itself, so a reader lost in the wrong one still finds theirs.
        for title, code in (
            (QCoreApplication.translate("PreferencesDialog", "Follow the system"), "system"),
            ("简体中文", "zh_CN"),
            ("English", "en"),
        ):
            self.language_choice.addItem(title, code)
        self.language_note = QLabel(
            QCoreApplication.translate(
                "PreferencesDialog", "The interface language changes the next time the app starts."
            ),
            self,
        )
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)
        self.language_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.preview = QLabel(self)
        self.preview.setObjectName("preview")
        self.preview.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Preview"))
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setAutoFillBackground(True)
        self.preview.setMargin(12)
        self.preview.setMinimumSize(420, 150)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("preferencesButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for text, field in (
            (QCoreApplication.translate("PreferencesDialog", "&Theme:"), self.theme_choice),
            (QCoreApplication.translate("PreferencesDialog", "&Font:"), self.font_choice),
            (QCoreApplication.translate("PreferencesDialog", "Font si&ze:"), self.font_size_choice),
            (QCoreApplication.translate("PreferencesDialog", "&Line spacing:"), self.line_spacing_choice),
            (QCoreApplication.translate("PreferencesDialog", "La&nguage:"), self.language_choice),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.language_note)
        preview_label = QLabel(QCoreApplication.translate("PreferencesDialog", "Preview:"), self)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(preview_label)
        column.addWidget(self.preview, 1)
        column.addWidget(buttons)

        self.set_prefs(prefs)
        self.theme_choice.currentIndexChanged.connect(self._update_preview)
        self.font_choice.currentIndexChanged.connect(self._update_preview)
        self.font_size_choice.valueChanged.connect(self._update_preview)
        self.line_spacing_choice.valueChanged.connect(self._update_preview)
        self._update_preview()

    def set_prefs(self, prefs: ReadingPrefs) -> None:
        """Show ``prefs`` in the controls."""
        self._select(self.theme_choice, prefs.theme)
        self._select(self.font_choice, prefs.font_family)
        self.font_size_choice.setValue(prefs.font_size)
        self.line_spacing_choice.setValue(prefs.line_spacing)
        self._select(self.language_choice, prefs.language)

    def prefs(self) -> ReadingPrefs:
        """The preferences chosen in the controls."""
        return ReadingPrefs(
            theme=self.theme_choice.currentData(),
            font_family=self.font_choice.currentData(),
            font_size=self.font_size_choice.value(),
            line_spacing=self.line_spacing_choice.value(),
            language=self.language_choice.currentData(),
        )

    def accept(self) -> None:
        """Close and hand the chosen preferences to whoever applies them."""
        self.prefs_changed.emit(self.prefs())
        super().accept()

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _update_preview(self) -> None:
        prefs = self.prefs()
        font = reading_font(prefs)
        app = QApplication.instance()
        assert isinstance(app, QGuiApplication)
        theme = themes.resolve(prefs.theme, app)
        self.preview.setFont(font)
        pal = self.preview.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor(theme.base))
        pal.setColor(QPalette.ColorRole.WindowText, QColor(theme.text))
        self.preview.setPalette(pal)
        speaker = themes.speaker_color(theme, SAMPLE_SPEAKER_COLOR)
        paint = themes.paint_color(theme, PAINT[Color.YELLOW])
        percent = line_height_percent(font, prefs.line_spacing)
        self.preview.setText(
            f'<p style="line-height:{percent:.0f}%; margin:0">'
            f'<b style="color:{speaker}">{escape(SAMPLE_SPEAKER)}</b><br>'
            f'{escape(SAMPLE_BEFORE)}<span style="background-color:{paint}">{escape(SAMPLE_MARKED)}</span>'
            f"{escape(SAMPLE_AFTER)}</p>"
        )
