/** Messages of the render stage (sizes: render-size): footnotes, links, headings, fonts, formulas and diagrams. */
import { defineMessages, m, num } from '../message.js'
import { reasonZh } from './render-reasons-zh.js'

export const renderMessages = defineMessages('render', {
  footnoteDuplicate: m(
    (p: { label: string }) =>
      `Footnote \`[^${p.label}]\` is defined twice; only the first definition is shown`,
    (p) => `脚注 \`[^${p.label}]\` 定义了两次；只显示第一个定义`,
  ),
  footnoteDuplicateHint: m(
    (p: { label: string }) => `Delete one of the \`[^${p.label}]: …\` lines, or give this one another label.`,
    (p) => `删掉其中一行 \`[^${p.label}]: …\`，或给这一条换个标签。`,
  ),
  footnoteUndefined: m(
    (p: { label: string }) =>
      `Footnote \`[^${p.label}]\` is referenced but never defined; it is shown as text`,
    (p) => `引用了脚注 \`[^${p.label}]\`，但没有定义它；它会按原文显示`,
  ),
  footnoteUndefinedHint: m(
    (p: { label: string }) => `Add a definition line \`[^${p.label}]: …\` at the end of the article.`,
    (p) => `在文末加一行定义 \`[^${p.label}]: …\`。`,
  ),
  footnoteUnused: m(
    (p: { label: string }) => `Footnote \`[^${p.label}]\` is defined but never referenced`,
    (p) => `定义了脚注 \`[^${p.label}]\`，但正文没有引用它`,
  ),
  footnoteUnusedHint: m(
    () => 'Reference it in the text with `[^label]`, or delete the definition.',
    () => '在正文里用 `[^label]` 引用它，或删掉这条定义。',
  ),
  emptyOutput: m(
    () => 'The article renders to nothing a reader can see: it would be sent as an empty message',
    () => '文章渲染后没有任何读者能看到的内容：发出去会是一条空消息',
  ),
  emptyOutputHint: m(
    () =>
      'Write the article text below the front-matter; `<style>`/`<script>`, link or footnote definitions, ' +
      '`---` and `&nbsp;` alone show nothing in WeChat.',
    () =>
      '在 front-matter 下面写正文；只有 `<style>`/`<script>`、链接或脚注定义、`---` 和 `&nbsp;` 的话，' +
      '在微信里什么也显示不出来。',
  ),
  tooDeep: m(
    (p: { depth: number; max: number }) =>
      `The article nests too deeply to render (${p.depth} levels here; at most ${p.max})`,
    (p) => `文章嵌套太深，无法渲染（此处 ${p.depth} 层，最多 ${p.max} 层）`,
  ),
  tooDeepHint: m(
    () =>
      'Flatten the nesting: emphasis markers, lists, quotes or HTML elements opened inside each other ' +
      'hundreds of times. The output shows the source as text.',
    () => '减少嵌套：强调标记、列表、引用或 HTML 元素层层套了几百层。输出会把源文按原样显示。',
  ),
  failed: m(
    (p: { error: string }) => `Rendering failed: ${p.error}`,
    (p) => `渲染失败：${p.error}`,
  ),
  failedHint: m(
    () =>
      'A Markdown or theme plugin threw; run with the plugin removed to find it. The output shows the ' +
      'source as text.',
    () => '某个 Markdown 或主题插件抛出了异常；逐个去掉插件再运行，就能找到它。输出会把源文按原样显示。',
  ),
  fontAttribute: m(
    (p: { key: string; value: string }) =>
      `\`<font ${p.key}="${p.value}">\` has no safe CSS equivalent and is removed`,
    (p) => `\`<font ${p.key}="${p.value}">\` 没有安全的 CSS 等价写法，已删除`,
  ),
  fontColorHint: m(
    () => 'Write the colour as `#ff0000`, `rgb(255,0,0)` or a name: `<span style="color:#c00">…</span>`.',
    () => '颜色写成 `#ff0000`、`rgb(255,0,0)` 或颜色名：`<span style="color:#c00">…</span>`。',
  ),
  fontSizeHint: m(
    () => 'Use a size from 1 to 7, or `<span style="font-size:18px">…</span>`.',
    () => '字号用 1 到 7，或写 `<span style="font-size:18px">…</span>`。',
  ),
  fontFaceHint: m(
    () => 'Name the fonts plainly (`face="楷体, serif"`), or leave the font to the theme.',
    () => '直接写字体名（`face="楷体, serif"`），或让主题决定字体。',
  ),
  h1: m(
    (p: { text: string }) => `Body heading \`# ${p.text}\` is a level-1 heading`,
    (p) => `正文标题 \`# ${p.text}\` 是一级标题`,
  ),
  h1Hint: m(
    () => 'The title comes from the front-matter; start body headings at `##`.',
    () => '文章标题取自 front-matter；正文标题从 `##` 开始。',
  ),
  mermaidError: m(
    (p: { reason: string }) => `Mermaid cannot draw this diagram: ${p.reason}`,
    (p) => `Mermaid 画不出这张图：${p.reason}`,
  ),
  mermaidErrorHint: m(
    () => 'Fix the diagram source (see mermaid.js.org); until then readers see it as code.',
    () => '修正图表源码（参见 mermaid.js.org）；在此之前，读者看到的是代码。',
  ),
  mermaidSkipped: m(
    (p: { reason: string }) => `The mermaid diagram stays a code block: ${p.reason}`,
    (p) => `mermaid 图表保持为代码块：${reasonZh(p.reason)}`,
  ),
  mermaidSkippedHint: m(
    () => 'Diagrams are drawn with Chromium (`apt-get install -y chromium`); readers see the code meanwhile.',
    () => '图表用 Chromium 绘制（`apt-get install -y chromium`）；在此之前，读者看到的是代码。',
  ),
  mermaidNotChecked: m(
    () => '`check` does not draw diagrams: how this one reads on a phone is not checked yet',
    () => '`check` 不画图：这张图在手机上是否看得清，还没有检查',
  ),
  mermaidNotCheckedHint: m(
    () =>
      '`wxpress render` or `wxpress preview` draws it (checks after that reuse the drawing); the pull request check draws it too.',
    () => '`wxpress render` 或 `wxpress preview` 会画它（之后的 check 直接用这张图）；PR 的检查也会画。',
  ),
  mathError: m(
    (p: { reason: string }) => `The formula cannot be typeset: ${p.reason}`,
    (p) => `公式无法排版：${p.reason}`,
  ),
  mathErrorHint: m(
    () => 'Fix the TeX (MathJax syntax); until then readers see the formula as written.',
    () => '修正 TeX（MathJax 语法）；在此之前，读者看到的是公式原文。',
  ),
  mathTooLong: m(
    (p: { n: number; max: number }) =>
      `The formula has ${num(p.n)} characters of TeX, more than the ${num(p.max)} wxpress typesets; readers see it as written`,
    (p) => `公式有 ${num(p.n)} 个字符的 TeX，超过 wxpress 排版的上限 ${num(p.max)}，读者看到的是公式原文`,
  ),
  mathTooLongHint: m(
    () => 'Split it into several formulas (one per line of a derivation), or show it as an image.',
    () => '拆成几个公式（推导的每一步一个），或改用图片。',
  ),
  mathTooMuch: m(
    (p: { skipped: number; formulas: number; chars: number }) =>
      `${num(p.skipped)} formulas from here on are not typeset: an article gets at most ${num(p.formulas)} formulas or ${num(p.chars)} characters of TeX; readers see them as written`,
    (p) =>
      `从这里起有 ${num(p.skipped)} 个公式没有排版：每篇文章最多排版 ${num(p.formulas)} 个公式或 ${num(p.chars)} 个字符的 TeX；读者看到的是公式原文`,
  ),
  mathTooMuchHint: m(
    () => 'Split the article, or show long derivations as images.',
    () => '把文章拆成几篇，或把长推导改成图片。',
  ),
})
