/**
 * Meaning of every diagnostic id of the stages other than lint, in both languages (docs/rules.md and
 * docs/rules.zh-CN.md are generated from these and from the rule docs).
 */
export const OTHER_IDS: readonly (readonly [id: string, en: string, zh: string])[] = [
  [
    'content/encoding',
    'The file is not UTF-8 (GBK, UTF-16 …).',
    '文章文件不是 UTF-8 编码（GBK、UTF-16……）。',
  ],
  ['content/empty-file', 'The article file is empty.', '文章文件是空的。'],
  [
    'content/empty-body',
    'The body is empty (front-matter only, or only blank lines and HTML comments): it would be sent as an empty message.',
    '正文为空（只有 front-matter，或只有空行和 HTML 注释）：发出去会是一条空消息。',
  ],
  ['content/unreadable', 'The article file cannot be read.', '无法读取文章文件。'],
  [
    'content/internal',
    'Loading an article failed unexpectedly (a bug); the other articles went on.',
    '读取文章时意外出错（wxpress 的缺陷）；其他文章照常处理。',
  ],
  [
    'content/outside-root',
    'The article file is a symbolic link out of the site (or into `.git`): it is never read.',
    '文章文件是指向站点之外（或 `.git` 之内）的符号链接：不会读取它。',
  ],
  [
    'content/not-regular-file',
    'The article path is a pipe, device, socket or folder, not a file: it is never opened.',
    '文章路径是管道、设备、套接字或文件夹，不是普通文件：不会打开它。',
  ],
  [
    'content/too-large',
    'A body of more than 200,000 characters (code points; the front-matter not counted): reported, not linted or rendered.',
    '正文超过 200,000 个字符（按码位计，不含 front-matter）：只报告，不做检查和渲染。',
  ],
  [
    'content/too-complex',
    'A paragraph with so many emphasis, strike-through or link marks (thousands) that parsing it would take minutes: reported at that paragraph; the article is neither linted nor rendered.',
    '某个段落里的强调、删除线或链接标记过多（成千上万个），解析它要花几分钟：在该段落处报告；整篇文章不做检查也不渲染。',
  ],
  ['frontmatter/missing-block', 'The file has no front-matter.', '文件没有 front-matter。'],
  ['frontmatter/unclosed', 'The `---` block is never closed.', '`---` 块没有闭合。'],
  ['frontmatter/language', 'Front-matter in another language than YAML.', 'front-matter 用的不是 YAML。'],
  [
    'frontmatter/yaml-syntax',
    'The front-matter is not valid YAML (duplicate keys included).',
    'front-matter 不是合法的 YAML（包括重复的键）。',
  ],
  [
    'frontmatter/not-a-mapping',
    'The front-matter is not `key: value` lines.',
    'front-matter 不是 `键: 值` 形式。',
  ],
  [
    'frontmatter/missing',
    'A required key (title, topic, audience, cover) is missing; reported at the block.',
    '缺少必填的键（title、topic、audience、cover）；报告在 front-matter 块上。',
  ],
  ['frontmatter/empty', 'A key that must have text is empty.', '必须有内容的键是空的。'],
  [
    'frontmatter/invalid-value',
    'A value of the wrong type or not one of the allowed values (with did-you-mean).',
    '值的类型不对，或不在允许的取值中（附「是不是想写」建议）。',
  ],
  [
    'frontmatter/unknown-account',
    '`account` is not an account of the config.',
    '`account` 不是配置里的账号。',
  ],
  [
    'frontmatter/max-length',
    'title > 64, digest > 120 (WeChat’s limit) or author > 8 characters (configurable limits).',
    'title 超过 64、digest 超过 120（微信的上限）或 author 超过 8 个字符（上限可配置）。',
  ],
  [
    'frontmatter/invalid-slot',
    '`slot` is not an ISO-8601 date-time, or its UTC offset is outside −12:00…+14:00 (`+25:00`); times are never guessed.',
    '`slot` 不是 ISO-8601 日期时间，或 UTC 偏移超出 −12:00…+14:00（如 `+25:00`）；时间从不靠猜。',
  ],
  [
    'frontmatter/naive-slot',
    '`slot` has no offset and is read in the config time zone.',
    '`slot` 没有时区偏移，按配置的时区解读。',
  ],
  [
    'frontmatter/nonexistent-time',
    'A naive `slot` falls in a daylight-saving gap.',
    '没有偏移的 `slot` 落在夏令时跳过的时段里。',
  ],
  [
    'frontmatter/unknown-key',
    'An unknown key, with a did-you-mean (also for keys of other site tools).',
    '未知的键，附「是不是想写」建议（其他建站工具的键也会提示）。',
  ],
  ['image/missing', 'A cover or body image file does not exist.', '封面或正文图片文件不存在。'],
  [
    'image/not-regular-file',
    'A cover or body image path is a pipe, device, socket or folder: it is never opened.',
    '封面或正文图片路径是管道、设备、套接字或文件夹：不会打开它。',
  ],
  [
    'image/outside-root',
    'A path leaves the article folder (or a link points outside); the file is never opened.',
    '路径跳出了文章文件夹（或链接指向外部）；不会打开该文件。',
  ],
  ['image/remote', 'The cover is a URL; it must be a local file.', '封面是网址；封面必须是本地文件。'],
  [
    'image/remote-unavailable',
    'A remote body image could not be fetched (never hot-linked).',
    '无法获取正文里的远程图片（不会盗链）。',
  ],
  ['image/data-uri', 'An inline `data:` image cannot be uploaded.', '内联的 `data:` 图片无法上传。'],
  [
    'image/unsupported-source',
    'A body image from `file:`, `ftp:` or another scheme than http(s), or an absolute Windows path: it cannot be uploaded.',
    '正文图片来自 `file:`、`ftp:` 等 http(s) 以外的协议，或是 Windows 绝对路径：无法上传。',
  ],
  [
    'image/missing-src',
    'An image (`<img>`, `![]()`) with no or an empty source.',
    '图片（`<img>`、`![]()`）没有地址或地址为空。',
  ],
  [
    'image/space-in-path',
    '`![alt](my image.png)`: a space in an unbracketed path leaves the image as literal text.',
    '`![alt](my image.png)`：没加尖括号的路径里有空格，图片会原样显示成文字。',
  ],
  ['image/unusable', 'An image cannot be read or made small enough.', '图片无法读取，或无法压缩到足够小。'],
  [
    'image/converted',
    'An image was re-encoded to JPEG/PNG ≤ 1 MB for WeChat.',
    '图片已重新编码为不超过 1 MB 的 JPEG/PNG，以符合微信要求。',
  ],
  ['image/missing-alt', 'An image has no alt text.', '图片没有替代文字（alt）。'],
  [
    'render/h1',
    'A `# h1` in the body (the title comes from front-matter).',
    '正文里有 `# 一级标题`（标题来自 front-matter）。',
  ],
  [
    'render/removed-element',
    'script, iframe, form, input, `<source>` (its `srcset` is never uploaded), inline SVG outside the allowlist … are removed (style, textarea, template, noscript, select … with their content).',
    'script、iframe、form、input、`<source>`（其 `srcset` 不会上传）、白名单之外的内联 SVG……会被移除（style、textarea、template、noscript、select……连同内容一起移除）。',
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
    'render/unsafe-style',
    'An inline style declaration with a script URL, `expression()`, `behavior`, `-moz-binding` or `url()` is removed.',
    '已移除含脚本地址、`expression()`、`behavior`、`-moz-binding` 或 `url()` 的内联样式声明。',
  ],
  [
    'render/unsupported-style',
    'position, float, transform or animation in an inline style (WeChat drops them).',
    '内联样式里的 position、float、transform 或 animation（微信会丢弃）。',
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
    'The inlined HTML has 200,000 characters or more (config `limits.htmlCharsWarn`); the hint names the shares of inline styles, highlighted code, SVG and images.',
    '内联后的 HTML 达到 200,000 字符（配置 `limits.htmlCharsWarn`）；提示会列出内联样式、高亮代码、SVG 和图片各占多少。',
  ],
  [
    'render/math-error',
    'A `$…$` or `$$…$$` formula MathJax cannot typeset (the TeX message; the formula stays as text).',
    'MathJax 无法排版的 `$…$` 或 `$$…$$` 公式（附 TeX 报错；公式保留为文字）。',
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
  [
    'theme/not-found',
    'The theme id does not exist (with did-you-mean).',
    '主题 id 不存在（附「是不是想写」建议）。',
  ],
  [
    'theme/outside-root',
    'A site theme file (theme.css, theme.json, plugins.mjs) links out of the site: it is never read.',
    '站点主题文件（theme.css、theme.json、plugins.mjs）链接到站点之外：不会读取它。',
  ],
  [
    'theme/not-regular-file',
    'A site theme file is a pipe, device, socket or folder: it is never opened.',
    '站点主题文件是管道、设备、套接字或文件夹：不会打开它。',
  ],
  ['theme/css-syntax', 'theme.css does not parse (line and column).', 'theme.css 无法解析（附行号和列号）。'],
  ['theme/invalid-meta', 'theme.json is invalid.', 'theme.json 无效。'],
  [
    'theme/nesting',
    'Nested CSS rules (not supported while juice 11 is used).',
    '嵌套的 CSS 规则（使用 juice 11 期间不支持）。',
  ],
  [
    'theme/unsupported-at-rule',
    '@media and other at-rules cannot be inlined.',
    '@media 等 at 规则无法内联。',
  ],
  [
    'theme/state-selector',
    ':hover and other state selectors never apply in WeChat.',
    ':hover 等状态选择器在微信里永远不会生效。',
  ],
  [
    'theme/undefined-variable',
    'A `var(--x)` without definition or fallback (the declaration is dropped).',
    '`var(--x)` 既没有定义也没有后备值（该声明被丢弃）。',
  ],
  [
    'theme/unsafe-value',
    '`javascript:`, `expression()`, `behavior` in theme CSS (dropped).',
    '主题 CSS 里的 `javascript:`、`expression()`、`behavior`（已丢弃）。',
  ],
  [
    'theme/remote-url',
    'A `url()` outside WeChat’s image hosts (mmbiz.qpic.cn): hot-linked or local, dropped.',
    '`url()` 指向微信图片域名（mmbiz.qpic.cn）以外的地址：盗链或本地地址，已丢弃。',
  ],
  [
    'theme/unsupported-property',
    'position, float, transform or animation in theme CSS (WeChat drops them).',
    '主题 CSS 里的 position、float、transform 或 animation（微信会丢弃）。',
  ],
  [
    'schedule/same-day',
    'Two pushes on one local day for a subscription account (error in broadcast mode).',
    '订阅号同一天（本地时间）有两次推送（broadcast 模式下是错误）。',
  ],
  [
    'schedule/mixed-audience',
    'Articles of one slot have different audiences.',
    '同一时段的文章面向不同的受众。',
  ],
  ['schedule/too-many-articles', 'More than 8 articles share a slot.', '同一时段超过 8 篇文章。'],
  ['schedule/outside-window', 'A slot outside the preferred send windows.', '时段不在推荐的推送窗口内。'],
  ['schedule/past', 'A slot in the past that was never sent.', '时段已经过去，文章却从未发出。'],
  ['schedule/lead-time', 'A slot closer than the lead time.', '时段离现在太近，不足预留时间。'],
  ['schedule/far-future', 'A slot beyond the planning horizon.', '时段超出了排期范围。'],
  [
    'schedule/unknown-audience',
    'An audience that is not a follower tag of the account.',
    '受众不是该账号的粉丝标签。',
  ],
  [
    'schedule/monthly-limit',
    'More than 4 pushes a month to one audience of a service account.',
    '服务号一个月内对同一受众推送超过 4 次。',
  ],
  [
    'schedule/cover-ratio',
    'Head cover not ≈ 2.35:1, or other covers not ≈ 1:1.',
    '头条封面不接近 2.35:1，或次条封面不接近 1:1。',
  ],
  [
    'publish/wechat-<errcode>',
    'WeChat answered an error; the hint says what to do (40164 whitelist, 45028 quota …).',
    '微信返回了错误；提示会说明怎么处理（40164 白名单、45028 配额……）。',
  ],
  [
    'cli/unknown-slug',
    'A slug on the command line names no article (printed on stderr with a did-you-mean, and in the `--format json` document; exit 2).',
    '命令行里的 slug 不对应任何文章（在 stderr 上给出「是不是想写」建议，也写入 `--format json` 的结果；退出码 2）。',
  ],
  [
    'cli/missing-content',
    'The content folder (`--content` or config `content`) does not exist: every command that reads articles exits 2 instead of passing over zero articles.',
    '内容文件夹（`--content` 或配置 `content`）不存在：所有读取文章的命令都以退出码 2 结束，而不是在零篇文章上直接通过。',
  ],
  [
    'cli/changed-failed',
    '`check --changed <ref>` cannot list the changes: not a git repository, or the ref is not in the clone (fetch it; exit 2).',
    '`check --changed <ref>` 无法列出改动：不是 git 仓库，或克隆里没有该 ref（先 fetch；退出码 2）。',
  ],
  [
    'cli/overwrote-file',
    '`render --out` replaced a file that no earlier render wrote (not in `<out>/manifest.json`), e.g. your own `<out>/<slug>.html` when article `<slug>` appears; warned once, after which the file belongs to wxpress (removed with the article). Files a manifest never listed are never deleted.',
    '`render --out` 覆盖了一个不是之前渲染写出的文件（不在 `<out>/manifest.json` 中），例如出现文章 `<slug>` 时你自己的 `<out>/<slug>.html`；只警告一次，此后该文件归 wxpress 管理（随文章一起删除）。manifest 从未列出的文件不会被删除。',
  ],
  [
    'cli/unknown-theme',
    '`render --theme` names no theme (with did-you-mean and the list of themes; exit 2).',
    '`render --theme` 指定的主题不存在（附「是不是想写」建议和主题列表；退出码 2）。',
  ],
  [
    'cli/unknown-option',
    'An option the command does not have (with did-you-mean; exit 2). Like every `cli/*` error, also in the `--format json` document.',
    '命令没有这个选项（附「是不是想写」建议；退出码 2）。和所有 `cli/*` 错误一样，也写入 `--format json` 的结果。',
  ],
  [
    'cli/invalid-option',
    'An option value that does not parse (`--now garbage`, `--jobs 0`); `value` is the value as written (exit 2).',
    '选项的值无法解析（`--now garbage`、`--jobs 0`）；`value` 是原样的值（退出码 2）。',
  ],
  [
    'cli/missing-option-value',
    'An option written without its value (`--now` at the end; exit 2).',
    '选项缺少值（`--now` 写在最后；退出码 2）。',
  ],
  [
    'cli/invalid-arguments',
    'Other command-line errors: too many arguments, conflicting options (exit 2).',
    '其他命令行错误：参数过多、选项互相冲突（退出码 2）。',
  ],
  [
    'cli/pr-event',
    '`pr-check` has no pull request: no `--base` and no `GITHUB_EVENT_PATH`, an unreadable event file, or not a `pull_request` event (exit 2).',
    '`pr-check` 找不到拉取请求：没有 `--base` 也没有 `GITHUB_EVENT_PATH`、事件文件无法读取，或不是 `pull_request` 事件（退出码 2）。',
  ],
  [
    'cli/artifact-link',
    'The `pr-check --artifact` folder is a symbolic link: nothing is written through it (exit 2).',
    '`pr-check --artifact` 的文件夹是符号链接：不会通过它写入任何文件（退出码 2）。',
  ],
  [
    'cli/helper-failed',
    'A helper thread failed; the main thread did its share, so every result is complete (printed on stderr).',
    '辅助线程出错；主线程完成了它的那份工作，所以结果仍然完整（输出在 stderr）。',
  ],
  [
    'publish/unreachable',
    'WeChat did not answer; the next run reconciles before retrying.',
    '微信没有响应；下次运行会先核对状态再重试。',
  ],
  [
    'publish/missed',
    'A push more than `maxLatenessMinutes` late; never sent late.',
    '推送晚了超过 `maxLatenessMinutes`；不会迟发。',
  ],
  [
    'publish/ledger-unreadable',
    'The publish ledger of the article cannot be trusted (conflict markers, broken JSON, unknown `version`, wrong fields, not a file); its push is blocked, never resent.',
    '文章的发布记录不可信（有冲突标记、JSON 损坏、`version` 未知、字段不对或不是普通文件）；它所在的推送被阻止，绝不会重发。',
  ],
  [
    'publish/ledger-incomplete',
    'The ledger says sent but lacks `msg_data_id` (or the article URL) that stats need.',
    '发布记录显示已发送，但缺少统计所需的 `msg_data_id`（或文章链接）。',
  ],
  [
    'publish/unconfirmed',
    'An interrupted send whose outcome WeChat cannot tell without sending again, too late to do so.',
    '一次中断的发送：不重发就无法从微信确认结果，而现在重发已经太晚。',
  ],
  [
    'publish/internal',
    'Publishing a push failed unexpectedly (a bug); the other pushes went on.',
    '发布某次推送时意外出错（wxpress 的缺陷）；其他推送照常进行。',
  ],
  [
    'publish/credentials',
    '`publish --preflight`: the account’s credentials do not work (stable_token: 40125, 40164 …).',
    '`publish --preflight`：账号凭据无效（stable_token：40125、40164……）。',
  ],
  [
    'publish/mode-not-allowed',
    '`publish --preflight`: the account may not use the push’s mode (48001: freepublish and mass send need a verified account).',
    '`publish --preflight`：账号不能使用该推送方式（48001：发布和群发需要已认证的账号）。',
  ],
  [
    'publish/unknown-tag',
    '`publish --preflight`: the follower tag named in `audience` is not on the account (with did-you-mean).',
    '`publish --preflight`：`audience` 中的粉丝标签在账号里不存在（附近似建议）。',
  ],
  [
    'publish/immutable',
    'A sent article was edited; it is not sent again.',
    '已发出的文章被修改了；不会再次发送。',
  ],
  [
    'lint/unknown-rule',
    'A rule id in the config (reported once, on the config file), in front-matter `lint:` or in a disable comment does not exist (with did-you-mean).',
    '配置里（只在配置文件上报告一次）、front-matter `lint:` 里或禁用注释里的规则 id 不存在（附「是不是想写」建议）。',
  ],
  ['lint/unused-disable', 'A disable directive covers nothing.', '禁用注释没有覆盖到任何问题。'],
  [
    'lint/rule-crashed',
    'A rule threw (a bug); the other rules still ran.',
    '规则抛出了异常（缺陷）；其他规则照常运行。',
  ],
  [
    'config/invalid',
    'The config file is invalid (with its line for JSON).',
    '配置文件无效（JSON 配置会给出行号）。',
  ],
  [
    'config/unknown-key',
    'An unknown config key, with a did-you-mean.',
    '未知的配置项，附「是不是想写」建议。',
  ],
]
