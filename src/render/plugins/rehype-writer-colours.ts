/**
 * Raw HTML that sets its own `color` (a brand colour) keeps it for everything inside: the theme's colour
 * for `strong`, `em`, `code`, `sup` … would otherwise paint a green phrase into a red paragraph. Under an
 * element with an inline `color`, each element without one of its own is marked
 * `data-wxpress-inherit="color"`; under an inline `background`, inline elements are marked `background`
 * too. After the theme is inlined, `inline-css` removes the marked declarations (only the theme's can be
 * there) and the mark. Not marked: links (`a`, which would turn browser blue), inline `code`'s
 * background (the chip says "code"), and code blocks, formulas and diagrams (they bring their own colours).
 */
import type { Element, Root } from 'hast'
import { parseDeclarations } from '../../themes/style-declarations.js'

const OWN_COLOURS = new Set(['pre', 'svg', 'a'])
const INLINE = new Set(['strong', 'b', 'em', 'i', 'u', 'del', 's', 'mark', 'small', 'span', 'sup', 'sub'])

interface Sets {
  color: boolean
  background: boolean
}

function declared(node: Element): Sets {
  const style = node.properties.style
  const out = { color: false, background: false }
  if (typeof style !== 'string') return out
  for (const d of parseDeclarations(style)) {
    if (d.property === 'color') out.color = true
    if (d.property === 'background' || d.property === 'background-color') out.background = true
  }
  return out
}

const classes = (node: Element) =>
  Array.isArray(node.properties.className) ? node.properties.className.map(String) : []

function mark(parent: Root | Element, inherited: Sets): void {
  for (const node of parent.children) {
    if (node.type !== 'element') continue
    if (OWN_COLOURS.has(node.tagName) || classes(node).some((c) => /^math-|^mermaid$/.test(c))) continue
    const own = declared(node)
    const drop = [
      inherited.color && !own.color ? 'color' : '',
      inherited.background && !own.background && INLINE.has(node.tagName) ? 'background' : '',
    ].filter(Boolean)
    if (drop.length > 0) node.properties.dataWxpressInherit = drop.join(' ')
    mark(node, { color: inherited.color || own.color, background: inherited.background || own.background })
  }
}

export function rehypeWriterColours() {
  return (tree: Root) => mark(tree, { color: false, background: false })
}
