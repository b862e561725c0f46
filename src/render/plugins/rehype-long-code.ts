/**
 * Inline code of the body breaks only at its spaces and hyphens (the themes give code no
 * `word-break: break-all`, which split `git switch` as `git swit|ch`). A token with no such place and
 * wider than about five characters of body text (a long identifier, a hash) may break anywhere, as a
 * long URL does: WeChat justifies its lines, and a token pushed whole to the next line would leave the
 * line before it stretched with wide gaps. Code blocks and table cells have their own rules.
 */
import type { Root } from 'hast'
import { hastText } from '../hast-text.js'
import { emWidth } from '../text-width.js'
import { SKIP, walkElements } from '../walk-elements.js'
import { addStyle } from './keep-code-whole.js'

/** The widest gap (in em of body text) a token pushed to the next line may leave. */
const LONG_EM = 5

export function rehypeLongCode() {
  return (tree: Root) => {
    walkElements(tree, (node) => {
      if (node.tagName === 'pre' || node.tagName === 'table') return SKIP
      if (node.tagName !== 'code') return undefined
      const text = hastText(node)
      if (!/[\s\-/]/.test(text) && emWidth(text) > LONG_EM) addStyle(node, 'word-break:break-all')
      return SKIP
    })
  }
}
