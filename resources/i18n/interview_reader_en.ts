<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Actions</name>
    <message>
        <source>Files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moving around</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Transcript…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Sample Interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import &amp;Plain Text or Subtitles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import Annotations (W3C)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy with C&amp;itation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;ote…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note on the &amp;Question…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co&amp;py Highlight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy as &amp;Quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the selection with its speaker and source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highlight the &amp;Paragraph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caret &amp;Browsing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A caret the arrow keys move; Shift+arrows select</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy &amp;Link to Passage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A link that opens this passage in the reader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share as &amp;Card…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete Highlight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highlight Colour &amp;Names…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Continuous Reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reset Text Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Previous Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;peakers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search &amp;Results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;odes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put a code on the selection or the highlight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code This &amp;Paragraph…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code This &amp;Turn…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coded &amp;Passages…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code &amp;Matrix…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Project (REFI-QDA)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Code&amp;book…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Codeboo&amp;k…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading &amp;Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach &amp;Recording…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the audio or video file of this interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Play/Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back 5 Seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Forward 5 Seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play from &amp;Here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;ollow the Recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to the paragraph being played</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Interview Reader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;cording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>未能定位 / Could not place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preface</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note on the question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing highlighted yet. Select text in the answers and press Ctrl+H, or choose a colour in the small toolbar that appears beside the selection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All colours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All speakers</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnswerPane</name>
    <message>
        <source>Answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to show: every speaker here is hidden by the speaker filter.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <source>Code the Passage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type to filter or to name a new code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create code “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CodesPanel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge into…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memo: what this code means</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Memo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That code is gone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The codebook was not changed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Code deleted (%n coded passage(s)).</source>
        <translation><numerusform>Code deleted (%n coded passage).</numerusform><numerusform>Code deleted (%n coded passages).</numerusform></translation>
    </message>
    <message>
        <source>New Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge Code Into</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete this code, %n sub-code(s) and its codings on %1 passage(s)? Undo brings them back.</source>
        <translation><numerusform>Delete this code, %n sub-code and its codings on %1 passage? Undo brings them back.</numerusform><numerusform>Delete this code, %n sub-codes and its codings on %1 passages? Undo brings them back.</numerusform></translation>
    </message>
</context>
<context>
    <name>Coding</name>
    <message>
        <source>Select a passage or click a highlight first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the caret in a paragraph first (F7).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coded as “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ColorLabelsDialog</name>
    <message>
        <source>Highlight Colours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meaning of %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <source>Preface</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New turn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continues the turn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a Transcript</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, read as %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speakers found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paragraphs found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>Cannot open the link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no highlight %1 in your notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It may be deleted, or made in another data folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The interview %1 is not in your library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open its file once (File ▸ Open), then the link.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The interview %1 could not be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a passage, then copy its link.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link copied: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click a highlight, then share it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quote Card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy Image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the Card</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Markdown (highlights and notes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Markdown (whole transcript)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTML page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>W3C Web Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Cannot open the transcript</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample Interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a Transcript</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transcripts (*.md *.markdown *.txt *.vtt *.srt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export was not written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 skipped, %4 could not be placed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 annotations were skipped:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some annotations were not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>W3C annotations (*.jsonld *.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Plain Text or Subtitles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interviews (*.txt *.vtt *.srt *.text *.json *.html);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1, converted (not saved as a file).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the Transcript</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a question in the tree: the pane shows the answers speaker by speaker. Alt+↓ and Alt+↑ go to the next and previous question; Space at the end of a question goes on. Ctrl+Shift+C reads the whole interview in one scroll. Untick a speaker to hide them everywhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select text with the mouse: a small toolbar offers the five colours, a note, a quote with its source and a link back to the passage. Click a highlight to recolour it, note it, share it as a card or delete it (Ctrl+Z brings it back). Without a mouse: F7 shows a caret, Shift+arrows select, Ctrl+H highlights.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding and keeping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+F searches questions, answers and your notes, Chinese included; F3 steps through the matches. The Annotations panel lists everything you marked. File ▸ Export writes Markdown, HTML, PDF, CSV or W3C annotations; your notes are saved as you make them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading Guide</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Highlighting</name>
    <message>
        <source>Delete Highlight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highlight as “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highlight &amp;Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select some text first: drag over it with the mouse, or press F7 and use Shift+arrows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highlighted as “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour changed to “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note on the question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highlight deleted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LibrarySearch</name>
    <message>
        <source>All interviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results in all interviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preface</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation><numerusform>%n match</numerusform><numerusform>%n matches</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n interview(s)</source>
        <translation><numerusform>in %n interview</numerusform><numerusform>in %n interviews</numerusform></translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highlights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter the interviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(missing) %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locate the Interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transcripts (*.md *.markdown);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not the same interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That file holds another interview (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview Reader</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>About %n minute(s) of reading</source>
        <translation><numerusform>About %n minute of reading</numerusform><numerusform>About %n minutes of reading</numerusform></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preface</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1% read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link not opened: %1 (only web and e-mail links open)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Interview Reader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read interviews by question and by speaker.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Code × speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code × interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change &amp;Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write your note…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Enter saves the note.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <source>Recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position in the recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locate…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sepia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading font</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Font size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line spacing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The interface language changes the next time the app starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuestionTreeModel</name>
    <message>
        <source>Preface</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation><numerusform>%n question</numerusform><numerusform>%n questions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) of reading</source>
        <translation><numerusform>about %n minute of reading</numerusform><numerusform>about %n minutes of reading</numerusform></translation>
    </message>
    <message>
        <source>(a question without words)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered by: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation><numerusform>%n annotation</numerusform><numerusform>%n annotations</numerusform></translation>
    </message>
</context>
<context>
    <name>ReadingTools</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show in Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the caret in a paragraph first (F7).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caret: arrows move, Shift+arrows select</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caret browsing off.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>−5 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+5 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recordings (%1);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach Recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recordings cannot be played here: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording not played: %1 — only files on this computer are played</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording not found: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording cannot be played: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording cannot be played: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RetrievalView</name>
    <message>
        <source>Coded Passages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any of the codes (or)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All of the codes (and)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Markdown…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV (spreadsheets)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTML page…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matrix</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation><numerusform>%n passage</numerusform><numerusform>%n passages</numerusform></translation>
    </message>
    <message>
        <source>The list was not written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the Passages</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>My notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preface</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search questions, answers and notes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counting matches…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation><numerusform>%n match</numerusform><numerusform>%n matches</numerusform></translation>
    </message>
    <message>
        <source>%n more in hidden speakers</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SelectionToolbar</name>
    <message>
        <source>Selection actions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SpeakerFilter</name>
    <message>
        <source>Speakers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speaker filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>guest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 characters of text, %n turn(s)</source>
        <translation><numerusform>%1 characters of text, %n turn</numerusform><numerusform>%1 characters of text, %n turns</numerusform></translation>
    </message>
</context>
<context>
    <name>Study</name>
    <message>
        <source>The codebook was not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codebook imported: %1 added, %2 updated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export was not written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Project (REFI-QDA)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Codebook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Codebook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>REFI-QDA codebooks and projects (*.qdc *.qdpx);;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <source>Your annotations file was damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore the Newest Backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your annotations cannot be saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the transcript</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1

The bundled interview is shown instead.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>