/**
 * Pandoc's rule for inline math, applied after parsing: `$…$` is math only when the opening `$` is
 * not followed by a space and the closing `$` is not followed by a digit, so `$5到$10` stays text.
 */
import type { InlineMath } from 'mdast-util-math'
import type { Parent, Root, Text } from 'mdast'

export function guardDollars(tree: Root, markdown: string): void {
  const walk = (node: Parent) => {
    for (let i = 0; i < node.children.length; i++) {
      const child = node.children[i] as unknown as InlineMath | (Parent & { type: string })
      if (child.type === 'inlineMath') {
        const end = child.position?.end.offset
        const start = child.position?.start.offset
        const next = end === undefined ? '' : markdown.charAt(end)
        const raw =
          start !== undefined && end !== undefined
            ? markdown.slice(start, end)
            : `$${(child as InlineMath).value}$`
        if (/\d/.test(next) || /^\$\s/.test(raw) || /\s\$$/.test(raw)) {
          const text: Text = { type: 'text', value: raw }
          if (child.position) text.position = child.position
          node.children.splice(i, 1, text as never)
        }
      } else if ('children' in child) {
        walk(child)
      }
    }
  }
  walk(tree)
}
