/** Messages of the lint rules about Markdown structure: line breaks and headings. */
import { defineMessages, m } from '../message.js'

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
})
