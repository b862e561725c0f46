import type { DiagnosticDoc } from './diagnostic-doc.js'

/** Meaning of the diagnostic ids of content, front-matter and images, in both languages. */
export const CONTENT_IDS: readonly DiagnosticDoc[] = [
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
    'content/index-name',
    'A slug folder holds its article as `index.MD`, `Index.md` or in other letter case: only `index.md` is read, so the article is neither checked, planned nor sent (a case-insensitive disk, macOS or Windows, reads it all the same). Rename the file.',
    '文章文件夹里的文章文件是 `index.MD`、`Index.md` 等大小写不同的名字：只有 `index.md` 会被读取，所以这篇文章不会被检查、排期或发送（不区分大小写的磁盘，如 macOS 或 Windows，却能读到它）。请改名。',
  ],
  [
    'content/folder-name-too-long',
    'The article’s folder name is longer than 237 bytes in UTF-8 (79 Chinese characters): the files named after it (the ledger `.wxpress/state/<slug>.json` and the temporary file it is written through, render’s `<slug>.html`) would pass the 255-byte limit of a file name, and its push would fail at the slot.',
    '文章文件夹名按 UTF-8 超过 237 字节（79 个汉字）：以它命名的文件（发布台账 `.wxpress/state/<slug>.json` 及写入它时的临时文件、render 输出的 `<slug>.html`）会超过文件名 255 字节的上限，推送会在推送时间失败。',
  ],
  [
    'content/unwritable',
    '`check --fix` could not write its fixes to the article file (read-only, another owner, a full disk): the file is left as it was; the other files’ fixes are written.',
    '`check --fix` 无法把修正写入文章文件（只读、属于别的用户、磁盘已满）：该文件保持原样，其他文件的修正照常写入。',
  ],
  [
    'content/internal',
    'Loading an article failed unexpectedly (a bug); the other articles went on.',
    '读取文章时意外出错（wxpress 的缺陷）；其他文章照常处理。',
  ],
  [
    'content/outside-root',
    'The article file, or its slug folder, is a symbolic link out of the site (or into `.git`): it is never read. A slug folder linked to a folder inside the site is followed (unless another slug reaches the same folder: `content/duplicate-folder`).',
    '文章文件或它所在的文章文件夹是指向站点之外（或 `.git` 之内）的符号链接：不会读取它。链接到站点之内文件夹的文章文件夹照常读取（除非另一个 slug 也指向同一个文件夹：`content/duplicate-folder`）。',
  ],
  [
    'content/duplicate-folder',
    'A slug folder is a symbolic link to the folder of another article (`content/b -> a`), or to a folder another link already reaches: the same article would be planned and published under two slugs. Reported on the link (on every link but one when only links reach the folder: the first by slug) and never read, planned or published; the folder itself stays an article.',
    '文章文件夹是指向另一篇文章文件夹的符号链接（`content/b -> a`），或者指向另一个链接已经指向的文件夹：同一篇文章会以两个 slug 排期和发布。报告在链接上（只有链接指向那个文件夹时，除按 slug 排第一的链接外每个链接都报告），链接不会被读取、排期或发布；那个文件夹本身照常是一篇文章。',
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
    'A body that would take seconds to minutes to parse: a paragraph with thousands of emphasis, strike-through or link marks (reported at it), more than a thousand setext headings (at the first), or more than 5,000 lines of text outside code blocks (at the line past it); the article is neither linted nor rendered.',
    '解析要花几秒到几分钟的正文：某个段落里有成千上万个强调、删除线或链接标记（在该段落处报告），setext 标题超过一千个（在第一个处报告），或代码块以外的文字超过 5,000 行（在超出的那一行报告）；整篇文章不做检查也不渲染。',
  ],
  ['frontmatter/missing-block', 'The file has no front-matter.', '文件没有 front-matter。'],
  ['frontmatter/unclosed', 'The `---` block is never closed.', '`---` 块没有闭合。'],
  ['frontmatter/language', 'Front-matter in another language than YAML.', 'front-matter 用的不是 YAML。'],
  [
    'frontmatter/yaml-syntax',
    'The front-matter is not valid YAML (duplicate keys included). A key written twice does not stop the check: the other keys are validated, with the later value of the repeated key; any other syntax error does.',
    'front-matter 不是合法的 YAML（包括重复的键）。某个键写了两次时，其余的键照常检查，重复的键按后一行的值；其他语法错误则到此为止。',
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
  [
    'frontmatter/empty',
    'A key that must have a value (title, topic, audience, cover, slot) is empty. Any other key left blank (`digest:`, `author: ""`) counts as not written: a blank `digest` gets the `length/digest-missing` info.',
    '必须有值的键（title、topic、audience、cover、slot）是空的。其他键留空（如 `digest:`、`author: ""`）按没写处理：`digest` 留空会得到 `length/digest-missing` 提示。',
  ],
  [
    'frontmatter/invalid-value',
    'A value of the wrong type or not one of the allowed values (with did-you-mean); a line break in `title` or `author` (a YAML `|` or `>` block), or a control character (U+0000–U+001F but tab, U+007F) in `title`, `author` or `digest`: WeChat would get it as it is. A `digest` written over several lines is joined into one line (no space between two Chinese characters).',
    '值的类型不对，或不在允许的取值中（附「是不是想写」建议）；`title` 或 `author` 里有换行（YAML 的 `|` 或 `>` 块），或 `title`、`author`、`digest` 里有控制字符（U+0000–U+001F，制表符除外，以及 U+007F）：它们会原样发给微信。分成多行写的 `digest` 会合并成一行（两个汉字之间不加空格）。',
  ],
  [
    'frontmatter/unknown-account',
    '`account` is not an account of the config.',
    '`account` 不是配置里的账号。',
  ],
  [
    'frontmatter/max-length',
    'title > 64, digest > 54 or author > 8 characters (configurable limits; WeChat’s own digest limit is 120).',
    'title 超过 64、digest 超过 54 或 author 超过 8 个字符（上限可配置；微信自己的摘要上限是 120）。',
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
    'frontmatter/draft',
    'A `draft:` key (static-site generators): wxpress has none. `draft: true` is an error, so the article is blocked rather than sent at its slot; `draft: false` a warning that it does nothing. Remove `slot` not to send, or use `mode: draft`.',
    '`draft:` 键（静态站点生成器的写法）：wxpress 不认。`draft: true` 是错误，文章被拦下而不会按 slot 发出；`draft: false` 是警告，说明它不起作用。不想发布就删掉 `slot`，只存草稿就用 `mode: draft`。',
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
    'image/large-file',
    'A local image over 10 MB: converted for WeChat all the same, but git keeps it for good and every clone downloads it; shrink it before committing.',
    '本地图片超过 10 MB：照样会为微信转换，但 git 会永久保存它，每次克隆都要下载；提交前先缩小。',
  ],
  [
    'image/truncated',
    'A local image is cut off (an interrupted download or copy): its end is missing (read from its last 64 bytes). A JPEG that ends in zero bytes (a download into a preallocated file, interrupted) is judged by its last bytes before them (read backwards, at most 4 MB): without its end marker there, it is cut off too.',
    '本地图片不完整（下载或复制中断）：缺少文件结尾（检查文件最后 64 字节）。以零字节结尾的 JPEG（预先分配空间的下载被中断）按零字节之前的最后几个字节判断（向前读取，最多 4 MB）：那里没有结束标记，同样算不完整。',
  ],
  [
    'image/converted',
    'An image was re-encoded to JPEG/PNG ≤ 1 MB for WeChat.',
    '图片已重新编码为不超过 1 MB 的 JPEG/PNG，以符合微信要求。',
  ],
  [
    'image/animation-lost',
    'An animated image (a GIF of more than one frame) becomes its first frame: WeChat body images are JPEG/PNG ≤ 1 MB. Replace it at mp.weixin.qq.com after the draft is created if the animation matters.',
    '动图（多于一帧的 GIF）只会保留第一帧：微信正文图片只能是 1 MB 以内的 JPEG/PNG。需要动图，请在草稿创建后到公众号后台替换。',
  ],
  [
    'image/transparency-lost',
    'A transparent image could not stay a PNG ≤ 1 MB (palette-quantised and scaled down to 686 px wide), so it became a JPEG with its transparent parts filled with white (#ffffff): a white box on tinted sections and in dark mode.',
    '透明图片压缩成调色板 PNG、缩小到 686px 宽后仍超过 1 MB，只能转成 JPEG，透明部分填成白色（#ffffff）：放在彩色背景上或在深色模式下会露出白色方框。',
  ],
  ['image/missing-alt', 'An image has no alt text.', '图片没有替代文字（alt）。'],
]
