/**
 * The front-matter YAML errors whose cause wxpress finds itself (a quote or bracket never closed, a Tab
 * indent): the message names the cause first, the hint the line where it starts. Ids stay `content.*`.
 */
import { defineMessages, m } from '../message.js'

export const contentYamlMessages = defineMessages('content', {
  /** `key`: the top-level key of the value, or '' when the quote is not in one. */
  unclosedQuote: m(
    (p: { quote: string; key: string }) =>
      `Front-matter is not valid YAML: the \`${p.quote}\` quote opened here${p.key ? ` (\`${p.key}\`)` : ''} is never closed`,
    (p) =>
      `front-matter 不是合法的 YAML：${p.key ? `\`${p.key}\` 的值开头的` : '这里的'} \`${p.quote}\` 没有配对的引号`,
  ),
  /** `key`: the top-level key of the value, or '' when the bracket is not in one. */
  unclosedFlow: m(
    (p: { open: string; close: string; key: string }) =>
      `Front-matter is not valid YAML: the \`${p.open}\` opened here${p.key ? ` (\`${p.key}\`)` : ''} has no matching \`${p.close}\``,
    (p) =>
      `front-matter 不是合法的 YAML：${p.key ? `\`${p.key}\` 的值开头的` : '这里的'} \`${p.open}\` 没有配对的 \`${p.close}\``,
  ),
  unclosedQuoteHint: m(
    (p: { line: number; quote: string }) =>
      `The \`${p.quote}\` on line ${p.line} is never closed, so YAML reads the rest of the front-matter as part of this value: end the value with \`${p.quote}\`, or remove the \`${p.quote}\`.`,
    (p) =>
      `第 ${p.line} 行的 \`${p.quote}\` 没有配对的引号，YAML 会把后面整段 front-matter 都当成这个值：在这个值的末尾补上 \`${p.quote}\`，或者去掉开头的 \`${p.quote}\`。`,
  ),
  unclosedFlowHint: m(
    (p: { line: number; open: string; close: string }) =>
      `The \`${p.open}\` on line ${p.line} is never closed: end the value with \`${p.close}\`, or remove the \`${p.open}\` (one value needs no brackets).`,
    (p) =>
      `第 ${p.line} 行的 \`${p.open}\` 没有配对的 \`${p.close}\`：在这个值的末尾补上 \`${p.close}\`，或者去掉 \`${p.open}\`（只有一个值时不需要括号）。`,
  ),
  /** `what`: `colon` (a full-width colon after the key) or `space` (an unusual space after the colon). */
  wideColon: m(
    (p: { key: string; what: string; code: string }) =>
      p.what === 'colon'
        ? `\`${p.key}\` is followed by a full-width colon \`：\`: YAML reads the line as text, not as a key`
        : `The space after \`${p.key}:\` is ${p.code}, not an ordinary space: YAML does not read the line as a key`,
    (p) =>
      p.what === 'colon'
        ? `\`${p.key}\` 后面是全角冒号「：」：YAML 会把这一行当成普通文字，而不是键`
        : `\`${p.key}:\` 后面的空格是 ${p.code}，不是普通空格：YAML 不会把这一行当成键`,
  ),
  wideColonHint: m(
    (p: { key: string; line: number }) =>
      `On line ${p.line}, write a half-width colon and an ordinary space: \`${p.key}: …\` (a Chinese input method types \`：\`).`,
    (p) => `把第 ${p.line} 行写成半角冒号加普通空格：\`${p.key}: …\`（中文输入法打出的是全角「：」）。`,
  ),
  indentedKeyHint: m(
    (p: { line: number }) =>
      `Remove the spaces at the start of line ${p.line}, so its key starts in the same column as the keys above it.`,
    (p) => `删掉第 ${p.line} 行开头多出的空格，让这个键和上面的键左对齐。`,
  ),
  tabIndentHint: m(
    (p: { line: number }) =>
      `Replace the Tab at the start of line ${p.line} with spaces (two spaces per level of indentation).`,
    (p) => `把第 ${p.line} 行开头的 Tab 换成空格（每一层缩进用两个空格）。`,
  ),
})
