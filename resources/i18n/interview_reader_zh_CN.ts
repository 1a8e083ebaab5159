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
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
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
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Open a Transcript</source>
        <translation>打开访谈记录</translation>
    </message>
    <message>
        <source>Transcripts (*.md *.markdown *.txt *.vtt);;All files (*)</source>
        <translation>访谈记录 (*.md *.markdown *.txt *.vtt);;所有文件 (*)</translation>
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
        <source>Interviews (*.txt *.vtt *.text);;All files (*)</source>
        <translation>访谈 (*.txt *.vtt *.text);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the Transcript</source>
        <translation>保存访谈记录</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
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
    <message>
        <source>About %n minute(s) of reading</source>
        <translation>约需阅读 %n 分钟</translation>
    </message>
    <message>
        <source>Interview Reader</source>
        <translation>访谈阅读器</translation>
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
        <source>%n match(es)</source>
        <translation>%n 处匹配</translation>
    </message>
    <message>
        <source>(the first %1 listed)</source>
        <translation>（仅列出前 %1 处）</translation>
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
