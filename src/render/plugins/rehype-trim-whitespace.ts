/**
 * Removes the whitespace-only text between block elements (list items, table rows, sections): the
 * WeChat editor turns it into visible gaps and stray empty lines.
 */
import type { Root } from 'hast'
import { walkElements } from '../walk-elements.js'

const BLOCKS = new Set([
  'ul',
  'ol',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'section',
  'blockquote',
  'figure',
  'li',
])

export function rehypeTrimWhitespace() {
  return (tree: Root) => {
    walkElements(tree, (node) => {
      if (!BLOCKS.has(node.tagName)) return
      const hasBlockChild = node.children.some(
        (c) =>
          c.type === 'element' &&
          c.tagName !== 'span' &&
          c.tagName !== 'code' &&
          c.tagName !== 'strong' &&
          c.tagName !== 'em' &&
          c.tagName !== 'sup' &&
          c.tagName !== 'a' &&
          c.tagName !== 'img' &&
          c.tagName !== 'br' &&
          c.tagName !== 'del',
      )
      if (node.tagName !== 'li' || hasBlockChild) {
        node.children = node.children.filter(
          (c) =>
            !(
              c.type === 'text' &&
              /^\s*$/.test(c.value) &&
              (node.tagName !== 'li' || c.value.includes('\n'))
            ),
        )
      }
      if (node.tagName === 'li') {
        const last = node.children.at(-1)
        if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '')
      }
    })
  }
}
