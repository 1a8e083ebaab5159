"""The messages of the domain and the store in the UI's language: one table from message id to text.

The domain raises :class:`~desktop_app.domain.messages.Message` objects (English text that keeps its id and
arguments); this table repeats each English template as a literal, so lupdate collects it and the .ts
holds its translation, and :func:`text` fills the translated template with the same named arguments.
``tests/gui/test_domain_messages.py`` checks that every id the domain raises is here, with the same
template and placeholders.
"""

# ruff: noqa: E501 — one literal per message, as lupdate reads it

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.errors import ConvertError, ReaderError, TranscriptError
from desktop_app.domain.messages import Message
from desktop_app.fileio import FileError
from desktop_app.gui.actions import QT_TRANSLATE_NOOP

CONTEXT = "DomainMessages"

TEXTS: dict[str, str] = {
    "backup.choose-another": QT_TRANSLATE_NOOP("DomainMessages", "Choose another backup."),
    "backup.damaged": QT_TRANSLATE_NOOP("DomainMessages", "The backup {name} cannot be restored: it is damaged ({damage})."),
    "backup.newer": QT_TRANSLATE_NOOP("DomainMessages", "The backup {name} cannot be restored: it was made by a newer version of Interview Reader."),
    "backup.unopenable": QT_TRANSLATE_NOOP("DomainMessages", "The backup {name} cannot be restored: it could not be opened ({error})."),
    "backup.update": QT_TRANSLATE_NOOP("DomainMessages", "Update Interview Reader, or choose another backup."),
    "codes.coding-needs": QT_TRANSLATE_NOOP("DomainMessages", "coding needs a passage and at least one code"),
    "codes.colour-below": QT_TRANSLATE_NOOP("DomainMessages", "a colour's code sits below this code; move it first"),
    "codes.delete-colour": QT_TRANSLATE_NOOP("DomainMessages", "a colour's code cannot be deleted; rename it instead"),
    "codes.merge-colour": QT_TRANSLATE_NOOP("DomainMessages", "a colour's code cannot be merged away; merge another code into it"),
    "codes.merge-into-itself": QT_TRANSLATE_NOOP("DomainMessages", "a code cannot be merged into itself or one of its sub-codes"),
    "codes.move-under-itself": QT_TRANSLATE_NOOP("DomainMessages", "a code cannot be moved under itself or one of its sub-codes"),
    "codes.needs-name": QT_TRANSLATE_NOOP("DomainMessages", "a code needs a name"),
    "convert.add-labels": QT_TRANSLATE_NOOP("DomainMessages", "Add the labels ('主持人:你怎么看?' then '嘉宾:我认为……') and convert again, or write the transcript in the reader's Markdown format (see the bundled transcript)."),
    "convert.add-speaker": QT_TRANSLATE_NOOP("DomainMessages", "Add the speaker or give the paragraph to one of the speakers."),
    "convert.add-voices": QT_TRANSLATE_NOOP("DomainMessages", "Add a voice tag or a 'Name:' label to each speaker's first cue ('<v 主持人>你怎么看?</v>'), or save the transcript as plain text with a 'Name:' label at the start of each turn."),
    "convert.binary": QT_TRANSLATE_NOOP("DomainMessages", "The file cannot be read as UTF-8, UTF-16 or GB18030 text: it holds binary data (NUL bytes or control characters), not text."),
    "convert.check-line": QT_TRANSLATE_NOOP("DomainMessages", "Check the line it names in a text editor, or save the transcript as plain text with a 'Name:' label at the start of each turn."),
    "convert.choose-plain": QT_TRANSLATE_NOOP("DomainMessages", "Choose a plain-text transcript (.txt, .md or .vtt) rather than a document, image or archive; export a Word or PDF file as plain text first."),
    "convert.choose-text": QT_TRANSLATE_NOOP("DomainMessages", "Choose the file that holds the interview text."),
    "convert.different-names": QT_TRANSLATE_NOOP("DomainMessages", "Give each speaker a different name."),
    "convert.empty": QT_TRANSLATE_NOOP("DomainMessages", "The file is empty."),
    "convert.end-with-question-mark": QT_TRANSLATE_NOOP("DomainMessages", "End the interviewer's questions with '?' or '？' and convert again."),
    "convert.enter-field": QT_TRANSLATE_NOOP("DomainMessages", "Enter a {field}."),
    "convert.field-id": QT_TRANSLATE_NOOP("DomainMessages", "id"),
    "convert.field-language": QT_TRANSLATE_NOOP("DomainMessages", "language"),
    "convert.field-source": QT_TRANSLATE_NOOP("DomainMessages", "source"),
    "convert.field-title": QT_TRANSLATE_NOOP("DomainMessages", "title"),
    "convert.hash-name": QT_TRANSLATE_NOOP("DomainMessages", "The speaker name '{name}' starts with '#': its turns would read as headings."),
    "convert.mark-host": QT_TRANSLATE_NOOP("DomainMessages", "Mark the interviewer as host."),
    "convert.missing-field": QT_TRANSLATE_NOOP("DomainMessages", "The transcript has no {field}."),
    "convert.name-speakers": QT_TRANSLATE_NOOP("DomainMessages", "Name every speaker or remove the empty one."),
    "convert.no-asker": QT_TRANSLATE_NOOP("DomainMessages", "Speakers were found ({speakers}), but none of them asks questions, so the interviewer cannot be told apart from the guests."),
    "convert.no-host": QT_TRANSLATE_NOOP("DomainMessages", "No speaker is the host."),
    "convert.no-labels": QT_TRANSLATE_NOOP("DomainMessages", "Found {lines} lines and these speaker labels: {seen}. An interview needs at least two speakers, each turn starting a line with the speaker's name (up to 12 characters) and a colon."),
    "convert.no-voices": QT_TRANSLATE_NOOP("DomainMessages", "The file names no speakers (no voice tags such as '<v 主持人>', no speaker fields and no '主持人:' labels), so the interviewer cannot be found."),
    "convert.none": QT_TRANSLATE_NOOP("DomainMessages", "none"),
    "convert.only-bom": QT_TRANSLATE_NOOP("DomainMessages", "The file is empty (it holds only a byte order mark)."),
    "convert.remove-hash": QT_TRANSLATE_NOOP("DomainMessages", "Remove the '#' from the name."),
    "convert.save-utf8": QT_TRANSLATE_NOOP("DomainMessages", "Save the transcript as UTF-8 text in your editor and try again."),
    "convert.speaker-no-name": QT_TRANSLATE_NOOP("DomainMessages", "A speaker has no name."),
    "convert.speaker-twice": QT_TRANSLATE_NOOP("DomainMessages", "The speaker '{name}' is listed twice."),
    "convert.split": QT_TRANSLATE_NOOP("DomainMessages", "Split the interview into several files and convert each."),
    "convert.timed-unreadable": QT_TRANSLATE_NOOP("DomainMessages", "The file looks like a timed transcript but cannot be read: {detail}."),
    "convert.too-large": QT_TRANSLATE_NOOP("DomainMessages", "The converted transcript would be {size}; the reader opens transcripts up to {limit}, so it was not written."),
    "convert.undecodable": QT_TRANSLATE_NOOP("DomainMessages", "The file cannot be read as UTF-8, UTF-16 or GB18030 text (byte 0x{byte} cannot be read)."),
    "convert.unknown-kind": QT_TRANSLATE_NOOP("DomainMessages", "A paragraph has the unknown kind '{kind}'."),
    "convert.unknown-role": QT_TRANSLATE_NOOP("DomainMessages", "'{name}' has the unknown role '{role}'."),
    "convert.unknown-speaker": QT_TRANSLATE_NOOP("DomainMessages", "A paragraph is spoken by '{speaker}', who is not among the speakers."),
    "convert.use-kinds": QT_TRANSLATE_NOOP("DomainMessages", "Use one of: {kinds}."),
    "convert.use-role": QT_TRANSLATE_NOOP("DomainMessages", "Use host or guest."),
    "file.cannot-read": QT_TRANSLATE_NOOP("DomainMessages", "The file cannot be read ({reason})."),
    "file.cannot-write": QT_TRANSLATE_NOOP("DomainMessages", "The file cannot be written ({reason})."),
    "file.check-path": QT_TRANSLATE_NOOP("DomainMessages", "Check the path and try again."),
    "file.check-permissions": QT_TRANSLATE_NOOP("DomainMessages", "Check its permissions."),
    "file.choose-saved": QT_TRANSLATE_NOOP("DomainMessages", "Choose a file saved on disk."),
    "file.disk-full": QT_TRANSLATE_NOOP("DomainMessages", "The disk is full; nothing was written."),
    "file.existing-folder": QT_TRANSLATE_NOOP("DomainMessages", "Choose an existing folder."),
    "file.free-space": QT_TRANSLATE_NOOP("DomainMessages", "Free some space and try again."),
    "file.kind-device": QT_TRANSLATE_NOOP("DomainMessages", "a device"),
    "file.kind-fifo": QT_TRANSLATE_NOOP("DomainMessages", "a pipe (FIFO)"),
    "file.kind-folder": QT_TRANSLATE_NOOP("DomainMessages", "a folder"),
    "file.kind-socket": QT_TRANSLATE_NOOP("DomainMessages", "a socket"),
    "file.kind-socket-or-device": QT_TRANSLATE_NOOP("DomainMessages", "a socket or a device"),
    "file.kind-special": QT_TRANSLATE_NOOP("DomainMessages", "a special file"),
    "file.missing": QT_TRANSLATE_NOOP("DomainMessages", "The file does not exist."),
    "file.name-inside": QT_TRANSLATE_NOOP("DomainMessages", "Choose a file name inside it."),
    "file.no-folder": QT_TRANSLATE_NOOP("DomainMessages", "The folder does not exist."),
    "file.not-regular": QT_TRANSLATE_NOOP("DomainMessages", "This is {kind}, not a regular file; a {what} must be a file."),
    "file.other-name": QT_TRANSLATE_NOOP("DomainMessages", "Choose another file name."),
    "file.other-place": QT_TRANSLATE_NOOP("DomainMessages", "Choose another place."),
    "file.split": QT_TRANSLATE_NOOP("DomainMessages", "Split it into several smaller files."),
    "file.too-large": QT_TRANSLATE_NOOP("DomainMessages", "The file is larger than {limit}; a {what} can be up to {limit}."),
    "file.what-codebook": QT_TRANSLATE_NOOP("DomainMessages", "codebook"),
    "file.what-convert": QT_TRANSLATE_NOOP("DomainMessages", "text to convert"),
    "file.what-recording": QT_TRANSLATE_NOOP("DomainMessages", "recording"),
    "file.what-transcript": QT_TRANSLATE_NOOP("DomainMessages", "transcript"),
    "file.what-w3c": QT_TRANSLATE_NOOP("DomainMessages", "W3C annotation file"),
    "file.writable-folder": QT_TRANSLATE_NOOP("DomainMessages", "Choose a folder you can write to."),
    "file.write-folder": QT_TRANSLATE_NOOP("DomainMessages", "This is a folder, not a file."),
    "file.write-special": QT_TRANSLATE_NOOP("DomainMessages", "This is {kind}; only a regular file can be written."),
    "front-matter.anchors": QT_TRANSLATE_NOOP("DomainMessages", "anchors and aliases ({anchor}, {alias}) are not allowed"),
    "front-matter.fix-nesting": QT_TRANSLATE_NOOP("DomainMessages", "Fix the value's nesting."),
    "front-matter.fix-syntax": QT_TRANSLATE_NOOP("DomainMessages", "Fix the YAML syntax."),
    "front-matter.invalid": QT_TRANSLATE_NOOP("DomainMessages", "The front matter is not valid YAML ({problem})."),
    "front-matter.keep-fields": QT_TRANSLATE_NOOP("DomainMessages", "Keep only id, title, source, language and speakers between the '---' lines."),
    "front-matter.key-twice": QT_TRANSLATE_NOOP("DomainMessages", "the key '{key}' is given twice"),
    "front-matter.nests": QT_TRANSLATE_NOOP("DomainMessages", "it nests too deeply"),
    "front-matter.refused": QT_TRANSLATE_NOOP("DomainMessages", "The front matter is not accepted ({problem})."),
    "front-matter.tag": QT_TRANSLATE_NOOP("DomainMessages", "the tag '{tag}' is not allowed"),
    "front-matter.too-large": QT_TRANSLATE_NOOP("DomainMessages", "The front matter is {size} MB; it can be up to {limit} MB."),
    "front-matter.write-plain": QT_TRANSLATE_NOOP("DomainMessages", "Write each value out in full as plain text; quote it (\"…\") if needed."),
    "import.group-elsewhere": QT_TRANSLATE_NOOP("DomainMessages", "its group {group} is already used on the transcript '{found}'"),
    "import.id-elsewhere": QT_TRANSLATE_NOOP("DomainMessages", "its id is already used on the transcript '{found}', which an import into '{transcript}' leaves alone"),
    "import.made-on": QT_TRANSLATE_NOOP("DomainMessages", "it was made on the transcript '{transcript}'"),
    "import.note-newer": QT_TRANSLATE_NOOP("DomainMessages", "the question already holds a note edited later"),
    "import.unchanged": QT_TRANSLATE_NOOP("DomainMessages", "the saved copy is as new as this one, or newer"),
    "link.backwards": QT_TRANSLATE_NOOP("DomainMessages", "the range starts ({start}) after it ends ({end})"),
    "link.bad-percent": QT_TRANSLATE_NOOP("DomainMessages", "the {part} holds a % that is not followed by two hex digits"),
    "link.bad-range": QT_TRANSLATE_NOOP("DomainMessages", "the range {range} is not start-end in whole numbers"),
    "link.blank": QT_TRANSLATE_NOOP("DomainMessages", "the {part} is blank or holds control characters"),
    "link.edited": QT_TRANSLATE_NOOP("DomainMessages", "It may have been edited since the link was made."),
    "link.empty": QT_TRANSLATE_NOOP("DomainMessages", "the {part} is empty"),
    "link.looks-like": QT_TRANSLATE_NOOP("DomainMessages", "A link looks like {passage} or {highlight}."),
    "link.must-encode": QT_TRANSLATE_NOOP("DomainMessages", "the {part} holds {char}, which must be percent-encoded"),
    "link.no-paragraph": QT_TRANSLATE_NOOP("DomainMessages", "the paragraph is missing (#<paragraph-id> after the transcript id)"),
    "link.no-prefix": QT_TRANSLATE_NOOP("DomainMessages", "it does not start with {prefix}"),
    "link.no-slashes": QT_TRANSLATE_NOOP("DomainMessages", "{scheme}: must be followed by //"),
    "link.no-such-paragraph": QT_TRANSLATE_NOOP("DomainMessages", "The transcript {transcript} has no paragraph {paragraph}."),
    "link.not-utf8": QT_TRANSLATE_NOOP("DomainMessages", "the {part}'s percent-encoding is not UTF-8"),
    "link.not-uuid": QT_TRANSLATE_NOOP("DomainMessages", "the highlight id {ident} is not a UUID"),
    "link.open-first": QT_TRANSLATE_NOOP("DomainMessages", "Open that transcript first."),
    "link.other-transcript": QT_TRANSLATE_NOOP("DomainMessages", "The link is to the transcript {linked}, but {open} is open."),
    "link.out-of-range": QT_TRANSLATE_NOOP("DomainMessages", "The paragraph {paragraph} has {length} characters; the link asks for {start}-{end}."),
    "link.part-highlight": QT_TRANSLATE_NOOP("DomainMessages", "highlight id"),
    "link.part-paragraph": QT_TRANSLATE_NOOP("DomainMessages", "paragraph id"),
    "link.part-transcript": QT_TRANSLATE_NOOP("DomainMessages", "transcript id"),
    "link.refused": QT_TRANSLATE_NOOP("DomainMessages", "{url} is not a link the reader can open: {problem}."),
    "link.transcript-edited": QT_TRANSLATE_NOOP("DomainMessages", "The transcript may have been edited since the link was made."),
    "link.unknown-form": QT_TRANSLATE_NOOP("DomainMessages", "unknown form {form} (only {open}/… and {highlight}/… exist)"),
    "parser.add-key": QT_TRANSLATE_NOOP("DomainMessages", "Add a line '{key}: …'."),
    "parser.add-speakers": QT_TRANSLATE_NOOP("DomainMessages", "Add 'speakers:' with a '- name: …' and 'role: host' or 'role: guest' for each person."),
    "parser.bad-colour": QT_TRANSLATE_NOOP("DomainMessages", "The colour '{colour}' of '{name}' is not '#rrggbb'."),
    "parser.binary": QT_TRANSLATE_NOOP("DomainMessages", "The file holds binary data, not text."),
    "parser.close-front-matter": QT_TRANSLATE_NOOP("DomainMessages", "Add a '---' line after the YAML fields."),
    "parser.front-matter-open": QT_TRANSLATE_NOOP("DomainMessages", "The front matter is never closed."),
    "parser.key-not-text": QT_TRANSLATE_NOOP("DomainMessages", "The front matter's '{key}' is not one line of text."),
    "parser.mark-host": QT_TRANSLATE_NOOP("DomainMessages", "Mark the interviewer with 'role: host'."),
    "parser.missing-key": QT_TRANSLATE_NOOP("DomainMessages", "The front matter has no '{key}'."),
    "parser.name-speakers": QT_TRANSLATE_NOOP("DomainMessages", "Give every speaker a 'name:'."),
    "parser.no-front-matter": QT_TRANSLATE_NOOP("DomainMessages", "The file has no front matter."),
    "parser.no-host": QT_TRANSLATE_NOOP("DomainMessages", "No speaker has the role host, so no questions can be found."),
    "parser.no-questions": QT_TRANSLATE_NOOP("DomainMessages", "The transcript has no questions."),
    "parser.no-speakers": QT_TRANSLATE_NOOP("DomainMessages", "The front matter declares no speakers."),
    "parser.not-fields": QT_TRANSLATE_NOOP("DomainMessages", "The front matter must be a set of 'key: value' fields."),
    "parser.not-utf8": QT_TRANSLATE_NOOP("DomainMessages", "The file is not UTF-8 text (byte 0x{byte} cannot be read)."),
    "parser.open-md": QT_TRANSLATE_NOOP("DomainMessages", "Open a transcript .md file."),
    "parser.remove-twice": QT_TRANSLATE_NOOP("DomainMessages", "Remove one of the entries or give each speaker a different name."),
    "parser.save-utf8": QT_TRANSLATE_NOOP("DomainMessages", "Save it as UTF-8 in your editor and open it again."),
    "parser.see-bundled": QT_TRANSLATE_NOOP("DomainMessages", "See the bundled transcript."),
    "parser.speaker-no-name": QT_TRANSLATE_NOOP("DomainMessages", "A speaker has no name."),
    "parser.speaker-twice": QT_TRANSLATE_NOOP("DomainMessages", "The speaker '{name}' is declared twice."),
    "parser.start-front-matter": QT_TRANSLATE_NOOP("DomainMessages", "Start it with a '---' line, the YAML fields id, title, source, language and speakers, and another '---' line."),
    "parser.start-question": QT_TRANSLATE_NOOP("DomainMessages", "A question starts with a paragraph such as '{hosts}: …' (the host's name and a colon)."),
    "parser.unknown-role": QT_TRANSLATE_NOOP("DomainMessages", "The speaker '{name}' has the unknown role '{role}'."),
    "parser.use-role": QT_TRANSLATE_NOOP("DomainMessages", "Use 'role: host' or 'role: guest'."),
    "parser.write-colour": QT_TRANSLATE_NOOP("DomainMessages", "Write it as six hex digits in quotes, e.g. color: '#2f6fd6', or leave it out."),
    "parser.write-key": QT_TRANSLATE_NOOP("DomainMessages", "Write it as '{key}: …'."),
    "qda.bad-archive": QT_TRANSLATE_NOOP("DomainMessages", "{name}: the archive cannot be read ({error})."),
    "qda.bad-guid": QT_TRANSLATE_NOOP("DomainMessages", "{name}: a code has no valid guid ({guid})."),
    "qda.choose": QT_TRANSLATE_NOOP("DomainMessages", "Choose a REFI-QDA codebook (.qdc) or project (.qdpx)."),
    "qda.doctype": QT_TRANSLATE_NOOP("DomainMessages", "{name}: the file declares a document type, which a codebook never needs."),
    "qda.guid-twice": QT_TRANSLATE_NOOP("DomainMessages", "{name}: the guid {guid} is used by two codes."),
    "qda.no-codebook": QT_TRANSLATE_NOOP("DomainMessages", "{name}: it holds no REFI-QDA codebook (its root is <{tag}>)."),
    "qda.no-project": QT_TRANSLATE_NOOP("DomainMessages", "{name}: the archive holds no project.qde."),
    "qda.not-xml": QT_TRANSLATE_NOOP("DomainMessages", "{name}: it is not well-formed XML ({error})."),
    "qda.too-large": QT_TRANSLATE_NOOP("DomainMessages", "{name}: its project file is over {limit} MB."),
    "recovery.backup": QT_TRANSLATE_NOOP("DomainMessages", "The annotations file was damaged ({problem}), so Interview Reader started a new one. The damaged file is kept as {path}. You can restore the newest backup, {backup}."),
    "recovery.no-backup": QT_TRANSLATE_NOOP("DomainMessages", "The annotations file was damaged ({problem}), so Interview Reader started a new one. The damaged file is kept as {path}. There is no backup to restore."),
    "store.action-backup": QT_TRANSLATE_NOOP("DomainMessages", "The backup"),
    "store.action-change-to-code": QT_TRANSLATE_NOOP("DomainMessages", "Your change to the code"),
    "store.action-coding": QT_TRANSLATE_NOOP("DomainMessages", "Your coding"),
    "store.action-colour-label": QT_TRANSLATE_NOOP("DomainMessages", "Your colour label"),
    "store.action-deleting-code": QT_TRANSLATE_NOOP("DomainMessages", "Deleting the code"),
    "store.action-deletion": QT_TRANSLATE_NOOP("DomainMessages", "Your deletion"),
    "store.action-highlight": QT_TRANSLATE_NOOP("DomainMessages", "Your highlight"),
    "store.action-highlight-change": QT_TRANSLATE_NOOP("DomainMessages", "Your change to the highlight"),
    "store.action-imported-annotations": QT_TRANSLATE_NOOP("DomainMessages", "The imported annotations"),
    "store.action-imported-codebook": QT_TRANSLATE_NOOP("DomainMessages", "The imported codebook"),
    "store.action-imported-highlights": QT_TRANSLATE_NOOP("DomainMessages", "The imported highlights"),
    "store.action-imported-notes": QT_TRANSLATE_NOOP("DomainMessages", "The imported notes"),
    "store.action-library": QT_TRANSLATE_NOOP("DomainMessages", "The library"),
    "store.action-merging-codes": QT_TRANSLATE_NOOP("DomainMessages", "Merging the codes"),
    "store.action-moving-code": QT_TRANSLATE_NOOP("DomainMessages", "Moving the code"),
    "store.action-new-code": QT_TRANSLATE_NOOP("DomainMessages", "Your new code"),
    "store.action-note": QT_TRANSLATE_NOOP("DomainMessages", "Your note"),
    "store.action-restored-backup": QT_TRANSLATE_NOOP("DomainMessages", "The restored backup"),
    "store.action-tidying-up": QT_TRANSLATE_NOOP("DomainMessages", "Tidying up"),
    "store.action-undo": QT_TRANSLATE_NOOP("DomainMessages", "Your undo"),
    "store.busy": QT_TRANSLATE_NOOP("DomainMessages", "another Interview Reader window or program kept {path} busy for more than {seconds} seconds"),
    "store.check-folder": QT_TRANSLATE_NOOP("DomainMessages", "Check that the data folder exists and that you can write to it, then restart Interview Reader."),
    "store.damaged": QT_TRANSLATE_NOOP("DomainMessages", "the annotations file {path} is damaged ({detail})"),
    "store.disk-full": QT_TRANSLATE_NOOP("DomainMessages", "the disk holding the data folder {folder} is full"),
    "store.file-read-only": QT_TRANSLATE_NOOP("DomainMessages", "the annotations file {path} is read-only"),
    "store.folder-not-created": QT_TRANSLATE_NOOP("DomainMessages", "the data folder {folder} cannot be created, because {where} is read-only"),
    "store.folder-read-only": QT_TRANSLATE_NOOP("DomainMessages", "the data folder {folder} is read-only"),
    "store.free-space": QT_TRANSLATE_NOOP("DomainMessages", "Free some disk space, then try again. {unchanged}"),
    "store.make-file-writable": QT_TRANSLATE_NOOP("DomainMessages", "Make the file writable, then restart Interview Reader. {unchanged}"),
    "store.make-folder-writable": QT_TRANSLATE_NOOP("DomainMessages", "Make the folder writable, or start Interview Reader with --data-dir set to a folder you can write to. {unchanged}"),
    "store.newer": QT_TRANSLATE_NOOP("DomainMessages", "{path} was made by a newer version of Interview Reader"),
    "store.not-saved": QT_TRANSLATE_NOOP("DomainMessages", "{action} could not be saved: {clause}."),
    "store.read-only": QT_TRANSLATE_NOOP("DomainMessages", "Highlights and notes cannot be saved: {clause}. {fix}"),
    "store.restart-damaged": QT_TRANSLATE_NOOP("DomainMessages", "Restart Interview Reader: it sets the damaged file aside, keeps it, and offers your newest backup."),
    "store.sqlite": QT_TRANSLATE_NOOP("DomainMessages", "SQLite reported “{detail}”"),
    "store.try-again": QT_TRANSLATE_NOOP("DomainMessages", "Try again; if it keeps failing, restart Interview Reader. {unchanged}"),
    "store.try-in-a-moment": QT_TRANSLATE_NOOP("DomainMessages", "Try again in a moment. {unchanged}"),
    "store.unavailable": QT_TRANSLATE_NOOP("DomainMessages", "the annotations file {path} could not be opened ({detail})"),
    "store.unchanged": QT_TRANSLATE_NOOP("DomainMessages", "Everything saved before is unchanged."),
    "store.unreadable": QT_TRANSLATE_NOOP("DomainMessages", "The annotations in {path} cannot be read, so none are shown. {reason}"),
    "store.update": QT_TRANSLATE_NOOP("DomainMessages", "Update Interview Reader to keep adding highlights and notes. This version leaves the file exactly as it is."),
    "timed.bad-time": QT_TRANSLATE_NOOP("DomainMessages", "segment {number} has a time that is no number of seconds: {value}"),
    "timed.no-segments": QT_TRANSLATE_NOOP("DomainMessages", "the JSON has no list of 'segments'"),
    "timed.no-text": QT_TRANSLATE_NOOP("DomainMessages", "segment {number} has no text ('body' or 'text')"),
    "timed.not-json": QT_TRANSLATE_NOOP("DomainMessages", "the file is not valid JSON ({error})"),
    "timed.not-object": QT_TRANSLATE_NOOP("DomainMessages", "segment {number} is not an object"),
    "w3c.a-list": QT_TRANSLATE_NOOP("DomainMessages", "a list"),
    "w3c.an-object": QT_TRANSLATE_NOOP("DomainMessages", "an object"),
    "w3c.bad-positions": QT_TRANSLATE_NOOP("DomainMessages", "Annotation {number} ({ident}) has a TextPositionSelector whose start and end ({start}, {end}) are not offsets in a paragraph."),
    "w3c.bad-time": QT_TRANSLATE_NOOP("DomainMessages", "Annotation {number} ({ident}): its “{key}” time {value} is not an RFC 3339 date and time (like 2026-02-03T04:05:06.000Z)."),
    "w3c.binary": QT_TRANSLATE_NOOP("DomainMessages", "The file holds binary data, not annotation text."),
    "w3c.check-file": QT_TRANSLATE_NOOP("DomainMessages", "Check that the file holds the annotations of this interview."),
    "w3c.cut-short": QT_TRANSLATE_NOOP("DomainMessages", "; the file ends too early, it may have been cut short"),
    "w3c.empty": QT_TRANSLATE_NOOP("DomainMessages", "The file is empty."),
    "w3c.empty-annotation": QT_TRANSLATE_NOOP("DomainMessages", "Annotation {number} ({ident}) selects no passage and holds no note."),
    "w3c.export-again": QT_TRANSLATE_NOOP("DomainMessages", "Export the annotations again from 访谈阅读器 (W3C Web Annotation format) and import that file."),
    "w3c.first-is-link": QT_TRANSLATE_NOOP("DomainMessages", "The collection's annotations are not in this file: its first page is only a link."),
    "w3c.huge-number": QT_TRANSLATE_NOOP("DomainMessages", "a huge number"),
    "w3c.long-number": QT_TRANSLATE_NOOP("DomainMessages", "The file's JSON holds a number too long to be read."),
    "w3c.made-elsewhere": QT_TRANSLATE_NOOP("DomainMessages", "{none_belong}: they were made on '{others}', not on '{transcript}'."),
    "w3c.needs-quote": QT_TRANSLATE_NOOP("DomainMessages", "The reader needs the quoted text to find the passage. {export_again}"),
    "w3c.no-id": QT_TRANSLATE_NOOP("DomainMessages", "Annotation {number} of the file has no id."),
    "w3c.no-quote": QT_TRANSLATE_NOOP("DomainMessages", "Annotation {number} ({ident}) quotes no text."),
    "w3c.no-target": QT_TRANSLATE_NOOP("DomainMessages", "Annotation {number} of the file has no target this reader understands (one passage or question of the transcript)."),
    "w3c.none-belong": QT_TRANSLATE_NOOP("DomainMessages", "None of the {total} annotations in the file belong to this transcript"),
    "w3c.not-annotation": QT_TRANSLATE_NOOP("DomainMessages", "Item {number} of the file is not a W3C Annotation."),
    "w3c.not-annotations": QT_TRANSLATE_NOOP("DomainMessages", "The file holds JSON, but not W3C Web Annotations (no Annotation, AnnotationPage or AnnotationCollection)."),
    "w3c.not-json": QT_TRANSLATE_NOOP("DomainMessages", "The file is not valid JSON ({error}, line {line}, column {column}){ending}."),
    "w3c.not-text": QT_TRANSLATE_NOOP("DomainMessages", "Annotation {number} ({ident}): its “{key}” is {value}, not text."),
    "w3c.not-utf8": QT_TRANSLATE_NOOP("DomainMessages", "The file is not UTF-8 text (byte 0x{byte} at offset {offset})."),
    "w3c.nothing-placed": QT_TRANSLATE_NOOP("DomainMessages", "{none_belong}: none of their passages or questions is in 「{title}」."),
    "w3c.only-one-elsewhere": QT_TRANSLATE_NOOP("DomainMessages", "The file's only annotation does not belong to this transcript"),
    "w3c.open-that": QT_TRANSLATE_NOOP("DomainMessages", "Open that transcript, then import the file again."),
    "w3c.position-no-quote": QT_TRANSLATE_NOOP("DomainMessages", "Annotation {number} ({ident}) has a TextPositionSelector but no TextQuoteSelector."),
    "w3c.save-page": QT_TRANSLATE_NOOP("DomainMessages", "Save the annotation page itself, or export the annotations from 访谈阅读器."),
    "w3c.surrogate": QT_TRANSLATE_NOOP("DomainMessages", "Annotation {number} of the file holds text that is not valid Unicode (a lone surrogate, \\u{code})."),
    "w3c.too-deep": QT_TRANSLATE_NOOP("DomainMessages", "The file's JSON is nested too deeply to be annotations."),
    "w3c.twice": QT_TRANSLATE_NOOP("DomainMessages", "The file holds annotation {ident} twice."),
}


def text(message: str) -> str:
    """``message`` in the UI's language: a Message by its id (its arguments too), other text as it is."""
    if not isinstance(message, Message):
        return message
    template = TEXTS.get(message.id)
    if template is None:
        return str(message)
    args = {name: text(value) if isinstance(value, str) else value for name, value in message.args.items()}
    try:
        return QCoreApplication.translate("DomainMessages", template).format(**args)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder: English
        return str(message)


def error_text(error: BaseException) -> str:
    """What ``str(error)`` says, in the UI's language: the file (and line), the problem and the fix."""
    if not isinstance(error, ReaderError):
        if len(error.args) == 1 and isinstance(error.args[0], Message):  # a ValueError the store explains
            return text(error.args[0])
        return str(error)
    problem, fix = text(error.problem), text(error.fix)
    # English puts a space between the sentences; Chinese, after its full-width full stop, does not.
    space = "" if not fix or problem.endswith(("。", "！", "？", "）")) else " "
    body = f"{problem}{space}{fix}"
    if isinstance(error, TranscriptError):
        where = error.path or "<transcript>"
        if error.line is not None:
            where = QCoreApplication.translate("DomainMessages", "%1, line %2").replace("%1", where).replace(
                "%2", str(error.line)
            )
    elif isinstance(error, ConvertError):
        where = error.path or "<text>"
    elif isinstance(error, FileError):
        where = error.path
    else:
        return body
    return QCoreApplication.translate("DomainMessages", "%1: %2").replace("%1", where).replace("%2", body)
