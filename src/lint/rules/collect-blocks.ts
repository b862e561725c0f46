import type { Parent, RootContent } from 'mdast'
import type { Position } from 'unist'
import type { RuleContext } from '../define-lint-rule.js'
import { sourceOffset, type ProseSegment } from '../prose.js'

const SKIP = new Set(['code', 'math', 'html', 'definition'])

export interface Quote {
  /** Prose segment holding the quote, when the text node's source equals its value (fixable). */
  segment: ProseSegment | undefined
  /** Offset in the segment (or in the text node's value). */
  index: number
  /** Offset in article.markdown (body) or in the value (front-matter). */
  offset: number
  /** Position of the text node, when the quote cannot be located exactly. */
  fallback: Position | undefined
}

export interface Block {
  quotes: Quote[]
  /** Plain text of the block (text, inline code and math values), to test what a pair encloses. */
  text: string
  /** Index of each quote in `text`. */
  at: number[]
  /** Source of the block (body: article.markdown; front-matter: the value). */
  source: string
  where: ProseSegment['where']
}

/** The blocks of inline content with their straight quotes, in source order. */
export function collectBlocks(context: RuleContext): Block[] {
  const bySegmentOffset = new Map<number, ProseSegment>()
  for (const s of context.prose) if (s.where === 'body') bySegmentOffset.set(s.offset, s)
  const markdown = context.article.markdown
  const blocks: Block[] = []
  let current: Block | undefined
  const inline = (node: Parent) => {
    for (const child of node.children as RootContent[]) {
      if (child.type === 'text') {
        const value = child.value
        let i = value.indexOf('"')
        const start = child.position?.start.offset
        if (i !== -1 && current && start !== undefined) {
          const segment = bySegmentOffset.get(start)
          for (; i !== -1; i = value.indexOf('"', i + 1)) {
            current.quotes.push({
              segment,
              index: i,
              offset: segment ? sourceOffset(segment, i) : start + i,
              fallback: child.position,
            })
            current.at.push(current.text.length + i)
          }
        }
        if (current) current.text += value
      } else if (child.type === 'inlineCode' || child.type === 'inlineMath') {
        if (current) current.text += child.value
      } else if (child.type === 'break') {
        if (current) current.text += '\n'
      } else if ('children' in child && !SKIP.has(child.type)) {
        if (child.type === 'link') {
          const only = child.children.length === 1 ? child.children[0] : undefined
          if (only?.type === 'text' && child.url.endsWith(only.value)) continue // literal URL
        }
        inline(child as Parent)
      }
    }
  }
  const walk = (node: Parent) => {
    for (const child of node.children as RootContent[]) {
      if (SKIP.has(child.type) || !('children' in child)) continue
      if (child.type === 'paragraph' || child.type === 'heading' || child.type === 'tableCell') {
        current = { quotes: [], text: '', at: [], source: markdown, where: 'body' }
        inline(child)
        if (current.quotes.length) blocks.push(current)
        current = undefined
      } else walk(child as Parent)
    }
  }
  if (markdown.includes('"')) walk(context.tree)
  for (const segment of context.prose) {
    if (segment.where === 'body' || !segment.text.includes('"')) continue
    const block: Block = {
      quotes: [],
      text: segment.text,
      at: [],
      source: segment.text,
      where: segment.where,
    }
    for (let i = segment.text.indexOf('"'); i !== -1; i = segment.text.indexOf('"', i + 1)) {
      block.quotes.push({ segment, index: i, offset: i, fallback: undefined })
      block.at.push(i)
    }
    blocks.push(block)
  }
  return blocks
}
