/**
 * Lists that survive the WeChat editor (research: wechat-fidelity.md §4, peers-renderers.md §10.5):
 * each item's content is wrapped in one `<section>` (nested lists inside it), and markers are text,
 * never the browser's: `<span class="list-marker">3.</span>` (ordered: 1. → a. → i. by depth, from
 * `start`; unordered: • → ◦ → ▪) with `list-style-type: none` on the list, so an editor re-save can
 * neither double nor renumber them. The marker hangs left of the text like a native one: the list's
 * `padding-left` and each marker's `min-width`/negative `margin-left` are one hang, sized to the list's
 * widest marker plus a gap (1.5em up to `9.`, 2em for `10.`–`99.`, 2.6em for `100.`…), and the marker
 * keeps `padding-right` as its gap even when a font draws it wider than guessed. Ordered markers are
 * right-aligned, so `9.` and `10.` line up on the dot. Only inline styles (WeChat drops classes); the
 * marker box is `border-box`, which WeChat's article stylesheet forces on every element
 * (`.rich_media_content * { box-sizing: border-box !important }`), so previews match the phone. A task
 * item's ☑/☐ (`span.task-marker`) hangs the same way, so its text lines up with the list's other items
 * and a list nested under it is indented one hang further, as under any item (a ☐ counts 1em wide: CJK
 * fonts draw it full width). Footnote and reference lists are left alone.
 */
import type { Element, ElementContent, Root } from 'hast'
import { emWidth } from '../text-width.js'

const BULLETS = ['•', '◦', '▪']
/** The narrowest hang (what themes had), and the gap kept between a marker and its text, in em. */
const MIN_HANG = 1.5
const GAP = 0.5
/** A task item's ☑/☐: CJK fonts draw it full width (`emWidth` guesses 0.6em). */
const TASK_WIDTH = 1
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

/** The hang (list indent = marker box width) that fits `markers` (and `least` em), in em, rounded up to 0.1em. */
export function hangWidth(markers: string[], least = 0): number {
  const widest = Math.max(least, ...markers.map(emWidth))
  return Math.max(MIN_HANG, Math.ceil((widest + GAP) * 10 - 1e-6) / 10)
}

const markerStyle = (hang: number, ordered: boolean) =>
  `display: inline-block; box-sizing: border-box; min-width: ${hang}em; margin-left: -${hang}em; padding-right: ${GAP}em;${ordered ? ' text-align: right;' : ''}`

function marker(text: string, hang: number, ordered: boolean): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['list-marker'], style: markerStyle(hang, ordered) },
    children: [{ type: 'text', value: text }],
  }
}

const blank = (c: ElementContent) => c.type === 'text' && !c.value.trim()

/** The ☑/☐ of a task item (`rehypeTaskItems`), first in the item or in its first paragraph, and its parent. */
function taskMarker(item: Element): [Element, Element] | undefined {
  const first = item.children.find((c) => !blank(c))
  const [parent, node] =
    first?.type === 'element' && FIRST_LINE.has(first.tagName)
      ? [first, first.children.find((c) => !blank(c))]
      : [item, first]
  return node?.type === 'element' && classes(node).includes('task-marker') ? [node, parent] : undefined
}

/** Hangs a task item's ☑/☐ like a list marker: its gap is the padding, not the spaces around it. */
function hangTaskMarker([span, parent]: [Element, Element], hang: number) {
  for (const c of span.children) if (c.type === 'text') c.value = c.value.trim()
  addStyle(span, markerStyle(hang, false))
  const after = parent.children[parent.children.indexOf(span) + 1]
  if (after?.type === 'text') after.value = after.value.trimStart()
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
  list.children = list.children.filter((c) => !(c.type === 'text' && !c.value.trim()))
  const items = list.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li')
  const texts = items.map((item, i) =>
    classes(item).includes('task-item')
      ? undefined
      : ordered
        ? orderedMarker(start + i, depths.ol)
        : BULLETS[depths.ul % BULLETS.length]!,
  )
  const tasks = items.map(taskMarker)
  const markers = texts.filter((t) => t !== undefined)
  const hang = hangWidth(markers, tasks.some(Boolean) ? TASK_WIDTH : 0)
  addStyle(list, `list-style-type: none; padding-left: ${hang}em;`)
  for (const [i, item] of items.entries()) {
    const content: ElementContent[] = item.children
    const text = texts[i]
    const task = tasks[i]
    if (task) hangTaskMarker(task, hang)
    if (text !== undefined) {
      const first = content.find((c) => !(c.type === 'text' && !c.value.trim()))
      const span = marker(text, hang, ordered)
      if (first?.type === 'element' && FIRST_LINE.has(first.tagName)) first.children.unshift(span)
      else content.unshift(span)
    }
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
