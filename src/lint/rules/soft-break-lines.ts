/**
 * The lines of a paragraph as a reader would have read them in the source: the visible text of each,
 * how much of it is bold or italic, and where the soft break (the `\n` of a text node) that ends it is.
 */
import type { Paragraph, PhrasingContent } from 'mdast'

export interface SourceLine {
  /** Visible text (inline code and math by their value, images as U+FFFC). */
  text: string
  /** Non-space characters inside and outside bold/italic. */
  emphasised: number
  plain: number
  /** The line holds an image, or ends with a hard break (`\`, two spaces, `<br>`). */
  image: boolean
  hard: boolean
  /** The soft break ending the line: the text node's start offset and the index of `\n` in its value. */
  soft?: { offset: number; index: number }
}

const BR = /^<br\s*\/?>$/i
/** A short label and a colon opening a line: `时间：…`, `**地点**：…`, `📍 费用:…` (not `10:30`, not `https://`). */
const LABEL = /^\s*([^\p{P}\s][^\p{P}]{0,9}?)\s*[：:](?!\/\/)/u

/** Whether a line's visible text opens with a label, as the lines of a `时间：… 地点：…` block do. */
export function opensWithLabel(text: string): boolean {
  const label = LABEL.exec(text)?.[1]
  return label !== undefined && /\p{L}/u.test(label)
}

export function paragraphLines(paragraph: Paragraph): SourceLine[] {
  const lines: SourceLine[] = []
  let current: SourceLine = { text: '', emphasised: 0, plain: 0, image: false, hard: false }
  const close = (soft?: SourceLine['soft'], hard = false) => {
    // the `\n` right after a `<br>` or a hard break ends no line of its own
    if (current.text.trim() === '' && !current.image && lines.length > 0 && soft) return
    lines.push({ ...current, hard: current.hard || hard, ...(soft ? { soft } : {}) })
    current = { text: '', emphasised: 0, plain: 0, image: false, hard: false }
  }
  const add = (text: string, emphasis: boolean) => {
    current.text += text
    current.hard = current.hard && text.trim() === ''
    const n = text.replace(/\s/g, '').length
    if (emphasis) current.emphasised += n
    else current.plain += n
  }
  const walk = (nodes: readonly PhrasingContent[], emphasis: boolean) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'text': {
          const parts = node.value.split('\n')
          let index = -1
          parts.forEach((part, i) => {
            if (i > 0) {
              index = node.value.indexOf('\n', index + 1)
              const offset = node.position?.start.offset
              close(offset === undefined ? undefined : { offset, index })
            }
            add(part, emphasis)
          })
          break
        }
        case 'break':
          close(undefined, true)
          break
        case 'inlineCode':
        case 'inlineMath' as never:
          add(String((node as { value: string }).value).replace(/\n/g, ' '), emphasis)
          break
        case 'html':
          if (BR.test(node.value.trim())) current.hard = true
          break
        case 'image':
        case 'imageReference':
          current.image = true
          add('\ufffc', emphasis)
          break
        case 'strong':
        case 'emphasis':
          walk(node.children, true)
          break
        default:
          if ('children' in node) walk(node.children as PhrasingContent[], emphasis)
      }
    }
  }
  walk(paragraph.children, false)
  close()
  return lines
}
