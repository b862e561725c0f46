/**
 * `:smile:` shortcodes → emoji (node-emoji), in prose only: never in code, math, HTML or link URLs,
 * and not in literal autolinks (whose text is a URL). Literal emoji are left byte-for-byte.
 */
import { get } from 'node-emoji'
import type { Parent, Root } from 'mdast'

/** A shortcode standing on its own: not glued to Latin letters or digits (`user:id:1001`, `a:b:c` are text). */
const SHORTCODE = /(?<![A-Za-z0-9]):([a-z0-9_+-]{1,40}):(?![A-Za-z0-9])/g

export function remarkEmoji() {
  return (tree: Root) => {
    const walk = (node: Parent) => {
      for (const child of node.children) {
        if (child.type === 'text') {
          if (child.value.includes(':'))
            child.value = child.value.replace(SHORTCODE, (whole, name: string) => get(name) ?? whole)
        } else if (
          child.type === 'link' &&
          child.children.length === 1 &&
          child.children[0]?.type === 'text' &&
          child.url.endsWith(child.children[0].value)
        ) {
        } else if ('children' in child) {
          walk(child as Parent)
        }
      }
    }
    walk(tree)
  }
}
