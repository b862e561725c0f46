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
    () => 'For a line break end the line with `\\`; for a new paragraph leave an empty line.',
    () => '要换行请在行尾加 `\\`，要分段请空一行。',
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
