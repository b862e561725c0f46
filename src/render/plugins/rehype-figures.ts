/**
 * An image standing alone in its paragraph gets a caption, `figure > img + figcaption`: from an
 * italic-only line right after it (the next line or the next paragraph), or else from the image's
 * Markdown title (`![架构](a.png "图 1：组件架构")`, which would otherwise be an invisible `title=`).
 */
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
  return figure(img, em.children)
}

function figure(img: Element, caption: ElementContent[]): Element {
  return {
    type: 'element',
    tagName: 'figure',
    properties: {},
    children: [img, { type: 'element', tagName: 'figcaption', properties: {}, children: caption }],
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
          if (em) kids.splice(i, j - i + 1, figure(img, em.children))
          else {
            const title = typeof img.properties.title === 'string' ? img.properties.title.trim() : ''
            if (!title) continue
            delete img.properties.title
            kids[i] = figure(img, [{ type: 'text', value: title }])
          }
        } else if (node?.type === 'element') {
          walk(node)
        }
      }
    }
    walk(tree)
  }
}
