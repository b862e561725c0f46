/**
 * Lists that survive the WeChat editor (research: wechat-fidelity.md §4, peers-renderers.md §10.5):
 * each item's content is wrapped in one `<section>` (nested lists inside it), and markers are text,
 * never the browser's: `<span class="list-marker">3.</span>` (ordered: 1. → a. → i. by depth, from
 * `start`; unordered: • → ◦ → ▪) with `list-style-type: none` on the list, so an editor re-save can
 * neither double nor renumber them. The marker hangs left of the text like a native one. Task items
 * keep their ☑/☐; footnote and reference lists are left alone.
 */
import type { Element, ElementContent, Root } from 'hast'

const BULLETS = ['•', '◦', '▪']
const MARKER_STYLE = 'display: inline-block; min-width: 1.5em; margin-left: -1.5em;'
/** Blocks a marker goes into (the item's first line), rather than before. */
const FIRST_LINE = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6'])

const classes = (node: Element) =>
  Array.isArray(node.properties.className) ? node.properties.className.map(String) : []

function alpha(n: number): string {
  let out = ''
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out
  return out
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ]
  let out = ''
  let k = n
  for (const [value, digits] of table) for (; k >= value; k -= value) out += digits
  return out
}

/** The marker of item `n` of an ordered list at `depth` (0 = outermost). */
export function orderedMarker(n: number, depth: number): string {
  const style = depth % 3
  if (style === 0 || n < 1 || n > 3999) return `${n}.`
  return `${style === 1 ? alpha(n) : roman(n)}.`
}

function marker(text: string): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['list-marker'], style: MARKER_STYLE },
    children: [{ type: 'text', value: text }],
  }
}

function addStyle(node: Element, style: string) {
  const own = typeof node.properties.style === 'string' ? node.properties.style.trim() : ''
  node.properties.style = own ? `${style} ${own}` : style
}

function rewriteList(list: Element, depths: { ol: number; ul: number }) {
  const ordered = list.tagName === 'ol'
  const start =
    typeof list.properties.start === 'number'
      ? list.properties.start
      : Number(list.properties.start ?? 1) || 1
  addStyle(list, 'list-style-type: none;')
  let n = start
  list.children = list.children.filter((c) => !(c.type === 'text' && !c.value.trim()))
  for (const item of list.children) {
    if (item.type !== 'element' || item.tagName !== 'li') continue
    const content: ElementContent[] = item.children
    if (!classes(item).includes('task-item')) {
      const text = ordered ? orderedMarker(n, depths.ol) : BULLETS[depths.ul % BULLETS.length]!
      const first = content.find((c) => !(c.type === 'text' && !c.value.trim()))
      if (first?.type === 'element' && FIRST_LINE.has(first.tagName)) first.children.unshift(marker(text))
      else content.unshift(marker(text))
    }
    n++
    const section: Element = { type: 'element', tagName: 'section', properties: {}, children: content }
    item.children = [section]
    walk(section, ordered ? { ...depths, ol: depths.ol + 1 } : { ...depths, ul: depths.ul + 1 })
  }
}

function walk(parent: Root | Element, depths: { ol: number; ul: number }) {
  for (const child of parent.children) {
    if (child.type !== 'element') continue
    const kind = classes(child)
    if (child.tagName === 'section' && (kind.includes('footnotes') || kind.includes('references'))) continue
    if (child.tagName === 'ol' || child.tagName === 'ul') rewriteList(child, depths)
    else walk(child, depths)
  }
}

export function rehypeLists() {
  return (tree: Root) => walk(tree, { ol: 0, ul: 0 })
}
