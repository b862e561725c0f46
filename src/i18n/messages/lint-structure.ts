/** Messages of the lint rules about Markdown structure: line breaks and headings. */
import { defineMessages, m } from '../message.js'

const LEVEL_ZH = ['', '一', '二', '三', '四', '五', '六']

export const lintStructureMessages = defineMessages('lintStructure', {
  softBreak: m(
    (p: { line: number; tail: string; head: string }) =>
      `The line break at the end of line ${p.line} disappears in WeChat: \`${p.tail}\` runs into \`${p.head}\``,
    (p) => `第 ${p.line} 行末尾的换行在微信里会消失，\`${p.tail}\` 会和下一行的 \`${p.head}\` 连在一起`,
  ),
  softBreakHint: m(
    () =>
      'For a line break end the line with `\\` (`check --fix` adds it); for a new paragraph leave an empty line.',
    () => '要换行请在行尾加 `\\`（`check --fix` 会自动加上），要分段请空一行。',
  ),
  highlight: m(
    (p: { text: string }) =>
      `\`${p.text}\` is a highlight of Typora or 语雀, not Markdown: WeChat shows the equals signs`,
    (p) => `\`${p.text}\` 是 Typora、语雀等编辑器的高亮写法，不是 Markdown：微信里会原样显示等号`,
  ),
  highlightHint: m(
    () => 'Use bold (`**…**`) for what matters.',
    () => '要突出的内容改用加粗（`**…**`）。',
  ),
  indentedProse: m(
    (p: { line: number; head: string }) =>
      `The paragraph on line ${p.line} starts with a tab or four spaces and shows as a code block: \`${p.head}…\``,
    (p) => `第 ${p.line} 行的段落以制表符或四个空格开头，会显示成代码块：\`${p.head}…\``,
  ),
  indentedProseHint: m(
    (p: { full: number }) =>
      p.full
        ? 'Open the paragraph with two ideographic spaces (`　　`) like the others instead of a tab or four spaces; for real code use a ``` fence.'
        : 'Remove the indentation at the start of the lines (the theme spaces paragraphs); for real code use a ``` fence.',
    (p) =>
      p.full
        ? '像其他段落一样用两个全角空格（`　　`）代替制表符或四个空格缩进；如果真是代码，请用 ``` 围起来。'
        : '删去行首的缩进（段落间距由主题负责）；如果真是代码，请用 ``` 围起来。',
  ),
  headingSkip: m(
    (p: { from: number; to: number }) => `Heading jumps from level ${p.from} to level ${p.to}`,
    (p) => `标题从${LEVEL_ZH[p.from] ?? p.from}级跳到了${LEVEL_ZH[p.to] ?? p.to}级`,
  ),
  headingSkipHint: m(
    (p: { level: string }) => `Use \`${p.level}\` here, one level below the heading before it.`,
    (p) => `这里用 \`${p.level}\`，比上一个标题低一级。`,
  ),
  headingColon: m(
    (p: { heading: string }) => `Heading ends with a colon: \`${p.heading}\``,
    (p) => `标题末尾有冒号：\`${p.heading}\``,
  ),
  headingColonHint: m(
    (p: { fixed: string }) => `Leave the colon out: \`${p.fixed}\`.`,
    (p) => `标题末尾不用冒号，改为 \`${p.fixed}\`。`,
  ),
})
