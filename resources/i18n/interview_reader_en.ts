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
        <source>Follow a &amp;Speaker Across Interviews…</source>
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
    <name>AllAnnotations</name>
    <message>
        <source>Show annotations of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All interviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coded passages of all interviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All speakers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preface</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation><numerusform>%n passage</numerusform><numerusform>%n passages</numerusform></translation>
    </message>
    <message>
        <source>the first %n listed; choose a filter to see the rest</source>
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
    <name>DomainMessages</name>
    <message>
        <source>Choose another backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup {name} cannot be restored: it is damaged ({damage}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup {name} cannot be restored: it was made by a newer version of Interview Reader.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup {name} cannot be restored: it could not be opened ({error}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update Interview Reader, or choose another backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>coding needs a passage and at least one code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a colour's code sits below this code; move it first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a colour's code cannot be deleted; rename it instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a colour's code cannot be merged away; merge another code into it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a code cannot be merged into itself or one of its sub-codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a code cannot be moved under itself or one of its sub-codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a code needs a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the labels ('主持人:你怎么看?' then '嘉宾:我认为……') and convert again, or write the transcript in the reader's Markdown format (see the bundled transcript).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the speaker or give the paragraph to one of the speakers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a voice tag or a 'Name:' label to each speaker's first cue ('&lt;v 主持人&gt;你怎么看?&lt;/v&gt;'), or save the transcript as plain text with a 'Name:' label at the start of each turn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file cannot be read as UTF-8, UTF-16 or GB18030 text: it holds binary data (NUL bytes or control characters), not text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the line it names in a text editor, or save the transcript as plain text with a 'Name:' label at the start of each turn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a plain-text transcript (.txt, .md or .vtt) rather than a document, image or archive; export a Word or PDF file as plain text first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the file that holds the interview text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give each speaker a different name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End the interviewer's questions with '?' or '？' and convert again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a {field}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The speaker name '{name}' starts with '#': its turns would read as headings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the interviewer as host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The transcript has no {field}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name every speaker or remove the empty one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speakers were found ({speakers}), but none of them asks questions, so the interviewer cannot be told apart from the guests.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No speaker is the host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Found {lines} lines and these speaker labels: {seen}. An interview needs at least two speakers, each turn starting a line with the speaker's name (up to 12 characters) and a colon.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file names no speakers (no voice tags such as '&lt;v 主持人&gt;', no speaker fields and no '主持人:' labels), so the interviewer cannot be found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty (it holds only a byte order mark).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the '#' from the name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the transcript as UTF-8 text in your editor and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A speaker has no name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The speaker '{name}' is listed twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split the interview into several files and convert each.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file looks like a timed transcript but cannot be read: {detail}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The converted transcript would be {size}; the reader opens transcripts up to {limit}, so it was not written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file cannot be read as UTF-8, UTF-16 or GB18030 text (byte 0x{byte} cannot be read).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A paragraph has the unknown kind '{kind}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' has the unknown role '{role}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A paragraph is spoken by '{speaker}', who is not among the speakers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use one of: {kinds}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use host or guest.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file cannot be read ({reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file cannot be written ({reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check its permissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a file saved on disk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk is full; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an existing folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Free some space and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a socket or a device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a special file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a file name inside it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is {kind}, not a regular file; a {what} must be a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose another place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split it into several smaller files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is larger than {limit}; a {what} can be up to {limit}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>codebook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text to convert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>transcript</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>W3C annotation file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is {kind}; only a regular file can be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>anchors and aliases ({anchor}, {alias}) are not allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix the value's nesting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix the YAML syntax.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The front matter is not valid YAML ({problem}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep only id, title, source, language and speakers between the '---' lines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the key '{key}' is given twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it nests too deeply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The front matter is not accepted ({problem}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the tag '{tag}' is not allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The front matter is {size} MB; it can be up to {limit} MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write each value out in full as plain text; quote it ("…") if needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its group {group} is already used on the transcript '{found}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its id is already used on the transcript '{found}', which an import into '{transcript}' leaves alone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it was made on the transcript '{transcript}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the question already holds a note edited later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the saved copy is as new as this one, or newer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the range starts ({start}) after it ends ({end})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the {part} holds a % that is not followed by two hex digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the range {range} is not start-end in whole numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the {part} is blank or holds control characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It may have been edited since the link was made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the {part} is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A link looks like {passage} or {highlight}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the {part} holds {char}, which must be percent-encoded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the paragraph is missing (#&lt;paragraph-id&gt; after the transcript id)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it does not start with {prefix}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{scheme}: must be followed by //</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The transcript {transcript} has no paragraph {paragraph}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the {part}'s percent-encoding is not UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the highlight id {ident} is not a UUID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open that transcript first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The link is to the transcript {linked}, but {open} is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The paragraph {paragraph} has {length} characters; the link asks for {start}-{end}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>highlight id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paragraph id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>transcript id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{url} is not a link the reader can open: {problem}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The transcript may have been edited since the link was made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown form {form} (only {open}/… and {highlight}/… exist)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a line '{key}: …'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add 'speakers:' with a '- name: …' and 'role: host' or 'role: guest' for each person.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The colour '{colour}' of '{name}' is not '#rrggbb'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file holds binary data, not text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a '---' line after the YAML fields.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The front matter is never closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The front matter's '{key}' is not one line of text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the interviewer with 'role: host'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The front matter has no '{key}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give every speaker a 'name:'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has no front matter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No speaker has the role host, so no questions can be found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The transcript has no questions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The front matter declares no speakers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The front matter must be a set of 'key: value' fields.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not UTF-8 text (byte 0x{byte} cannot be read).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a transcript .md file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove one of the entries or give each speaker a different name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save it as UTF-8 in your editor and open it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See the bundled transcript.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The speaker '{name}' is declared twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start it with a '---' line, the YAML fields id, title, source, language and speakers, and another '---' line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A question starts with a paragraph such as '{hosts}: …' (the host's name and a colon).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The speaker '{name}' has the unknown role '{role}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use 'role: host' or 'role: guest'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write it as six hex digits in quotes, e.g. color: '#2f6fd6', or leave it out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write it as '{key}: …'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}: the archive cannot be read ({error}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}: a code has no valid guid ({guid}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a REFI-QDA codebook (.qdc) or project (.qdpx).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}: the file declares a document type, which a codebook never needs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}: the guid {guid} is used by two codes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}: it holds no REFI-QDA codebook (its root is &lt;{tag}&gt;).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}: the archive holds no project.qde.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}: it is not well-formed XML ({error}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}: its project file is over {limit} MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The annotations file was damaged ({problem}), so Interview Reader started a new one. The damaged file is kept as {path}. You can restore the newest backup, {backup}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The annotations file was damaged ({problem}), so Interview Reader started a new one. The damaged file is kept as {path}. There is no backup to restore.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your change to the code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your coding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your colour label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleting the code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your deletion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your highlight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your change to the highlight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The imported annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The imported codebook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The imported highlights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The imported notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merging the codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moving the code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your new code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The restored backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tidying up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another Interview Reader window or program kept {path} busy for more than {seconds} seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that the data folder exists and that you can write to it, then restart Interview Reader.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the annotations file {path} is damaged ({detail})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the disk holding the data folder {folder} is full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the annotations file {path} is read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the data folder {folder} cannot be created, because {where} is read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the data folder {folder} is read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Free some disk space, then try again. {unchanged}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make the file writable, then restart Interview Reader. {unchanged}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make the folder writable, or start Interview Reader with --data-dir set to a folder you can write to. {unchanged}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} was made by a newer version of Interview Reader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{action} could not be saved: {clause}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highlights and notes cannot be saved: {clause}. {fix}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restart Interview Reader: it sets the damaged file aside, keeps it, and offers your newest backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLite reported “{detail}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again; if it keeps failing, restart Interview Reader. {unchanged}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again in a moment. {unchanged}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the annotations file {path} could not be opened ({detail})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything saved before is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The annotations in {path} cannot be read, so none are shown. {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update Interview Reader to keep adding highlights and notes. This version leaves the file exactly as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>segment {number} has a time that is no number of seconds: {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the JSON has no list of 'segments'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>segment {number} has no text ('body' or 'text')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is not valid JSON ({error})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>segment {number} is not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annotation {number} ({ident}) has a TextPositionSelector whose start and end ({start}, {end}) are not offsets in a paragraph.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annotation {number} ({ident}): its “{key}” time {value} is not an RFC 3339 date and time (like 2026-02-03T04:05:06.000Z).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file holds binary data, not annotation text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that the file holds the annotations of this interview.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; the file ends too early, it may have been cut short</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annotation {number} ({ident}) selects no passage and holds no note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the annotations again from 访谈阅读器 (W3C Web Annotation format) and import that file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The collection's annotations are not in this file: its first page is only a link.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a huge number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file's JSON holds a number too long to be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{none_belong}: they were made on '{others}', not on '{transcript}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reader needs the quoted text to find the passage. {export_again}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annotation {number} of the file has no id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annotation {number} ({ident}) quotes no text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annotation {number} of the file has no target this reader understands (one passage or question of the transcript).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None of the {total} annotations in the file belong to this transcript</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item {number} of the file is not a W3C Annotation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file holds JSON, but not W3C Web Annotations (no Annotation, AnnotationPage or AnnotationCollection).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not valid JSON ({error}, line {line}, column {column}){ending}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annotation {number} ({ident}): its “{key}” is {value}, not text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not UTF-8 text (byte 0x{byte} at offset {offset}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{none_belong}: none of their passages or questions is in 「{title}」.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file's only annotation does not belong to this transcript</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open that transcript, then import the file again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annotation {number} ({ident}) has a TextPositionSelector but no TextQuoteSelector.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the annotation page itself, or export the annotations from 访谈阅读器.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annotation {number} of the file holds text that is not valid Unicode (a lone surrogate, \u{code}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file's JSON is nested too deeply to be annotations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file holds annotation {ident} twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
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
    <name>Following</name>
    <message>
        <source>Follow a Speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speaker (the same name in every interview):</source>
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
    <message>
        <source>Follow %1 Across Interviews…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 characters of text, %n turn(s)</source>
        <translation><numerusform>%1 characters of text, %n turn</numerusform><numerusform>%1 characters of text, %n turns</numerusform></translation>
    </message>
</context>
<context>
    <name>SpeakerTrailView</name>
    <message>
        <source>Preface</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coded passages</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 (%n interview(s))</source>
        <translation><numerusform>%1 (%n interview)</numerusform><numerusform>%1 (%n interviews)</numerusform></translation>
    </message>
    <message>
        <source>Follow %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n turn(s)</source>
        <translation><numerusform>%n turn</numerusform><numerusform>%n turns</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n interview(s)</source>
        <translation><numerusform>in %n interview</numerusform><numerusform>in %n interviews</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n coded passage(s)</source>
        <translation><numerusform>%n coded passage</numerusform><numerusform>%n coded passages</numerusform></translation>
    </message>
</context>
<context>
    <name>Study</name>
    <message>
        <source>The file of “%1” is missing: %2. Its notes are kept; Locate… it in the Library.</source>
        <translation type="unfinished" />
    </message>
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