import type { DiagnosticDoc } from './diagnostic-doc.js'

/** Meaning of the diagnostic ids of rendering (and what the draft read-back finds), in both languages. */
export const RENDER_IDS: readonly DiagnosticDoc[] = [
  [
    'render/h1',
    'A `# h1` in the body (the title comes from front-matter).',
    '正文里有 `# 一级标题`（标题来自 front-matter）。',
  ],
  [
    'render/removed-element',
    'script, iframe, video, audio, form, input, `<source>` (its `srcset` is never uploaded), inline SVG outside the allowlist … are removed (style, textarea, template, noscript, select … with their content). Videos and audio go in at mp.weixin.qq.com after the draft is created.',
    'script、iframe、video、audio、form、input、`<source>`（其 `srcset` 不会上传）、白名单之外的内联 SVG……会被移除（style、textarea、template、noscript、select……连同内容一起移除）。视频和音频请在草稿创建后到公众号后台插入。',
  ],
  [
    'render/removed-attribute',
    'An `on*` event handler is removed, or a `<font color|face|size>` value with no safe CSS equivalent (the others become a `<span style>`).',
    '已移除 `on*` 事件属性，或没有安全 CSS 等价写法的 `<font color|face|size>` 值（其余改为 `<span style>`）。',
  ],
  ['render/javascript-url', 'A `javascript:` link is removed.', '已移除 `javascript:` 链接。'],
  [
    'render/unsafe-url',
    'A `vbscript:` or `data:` link is removed (its text is kept).',
    '已移除 `vbscript:` 或 `data:` 链接（保留文字）。',
  ],
  [
    'render/unusable-link',
    'A link that cannot work in WeChat (relative path, `#anchor`, empty URL, unknown scheme) keeps only its text.',
    '在微信里无法使用的链接（相对路径、`#锚点`、空地址、未知协议）只保留文字。',
  ],
  [
    'render/link-space-in-path',
    '`[text](my page.md)`: a space in an unbracketed link target leaves the link as literal text.',
    '`[文字](my page.md)`：没加尖括号的链接地址里有空格，链接会原样显示成文字。',
  ],
  [
    'render/miniprogram-link',
    "A mini-program link (`<a data-miniprogram-appid>`, the MP editor's markup) keeps only its text: the draft API is not known to keep it; insert it at mp.weixin.qq.com after the draft is created. A fallback `https://` `href` still goes to the reference list.",
    '小程序链接（`<a data-miniprogram-appid>`，公众号编辑器的写法）只保留文字：没有证据表明草稿接口会保留它；请在草稿创建后到公众号后台插入。作为备用的 `https://` `href` 仍会列入参考链接。',
  ],
  [
    'render/details-open',
    'A `<details>` is shown as an always-open box (`section.details`, its `<summary>` as the title `p.details-summary`): WeChat is not known to keep `<details>` or let readers fold it (info).',
    '`<details>` 显示为始终展开的方框（`section.details`，`<summary>` 作为标题 `p.details-summary`）：没有证据表明微信会保留 `<details>` 或让读者折叠（提示）。',
  ],
  [
    'render/unsafe-style',
    'An inline style declaration with a script URL, `expression()`, `behavior`, `-moz-binding` or `url()` is removed. When that takes away a background, a light text `color` on the same element goes too (it would be white on white).',
    '已移除含脚本地址、`expression()`、`behavior`、`-moz-binding` 或 `url()` 的内联样式声明。如果因此去掉了背景，同一元素上的浅色文字颜色 `color` 也一并删除（否则就成了白底白字）。',
  ],
  [
    'render/unsupported-style',
    "`position`, `float`, `transform` or `animation` in an inline style is removed, and with `position` the `top`, `right`, `bottom`, `left`, `inset` and `z-index` of the same element: WeChat stores such styles as written, but they may look different on some phones or be lost when the article is saved again in WeChat's editor.",
    '删除内联样式里的 `position`、`float`、`transform` 或 `animation`；删除 `position` 时，同一元素上的 `top`、`right`、`bottom`、`left`、`inset` 和 `z-index` 也一并删除：微信会原样保存这类样式，但在部分手机上可能显示得不一样，在公众号编辑器里再次保存后也可能丢失。',
  ],
  ['render/footnote-undefined', 'A `[^x]` reference has no definition.', '`[^x]` 引用没有对应的定义。'],
  ['render/footnote-unused', 'A footnote definition is never referenced.', '脚注定义从未被引用。'],
  [
    'render/footnote-duplicate',
    'A footnote label is defined twice; the second definition is dropped.',
    '同一个脚注标签定义了两次；第二个定义被丢弃。',
  ],
  [
    'render/content-too-long',
    'What WeChat refuses: 20,000 or more characters of visible text, or 1 MB or more of HTML (config `limits.contentTextMax`, `limits.contentBytesMax`).',
    '微信会拒收的内容：可见文字达到 20,000 字符，或 HTML 达到 1 MB（配置 `limits.contentTextMax`、`limits.contentBytesMax`）。',
  ],
  [
    'render/html-long',
    'The inlined HTML has 200,000 characters or more (config `limits.htmlCharsWarn`); the hint names the shares of inline styles, highlighted code, SVG and images, and advises on the shares of 25 % or more: a lighter theme, fewer code blocks, fewer or shorter display formulas (or a large one as an image).',
    '内联后的 HTML 达到 200,000 字符（配置 `limits.htmlCharsWarn`）；提示会列出内联样式、高亮代码、SVG 和图片各占多少，并针对占 25% 以上的部分给出建议：换更精简的主题、减少代码块、减少或缩短行间公式（或把大公式做成图片）。',
  ],
  [
    'render/math-error',
    'A `$…$` or `$$…$$` formula MathJax cannot typeset (the TeX message; the formula stays as text).',
    'MathJax 无法排版的 `$…$` 或 `$$…$$` 公式（附 TeX 报错；公式保留为文字）。',
  ],
  [
    'render/math-too-long',
    'A formula of more than 2,000 characters of TeX, or the formulas of an article past 1,000 or 10,000 characters of TeX in all: not typeset, shown as written (MathJax would take seconds).',
    '超过 2,000 个字符的 TeX 公式，或一篇文章中超出 1,000 个公式、共 10,000 个字符 TeX 的部分：不排版，按原文显示（否则 MathJax 要花几秒）。',
  ],
  [
    'render/diagram-not-checked',
    'A mermaid diagram not drawn yet by `wxpress check` (it starts no browser): how it reads on a phone is checked once `render`, `preview` or the pull request check has drawn it (info).',
    '`wxpress check` 还没有画这张 mermaid 图（它不启动浏览器）：等 `render`、`preview` 或 PR 检查画过之后，才会检查它在手机上是否看得清（提示）。',
  ],
  [
    'render/mermaid-skipped',
    'A mermaid block stays a code block: no browser to draw it, or drawing is off (info).',
    'mermaid 图保留为代码块：没有可用的浏览器，或绘图已关闭（提示）。',
  ],
  [
    'render/mermaid-error',
    'Mermaid cannot draw a diagram (its parse error); the block stays code.',
    'Mermaid 无法绘制该图（附解析错误）；保留为代码块。',
  ],
  [
    'render/diagram-relaid',
    'A `flowchart LR`/`RL` whose labels would be smaller than 11 px on a 375 px phone (it is shrunk to the 343 px column) is drawn top down instead (info; write `flowchart TB` to choose yourself).',
    '一张 `flowchart LR`/`RL` 缩放到手机 343px 宽的正文后文字小于 11px，已改为从上到下排版（提示；想自己决定就写 `flowchart TB`）。',
  ],
  [
    'render/diagram-too-small',
    'A drawn diagram is so wide that, shrunk to the 343 px column of a phone, its text is below 11 px; readers cannot zoom inside an article. The value is the scale and the text size.',
    '图表太宽，缩放到手机 343px 宽的正文后文字小于 11px；读者在文章里无法放大。值为缩放比例和文字大小。',
  ],
  [
    'render/table-too-wide',
    'A table is wider than a 375 px phone even with every column at its narrowest (column count and cell text, without a browser): readers swipe sideways and its rows grow tall. The value is the estimated width.',
    '表格即使每列压到最窄也比 375px 宽的手机宽（按列数和单元格文字估算，不需要浏览器）：读者要左右滑动，每行也会变得很高。值为估算的宽度。',
  ],
  [
    'publish/stripped',
    'After `draft/add`/`draft/update`, `draft/get` shows WeChat removed elements, attributes or style declarations (grouped, with counts).',
    '`draft/add`/`draft/update` 之后用 `draft/get` 读回，发现微信删掉了元素、属性或样式声明（分组并计数）。',
  ],
  [
    'publish/read-back-failed',
    'The draft could not be read back with `draft/get` to check what WeChat kept.',
    '无法用 `draft/get` 读回草稿，无法确认微信保留了什么。',
  ],
  ['render/failed', 'A Markdown or theme plugin threw.', 'Markdown 或主题插件抛出了异常。'],
  [
    'render/empty-output',
    'The body renders to nothing a reader sees (only `<style>`/`<script>`, link or footnote definitions, `---`, `&nbsp;`): it would be sent as an empty message.',
    '正文渲染后读者什么也看不到（只有 `<style>`/`<script>`、链接或脚注定义、`---`、`&nbsp;`）：发出去会是一条空消息。',
  ],
  [
    'render/too-deep',
    'Nesting deeper than 500 levels (emphasis markers, lists, quotes or HTML elements); the output shows the source as text.',
    '嵌套超过 500 层（强调标记、列表、引用或 HTML 元素）；输出会把源码当作文字显示。',
  ],
]
