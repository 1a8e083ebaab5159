from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.gui import themes
from desktop_app.gui.preferences_dialog import PreferencesDialog, cjk_families
from desktop_app.gui.reading_prefs import ReadingPrefs

CONTROLS = ("themeChoice", "fontChoice", "fontSizeChoice", "lineSpacingChoice", "languageChoice")


def open_dialog(qtbot: QtBot, prefs: ReadingPrefs | None = None) -> PreferencesDialog:
    dialog = PreferencesDialog(prefs or ReadingPrefs())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def control(dialog: PreferencesDialog, name: str) -> QWidget:
    widget = dialog.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def choose(combo: QWidget, data: str) -> None:
    assert isinstance(combo, QComboBox)
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_the_dialog_shows_the_current_preferences(qtbot: QtBot) -> None:
    family = cjk_families()[0]
    prefs = ReadingPrefs(theme="sepia", font_family=family, font_size=16, line_spacing=2.0, language="en")
    dialog = open_dialog(qtbot, prefs)
    assert dialog.objectName() == "preferencesDialog"
    assert dialog.prefs() == prefs
    theme = control(dialog, "themeChoice")
    assert isinstance(theme, QComboBox)
    assert theme.currentText() == "Sepia"


def test_accepting_emits_the_chosen_preferences(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    family = cjk_families()[-1]
    choose(control(dialog, "themeChoice"), "dark")
    choose(control(dialog, "fontChoice"), family)
    size = control(dialog, "fontSizeChoice")
    spacing = control(dialog, "lineSpacingChoice")
    assert isinstance(size, QDoubleSpinBox) and isinstance(spacing, QDoubleSpinBox)
    size.setValue(18)
    spacing.setValue(2.2)
    choose(control(dialog, "languageChoice"), "zh_CN")
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    with qtbot.waitSignal(dialog.prefs_changed, timeout=1000) as signal:
        qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert signal.args == [ReadingPrefs("dark", family, 18.0, 2.2, "zh_CN")]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_cancel_emits_nothing(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    choose(control(dialog, "themeChoice"), "dark")
    with qtbot.assertNotEmitted(dialog.prefs_changed):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_spin_boxes_keep_to_the_allowed_ranges(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    size = control(dialog, "fontSizeChoice")
    spacing = control(dialog, "lineSpacingChoice")
    assert isinstance(size, QDoubleSpinBox) and isinstance(spacing, QDoubleSpinBox)
    assert (size.minimum(), size.maximum()) == (8, 40)
    assert (spacing.minimum(), spacing.maximum(), spacing.singleStep()) == (1.2, 2.4, 0.1)
    spacing.setValue(1.7)
    spacing.stepUp()
    assert dialog.prefs().line_spacing == 1.8


def test_font_list_offers_the_default_and_installed_chinese_fonts(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    fonts = control(dialog, "fontChoice")
    assert isinstance(fonts, QComboBox)
    listed = [fonts.itemData(i) for i in range(fonts.count())]
    assert listed[0] == ""
    assert any("CJK SC" in family or "Hei" in family for family in listed[1:])
    assert "DejaVu Sans" not in listed  # cannot write Chinese


def test_a_font_that_is_not_installed_is_kept(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, ReadingPrefs(font_family="Imaginary Song"))
    assert dialog.prefs().font_family == "Imaginary Song"


def test_preview_follows_the_font_size_and_family(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    preview = control(dialog, "preview")
    size = control(dialog, "fontSizeChoice")
    assert isinstance(preview, QLabel) and isinstance(size, QDoubleSpinBox)
    size.setValue(24)
    assert preview.font().pointSizeF() == 24
    qtbot.keyClick(size, Qt.Key.Key_Down)
    assert preview.font().pointSizeF() == 23
    family = cjk_families()[-1]
    choose(control(dialog, "fontChoice"), family)
    assert preview.font().families()[0] == family
    assert "中" in preview.text() or "我们" in preview.text()


def test_preview_follows_the_line_spacing(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    preview = control(dialog, "preview")
    spacing = control(dialog, "lineSpacingChoice")
    assert isinstance(preview, QLabel) and isinstance(spacing, QDoubleSpinBox)
    spacing.setValue(1.2)
    tight = preview.heightForWidth(300)
    spacing.setValue(2.4)
    assert preview.heightForWidth(300) > tight


def test_preview_shows_the_chosen_theme(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    preview = control(dialog, "preview")
    assert isinstance(preview, QLabel)
    choose(control(dialog, "themeChoice"), "dark")
    assert preview.palette().color(QPalette.ColorRole.Window) == QColor(themes.DARK.base)
    assert themes.paint_color(themes.DARK, "#ffe36e") in preview.text()
    choose(control(dialog, "themeChoice"), "sepia")
    assert preview.palette().color(QPalette.ColorRole.Window) == QColor(themes.SEPIA.base)


def test_every_control_has_a_name_and_a_labelled_accelerator(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    buddies = {label.buddy(): label.text() for label in dialog.findChildren(QLabel) if label.buddy()}
    keys = []
    for name in CONTROLS:
        widget = control(dialog, name)
        assert widget.accessibleName(), name
        text = buddies.get(widget, "")
        assert "&" in text, name
        keys.append(text[text.index("&") + 1].lower())
    assert len(set(keys)) == len(keys), keys


def test_an_accelerator_moves_focus_to_its_control(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # activation arrives as an event, after waitActive returns
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is control(dialog, "fontSizeChoice")


def test_language_choices_name_each_language_in_itself(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    languages = control(dialog, "languageChoice")
    assert isinstance(languages, QComboBox)
    texts = {languages.itemData(i): languages.itemText(i) for i in range(languages.count())}
    assert texts["zh_CN"] == "简体中文"
    assert texts["en"] == "English"
    note = dialog.findChild(QLabel, "languageNote")
    assert note is not None and "next time" in note.text()
