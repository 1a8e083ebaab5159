"""Every command of the window as data: one table of actions, the menus and the toolbar as lists of ids.

An action is declared once in :data:`ACTIONS` with its text, shortcuts, tip and the controller slot
that runs it (``"navigation.next_question"``: the window's controller called ``navigation``, then its
method). :func:`make_actions` turns the table into ``QAction`` objects; the menus, the toolbar and the
shortcut list (F1) are generated from the same table, so a command is added, renamed or rebound in
one place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; it is translated where it is shown."""
    return text


CONTEXT = "Actions"  # the translation context of every text in the table


class Act(StrEnum):
    """The window's commands (the value is the QAction's objectName)."""

    OPEN = "actionOpen"
    OPEN_SAMPLE = "actionOpenSample"
    IMPORT_TRANSCRIPT = "actionImportTranscript"
    IMPORT_ANNOTATIONS = "actionImportAnnotations"
    QUIT = "actionQuit"
    UNDO = "actionUndo"
    REDO = "actionRedo"
    CITE = "actionCopyWithCitation"
    FIND = "actionFind"
    FIND_NEXT = "actionFindNext"
    FIND_PREVIOUS = "actionFindPrevious"
    PREFERENCES = "actionPreferences"
    HIGHLIGHT = "actionHighlight"
    NOTE = "actionNote"
    QUESTION_NOTE = "actionQuestionNote"
    COPY_HIGHLIGHT = "actionCopyHighlight"
    COPY_QUOTE = "actionCopyQuote"
    HIGHLIGHT_PARAGRAPH = "actionHighlightParagraph"
    CARET = "actionCaretBrowsing"
    COPY_LINK = "actionCopyLink"
    SHARE_CARD = "actionShareCard"
    DELETE_HIGHLIGHT = "actionDeleteHighlight"
    RENAME_COLORS = "actionRenameColors"
    CONTINUOUS = "actionContinuous"
    ZOOM_IN = "actionZoomIn"
    ZOOM_OUT = "actionZoomOut"
    ZOOM_RESET = "actionZoomReset"
    PREVIOUS = "actionPreviousQuestion"
    NEXT = "actionNextQuestion"
    BACK = "actionBack"
    FORWARD = "actionForward"
    SHOW_SPEAKERS = "actionShowSpeakers"
    SHOW_QUESTIONS = "actionShowQuestions"
    SHOW_ANNOTATIONS = "actionShowAnnotations"
    SHOW_SEARCH = "actionShowSearch"
    SHOW_CODES = "actionShowCodes"
    CODE = "actionCode"
    CODE_PARAGRAPH = "actionCodeParagraph"
    CODE_TURN = "actionCodeTurn"
    RETRIEVAL = "actionCodedPassages"
    MATRIX = "actionCodeMatrix"
    LIBRARY = "actionLibrary"
    FOLLOW_SPEAKER = "actionFollowSpeaker"
    EXPORT_PROJECT = "actionExportProject"
    EXPORT_CODEBOOK = "actionExportCodebook"
    IMPORT_CODEBOOK = "actionImportCodebook"
    SHORTCUTS = "actionShortcuts"
    GUIDE = "actionGuide"
    ATTACH_RECORDING = "actionAttachRecording"
    PLAY_PAUSE = "actionPlayPause"
    SKIP_BACK = "actionSkipBack"
    SKIP_FORWARD = "actionSkipForward"
    PLAY_FROM_HERE = "actionPlayFromHere"
    FOLLOW_RECORDING = "actionFollowRecording"
    ABOUT = "actionAbout"


@dataclass(frozen=True)
class ActionSpec:
    """What the table says of one action; ``slot`` is ``"controller.method"`` on the window."""

    text: str
    slot: str
    shortcuts: tuple[str, ...] = ()
    group: str = ""  # the heading it is listed under in the shortcut list
    checkable: bool = False
    tip: str = ""


def _spec(text: str, slot: str, *keys: str, group: str, checkable: bool = False, tip: str = "") -> ActionSpec:
    return ActionSpec(text, slot, keys, group, checkable, tip)


FILES = QT_TRANSLATE_NOOP("Actions", "Files")
READING = QT_TRANSLATE_NOOP("Actions", "Reading")
MOVING = QT_TRANSLATE_NOOP("Actions", "Moving around")
NOTES = QT_TRANSLATE_NOOP("Actions", "Highlights and notes")
SEARCHING = QT_TRANSLATE_NOOP("Actions", "Search")
CODING = QT_TRANSLATE_NOOP("Actions", "Codes")
HELP = QT_TRANSLATE_NOOP("Actions", "Help")
LISTENING = QT_TRANSLATE_NOOP("Actions", "Recording")

UNDO_KEYS = "<undo>"  # the platform's standard keys, filled in by make_actions
REDO_KEYS = "<redo>"

ACTIONS: dict[Act, ActionSpec] = {
    Act.OPEN: _spec(QT_TRANSLATE_NOOP("Actions", "&Open Transcript…"), "files.choose_and_open", "Ctrl+O",
                    group=FILES),
    Act.OPEN_SAMPLE: _spec(QT_TRANSLATE_NOOP("Actions", "Open &Sample Interview"), "files.open_sample",
                           group=FILES),
    Act.IMPORT_TRANSCRIPT: _spec(QT_TRANSLATE_NOOP("Actions", "Import &Plain Text or Subtitles…"),
                                 "files.choose_and_import_transcript", group=FILES),
    Act.IMPORT_ANNOTATIONS: _spec(QT_TRANSLATE_NOOP("Actions", "&Import Annotations (W3C)…"),
                                  "files.choose_and_import_annotations", group=FILES),
    Act.QUIT: _spec(QT_TRANSLATE_NOOP("Actions", "&Quit"), "window.close", "Ctrl+Q", group=FILES),
    Act.UNDO: _spec(QT_TRANSLATE_NOOP("Actions", "&Undo"), "annotations.undo", UNDO_KEYS, group=NOTES),
    Act.REDO: _spec(QT_TRANSLATE_NOOP("Actions", "&Redo"), "annotations.redo", REDO_KEYS, group=NOTES),
    Act.CITE: _spec(QT_TRANSLATE_NOOP("Actions", "Copy with C&itation"), "reading.set_cite_on_copy",
                    group=READING, checkable=True),
    Act.FIND: _spec(QT_TRANSLATE_NOOP("Actions", "&Find…"), "window.start_search", "Ctrl+F", group=SEARCHING),
    Act.FIND_NEXT: _spec(QT_TRANSLATE_NOOP("Actions", "Find &Next"), "search.next", "F3", group=SEARCHING),
    Act.FIND_PREVIOUS: _spec(QT_TRANSLATE_NOOP("Actions", "Find Pre&vious"), "search.previous", "Shift+F3",
                             group=SEARCHING),
    Act.PREFERENCES: _spec(QT_TRANSLATE_NOOP("Actions", "&Preferences…"), "reading.show_preferences",
                           "Ctrl+,", group=READING),
    Act.HIGHLIGHT: _spec(QT_TRANSLATE_NOOP("Actions", "&Highlight"), "annotations.highlight_selection",
                         "Ctrl+H", group=NOTES),
    Act.NOTE: _spec(QT_TRANSLATE_NOOP("Actions", "N&ote…"), "annotations.edit_note", "Ctrl+M", group=NOTES),
    Act.QUESTION_NOTE: _spec(QT_TRANSLATE_NOOP("Actions", "Note on the &Question…"),
                             "annotations.edit_question_note", "Ctrl+Shift+M", group=NOTES),
    Act.COPY_HIGHLIGHT: _spec(QT_TRANSLATE_NOOP("Actions", "Co&py Highlight"), "annotations.copy_selected",
                              group=NOTES),
    Act.COPY_QUOTE: _spec(QT_TRANSLATE_NOOP("Actions", "Copy as &Quote"), "tools.copy_quote", group=NOTES,
                          tip=QT_TRANSLATE_NOOP("Actions", "Copy the selection with its speaker and source")),
    Act.HIGHLIGHT_PARAGRAPH: _spec(QT_TRANSLATE_NOOP("Actions", "Highlight the &Paragraph"),
                                   "tools.highlight_paragraph", "Ctrl+Shift+H", group=NOTES),
    Act.CARET: _spec(QT_TRANSLATE_NOOP("Actions", "Caret &Browsing"), "tools.set_caret_browsing", "F7",
                     group=READING, checkable=True,
                     tip=QT_TRANSLATE_NOOP("Actions", "A caret the arrow keys move; Shift+arrows select")),
    Act.COPY_LINK: _spec(QT_TRANSLATE_NOOP("Actions", "Copy &Link to Passage"), "desktop.copy_link",
                         group=NOTES,
                         tip=QT_TRANSLATE_NOOP("Actions", "A link that opens this passage in the reader")),
    Act.SHARE_CARD: _spec(QT_TRANSLATE_NOOP("Actions", "Share as &Card…"), "desktop.share_card", group=NOTES),
    Act.DELETE_HIGHLIGHT: _spec(QT_TRANSLATE_NOOP("Actions", "&Delete Highlight"),
                                "annotations.delete_selected", "Del", group=NOTES),
    Act.RENAME_COLORS: _spec(QT_TRANSLATE_NOOP("Actions", "Highlight Colour &Names…"),
                             "annotations.rename_colors", group=NOTES),
    Act.CONTINUOUS: _spec(QT_TRANSLATE_NOOP("Actions", "&Continuous Reading"), "navigation.set_continuous",
                          "Ctrl+Shift+C", group=READING, checkable=True),
    Act.ZOOM_IN: _spec(QT_TRANSLATE_NOOP("Actions", "&Larger Text"), "reading.zoom_in", "Ctrl+=", "Ctrl++",
                       group=READING),
    Act.ZOOM_OUT: _spec(QT_TRANSLATE_NOOP("Actions", "&Smaller Text"), "reading.zoom_out", "Ctrl+-",
                        group=READING),
    Act.ZOOM_RESET: _spec(QT_TRANSLATE_NOOP("Actions", "&Reset Text Size"), "reading.zoom_reset", "Ctrl+0",
                          group=READING),
    Act.PREVIOUS: _spec(QT_TRANSLATE_NOOP("Actions", "&Previous Question"), "navigation.previous_question",
                        "Alt+Up", "Ctrl+PgUp", group=MOVING),
    Act.NEXT: _spec(QT_TRANSLATE_NOOP("Actions", "&Next Question"), "navigation.next_question",
                    "Alt+Down", "Ctrl+PgDown", group=MOVING),
    Act.BACK: _spec(QT_TRANSLATE_NOOP("Actions", "&Back"), "navigation.go_back", "Alt+Left", group=MOVING),
    Act.FORWARD: _spec(QT_TRANSLATE_NOOP("Actions", "&Forward"), "navigation.go_forward", "Alt+Right",
                       group=MOVING),
    Act.SHOW_SPEAKERS: _spec(QT_TRANSLATE_NOOP("Actions", "S&peakers"), "room.show_speakers", group=READING,
                             checkable=True),
    Act.SHOW_QUESTIONS: _spec(QT_TRANSLATE_NOOP("Actions", "&Questions"), "room.show_questions",
                              "Ctrl+Shift+Q", group=READING, checkable=True),
    Act.SHOW_ANNOTATIONS: _spec(QT_TRANSLATE_NOOP("Actions", "&Annotations"), "room.show_annotations",
                                "Ctrl+Shift+A", group=NOTES, checkable=True),
    Act.SHOW_SEARCH: _spec(QT_TRANSLATE_NOOP("Actions", "Search &Results"), "room.show_search",
                           group=SEARCHING, checkable=True),
    Act.SHOW_CODES: _spec(QT_TRANSLATE_NOOP("Actions", "C&odes"), "room.show_codes", group=CODING,
                          checkable=True),
    Act.CODE: _spec(QT_TRANSLATE_NOOP("Actions", "&Code…"), "coding.code_selection", "Ctrl+K", group=CODING,
                    tip=QT_TRANSLATE_NOOP("Actions", "Put a code on the selection or the highlight")),
    Act.CODE_PARAGRAPH: _spec(QT_TRANSLATE_NOOP("Actions", "Code This &Paragraph…"), "coding.code_paragraph",
                              "Ctrl+Shift+K", group=CODING),
    Act.CODE_TURN: _spec(QT_TRANSLATE_NOOP("Actions", "Code This &Turn…"), "coding.code_turn", "Ctrl+Alt+K",
                         group=CODING),
    Act.RETRIEVAL: _spec(QT_TRANSLATE_NOOP("Actions", "Coded &Passages…"), "study.show_retrieval",
                         "Ctrl+Shift+R", group=CODING),
    Act.MATRIX: _spec(QT_TRANSLATE_NOOP("Actions", "Code &Matrix…"), "study.show_matrix", group=CODING),
    Act.FOLLOW_SPEAKER: _spec(QT_TRANSLATE_NOOP("Actions", "Follow a &Speaker Across Interviews…"),
                              "following.ask_and_follow", group=CODING),
    Act.LIBRARY: _spec(QT_TRANSLATE_NOOP("Actions", "&Library…"), "study.show_library", "Ctrl+Shift+L",
                       group=FILES),
    Act.EXPORT_PROJECT: _spec(QT_TRANSLATE_NOOP("Actions", "Export Project (REFI-QDA)…"),
                              "study.export_project", group=FILES),
    Act.EXPORT_CODEBOOK: _spec(QT_TRANSLATE_NOOP("Actions", "Export Code&book…"), "study.export_codebook",
                               group=FILES),
    Act.IMPORT_CODEBOOK: _spec(QT_TRANSLATE_NOOP("Actions", "Import Codeboo&k…"), "study.import_codebook",
                               group=FILES),
    Act.SHORTCUTS: _spec(QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"), "help.show_shortcuts", "F1",
                         group=HELP),
    Act.GUIDE: _spec(QT_TRANSLATE_NOOP("Actions", "Reading &Guide"), "help.show_guide", group=HELP),
    Act.ATTACH_RECORDING: _spec(
        QT_TRANSLATE_NOOP("Actions", "Attach &Recording…"), "recording.attach", group=FILES,
        tip=QT_TRANSLATE_NOOP("Actions", "Choose the audio or video file of this interview")),
    # Space scrolls the pane, so playing has keys of its own.
    Act.PLAY_PAUSE: _spec(QT_TRANSLATE_NOOP("Actions", "&Play/Pause"), "recording.play_pause", "F9",
                          "Ctrl+Space", group=LISTENING),
    Act.SKIP_BACK: _spec(QT_TRANSLATE_NOOP("Actions", "&Back 5 Seconds"), "recording.skip_back",
                         group=LISTENING),
    Act.SKIP_FORWARD: _spec(QT_TRANSLATE_NOOP("Actions", "&Forward 5 Seconds"), "recording.skip_forward",
                            group=LISTENING),
    Act.PLAY_FROM_HERE: _spec(QT_TRANSLATE_NOOP("Actions", "Play from &Here"), "recording.play_from_here",
                              group=LISTENING),
    Act.FOLLOW_RECORDING: _spec(QT_TRANSLATE_NOOP("Actions", "F&ollow the Recording"), "recording.set_follow",
                                group=LISTENING, checkable=True,
                                tip=QT_TRANSLATE_NOOP("Actions", "Move to the paragraph being played")),
    Act.ABOUT: _spec(QT_TRANSLATE_NOOP("Actions", "&About Interview Reader"), "help.show_about",
                     group=HELP),
}

SEPARATOR = "-"
# The View menu's panel toggles: every panel shows at the start (PanePriority may still move it aside).
PANEL_TOGGLES = (Act.SHOW_SPEAKERS, Act.SHOW_QUESTIONS, Act.SHOW_ANNOTATIONS, Act.SHOW_SEARCH, Act.SHOW_CODES)
# Menus and the toolbar: action ids, "-" for a separator, and named places a controller fills
# ("@recent", "@export", "@colors", "@panels").
MENUS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("menuFile", QT_TRANSLATE_NOOP("Actions", "&File"),
     (Act.OPEN, "@recent", Act.OPEN_SAMPLE, Act.IMPORT_TRANSCRIPT, SEPARATOR, Act.LIBRARY, SEPARATOR,
      "@export", Act.IMPORT_ANNOTATIONS, SEPARATOR, Act.EXPORT_PROJECT, Act.EXPORT_CODEBOOK,
      Act.IMPORT_CODEBOOK, SEPARATOR, Act.ATTACH_RECORDING, SEPARATOR, Act.QUIT)),
    ("menuEdit", QT_TRANSLATE_NOOP("Actions", "&Edit"),
     (Act.UNDO, Act.REDO, SEPARATOR, Act.CITE, SEPARATOR, Act.FIND, Act.FIND_NEXT, Act.FIND_PREVIOUS,
      SEPARATOR, Act.PREFERENCES, SEPARATOR, Act.HIGHLIGHT, "@colors", Act.HIGHLIGHT_PARAGRAPH, Act.NOTE,
      Act.QUESTION_NOTE, Act.COPY_QUOTE, Act.COPY_LINK, Act.COPY_HIGHLIGHT, Act.SHARE_CARD,
      Act.DELETE_HIGHLIGHT)),
    ("menuView", QT_TRANSLATE_NOOP("Actions", "&View"),
     (Act.CONTINUOUS, Act.CARET, SEPARATOR, Act.ZOOM_IN, Act.ZOOM_OUT, Act.ZOOM_RESET, SEPARATOR,
      Act.SHOW_SPEAKERS, Act.SHOW_QUESTIONS, Act.SHOW_ANNOTATIONS, Act.SHOW_SEARCH, Act.SHOW_CODES)),
    ("menuCodes", QT_TRANSLATE_NOOP("Actions", "&Codes"),
     (Act.CODE, Act.CODE_PARAGRAPH, Act.CODE_TURN, SEPARATOR, Act.RETRIEVAL, Act.MATRIX, Act.FOLLOW_SPEAKER)),
    ("menuGo", QT_TRANSLATE_NOOP("Actions", "&Go"),
     (Act.PREVIOUS, Act.NEXT, SEPARATOR, Act.BACK, Act.FORWARD)),
    ("menuRecording", QT_TRANSLATE_NOOP("Actions", "Re&cording"),
     (Act.PLAY_PAUSE, Act.SKIP_BACK, Act.SKIP_FORWARD, Act.PLAY_FROM_HERE, SEPARATOR, Act.FOLLOW_RECORDING,
      SEPARATOR, Act.ATTACH_RECORDING)),
    ("menuHelp", QT_TRANSLATE_NOOP("Actions", "&Help"), (Act.GUIDE, Act.SHORTCUTS, Act.ABOUT)),
)
TOOLBAR: tuple[str, ...] = (Act.PREVIOUS, Act.NEXT, SEPARATOR, Act.HIGHLIGHT, Act.NOTE)


def button_text(text: str) -> str:
    """A menu text as a toolbar button shows it: no accelerator (also the Chinese "(&P)"), no "…"."""
    return re.sub(r"\(&.\)", "", text).replace("&", "").removesuffix("…")


def translated(text: str) -> str:
    """``text`` from the table in the UI's language."""
    return QCoreApplication.translate("Actions", text)


def key_sequences(spec: ActionSpec) -> list[QKeySequence]:
    """The action's shortcuts (the platform's own for undo and redo)."""
    keys: list[QKeySequence] = []
    for key in spec.shortcuts:
        if key == UNDO_KEYS:
            keys += QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)
        elif key == REDO_KEYS:
            keys += QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        else:
            keys.append(QKeySequence(key))
    return keys


def make_action(act: Act, parent: QObject) -> QAction:
    """One QAction from the table: text, shortcuts, tips, checkability (not yet connected)."""
    spec = ACTIONS[act]
    text = translated(spec.text)
    action = QAction(text, parent)
    action.setObjectName(str(act))
    keys = key_sequences(spec)
    action.setShortcuts(keys)
    action.setCheckable(spec.checkable)
    tip = translated(spec.tip) if spec.tip else text.replace("&", "")
    if keys:
        tip += f" ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})"
    action.setIconText(button_text(text))
    action.setToolTip(tip)
    action.setStatusTip(tip)
    return action


def make_actions(parent: QObject) -> dict[Act, QAction]:
    """Every action of the table, made once."""
    return {act: make_action(act, parent) for act in ACTIONS}


def connect_actions(actions: Mapping[Act, QAction], controllers: Mapping[str, object]) -> None:
    """Connect each action to its slot, found by name among ``controllers``."""
    for act, action in actions.items():
        owner, method = ACTIONS[act].slot.split(".")
        slot: Callable[..., object] = getattr(controllers[owner], method)
        signal = action.toggled if ACTIONS[act].checkable else action.triggered
        signal.connect(slot)


@dataclass(frozen=True)
class ShortcutRow:
    """One line of the shortcut list: the command and its keys, under a heading."""

    group: str
    command: str
    keys: str


def shortcut_rows(actions: Mapping[Act, QAction], extra: Mapping[str, list[QAction]] | None = None
                  ) -> list[ShortcutRow]:
    """Every action with a shortcut, grouped as the table groups them, from the actions themselves."""
    rows = []
    native = QKeySequence.SequenceFormat.NativeText
    sources: list[tuple[str, QAction]] = [(ACTIONS[act].group, a) for act, a in actions.items()]
    for group, more in (extra or {}).items():
        sources += [(group, a) for a in more]
    for group, action in sources:
        keys = [k.toString(native) for k in action.shortcuts() if not k.isEmpty()]
        if keys:
            rows.append(ShortcutRow(translated(group), button_text(action.text()), ", ".join(keys)))
    order = [translated(g) for g in (FILES, MOVING, READING, LISTENING, NOTES, CODING, SEARCHING, HELP)]
    return sorted(rows, key=lambda r: order.index(r.group) if r.group in order else len(order))
