/**
 * A paragraph that starts with a tab or four spaces (首行缩进, a habit of Chinese writers) is an indented
 * code block in Markdown: the reader sees it in a grey monospace box, with the indented paragraphs after
 * it merged into the same box, and no other rule looks inside. Reported when the block reads as Chinese
 * prose, not code: at least half of its visible characters Chinese, and no line that looks like code
 * (a comment, a prompt, an assignment, braces …), so `    npm install` and `    // 初始化` stay code.
 * The fix removes the indentation of the block's lines (at the top level and in blockquotes; inside a
 * list item the indentation also decides what belongs to the item, so no fix there). In an essay whose
 * other paragraphs open with two ideographic spaces (`　　`, the indentation Markdown keeps), each
 * paragraph's first line gets `　　` instead, so it does not stand flush-left between indented ones.
 */
import type { Code, Parent, RootContent } from 'mdast'
import { defineLintRule } from '../define-lint-rule.js'
import type { ProseSegment } from '../prose.js'
import { lintStructureMessages } from '../../i18n/messages/lint-structure.js'
const { msg } = lintStructureMessages

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/gu
/** A line of code: a comment or prompt opening it, or signs prose does not use. */
const CODE_LINE =
  /^(?:\/\/|\/\*|\*|#|--|<|\$|>|%|;|[-+*] )|[=;{}<>]|\)\s*$|^\w+\(|\b(?:function|return|import|const|let|var|def|class)\b/
/** The container prefix of a source line (blockquote markers), and the indentation after it. */
const PREFIX = /^((?:[ \t]{0,3}>[ \t]?)*)([ \t]*)/

/** Whether the text of an indented code block reads as Chinese prose. */
export function isChineseProse(value: string): boolean {
  const lines = value.split('\n').filter((l) => l.trim())
  if (lines.length === 0 || lines.some((l) => CODE_LINE.test(l.trim()))) return false
  const visible = value.replace(/\s/g, '')
  const han = visible.match(HAN)?.length ?? 0
  return han >= 8 && han * 2 >= [...visible].length
}

function codeBlocks(node: Parent, inList: boolean, out: [Code, boolean][] = []): [Code, boolean][] {
  for (const child of node.children as RootContent[]) {
    if (child.type === 'code') out.push([child, inList])
    else if ('children' in child)
      codeBlocks(
        child as Parent,
        inList || child.type === 'listItem' || child.type === 'footnoteDefinition',
        out,
      )
  }
  return out
}

/** Two ideographic spaces: a first-line indent Markdown shows as it is. */
const FULL_INDENT = '\u3000\u3000'

/** Whether most paragraphs with Chinese text (outside lists) open with `　　`. */
function opensWithFullIndent(node: Parent, markdown: string, count = { yes: 0, no: 0 }) {
  for (const child of node.children as RootContent[]) {
    if (child.type === 'paragraph' && child.position) {
      const text = markdown.slice(child.position.start.offset, child.position.end.offset)
      if (text.search(HAN) >= 0) count[text.startsWith(FULL_INDENT) ? 'yes' : 'no']++
    } else if (child.type === 'blockquote') opensWithFullIndent(child, markdown, count)
  }
  return count.yes > 0 && count.yes >= count.no
}

export const indentedProse = defineLintRule({
  id: 'markdown/indented-prose',
  severity: 'warning',
  fixable: true,
  docs: {
    description:
      "A paragraph of Chinese text indented by a tab or four spaces (首行缩进), which Markdown turns into a code block. The fix removes the indentation, or writes `　　` (two ideographic spaces) when the article's other paragraphs open with it.",
    rationale:
      'Four spaces or a tab at the start of a paragraph make an indented code block: the reader sees the paragraph in a grey monospace box, the indented paragraphs after it join the same box, and typography is not checked inside. Themes indent or space paragraphs themselves; the fix removes the indentation, or writes `　　` where the other paragraphs open with it.',
    bad: '\t这一段以制表符开头，是很多人写中文时的首行缩进习惯。',
    good: '这一段以制表符开头，是很多人写中文时的首行缩进习惯。',
  },
  check(context) {
    const markdown = context.article.markdown
    let full: boolean | undefined
    for (const [code, inList] of codeBlocks(context.tree, false)) {
      const start = code.position?.start.offset
      const end = code.position?.end.offset
      if (code.lang || start === undefined || end === undefined || !isChineseProse(code.value)) continue
      const lineStart = markdown.lastIndexOf('\n', start - 1) + 1
      const source = markdown.slice(lineStart, end)
      // a fenced block has its fence here; an indented one starts with its indentation
      const [, prefix = '', indent = ''] = PREFIX.exec(source) ?? []
      if (!indent || /^(?:`{3}|~{3})/.test(source.slice(prefix.length + indent.length))) continue
      const segment: ProseSegment = { text: source, where: 'body', offset: lineStart }
      const edits: { segment: ProseSegment; start: number; end: number; text: string }[] = []
      full ??= opensWithFullIndent(context.tree, markdown)
      let at = 0
      let opens = true
      for (const line of source.split('\n')) {
        const [, p = '', ws = ''] = PREFIX.exec(line) ?? []
        const blank = !line.trim().replace(/^>/, '').trim()
        // the first line of each paragraph keeps an indent the reader sees, if the essay has one
        const text = full && opens ? FULL_INDENT : ''
        if (ws && !blank) edits.push({ segment, start: at + p.length, end: at + p.length + ws.length, text })
        opens = blank
        at += line.length + 1
      }
      const [fix, ...moreFixes] = inList ? [] : edits
      const first = code.value.split('\n').find((l) => l.trim()) ?? ''
      context.report({
        message: msg.indentedProse({
          line: code.position!.start.line,
          head: [...first.trim()].slice(0, 12).join(''),
        }),
        place: code.position,
        value: first.trim(),
        hint: msg.indentedProseHint({ full: full ? 1 : 0 }),
        ...(fix ? { fix, moreFixes } : {}),
      })
    }
  },
})
