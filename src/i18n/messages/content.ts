/** Messages of the content stage: reading an article, its front-matter and cover. */
import { defineMessages, m, num } from '../message.js'
import { contentFieldDefs } from './content-field-defs.js'
import { yamlErrorZh } from './yaml-errors-zh.js'

export const contentMessages = defineMessages('content', {
  unreadable: m(
    (p: { error: string }) => `Cannot read the file: ${p.error}`,
    (p) => `无法读取文件：${p.error}`,
  ),
  unreadableHint: m(
    () => 'Check the file exists and is readable.',
    () => '请确认文件存在且有读取权限。',
  ),
  unwritable: m(
    (p: { file: string; code: string }) =>
      `Cannot write the fixes to ${p.file} (${p.code}); it is left as it was`,
    (p) => `无法把修正写入 ${p.file}（${p.code}），文件保持原样`,
  ),
  unwritableHint: m(
    (p: { file: string }) =>
      `Check that you may write ${p.file} (its permissions and owner) and that the disk is not full, then run \`check --fix\` again.`,
    (p) => `请确认你有权写入 ${p.file}（检查文件权限和所有者）且磁盘未满，然后重新运行 \`check --fix\`。`,
  ),
  folderTooLong: m(
    (p: { folder: string; bytes: number; max: number }) =>
      `The folder name of ${p.folder} is ${p.bytes} bytes in UTF-8 (at most ${p.max}): the files wxpress names after it (the ledger .wxpress/state/<name>.json and the temporary file it is written through, render's <name>.html) would pass the 255-byte limit of a file name`,
    (p) =>
      `${p.folder} 的文件夹名按 UTF-8 有 ${p.bytes} 字节（最多 ${p.max} 字节）：以它命名的文件（发布台账 .wxpress/state/<文件夹名>.json 及写入它时的临时文件、render 输出的 <文件夹名>.html）会超过文件名 255 字节的上限`,
  ),
  folderTooLongHint: m(
    (p: { max: number; chars: number }) =>
      `Shorten the folder name to at most ${p.max} bytes (${p.chars} Chinese characters).`,
    (p) => `缩短文件夹名：最多 ${p.max} 字节（${p.chars} 个汉字）。`,
  ),
  encoding: m(
    (p: { utf16: number }) =>
      `Cannot read the article: ${p.utf16 ? 'the file is UTF-16 encoded' : 'the file is not valid UTF-8 (GBK or another legacy encoding?)'}`,
    (p) => `无法读取文章：${p.utf16 ? '文件是 UTF-16 编码' : '文件不是有效的 UTF-8（GBK 或其他旧编码？）'}`,
  ),
  encodingHint: m(
    () => 'Save the file as UTF-8 (without changing anything else) and commit it again.',
    () => '把文件另存为 UTF-8（不改动其他内容）后重新提交。',
  ),
  emptyFile: m(
    () => 'The article file is empty',
    () => '文章文件是空的',
  ),
  emptyFileHint: m(
    () => 'Start with a front-matter block (`---`, `title: …`, `---`) and then the body.',
    () => '先写 front-matter（`---`、`title: …`、`---`），再写正文。',
  ),
  tooLarge: m(
    (p: { n: number; max: number }) =>
      `The article body has ${num(p.n)} characters of Markdown, more than the ${num(p.max)} wxpress reads; it is not linted or rendered`,
    (p) => `正文有 ${num(p.n)} 个字符的 Markdown，超过 wxpress 能处理的 ${num(p.max)} 个，不做检查和渲染`,
  ),
  tooLargeHint: m(
    () =>
      'WeChat takes fewer than 20,000 characters of visible text and less than 1 MB of HTML per article; ' +
      'split it into several articles.',
    () => '微信每篇文章的可见文字须少于 20,000 字、HTML 须小于 1 MB；请拆成几篇文章。',
  ),
  tooComplex: m(
    (p: { n: number }) =>
      `This paragraph has ${num(p.n)} emphasis and link marks (\`*\`, \`_\`, \`~\`, \`[\`, \`]\`), more than wxpress can parse in reasonable time; the article is not linted or rendered`,
    (p) =>
      `这一段有 ${num(p.n)} 个强调和链接符号（\`*\`、\`_\`、\`~\`、\`[\`、\`]\`），多到 wxpress 无法在合理时间内解析，本文不做检查和渲染`,
  ),
  tooComplexHint: m(
    () => 'Put generated or pasted text in a fenced code block (```), or split it into shorter paragraphs.',
    () => '把生成或粘贴来的文字放进代码块（```），或拆成较短的段落。',
  ),
  tooManySetext: m(
    (p: { n: number }) =>
      `The article has ${num(p.n)} headings underlined with \`===\` or \`---\` (setext headings), more than wxpress can parse in reasonable time; the article is not linted or rendered`,
    (p) =>
      `文章有 ${num(p.n)} 个用 \`===\` 或 \`---\` 下划线写的标题（setext 标题），多到 wxpress 无法在合理时间内解析，本文不做检查和渲染`,
  ),
  tooManySetextHint: m(
    () => 'Write headings with `#` (`## 小标题`); a line of `---` under text makes that text a heading.',
    () => '标题请用 `#` 写（`## 小标题`）；文字下一行的 `---` 会把这行文字变成标题。',
  ),
  tooManyLines: m(
    (p: { n: number; max: number }) =>
      `The article has ${num(p.n)} lines of text (code blocks not counted), more than the ${num(p.max)} wxpress reads; it is not linted or rendered`,
    (p) => `文章有 ${num(p.n)} 行文字（不算代码块），超过 wxpress 能处理的 ${num(p.max)} 行，不做检查和渲染`,
  ),
  tooManyLinesHint: m(
    () =>
      'WeChat takes fewer than 20,000 characters of visible text per article; split it into several articles, or put data in a table image or a linked file.',
    () => '微信每篇文章的可见文字须少于 20,000 字；请拆成几篇文章，或把数据做成图片、放到链接的文件里。',
  ),
  missingBlock: m(
    () => 'The article has no front-matter',
    () => '文章没有 front-matter',
  ),
  missingBlockHint: m(
    () =>
      'Begin the file with a `---` line, the keys (title, topic, slot, audience, cover …), and a closing `---` line.',
    () =>
      '文件以一行 `---` 开头，接着写各个键（title、topic、slot、audience、cover……），再以一行 `---` 结束。',
  ),
  unclosed: m(
    () => 'The front-matter block opened with `---` is never closed',
    () => '以 `---` 开头的 front-matter 没有闭合',
  ),
  unclosedHint: m(
    () => 'Add a line with only `---` after the last key.',
    () => '在最后一个键之后加一行 `---`。',
  ),
  language: m(
    (p: { lang: string }) => `Front-matter in \`${p.lang}\` is not supported`,
    (p) => `不支持 \`${p.lang}\` 格式的 front-matter`,
  ),
  languageHint: m(
    () => 'Write the front-matter in YAML (a plain `---` line).',
    () => '请用 YAML 写 front-matter（以单独一行 `---` 开头）。',
  ),
  duplicateKey: m(
    (p: { key: string; first: number }) =>
      `Front-matter is not valid YAML: \`${p.key}\` is written twice${p.first ? ` (first on line ${p.first})` : ''}`,
    (p) =>
      `front-matter 不是合法的 YAML：\`${p.key}\` 写了两次${p.first ? `（第一次在第 ${p.first} 行）` : ''}`,
  ),
  duplicateKeyHint: m(
    (p: { key: string; first: number; second: number }) =>
      `Remove one of the two \`${p.key}\` lines${p.first ? ` (line ${p.first} or ${p.second})` : ''}; YAML keeps only one value per key: until then the later one${p.first ? ` (line ${p.second})` : ''} is checked and used.`,
    (p) =>
      `删掉两行 \`${p.key}\` 中的一行${p.first ? `（第 ${p.first} 行或第 ${p.second} 行）` : ''}；YAML 每个键只能有一个值，删掉之前按后一行${p.first ? `（第 ${p.second} 行）` : ''}的值检查和使用。`,
  ),
  yamlSyntax: m(
    (p: { error: string; code: string }) => `Front-matter is not valid YAML: ${p.error}`,
    (p) => `front-matter 不是合法的 YAML：${yamlErrorZh(p.code, p.error)}`,
  ),
  yamlSyntaxHint: m(
    () => 'Check indentation and quoting; values containing `: ` or `#` need quotes.',
    () => '检查缩进和引号；含有 `: ` 或 `#` 的值要加引号。',
  ),
  notMapping: m(
    () => 'Front-matter must be `key: value` lines',
    () => 'front-matter 必须是 `键: 值` 形式的行',
  ),
  notMappingHint: m(
    () => 'Write one `key: value` per line.',
    () => '每行写一个 `键: 值`。',
  ),
  emptyBody: m(
    (p: { comments: number }) =>
      `The article has no body${p.comments ? ' (only HTML comments)' : ''}: it would be sent as an empty message`,
    (p) => `文章没有正文${p.comments ? '（只有 HTML 注释）' : ''}：发出去会是一条空消息`,
  ),
  emptyBodyHint: m(
    () =>
      'Write the article below the closing `---` line (or remove the folder if the article is not ready yet).',
    () => '在结束的 `---` 行下面写正文（文章还没准备好的话，先删掉这个文件夹）。',
  ),
  coverRemote: m(
    (p: { cover: string }) => `\`cover\` must be a local image, not ${p.cover}`,
    (p) => `\`cover\` 必须是本地图片，不能是 ${p.cover}`,
  ),
  coverRemoteHint: m(
    () => 'Download the image into the article folder and write its relative path, e.g. `cover: cover.jpg`.',
    () => '把图片下载到文章文件夹里，写它的相对路径，例如 `cover: cover.jpg`。',
  ),
  coverOutside: m(
    (p: { cover: string }) => `\`cover\` points outside the article folder: ${p.cover}`,
    (p) => `\`cover\` 指向了文章文件夹之外：${p.cover}`,
  ),
  coverOutsideHint: m(
    () => 'Keep the cover inside the article folder and write a relative path such as `cover: cover.png`.',
    () => '把封面放在文章文件夹里，写相对路径，例如 `cover: cover.png`。',
  ),
  coverMissing: m(
    (p: { cover: string }) => `Cover image not found: ${p.cover}`,
    (p) => `找不到封面图片：${p.cover}`,
  ),
  coverMissingHint: m(
    (p: { path: string }) =>
      `Add the file at ${p.path}, or fix the path (it is relative to the article folder).`,
    (p) => `在 ${p.path} 放好文件，或改正路径（路径相对于文章文件夹）。`,
  ),
  coverLink: m(
    (p: { cover: string }) => `\`cover\` links to a file outside the article folder: ${p.cover}`,
    (p) => `\`cover\` 链接到了文章文件夹之外的文件：${p.cover}`,
  ),
  coverLinkHint: m(
    () => 'Replace the symbolic link with a copy of the image.',
    () => '用图片的副本替换这个符号链接。',
  ),
  ...contentFieldDefs,
})
