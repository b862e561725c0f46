/**
 * GFM literal autolinks swallow text up to the next space, so `在https://a.com/x,欢迎` would link
 * `https://a.com/x,欢迎`. Cut literal autolinks at the first non-ASCII character (and the ASCII
 * punctuation right before it) and give the rest back to the text.
 */
import type { Link, Parent, Root, Text } from 'mdast'

export function remarkAutolinkCjk() {
  return (tree: Root) => {
    const walk = (node: Parent) => {
      for (let i = 0; i < node.children.length; i++) {
        const child = node.children[i]!
        if (child.type === 'link') {
          const only = child.children.length === 1 ? child.children[0] : undefined
          const text = only?.type === 'text' ? only.value : undefined
          const literal =
            text !== undefined &&
            (child.url === text || child.url === `http://${text}` || child.url === `mailto:${text}`)
          const cut = text === undefined ? -1 : text.search(/[^\x00-\x7f]/)
          if (literal && text && cut > 0) {
            const head = text.slice(0, cut).replace(/[,.;:!?'")\]]+$/, '')
            const rest = text.slice(head.length)
            const link = child as Link
            link.url = link.url.slice(0, link.url.length - text.length) + head
            ;(only as Text).value = head
            node.children.splice(i + 1, 0, { type: 'text', value: rest })
          }
        } else if ('children' in child) {
          walk(child as Parent)
        }
      }
    }
    walk(tree)
  }
}
