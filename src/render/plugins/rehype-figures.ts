/** An image paragraph followed by an italic-only caption line becomes `figure > img + figcaption`. */
import type { Element, ElementContent, Root } from 'hast'

const isBlank = (n: ElementContent) => n.type === 'text' && !n.value.trim()

function soleChild(node: ElementContent | undefined, tag: string): Element | undefined {
  if (node?.type !== 'element' || node.tagName !== 'p') return undefined
  const kids = node.children.filter((c) => !isBlank(c))
  const only = kids.length === 1 ? kids[0] : undefined
  return only?.type === 'element' && only.tagName === tag ? only : undefined
}

/** `<p><img>\n<em>caption</em></p>` (caption on the next line, same paragraph). */
function inlineCaption(node: ElementContent | undefined): Element | undefined {
  if (node?.type !== 'element' || node.tagName !== 'p') return undefined
  const kids = node.children.filter((c) => !isBlank(c))
  const [img, em] = kids
  if (
    kids.length !== 2 ||
    img?.type !== 'element' ||
    img.tagName !== 'img' ||
    em?.type !== 'element' ||
    em.tagName !== 'em'
  )
    return undefined
  return {
    type: 'element',
    tagName: 'figure',
    properties: {},
    children: [img, { type: 'element', tagName: 'figcaption', properties: {}, children: em.children }],
  }
}

export function rehypeFigures() {
  return (tree: Root) => {
    const walk = (parent: Root | Element) => {
      const kids = parent.children as ElementContent[]
      for (let i = 0; i < kids.length; i++) {
        const node = kids[i]
        const inline = inlineCaption(node)
        if (inline) {
          kids[i] = inline
          continue
        }
        const img = soleChild(node, 'img')
        if (img) {
          let j = i + 1
          while (j < kids.length && isBlank(kids[j]!)) j++
          const em = soleChild(kids[j], 'em')
          if (em) {
            kids.splice(i, j - i + 1, {
              type: 'element',
              tagName: 'figure',
              properties: {},
              children: [
                img,
                { type: 'element', tagName: 'figcaption', properties: {}, children: em.children },
              ],
            })
          }
        } else if (node?.type === 'element') {
          walk(node)
        }
      }
    }
    walk(tree)
  }
}
