/**
 * What a reader sees right before and after each prose segment of the body, across inline markup:
 * `**时间**:2027` gives the text `:2027` the character `间` before it, `` `withTimeout`:任何 `` gives
 * `:任何` inline code before it. Rules use this to find half-width marks at markup boundaries, which
 * autocorrect (one text node at a time) cannot see. Inline code and math stand for `CODE`; the end
 * of a block (paragraph, heading, table cell, list item) is the empty string.
 */
import type { Parent, Root, RootContent } from 'mdast'
import type { ProseSegment } from './prose.js'

/** Stand-in for inline code or math next to a segment (never matched as Chinese). */
export const CODE = '\u0000'

export interface Neighbours {
  before: string
  after: string
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell'])
const memo = new WeakMap<object, Map<ProseSegment, Neighbours>>()

/** Neighbours of each body segment that sits in a paragraph, heading or table cell. */
export function markupNeighbours(tree: Root, prose: readonly ProseSegment[]): Map<ProseSegment, Neighbours> {
  let result = memo.get(prose)
  if (result) return result
  result = new Map()
  const byOffset = new Map<number, ProseSegment>()
  for (const s of prose) if (s.where === 'body' && !s.html) byOffset.set(s.offset, s)
  const visit = (node: Parent) => {
    for (const child of node.children as RootContent[]) {
      if (BLOCKS.has(child.type)) block(child as Parent, byOffset, result!)
      else if ('children' in child) visit(child as Parent)
    }
  }
  visit(tree)
  memo.set(prose, result)
  return result
}

interface Leaf {
  text: string
  segment?: ProseSegment
}

function block(node: Parent, byOffset: Map<number, ProseSegment>, out: Map<ProseSegment, Neighbours>) {
  const leaves: Leaf[] = []
  const walk = (parent: Parent) => {
    for (const child of parent.children as RootContent[]) {
      if (child.type === 'text') {
        const offset = child.position?.start.offset
        const segment = offset === undefined ? undefined : byOffset.get(offset)
        leaves.push(segment ? { text: child.value, segment } : { text: child.value })
      } else if (child.type === 'inlineCode' || child.type === 'inlineMath') leaves.push({ text: CODE })
      else if (child.type === 'break') leaves.push({ text: '\n' })
      else if (child.type === 'image' || child.type === 'imageReference') leaves.push({ text: ' ' })
      else if ('children' in child) walk(child as Parent)
    }
  }
  walk(node)
  leaves.forEach((leaf, i) => {
    if (!leaf.segment) return
    let before = ''
    for (let j = i - 1; j >= 0 && before === ''; j--) before = leaves[j]!.text.slice(-1)
    let after = ''
    for (let j = i + 1; j < leaves.length && after === ''; j++) after = leaves[j]!.text.charAt(0)
    out.set(leaf.segment, { before, after })
  })
}
