/**
 * The last pass over the inlined DOM: wxpress's own hooks go. `class`, `id` and `data-*` attributes
 * (WeChat ignores or strips them), elements the theme was to fill and did not, and the theme's
 * declarations an element is marked to go without.
 */
import { parseDeclarations } from '../themes/style-declarations.js'

export interface DomNode {
  attribs?: Record<string, string>
  children?: DomNode[]
}

/** The properties of `mark` (`data-wxpress-inherit`: `background` is also `background-color`; `data-wxpress-drop`:
 * with their longhands, `border` is also `border-bottom-color`) that are to be taken out of `style`. */
function droppedBy(attribs: Record<string, string>): ((property: string) => boolean) | undefined {
  const inherit = attribs['data-wxpress-inherit']?.split(' ') ?? []
  const drop = attribs['data-wxpress-drop']?.split(' ') ?? []
  if (inherit.length + drop.length === 0) return undefined
  const exact = new Set(inherit.flatMap((p) => (p === 'background' ? [p, 'background-color'] : [p])))
  return (property) => exact.has(property) || drop.some((p) => property === p || property.startsWith(`${p}-`))
}

/** Removes class, id and data-* attributes in one walk over the DOM (no selector queries), and the theme's
 * declarations marked `data-wxpress-inherit` (see rehype-writer-colours) or `data-wxpress-drop` (a
 * link around an image: see rehype-links). */
export function dropHooks(node: DomNode): void {
  let unfilled: DomNode[] | undefined
  for (const child of node.children ?? []) {
    const attribs = child.attribs
    // an element the theme was to fill (with a `::before`) and did not
    if (attribs?.['data-wxpress-drop-empty'] !== undefined && !child.children?.length)
      (unfilled ??= []).push(child)
    if (attribs) {
      const dropped = attribs.style === undefined ? undefined : droppedBy(attribs)
      if (dropped) {
        const kept = parseDeclarations(attribs.style!).filter((d) => !dropped(d.property))
        if (kept.length > 0) attribs.style = `${kept.map((d) => d.text).join('; ')};`
        else delete attribs.style
      }
      for (const name of Object.keys(attribs)) {
        if (name === 'class' || name === 'id' || name.startsWith('data-')) delete attribs[name]
      }
    }
    if (child.children) dropHooks(child)
  }
  const gone = unfilled
  if (gone) node.children = node.children!.filter((c) => !gone.includes(c))
}
