<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>跳转</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>高亮与笔记</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>&amp;Open Transcript…</source>
        <translation>打开访谈记录(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Sample Interview</source>
        <translation>打开示例访谈(&amp;S)</translation>
    </message>
    <message>
        <source>Import &amp;Plain Text or Subtitles…</source>
        <translation>导入纯文本或字幕(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import Annotations (W3C)…</source>
        <translation>导入标注（W3C）(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Copy with C&amp;itation</source>
        <translation>复制时附带出处(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>搜索(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>下一处匹配(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>上一处匹配(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <source>N&amp;ote…</source>
        <translation>笔记(&amp;O)…</translation>
    </message>
    <message>
        <source>Note on the &amp;Question…</source>
        <translation>问题笔记(&amp;Q)…</translation>
    </message>
    <message>
        <source>Co&amp;py Highlight</source>
        <translation>复制高亮(&amp;P)</translation>
    </message>
    <message>
        <source>Copy as &amp;Quote</source>
        <translation>复制为引文(&amp;Q)</translation>
    </message>
    <message>
        <source>Copy the selection with its speaker and source</source>
        <translation>复制所选文字,并附上说话人和出处</translation>
    </message>
    <message>
        <source>Highlight the &amp;Paragraph</source>
        <translation>划线整段(&amp;P)</translation>
    </message>
    <message>
        <source>Caret &amp;Browsing</source>
        <translation>光标浏览(&amp;B)</translation>
    </message>
    <message>
        <source>A caret the arrow keys move; Shift+arrows select</source>
        <translation>用方向键移动光标,Shift+方向键选择文字</translation>
    </message>
    <message>
        <source>Copy &amp;Link to Passage</source>
        <translation>复制段落链接(&amp;L)</translation>
    </message>
    <message>
        <source>A link that opens this passage in the reader</source>
        <translation>一个在阅读器中打开这段文字的链接</translation>
    </message>
    <message>
        <source>Share as &amp;Card…</source>
        <translation>分享为卡片(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Delete Highlight</source>
        <translation>删除高亮(&amp;D)</translation>
    </message>
    <message>
        <source>Highlight Colour &amp;Names…</source>
        <translation>高亮颜色名称(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Continuous Reading</source>
        <translation>连续阅读(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reset Text Size</source>
        <translation>重置文字大小(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Previous Question</source>
        <translation>上一个问题(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Question</source>
        <translation>下一个问题(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>S&amp;peakers</source>
        <translation>说话人(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>问题列表(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation>标注(&amp;A)</translation>
    </message>
    <message>
        <source>Search &amp;Results</source>
        <translation>搜索结果(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;odes</source>
        <translation>编码(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Code…</source>
        <translation>编码(&amp;C)…</translation>
    </message>
    <message>
        <source>Put a code on the selection or the highlight</source>
        <translation>给所选文字或高亮加上编码</translation>
    </message>
    <message>
        <source>Code This &amp;Paragraph…</source>
        <translation>为本段编码(&amp;P)…</translation>
    </message>
    <message>
        <source>Code This &amp;Turn…</source>
        <translation>为本轮发言编码(&amp;T)…</translation>
    </message>
    <message>
        <source>Coded &amp;Passages…</source>
        <translation>已编码的段落(&amp;P)…</translation>
    </message>
    <message>
        <source>Code &amp;Matrix…</source>
        <translation>编码矩阵(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Library…</source>
        <translation>资料库(&amp;L)…</translation>
    </message>
    <message>
        <source>Export Project (REFI-QDA)…</source>
        <translation>导出项目（REFI-QDA）…</translation>
    </message>
    <message>
        <source>Export Code&amp;book…</source>
        <translation>导出编码本(&amp;B)…</translation>
    </message>
    <message>
        <source>Import Codeboo&amp;k…</source>
        <translation>导入编码本(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Reading &amp;Guide</source>
        <translation>阅读指南(&amp;G)</translation>
    </message>
    <message>
        <source>Attach &amp;Recording…</source>
        <translation>关联录音(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose the audio or video file of this interview</source>
        <translation>选择这次访谈的音频或视频文件</translation>
    </message>
    <message>
        <source>&amp;Play/Pause</source>
        <translation>播放/暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Back 5 Seconds</source>
        <translation>后退 5 秒(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward 5 Seconds</source>
        <translation>前进 5 秒(&amp;F)</translation>
    </message>
    <message>
        <source>Play from &amp;Here</source>
        <translation>从这里播放(&amp;H)</translation>
    </message>
    <message>
        <source>F&amp;ollow the Recording</source>
        <translation>跟随录音(&amp;O)</translation>
    </message>
    <message>
        <source>Move to the paragraph being played</source>
        <translation>转到正在播放的段落</translation>
    </message>
    <message>
        <source>&amp;About Interview Reader</source>
        <translation>关于访谈阅读器(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Codes</source>
        <translation>编码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>Re&amp;cording</source>
        <translation>录音(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>未能定位 / Could not place</source>
        <translation>未能定位 / Could not place</translation>
    </message>
    <message>
        <source>Preface</source>
        <translation>前言</translation>
    </message>
    <message>
        <source>Note on the question</source>
        <translation>问题笔记</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Filter by colour</source>
        <translation>按颜色筛选</translation>
    </message>
    <message>
        <source>Filter by speaker</source>
        <translation>按发言人筛选</translation>
    </message>
    <message>
        <source>Filter by words</source>
        <translation>按文字筛选</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <source>Nothing highlighted yet. Select text in the answers and press Ctrl+H, or choose a colour in the small toolbar that appears beside the selection.</source>
        <translation>还没有划线。在回答中选中文字后按 Ctrl+H,或在选区旁出现的小工具栏里选一种颜色。</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>高亮与笔记</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>全部发言人</translation>
    </message>
</context>
<context>
    <name>AnswerPane</name>
    <message>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Nothing to show: every speaker here is hidden by the speaker filter.</source>
        <translation>没有可显示的内容：此处的所有发言人都已被发言人筛选隐藏。</translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <source>Code the Passage</source>
        <translation>为段落编码</translation>
    </message>
    <message>
        <source>Type to filter or to name a new code</source>
        <translation>输入以筛选，或输入新编码的名称</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Create code “%1”</source>
        <translation>新建编码“%1”</translation>
    </message>
</context>
<context>
    <name>CodesPanel</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Delete Code</source>
        <translation>删除编码</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>移动到…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>备忘</translation>
    </message>
    <message>
        <source>Memo: what this code means</source>
        <translation>备忘：这个编码的含义</translation>
    </message>
    <message>
        <source>Save Memo</source>
        <translation>保存备忘</translation>
    </message>
    <message>
        <source>That code is gone.</source>
        <translation>该编码已不存在。</translation>
    </message>
    <message>
        <source>The codebook was not changed</source>
        <translation>编码本未更改</translation>
    </message>
    <message>
        <source>Code deleted (%n coded passage(s)).</source>
        <translation>编码已删除（涉及 %n 个已编码段落）。</translation>
    </message>
    <message>
        <source>New Code</source>
        <translation>新建编码</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rename Code</source>
        <translation>重命名编码</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>Move Code</source>
        <translation>移动编码</translation>
    </message>
    <message>
        <source>Merge Code Into</source>
        <translation>将编码合并到</translation>
    </message>
    <message>
        <source>Delete this code, %n sub-code(s) and its codings on %1 passage(s)? Undo brings them back.</source>
        <translation>删除这个编码、%n 个子编码，以及它在 %1 个段落上的编码？撤销可以恢复。</translation>
    </message>
</context>
<context>
    <name>Coding</name>
    <message>
        <source>Select a passage or click a highlight first.</source>
        <translation>请先选择一段文字，或点击一处高亮。</translation>
    </message>
    <message>
        <source>Put the caret in a paragraph first (F7).</source>
        <translation>请先把光标放在某一段中（F7）。</translation>
    </message>
    <message>
        <source>Coded as “%1”.</source>
        <translation>已编码为“%1”。</translation>
    </message>
</context>
<context>
    <name>ColorLabelsDialog</name>
    <message>
        <source>Highlight Colours</source>
        <translation>高亮颜色</translation>
    </message>
    <message>
        <source>Meaning of %1</source>
        <translation>%1 的含义</translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <source>Preface</source>
        <translation>前言</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>小标题</translation>
    </message>
    <message>
        <source>New turn</source>
        <translation>新的发言</translation>
    </message>
    <message>
        <source>Continues the turn</source>
        <translation>接着上一段发言</translation>
    </message>
    <message>
        <source>Import a Transcript</source>
        <translation>导入访谈记录</translation>
    </message>
    <message>
        <source>%1, read as %2.</source>
        <translation>%1，按 %2 读取。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Speakers found</source>
        <translation>找到的发言人</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>嘉宾</translation>
    </message>
    <message>
        <source>Paragraphs found</source>
        <translation>找到的段落</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Read Now</source>
        <translation>立即阅读</translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation>另存为 Markdown…</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>Cannot open the link</source>
        <translation>无法打开链接</translation>
    </message>
    <message>
        <source>There is no highlight %1 in your notes.</source>
        <translation>你的笔记中没有划线 %1。</translation>
    </message>
    <message>
        <source>It may be deleted, or made in another data folder.</source>
        <translation>它可能已被删除,或是在另一个数据文件夹中创建的。</translation>
    </message>
    <message>
        <source>The interview %1 is not in your library.</source>
        <translation>访谈 %1 不在你的访谈库中。</translation>
    </message>
    <message>
        <source>Open its file once (File ▸ Open), then the link.</source>
        <translation>请先打开一次它的文件(文件 ▸ 打开),再打开链接。</translation>
    </message>
    <message>
        <source>The interview %1 could not be opened.</source>
        <translation>无法打开访谈 %1。</translation>
    </message>
    <message>
        <source>Select a passage, then copy its link.</source>
        <translation>请先选中一段文字,再复制它的链接。</translation>
    </message>
    <message>
        <source>Link copied: %1</source>
        <translation>已复制链接:%1</translation>
    </message>
    <message>
        <source>Click a highlight, then share it.</source>
        <translation>请先点击一处划线,再分享它。</translation>
    </message>
    <message>
        <source>Quote Card</source>
        <translation>金句卡片</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save the Card</source>
        <translation>保存卡片</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Markdown (highlights and notes)</source>
        <translation>Markdown(划线与笔记)</translation>
    </message>
    <message>
        <source>Markdown (whole transcript)</source>
        <translation>Markdown(完整访谈)</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML 网页</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>CSV 表格</translation>
    </message>
    <message>
        <source>W3C Web Annotations</source>
        <translation>W3C 网页标注</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Cannot open the transcript</source>
        <translation>无法打开访谈记录</translation>
    </message>
    <message>
        <source>Sample Interview</source>
        <translation>示例访谈</translation>
    </message>
    <message>
        <source>Open a Transcript</source>
        <translation>打开访谈记录</translation>
    </message>
    <message>
        <source>Transcripts (*.md *.markdown *.txt *.vtt *.srt);;All files (*)</source>
        <translation>访谈记录 (*.md *.markdown *.txt *.vtt *.srt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>The export was not written</source>
        <translation>导出未能写入</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>请选择一个可以写入的文件夹。</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 skipped, %4 could not be placed.</source>
        <translation>已导入：新增 %1 条，更新 %2 条，跳过 %3 条，%4 条未能定位。</translation>
    </message>
    <message>
        <source>%1 annotations were skipped:</source>
        <translation>跳过了 %1 条标注：</translation>
    </message>
    <message>
        <source>Some annotations were not imported</source>
        <translation>部分标注未导入</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>导入标注</translation>
    </message>
    <message>
        <source>W3C annotations (*.jsonld *.json);;All files (*)</source>
        <translation>W3C 标注 (*.jsonld *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Plain Text or Subtitles</source>
        <translation>导入纯文本或字幕</translation>
    </message>
    <message>
        <source>Interviews (*.txt *.vtt *.srt *.text *.json *.html);;All files (*)</source>
        <translation>访谈 (*.txt *.vtt *.srt *.text *.json *.html);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1, converted (not saved as a file).</source>
        <translation>正在阅读 %1(已转换,未另存为文件)。</translation>
    </message>
    <message>
        <source>Save the Transcript</source>
        <translation>保存访谈记录</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Reading</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>Choose a question in the tree: the pane shows the answers speaker by speaker. Alt+↓ and Alt+↑ go to the next and previous question; Space at the end of a question goes on. Ctrl+Shift+C reads the whole interview in one scroll. Untick a speaker to hide them everywhere.</source>
        <translation>在问题列表中选一个问题:右侧按说话人逐段显示回答。Alt+↓ 和 Alt+↑ 跳到下一个和上一个问题;读到问题末尾时按空格继续。Ctrl+Shift+C 把整场访谈连成一页滚动阅读。取消勾选某位说话人,就会在各处隐藏他的发言。</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>划线与笔记</translation>
    </message>
    <message>
        <source>Select text with the mouse: a small toolbar offers the five colours, a note, a quote with its source and a link back to the passage. Click a highlight to recolour it, note it, share it as a card or delete it (Ctrl+Z brings it back). Without a mouse: F7 shows a caret, Shift+arrows select, Ctrl+H highlights.</source>
        <translation>用鼠标选中文字:旁边的小工具栏提供五种颜色、笔记、带出处的引文和回到原文的链接。点击一处划线,可以改颜色、写笔记、分享为卡片或删除(Ctrl+Z 可恢复)。不用鼠标时:按 F7 显示光标,Shift+方向键选择,Ctrl+H 划线。</translation>
    </message>
    <message>
        <source>Finding and keeping</source>
        <translation>查找与保存</translation>
    </message>
    <message>
        <source>Ctrl+F searches questions, answers and your notes, Chinese included; F3 steps through the matches. The Annotations panel lists everything you marked. File ▸ Export writes Markdown, HTML, PDF, CSV or W3C annotations; your notes are saved as you make them.</source>
        <translation>Ctrl+F 搜索问题、回答和你的笔记,中文也能搜;F3 逐个查看结果。标注面板列出你标记的一切。文件 ▸ 导出可写成 Markdown、HTML、PDF、CSV 或 W3C 标注;你的笔记随写随存。</translation>
    </message>
    <message>
        <source>Reading Guide</source>
        <translation>阅读指南</translation>
    </message>
</context>
<context>
    <name>Highlighting</name>
    <message>
        <source>Delete Highlight</source>
        <translation>删除高亮</translation>
    </message>
    <message>
        <source>Highlight as “%1”</source>
        <translation>高亮为“%1”</translation>
    </message>
    <message>
        <source>Highlight &amp;Colour</source>
        <translation>高亮颜色(&amp;C)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未能保存</translation>
    </message>
    <message>
        <source>Select some text first: drag over it with the mouse, or press F7 and use Shift+arrows.</source>
        <translation>请先选中文字:用鼠标拖选,或按 F7 后用 Shift+方向键选择。</translation>
    </message>
    <message>
        <source>Highlighted as “%1”.</source>
        <translation>已划线为“%1”。</translation>
    </message>
    <message>
        <source>Colour changed to “%1”.</source>
        <translation>颜色已改为“%1”。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Note on the question</source>
        <translation>问题笔记</translation>
    </message>
    <message>
        <source>Highlight deleted.</source>
        <translation>划线已删除。</translation>
    </message>
</context>
<context>
    <name>LibrarySearch</name>
    <message>
        <source>All interviews</source>
        <translation>所有访谈</translation>
    </message>
    <message>
        <source>Results in all interviews</source>
        <translation>所有访谈中的结果</translation>
    </message>
    <message>
        <source>Preface</source>
        <translation>前言</translation>
    </message>
    <message>
        <source>%n match(es)</source>
        <translation>%n 处匹配</translation>
    </message>
    <message>
        <source>in %n interview(s)</source>
        <translation>分布在 %n 篇访谈中</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>说话人</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>上次阅读</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Question notes</source>
        <translation>问题笔记</translation>
    </message>
    <message>
        <source>Filter the interviews</source>
        <translation>筛选访谈</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>查找文件…</translation>
    </message>
    <message>
        <source>(missing) %1</source>
        <translation>（文件缺失）%1</translation>
    </message>
    <message>
        <source>Locate the Interview</source>
        <translation>查找访谈文件</translation>
    </message>
    <message>
        <source>Transcripts (*.md *.markdown);;All files (*)</source>
        <translation>访谈记录 (*.md *.markdown);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not the same interview</source>
        <translation>不是同一篇访谈</translation>
    </message>
    <message>
        <source>That file holds another interview (%1).</source>
        <translation>该文件是另一篇访谈（%1）。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>About %n minute(s) of reading</source>
        <translation>约需阅读 %n 分钟</translation>
    </message>
    <message>
        <source>Interview Reader</source>
        <translation>访谈阅读器</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>第 %1 / %2 问</translation>
    </message>
    <message>
        <source>Preface</source>
        <translation>前言</translation>
    </message>
    <message>
        <source>%1% read</source>
        <translation>已读 %1%</translation>
    </message>
    <message>
        <source>Link not opened: %1 (only web and e-mail links open)</source>
        <translation>未打开链接:%1(只打开网页和电子邮件链接)</translation>
    </message>
    <message>
        <source>About Interview Reader</source>
        <translation>关于访谈阅读器</translation>
    </message>
    <message>
        <source>Read interviews by question and by speaker.</source>
        <translation>按问题、按发言人阅读访谈。</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Code × speaker</source>
        <translation>编码 × 说话人</translation>
    </message>
    <message>
        <source>Code × interview</source>
        <translation>编码 × 访谈</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字数</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Change &amp;Colour</source>
        <translation>更改颜色(&amp;C)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Write your note…</source>
        <translation>写下你的笔记…</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves the note.</source>
        <translation>按 Ctrl+Enter 保存笔记。</translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <source>Recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>录音中的位置</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>查找文件…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>护眼</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>阅读字体</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1（未安装）</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>字号</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>行距</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The interface language changes the next time the app starts.</source>
        <translation>界面语言将在下次启动本应用时生效。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>字体(&amp;F)：</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>字号(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation>行距(&amp;L)：</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>语言(&amp;N)：</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
</context>
<context>
    <name>QuestionTreeModel</name>
    <message>
        <source>Preface</source>
        <translation>前言</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>%n question(s)</source>
        <translation>%n 个问题</translation>
    </message>
    <message>
        <source>about %n minute(s) of reading</source>
        <translation>约需阅读 %n 分钟</translation>
    </message>
    <message>
        <source>(a question without words)</source>
        <translation>（无文字的问题）</translation>
    </message>
    <message>
        <source>Answered by: %1</source>
        <translation>回答者：%1</translation>
    </message>
    <message>
        <source>%n annotation(s)</source>
        <translation>%n 条标注</translation>
    </message>
</context>
<context>
    <name>ReadingTools</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Put the caret in a paragraph first (F7).</source>
        <translation>请先把光标放进一个段落(F7)。</translation>
    </message>
    <message>
        <source>Caret: arrows move, Shift+arrows select</source>
        <translation>光标浏览:方向键移动,Shift+方向键选择</translation>
    </message>
    <message>
        <source>Caret browsing off.</source>
        <translation>光标浏览已关闭。</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>−5 s</source>
        <translation>−5 秒</translation>
    </message>
    <message>
        <source>+5 s</source>
        <translation>+5 秒</translation>
    </message>
    <message>
        <source>Recordings (%1);;All files (*)</source>
        <translation>录音 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Attach Recording</source>
        <translation>关联录音</translation>
    </message>
    <message>
        <source>Recordings cannot be played here: %1</source>
        <translation>这里无法播放录音：%1</translation>
    </message>
    <message>
        <source>Recording not played: %1 — only files on this computer are played</source>
        <translation>未播放录音：%1 —— 只播放本机上的文件</translation>
    </message>
    <message>
        <source>Recording not found: %1</source>
        <translation>找不到录音：%1</translation>
    </message>
    <message>
        <source>Recording cannot be played: %1</source>
        <translation>无法播放录音：%1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Recording cannot be played: %1 (%2)</source>
        <translation>无法播放录音：%1（%2）</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
</context>
<context>
    <name>RetrievalView</name>
    <message>
        <source>Coded Passages</source>
        <translation>已编码的段落</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Any of the codes (or)</source>
        <translation>含任一编码（或）</translation>
    </message>
    <message>
        <source>All of the codes (and)</source>
        <translation>含全部编码（且）</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)…</source>
        <translation>CSV（电子表格）…</translation>
    </message>
    <message>
        <source>HTML page…</source>
        <translation>HTML 网页…</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>矩阵</translation>
    </message>
    <message>
        <source>%n passage(s)</source>
        <translation>%n 个段落</translation>
    </message>
    <message>
        <source>The list was not written</source>
        <translation>列表未写入</translation>
    </message>
    <message>
        <source>Export the Passages</source>
        <translation>导出段落</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>My notes</source>
        <translation>我的笔记</translation>
    </message>
    <message>
        <source>Preface</source>
        <translation>前言</translation>
    </message>
    <message>
        <source>note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search questions, answers and notes…</source>
        <translation>搜索问题、回答和笔记…</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>搜索范围</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Counting matches…</source>
        <translation>正在计数匹配项…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 / %2 处</translation>
    </message>
    <message>
        <source>%n match(es)</source>
        <translation>%n 处匹配</translation>
    </message>
    <message>
        <source>%n more in hidden speakers</source>
        <translation>另有 %n 处在已隐藏的说话人中</translation>
    </message>
</context>
<context>
    <name>SelectionToolbar</name>
    <message>
        <source>Selection actions</source>
        <translation>选区操作</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>SpeakerFilter</name>
    <message>
        <source>Speakers</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Speaker filter</source>
        <translation>发言人筛选</translation>
    </message>
    <message>
        <source>host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>嘉宾</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示 %1</translation>
    </message>
    <message>
        <source>%1 characters of text, %n turn(s)</source>
        <translation>%1 字，%n 次发言</translation>
    </message>
</context>
<context>
    <name>Study</name>
    <message>
        <source>The codebook was not imported</source>
        <translation>编码本未导入</translation>
    </message>
    <message>
        <source>Codebook imported: %1 added, %2 updated.</source>
        <translation>编码本已导入：新增 %1 个，更新 %2 个。</translation>
    </message>
    <message>
        <source>The export was not written</source>
        <translation>导出未写入</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Export Project (REFI-QDA)</source>
        <translation>导出项目（REFI-QDA）</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA 项目 (*.qdpx)</translation>
    </message>
    <message>
        <source>Export Codebook</source>
        <translation>导出编码本</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>REFI-QDA 编码本 (*.qdc)</translation>
    </message>
    <message>
        <source>Import Codebook</source>
        <translation>导入编码本</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks and projects (*.qdc *.qdpx);;All files (*)</source>
        <translation>REFI-QDA 编码本和项目 (*.qdc *.qdpx);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <source>Your annotations file was damaged</source>
        <translation>标注文件已损坏</translation>
    </message>
    <message>
        <source>Restore the Newest Backup</source>
        <translation>恢复最新的备份</translation>
    </message>
    <message>
        <source>Your annotations cannot be saved</source>
        <translation>无法保存你的标注</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>未能恢复备份</translation>
    </message>
    <message>
        <source>Cannot open the transcript</source>
        <translation>无法打开访谈记录</translation>
    </message>
    <message>
        <source>%1

The bundled interview is shown instead.</source>
        <translation>%1

已改为显示应用自带的访谈。</translation>
    </message>
</context>
</TS>
