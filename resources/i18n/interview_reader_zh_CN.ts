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
        <source>Follow a &amp;Speaker Across Interviews…</source>
        <translation>跨访谈追踪说话人(&amp;S)…</translation>
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
    <name>AllAnnotations</name>
    <message>
        <source>Show annotations of</source>
        <translation>显示批注的范围</translation>
    </message>
    <message>
        <source>This interview</source>
        <translation>本篇访谈</translation>
    </message>
    <message>
        <source>All interviews</source>
        <translation>全部访谈</translation>
    </message>
    <message>
        <source>Filter by code</source>
        <translation>按编码筛选</translation>
    </message>
    <message>
        <source>Filter by speaker</source>
        <translation>按说话人筛选</translation>
    </message>
    <message>
        <source>Filter by interview</source>
        <translation>按访谈筛选</translation>
    </message>
    <message>
        <source>Coded passages of all interviews</source>
        <translation>全部访谈的已编码段落</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>全部编码</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>全部说话人</translation>
    </message>
    <message>
        <source>Preface</source>
        <translation>前言</translation>
    </message>
    <message>
        <source>%n passage(s)</source>
        <translation>%n 个段落</translation>
    </message>
    <message>
        <source>the first %n listed; choose a filter to see the rest</source>
        <translation>仅列出前 %n 个；选择筛选条件以查看其余</translation>
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
    <name>DomainMessages</name>
    <message>
        <source>Choose another backup.</source>
        <translation>请选择另一个备份。</translation>
    </message>
    <message>
        <source>The backup {name} cannot be restored: it is damaged ({damage}).</source>
        <translation>备份 {name} 无法恢复：它已损坏（{damage}）。</translation>
    </message>
    <message>
        <source>The backup {name} cannot be restored: it was made by a newer version of Interview Reader.</source>
        <translation>备份 {name} 无法恢复：它是由更新版本的访谈阅读器创建的。</translation>
    </message>
    <message>
        <source>The backup {name} cannot be restored: it could not be opened ({error}).</source>
        <translation>备份 {name} 无法恢复：无法打开它（{error}）。</translation>
    </message>
    <message>
        <source>Update Interview Reader, or choose another backup.</source>
        <translation>请更新访谈阅读器，或选择另一个备份。</translation>
    </message>
    <message>
        <source>coding needs a passage and at least one code</source>
        <translation>编码需要一段文字和至少一个编码</translation>
    </message>
    <message>
        <source>a colour&apos;s code sits below this code; move it first</source>
        <translation>这个编码下面有颜色对应的编码；请先把它移走</translation>
    </message>
    <message>
        <source>a colour&apos;s code cannot be deleted; rename it instead</source>
        <translation>颜色对应的编码不能删除；请改为重命名</translation>
    </message>
    <message>
        <source>a colour&apos;s code cannot be merged away; merge another code into it</source>
        <translation>颜色对应的编码不能被合并掉；请把别的编码合并进它</translation>
    </message>
    <message>
        <source>a code cannot be merged into itself or one of its sub-codes</source>
        <translation>不能把编码合并到它自己或它的子编码中</translation>
    </message>
    <message>
        <source>a code cannot be moved under itself or one of its sub-codes</source>
        <translation>不能把编码移到它自己或它的子编码下面</translation>
    </message>
    <message>
        <source>a code needs a name</source>
        <translation>编码需要一个名称</translation>
    </message>
    <message>
        <source>Add the labels (&apos;主持人:你怎么看?&apos; then &apos;嘉宾:我认为……&apos;) and convert again, or write the transcript in the reader&apos;s Markdown format (see the bundled transcript).</source>
        <translation>加上发言人标签（先写“主持人:你怎么看?”，再写“嘉宾:我认为……”）后重新转换，或者按本阅读器的 Markdown 格式编写访谈稿（参见自带的访谈稿）。</translation>
    </message>
    <message>
        <source>Add the speaker or give the paragraph to one of the speakers.</source>
        <translation>添加这位发言人，或把这一段交给已有的某位发言人。</translation>
    </message>
    <message>
        <source>Add a voice tag or a &apos;Name:&apos; label to each speaker&apos;s first cue (&apos;&lt;v 主持人&gt;你怎么看?&lt;/v&gt;&apos;), or save the transcript as plain text with a &apos;Name:&apos; label at the start of each turn.</source>
        <translation>在每位发言人的第一条字幕上加语音标签或“姓名:”标签（&apos;&lt;v 主持人&gt;你怎么看?&lt;/v&gt;&apos;），或者把访谈稿另存为纯文本，每段发言开头写上“姓名:”标签。</translation>
    </message>
    <message>
        <source>The file cannot be read as UTF-8, UTF-16 or GB18030 text: it holds binary data (NUL bytes or control characters), not text.</source>
        <translation>无法以 UTF-8、UTF-16 或 GB18030 文本读取此文件：它含有二进制数据（NUL 字节或控制字符），而不是文本。</translation>
    </message>
    <message>
        <source>Check the line it names in a text editor, or save the transcript as plain text with a &apos;Name:&apos; label at the start of each turn.</source>
        <translation>请在文本编辑器中检查所提到的那一行，或者把访谈稿另存为纯文本，每段发言开头写上“姓名:”标签。</translation>
    </message>
    <message>
        <source>Choose a plain-text transcript (.txt, .md or .vtt) rather than a document, image or archive; export a Word or PDF file as plain text first.</source>
        <translation>请选择纯文本访谈稿（.txt、.md 或 .vtt），而不是文档、图片或压缩包；Word 或 PDF 文件请先导出为纯文本。</translation>
    </message>
    <message>
        <source>Choose the file that holds the interview text.</source>
        <translation>请选择包含访谈文本的文件。</translation>
    </message>
    <message>
        <source>Give each speaker a different name.</source>
        <translation>请给每位发言人起不同的名字。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>End the interviewer&apos;s questions with &apos;?&apos; or &apos;？&apos; and convert again.</source>
        <translation>让采访者的提问以“?”或“？”结尾，然后重新转换。</translation>
    </message>
    <message>
        <source>Enter a {field}.</source>
        <translation>请填写{field}。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>标识（ID）</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>The speaker name &apos;{name}&apos; starts with &apos;#&apos;: its turns would read as headings.</source>
        <translation>发言人名字“{name}”以“#”开头：其发言会被读成标题。</translation>
    </message>
    <message>
        <source>Mark the interviewer as host.</source>
        <translation>请把采访者标为主持人。</translation>
    </message>
    <message>
        <source>The transcript has no {field}.</source>
        <translation>访谈稿没有{field}。</translation>
    </message>
    <message>
        <source>Name every speaker or remove the empty one.</source>
        <translation>请给每位发言人起名，或删除空白的那一位。</translation>
    </message>
    <message>
        <source>Speakers were found ({speakers}), but none of them asks questions, so the interviewer cannot be told apart from the guests.</source>
        <translation>找到了发言人（{speakers}），但没有人提问，因此无法区分采访者和嘉宾。</translation>
    </message>
    <message>
        <source>No speaker is the host.</source>
        <translation>没有发言人是主持人。</translation>
    </message>
    <message>
        <source>Found {lines} lines and these speaker labels: {seen}. An interview needs at least two speakers, each turn starting a line with the speaker&apos;s name (up to 12 characters) and a colon.</source>
        <translation>找到 {lines} 行，发言人标签为：{seen}。一篇访谈至少需要两位发言人，每段发言在行首写发言人的名字（最多 12 个字符）和冒号。</translation>
    </message>
    <message>
        <source>The file names no speakers (no voice tags such as &apos;&lt;v 主持人&gt;&apos;, no speaker fields and no &apos;主持人:&apos; labels), so the interviewer cannot be found.</source>
        <translation>文件中没有任何发言人（没有 &apos;&lt;v 主持人&gt;&apos; 这样的语音标签，没有发言人字段，也没有“主持人:”标签），因此找不到采访者。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The file is empty (it holds only a byte order mark).</source>
        <translation>文件是空的（只有一个字节顺序标记）。</translation>
    </message>
    <message>
        <source>Remove the &apos;#&apos; from the name.</source>
        <translation>请去掉名字里的“#”。</translation>
    </message>
    <message>
        <source>Save the transcript as UTF-8 text in your editor and try again.</source>
        <translation>请在编辑器中把访谈稿另存为 UTF-8 文本，然后重试。</translation>
    </message>
    <message>
        <source>A speaker has no name.</source>
        <translation>有一位发言人没有名字。</translation>
    </message>
    <message>
        <source>The speaker &apos;{name}&apos; is listed twice.</source>
        <translation>发言人“{name}”列出了两次。</translation>
    </message>
    <message>
        <source>Split the interview into several files and convert each.</source>
        <translation>请把访谈拆成几个文件，分别转换。</translation>
    </message>
    <message>
        <source>The file looks like a timed transcript but cannot be read: {detail}.</source>
        <translation>这个文件看起来是带时间码的访谈稿，但无法读取：{detail}。</translation>
    </message>
    <message>
        <source>The converted transcript would be {size}; the reader opens transcripts up to {limit}, so it was not written.</source>
        <translation>转换后的访谈稿将有 {size}；阅读器能打开的访谈稿最大为 {limit}，因此没有写入。</translation>
    </message>
    <message>
        <source>The file cannot be read as UTF-8, UTF-16 or GB18030 text (byte 0x{byte} cannot be read).</source>
        <translation>无法以 UTF-8、UTF-16 或 GB18030 文本读取此文件（字节 0x{byte} 无法读取）。</translation>
    </message>
    <message>
        <source>A paragraph has the unknown kind &apos;{kind}&apos;.</source>
        <translation>有一段的类型“{kind}”无法识别。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has the unknown role &apos;{role}&apos;.</source>
        <translation>“{name}”的角色“{role}”无法识别。</translation>
    </message>
    <message>
        <source>A paragraph is spoken by &apos;{speaker}&apos;, who is not among the speakers.</source>
        <translation>有一段由“{speaker}”发言，但此人不在发言人名单中。</translation>
    </message>
    <message>
        <source>Use one of: {kinds}.</source>
        <translation>请使用以下之一：{kinds}。</translation>
    </message>
    <message>
        <source>Use host or guest.</source>
        <translation>请使用主持人（host）或嘉宾（guest）。</translation>
    </message>
    <message>
        <source>The file cannot be read ({reason}).</source>
        <translation>无法读取文件（{reason}）。</translation>
    </message>
    <message>
        <source>The file cannot be written ({reason}).</source>
        <translation>无法写入文件（{reason}）。</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>请检查路径后重试。</translation>
    </message>
    <message>
        <source>Check its permissions.</source>
        <translation>请检查它的权限。</translation>
    </message>
    <message>
        <source>Choose a file saved on disk.</source>
        <translation>请选择保存在磁盘上的文件。</translation>
    </message>
    <message>
        <source>The disk is full; nothing was written.</source>
        <translation>磁盘已满；什么也没有写入。</translation>
    </message>
    <message>
        <source>Choose an existing folder.</source>
        <translation>请选择一个已有的文件夹。</translation>
    </message>
    <message>
        <source>Free some space and try again.</source>
        <translation>请腾出一些空间后重试。</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>一个设备</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>一个管道（FIFO）</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>一个文件夹</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>一个套接字</translation>
    </message>
    <message>
        <source>a socket or a device</source>
        <translation>一个套接字或设备</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>一个特殊文件</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>Choose a file name inside it.</source>
        <translation>请在其中选择一个文件名。</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>文件夹不存在。</translation>
    </message>
    <message>
        <source>This is {kind}, not a regular file; a {what} must be a file.</source>
        <translation>这是{kind}，不是普通文件；{what}必须是文件。</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>请换一个文件名。</translation>
    </message>
    <message>
        <source>Choose another place.</source>
        <translation>请换一个位置。</translation>
    </message>
    <message>
        <source>Split it into several smaller files.</source>
        <translation>请把它拆成几个较小的文件。</translation>
    </message>
    <message>
        <source>The file is larger than {limit}; a {what} can be up to {limit}.</source>
        <translation>文件大于 {limit}；{what}最大为 {limit}。</translation>
    </message>
    <message>
        <source>codebook</source>
        <translation>编码簿</translation>
    </message>
    <message>
        <source>text to convert</source>
        <translation>待转换的文本</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>访谈稿</translation>
    </message>
    <message>
        <source>W3C annotation file</source>
        <translation>W3C 批注文件</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>请选择一个你有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>这是一个文件夹，不是文件。</translation>
    </message>
    <message>
        <source>This is {kind}; only a regular file can be written.</source>
        <translation>这是{kind}；只能写入普通文件。</translation>
    </message>
    <message>
        <source>anchors and aliases ({anchor}, {alias}) are not allowed</source>
        <translation>不允许使用锚点和别名（{anchor}、{alias}）</translation>
    </message>
    <message>
        <source>Fix the value&apos;s nesting.</source>
        <translation>请修正该值的嵌套。</translation>
    </message>
    <message>
        <source>Fix the YAML syntax.</source>
        <translation>请修正 YAML 语法。</translation>
    </message>
    <message>
        <source>The front matter is not valid YAML ({problem}).</source>
        <translation>文件头不是有效的 YAML（{problem}）。</translation>
    </message>
    <message>
        <source>Keep only id, title, source, language and speakers between the &apos;---&apos; lines.</source>
        <translation>两行 &apos;---&apos; 之间只保留 id、title、source、language 和 speakers。</translation>
    </message>
    <message>
        <source>the key &apos;{key}&apos; is given twice</source>
        <translation>键“{key}”出现了两次</translation>
    </message>
    <message>
        <source>it nests too deeply</source>
        <translation>嵌套太深</translation>
    </message>
    <message>
        <source>The front matter is not accepted ({problem}).</source>
        <translation>文件头不被接受（{problem}）。</translation>
    </message>
    <message>
        <source>the tag &apos;{tag}&apos; is not allowed</source>
        <translation>不允许使用标签“{tag}”</translation>
    </message>
    <message>
        <source>The front matter is {size} MB; it can be up to {limit} MB.</source>
        <translation>文件头有 {size} MB；最大为 {limit} MB。</translation>
    </message>
    <message>
        <source>Write each value out in full as plain text; quote it (&quot;…&quot;) if needed.</source>
        <translation>请把每个值完整写成纯文本；必要时加引号（&quot;…&quot;）。</translation>
    </message>
    <message>
        <source>its group {group} is already used on the transcript &apos;{found}&apos;</source>
        <translation>它的分组 {group} 已用在访谈稿“{found}”上</translation>
    </message>
    <message>
        <source>its id is already used on the transcript &apos;{found}&apos;, which an import into &apos;{transcript}&apos; leaves alone</source>
        <translation>它的 ID 已用在访谈稿“{found}”上，导入到“{transcript}”时不会改动它</translation>
    </message>
    <message>
        <source>it was made on the transcript &apos;{transcript}&apos;</source>
        <translation>它是在访谈稿“{transcript}”上做的</translation>
    </message>
    <message>
        <source>the question already holds a note edited later</source>
        <translation>该问题已有一条更晚编辑的笔记</translation>
    </message>
    <message>
        <source>the saved copy is as new as this one, or newer</source>
        <translation>已保存的版本与此相同或更新</translation>
    </message>
    <message>
        <source>the range starts ({start}) after it ends ({end})</source>
        <translation>范围的起点（{start}）在终点（{end}）之后</translation>
    </message>
    <message>
        <source>the {part} holds a % that is not followed by two hex digits</source>
        <translation>{part}中的 % 后面不是两位十六进制数字</translation>
    </message>
    <message>
        <source>the range {range} is not start-end in whole numbers</source>
        <translation>范围 {range} 不是用整数写的“起点-终点”</translation>
    </message>
    <message>
        <source>the {part} is blank or holds control characters</source>
        <translation>{part}是空白的或含有控制字符</translation>
    </message>
    <message>
        <source>It may have been edited since the link was made.</source>
        <translation>它可能在链接生成后被编辑过。</translation>
    </message>
    <message>
        <source>the {part} is empty</source>
        <translation>{part}是空的</translation>
    </message>
    <message>
        <source>A link looks like {passage} or {highlight}.</source>
        <translation>链接的形式是 {passage} 或 {highlight}。</translation>
    </message>
    <message>
        <source>the {part} holds {char}, which must be percent-encoded</source>
        <translation>{part}中含有 {char}，它必须经过百分号编码</translation>
    </message>
    <message>
        <source>the paragraph is missing (#&lt;paragraph-id&gt; after the transcript id)</source>
        <translation>缺少段落（访谈稿 ID 后面的 #&lt;paragraph-id&gt;）</translation>
    </message>
    <message>
        <source>it does not start with {prefix}</source>
        <translation>它不是以 {prefix} 开头</translation>
    </message>
    <message>
        <source>{scheme}: must be followed by //</source>
        <translation>{scheme}: 后面必须跟着 //</translation>
    </message>
    <message>
        <source>The transcript {transcript} has no paragraph {paragraph}.</source>
        <translation>访谈稿 {transcript} 中没有段落 {paragraph}。</translation>
    </message>
    <message>
        <source>the {part}&apos;s percent-encoding is not UTF-8</source>
        <translation>{part}的百分号编码不是 UTF-8</translation>
    </message>
    <message>
        <source>the highlight id {ident} is not a UUID</source>
        <translation>高亮 ID {ident} 不是 UUID</translation>
    </message>
    <message>
        <source>Open that transcript first.</source>
        <translation>请先打开那篇访谈稿。</translation>
    </message>
    <message>
        <source>The link is to the transcript {linked}, but {open} is open.</source>
        <translation>链接指向访谈稿 {linked}，但当前打开的是 {open}。</translation>
    </message>
    <message>
        <source>The paragraph {paragraph} has {length} characters; the link asks for {start}-{end}.</source>
        <translation>段落 {paragraph} 有 {length} 个字符；链接要求的是 {start}-{end}。</translation>
    </message>
    <message>
        <source>highlight id</source>
        <translation>高亮 ID</translation>
    </message>
    <message>
        <source>paragraph id</source>
        <translation>段落 ID</translation>
    </message>
    <message>
        <source>transcript id</source>
        <translation>访谈稿 ID</translation>
    </message>
    <message>
        <source>{url} is not a link the reader can open: {problem}.</source>
        <translation>{url} 不是阅读器能打开的链接：{problem}。</translation>
    </message>
    <message>
        <source>The transcript may have been edited since the link was made.</source>
        <translation>访谈稿可能在链接生成后被编辑过。</translation>
    </message>
    <message>
        <source>unknown form {form} (only {open}/… and {highlight}/… exist)</source>
        <translation>未知的形式 {form}（只有 {open}/… 和 {highlight}/… 两种）</translation>
    </message>
    <message>
        <source>Add a line &apos;{key}: …&apos;.</source>
        <translation>请加上一行 &apos;{key}: …&apos;。</translation>
    </message>
    <message>
        <source>Add &apos;speakers:&apos; with a &apos;- name: …&apos; and &apos;role: host&apos; or &apos;role: guest&apos; for each person.</source>
        <translation>请加上 &apos;speakers:&apos;，并为每个人写 &apos;- name: …&apos; 以及 &apos;role: host&apos; 或 &apos;role: guest&apos;。</translation>
    </message>
    <message>
        <source>The colour &apos;{colour}&apos; of &apos;{name}&apos; is not &apos;#rrggbb&apos;.</source>
        <translation>“{name}”的颜色“{colour}”不是 &apos;#rrggbb&apos; 格式。</translation>
    </message>
    <message>
        <source>The file holds binary data, not text.</source>
        <translation>文件含有二进制数据，不是文本。</translation>
    </message>
    <message>
        <source>Add a &apos;---&apos; line after the YAML fields.</source>
        <translation>请在 YAML 字段之后加一行 &apos;---&apos;。</translation>
    </message>
    <message>
        <source>The front matter is never closed.</source>
        <translation>文件头没有结束。</translation>
    </message>
    <message>
        <source>The front matter&apos;s &apos;{key}&apos; is not one line of text.</source>
        <translation>文件头的“{key}”不是一行文本。</translation>
    </message>
    <message>
        <source>Mark the interviewer with &apos;role: host&apos;.</source>
        <translation>请用 &apos;role: host&apos; 标出采访者。</translation>
    </message>
    <message>
        <source>The front matter has no &apos;{key}&apos;.</source>
        <translation>文件头缺少“{key}”。</translation>
    </message>
    <message>
        <source>Give every speaker a &apos;name:&apos;.</source>
        <translation>请给每位发言人写上 &apos;name:&apos;。</translation>
    </message>
    <message>
        <source>The file has no front matter.</source>
        <translation>文件没有文件头。</translation>
    </message>
    <message>
        <source>No speaker has the role host, so no questions can be found.</source>
        <translation>没有发言人的角色是主持人，因此找不到任何问题。</translation>
    </message>
    <message>
        <source>The transcript has no questions.</source>
        <translation>访谈稿里没有问题。</translation>
    </message>
    <message>
        <source>The front matter declares no speakers.</source>
        <translation>文件头没有声明发言人。</translation>
    </message>
    <message>
        <source>The front matter must be a set of &apos;key: value&apos; fields.</source>
        <translation>文件头必须是一组 &apos;key: value&apos; 字段。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte 0x{byte} cannot be read).</source>
        <translation>文件不是 UTF-8 文本（字节 0x{byte} 无法读取）。</translation>
    </message>
    <message>
        <source>Open a transcript .md file.</source>
        <translation>请打开一个 .md 访谈稿文件。</translation>
    </message>
    <message>
        <source>Remove one of the entries or give each speaker a different name.</source>
        <translation>请删除其中一项，或给每位发言人起不同的名字。</translation>
    </message>
    <message>
        <source>Save it as UTF-8 in your editor and open it again.</source>
        <translation>请在编辑器中把它另存为 UTF-8，然后重新打开。</translation>
    </message>
    <message>
        <source>See the bundled transcript.</source>
        <translation>请参照自带的访谈稿。</translation>
    </message>
    <message>
        <source>The speaker &apos;{name}&apos; is declared twice.</source>
        <translation>发言人“{name}”声明了两次。</translation>
    </message>
    <message>
        <source>Start it with a &apos;---&apos; line, the YAML fields id, title, source, language and speakers, and another &apos;---&apos; line.</source>
        <translation>文件开头先写一行 &apos;---&apos;，然后是 YAML 字段 id、title、source、language 和 speakers，再写一行 &apos;---&apos;。</translation>
    </message>
    <message>
        <source>A question starts with a paragraph such as &apos;{hosts}: …&apos; (the host&apos;s name and a colon).</source>
        <translation>问题以“{hosts}: …”这样的段落开始（主持人的名字加冒号）。</translation>
    </message>
    <message>
        <source>The speaker &apos;{name}&apos; has the unknown role &apos;{role}&apos;.</source>
        <translation>发言人“{name}”的角色“{role}”无法识别。</translation>
    </message>
    <message>
        <source>Use &apos;role: host&apos; or &apos;role: guest&apos;.</source>
        <translation>请使用 &apos;role: host&apos; 或 &apos;role: guest&apos;。</translation>
    </message>
    <message>
        <source>Write it as six hex digits in quotes, e.g. color: &apos;#2f6fd6&apos;, or leave it out.</source>
        <translation>请写成带引号的六位十六进制数，例如 color: &apos;#2f6fd6&apos;，或者干脆不写。</translation>
    </message>
    <message>
        <source>Write it as &apos;{key}: …&apos;.</source>
        <translation>请写成 &apos;{key}: …&apos;。</translation>
    </message>
    <message>
        <source>{name}: the archive cannot be read ({error}).</source>
        <translation>{name}：无法读取压缩包（{error}）。</translation>
    </message>
    <message>
        <source>{name}: a code has no valid guid ({guid}).</source>
        <translation>{name}：有一个编码没有有效的 guid（{guid}）。</translation>
    </message>
    <message>
        <source>Choose a REFI-QDA codebook (.qdc) or project (.qdpx).</source>
        <translation>请选择 REFI-QDA 编码簿（.qdc）或项目（.qdpx）。</translation>
    </message>
    <message>
        <source>{name}: the file declares a document type, which a codebook never needs.</source>
        <translation>{name}：文件声明了文档类型，而编码簿从不需要它。</translation>
    </message>
    <message>
        <source>{name}: the guid {guid} is used by two codes.</source>
        <translation>{name}：guid {guid} 被两个编码使用。</translation>
    </message>
    <message>
        <source>{name}: it holds no REFI-QDA codebook (its root is &lt;{tag}&gt;).</source>
        <translation>{name}：其中没有 REFI-QDA 编码簿（它的根元素是 &lt;{tag}&gt;）。</translation>
    </message>
    <message>
        <source>{name}: the archive holds no project.qde.</source>
        <translation>{name}：压缩包中没有 project.qde。</translation>
    </message>
    <message>
        <source>{name}: it is not well-formed XML ({error}).</source>
        <translation>{name}：它不是格式正确的 XML（{error}）。</translation>
    </message>
    <message>
        <source>{name}: its project file is over {limit} MB.</source>
        <translation>{name}：其中的项目文件超过 {limit} MB。</translation>
    </message>
    <message>
        <source>The annotations file was damaged ({problem}), so Interview Reader started a new one. The damaged file is kept as {path}. You can restore the newest backup, {backup}.</source>
        <translation>批注文件已损坏（{problem}），因此访谈阅读器新建了一个。损坏的文件保存为 {path}。你可以恢复最新的备份 {backup}。</translation>
    </message>
    <message>
        <source>The annotations file was damaged ({problem}), so Interview Reader started a new one. The damaged file is kept as {path}. There is no backup to restore.</source>
        <translation>批注文件已损坏（{problem}），因此访谈阅读器新建了一个。损坏的文件保存为 {path}。没有可恢复的备份。</translation>
    </message>
    <message>
        <source>The backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Your change to the code</source>
        <translation>你对编码的修改</translation>
    </message>
    <message>
        <source>Your coding</source>
        <translation>你的编码</translation>
    </message>
    <message>
        <source>Your colour label</source>
        <translation>你的颜色名称</translation>
    </message>
    <message>
        <source>Deleting the code</source>
        <translation>删除编码</translation>
    </message>
    <message>
        <source>Your deletion</source>
        <translation>你的删除</translation>
    </message>
    <message>
        <source>Your highlight</source>
        <translation>你的高亮</translation>
    </message>
    <message>
        <source>Your change to the highlight</source>
        <translation>你对高亮的修改</translation>
    </message>
    <message>
        <source>The imported annotations</source>
        <translation>导入的批注</translation>
    </message>
    <message>
        <source>The imported codebook</source>
        <translation>导入的编码簿</translation>
    </message>
    <message>
        <source>The imported highlights</source>
        <translation>导入的高亮</translation>
    </message>
    <message>
        <source>The imported notes</source>
        <translation>导入的笔记</translation>
    </message>
    <message>
        <source>The library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <source>Merging the codes</source>
        <translation>合并编码</translation>
    </message>
    <message>
        <source>Moving the code</source>
        <translation>移动编码</translation>
    </message>
    <message>
        <source>Your new code</source>
        <translation>你的新编码</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>你的笔记</translation>
    </message>
    <message>
        <source>The restored backup</source>
        <translation>恢复的备份</translation>
    </message>
    <message>
        <source>Tidying up</source>
        <translation>整理</translation>
    </message>
    <message>
        <source>Your undo</source>
        <translation>你的撤销</translation>
    </message>
    <message>
        <source>another Interview Reader window or program kept {path} busy for more than {seconds} seconds</source>
        <translation>另一个访谈阅读器窗口或程序占用 {path} 超过 {seconds} 秒</translation>
    </message>
    <message>
        <source>Check that the data folder exists and that you can write to it, then restart Interview Reader.</source>
        <translation>请确认数据文件夹存在且你有写入权限，然后重新启动访谈阅读器。</translation>
    </message>
    <message>
        <source>the annotations file {path} is damaged ({detail})</source>
        <translation>批注文件 {path} 已损坏（{detail}）</translation>
    </message>
    <message>
        <source>the disk holding the data folder {folder} is full</source>
        <translation>数据文件夹 {folder} 所在的磁盘已满</translation>
    </message>
    <message>
        <source>the annotations file {path} is read-only</source>
        <translation>批注文件 {path} 是只读的</translation>
    </message>
    <message>
        <source>the data folder {folder} cannot be created, because {where} is read-only</source>
        <translation>无法创建数据文件夹 {folder}，因为 {where} 是只读的</translation>
    </message>
    <message>
        <source>the data folder {folder} is read-only</source>
        <translation>数据文件夹 {folder} 是只读的</translation>
    </message>
    <message>
        <source>Free some disk space, then try again. {unchanged}</source>
        <translation>请腾出一些磁盘空间，然后重试。{unchanged}</translation>
    </message>
    <message>
        <source>Make the file writable, then restart Interview Reader. {unchanged}</source>
        <translation>请让该文件可写，然后重新启动访谈阅读器。{unchanged}</translation>
    </message>
    <message>
        <source>Make the folder writable, or start Interview Reader with --data-dir set to a folder you can write to. {unchanged}</source>
        <translation>请让该文件夹可写，或用 --data-dir 指定一个你可以写入的文件夹来启动访谈阅读器。{unchanged}</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Interview Reader</source>
        <translation>{path} 是由更新版本的访谈阅读器创建的</translation>
    </message>
    <message>
        <source>{action} could not be saved: {clause}.</source>
        <translation>{action}未能保存：{clause}。</translation>
    </message>
    <message>
        <source>Highlights and notes cannot be saved: {clause}. {fix}</source>
        <translation>无法保存高亮和笔记：{clause}。{fix}</translation>
    </message>
    <message>
        <source>Restart Interview Reader: it sets the damaged file aside, keeps it, and offers your newest backup.</source>
        <translation>请重新启动访谈阅读器：它会把损坏的文件放到一边保留下来，并提供你最新的备份。</translation>
    </message>
    <message>
        <source>SQLite reported “{detail}”</source>
        <translation>SQLite 报告“{detail}”</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, restart Interview Reader. {unchanged}</source>
        <translation>请重试；如果一直失败，请重新启动访谈阅读器。{unchanged}</translation>
    </message>
    <message>
        <source>Try again in a moment. {unchanged}</source>
        <translation>请稍后重试。{unchanged}</translation>
    </message>
    <message>
        <source>the annotations file {path} could not be opened ({detail})</source>
        <translation>无法打开批注文件 {path}（{detail}）</translation>
    </message>
    <message>
        <source>Everything saved before is unchanged.</source>
        <translation>之前保存的内容都没有改变。</translation>
    </message>
    <message>
        <source>The annotations in {path} cannot be read, so none are shown. {reason}</source>
        <translation>无法读取 {path} 中的批注，因此什么也没有显示。{reason}</translation>
    </message>
    <message>
        <source>Update Interview Reader to keep adding highlights and notes. This version leaves the file exactly as it is.</source>
        <translation>请更新访谈阅读器，以便继续添加高亮和笔记。此版本不会改动该文件。</translation>
    </message>
    <message>
        <source>segment {number} has a time that is no number of seconds: {value}</source>
        <translation>第 {number} 段的时间不是秒数：{value}</translation>
    </message>
    <message>
        <source>the JSON has no list of &apos;segments&apos;</source>
        <translation>JSON 中没有 &apos;segments&apos; 列表</translation>
    </message>
    <message>
        <source>segment {number} has no text (&apos;body&apos; or &apos;text&apos;)</source>
        <translation>第 {number} 段没有文本（&apos;body&apos; 或 &apos;text&apos;）</translation>
    </message>
    <message>
        <source>the file is not valid JSON ({error})</source>
        <translation>文件不是有效的 JSON（{error}）</translation>
    </message>
    <message>
        <source>segment {number} is not an object</source>
        <translation>第 {number} 段不是一个对象</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>一个列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>一个对象</translation>
    </message>
    <message>
        <source>Annotation {number} ({ident}) has a TextPositionSelector whose start and end ({start}, {end}) are not offsets in a paragraph.</source>
        <translation>第 {number} 条批注（{ident}）的 TextPositionSelector 起止位置（{start}, {end}）不是段落中的偏移量。</translation>
    </message>
    <message>
        <source>Annotation {number} ({ident}): its “{key}” time {value} is not an RFC 3339 date and time (like 2026-02-03T04:05:06.000Z).</source>
        <translation>第 {number} 条批注（{ident}）：它的“{key}”时间 {value} 不是 RFC 3339 日期时间（例如 2026-02-03T04:05:06.000Z）。</translation>
    </message>
    <message>
        <source>The file holds binary data, not annotation text.</source>
        <translation>文件含有二进制数据，不是批注文本。</translation>
    </message>
    <message>
        <source>Check that the file holds the annotations of this interview.</source>
        <translation>请确认文件里是这篇访谈的批注。</translation>
    </message>
    <message>
        <source>; the file ends too early, it may have been cut short</source>
        <translation>；文件提前结束，可能被截断了</translation>
    </message>
    <message>
        <source>Annotation {number} ({ident}) selects no passage and holds no note.</source>
        <translation>第 {number} 条批注（{ident}）既没有选中段落，也没有笔记。</translation>
    </message>
    <message>
        <source>Export the annotations again from 访谈阅读器 (W3C Web Annotation format) and import that file.</source>
        <translation>请从访谈阅读器重新导出批注（W3C Web Annotation 格式），再导入那个文件。</translation>
    </message>
    <message>
        <source>The collection&apos;s annotations are not in this file: its first page is only a link.</source>
        <translation>集合中的批注不在这个文件里：它的第一页只是一个链接。</translation>
    </message>
    <message>
        <source>a huge number</source>
        <translation>一个极大的数</translation>
    </message>
    <message>
        <source>The file&apos;s JSON holds a number too long to be read.</source>
        <translation>文件的 JSON 中有一个长得无法读取的数字。</translation>
    </message>
    <message>
        <source>{none_belong}: they were made on &apos;{others}&apos;, not on &apos;{transcript}&apos;.</source>
        <translation>{none_belong}：它们是在“{others}”上做的，不是在“{transcript}”上。</translation>
    </message>
    <message>
        <source>The reader needs the quoted text to find the passage. {export_again}</source>
        <translation>阅读器需要引用的文字才能找到段落。{export_again}</translation>
    </message>
    <message>
        <source>Annotation {number} of the file has no id.</source>
        <translation>文件中的第 {number} 条批注没有 ID。</translation>
    </message>
    <message>
        <source>Annotation {number} ({ident}) quotes no text.</source>
        <translation>第 {number} 条批注（{ident}）没有引用任何文字。</translation>
    </message>
    <message>
        <source>Annotation {number} of the file has no target this reader understands (one passage or question of the transcript).</source>
        <translation>文件中的第 {number} 条批注没有本阅读器能理解的目标（访谈稿中的一个段落或问题）。</translation>
    </message>
    <message>
        <source>None of the {total} annotations in the file belong to this transcript</source>
        <translation>文件中的 {total} 条批注都不属于这篇访谈稿</translation>
    </message>
    <message>
        <source>Item {number} of the file is not a W3C Annotation.</source>
        <translation>文件中的第 {number} 项不是 W3C 批注。</translation>
    </message>
    <message>
        <source>The file holds JSON, but not W3C Web Annotations (no Annotation, AnnotationPage or AnnotationCollection).</source>
        <translation>文件是 JSON，但不是 W3C 网页批注（没有 Annotation、AnnotationPage 或 AnnotationCollection）。</translation>
    </message>
    <message>
        <source>The file is not valid JSON ({error}, line {line}, column {column}){ending}.</source>
        <translation>文件不是有效的 JSON（{error}，第 {line} 行，第 {column} 列）{ending}。</translation>
    </message>
    <message>
        <source>Annotation {number} ({ident}): its “{key}” is {value}, not text.</source>
        <translation>第 {number} 条批注（{ident}）：它的“{key}”是{value}，不是文本。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte 0x{byte} at offset {offset}).</source>
        <translation>文件不是 UTF-8 文本（偏移 {offset} 处的字节 0x{byte}）。</translation>
    </message>
    <message>
        <source>{none_belong}: none of their passages or questions is in 「{title}」.</source>
        <translation>{none_belong}：它们的段落和问题都不在《{title}》中。</translation>
    </message>
    <message>
        <source>The file&apos;s only annotation does not belong to this transcript</source>
        <translation>文件中唯一的一条批注不属于这篇访谈稿</translation>
    </message>
    <message>
        <source>Open that transcript, then import the file again.</source>
        <translation>请先打开那篇访谈稿，再导入这个文件。</translation>
    </message>
    <message>
        <source>Annotation {number} ({ident}) has a TextPositionSelector but no TextQuoteSelector.</source>
        <translation>第 {number} 条批注（{ident}）有 TextPositionSelector，但没有 TextQuoteSelector。</translation>
    </message>
    <message>
        <source>Save the annotation page itself, or export the annotations from 访谈阅读器.</source>
        <translation>请保存批注页本身，或从访谈阅读器导出批注。</translation>
    </message>
    <message>
        <source>Annotation {number} of the file holds text that is not valid Unicode (a lone surrogate, \u{code}).</source>
        <translation>文件中的第 {number} 条批注含有无效的 Unicode 文本（孤立的代理项 \u{code}）。</translation>
    </message>
    <message>
        <source>The file&apos;s JSON is nested too deeply to be annotations.</source>
        <translation>文件的 JSON 嵌套太深，不可能是批注。</translation>
    </message>
    <message>
        <source>The file holds annotation {ident} twice.</source>
        <translation>文件中批注 {ident} 出现了两次。</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
    <name>Following</name>
    <message>
        <source>Follow a Speaker</source>
        <translation>追踪说话人</translation>
    </message>
    <message>
        <source>Speaker (the same name in every interview):</source>
        <translation>说话人（各访谈中同名即为同一人）：</translation>
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
        <source>Follow %1 Across Interviews…</source>
        <translation>跨访谈追踪 %1…</translation>
    </message>
    <message>
        <source>%1 characters of text, %n turn(s)</source>
        <translation>%1 字，%n 次发言</translation>
    </message>
</context>
<context>
    <name>SpeakerTrailView</name>
    <message>
        <source>Preface</source>
        <translation>前言</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Coded passages</source>
        <translation>已编码段落</translation>
    </message>
    <message>
        <source>%1 (%n interview(s))</source>
        <translation>%1（%n 篇访谈）</translation>
    </message>
    <message>
        <source>Follow %1</source>
        <translation>追踪 %1</translation>
    </message>
    <message>
        <source>%n turn(s)</source>
        <translation>%n 次发言</translation>
    </message>
    <message>
        <source>in %n interview(s)</source>
        <translation>分布在 %n 篇访谈中</translation>
    </message>
    <message>
        <source>%n coded passage(s)</source>
        <translation>%n 个已编码段落</translation>
    </message>
</context>
<context>
    <name>Study</name>
    <message>
        <source>The file of “%1” is missing: %2. Its notes are kept; Locate… it in the Library.</source>
        <translation>“%1”的文件不见了：%2。其笔记仍然保留；可在资料库中用“查找文件…”找回。</translation>
    </message>
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
