/**
 * Collects the prose of an article: text nodes outside code, inline code, math, HTML, and literal
 * URLs, each with its offset in `article.markdown`, plus the title, digest and slogan values.
 */
import type { Parent, Root, RootContent } from 'mdast'
import type { Position } from 'unist'
import type { Article } from '../content/article.js'

export interface ProseSegment {
  text: string
  /** `body` text node, or a front-matter key. */
  where: 'body' | 'title' | 'digest' | 'slogan' | 'author'
  /** Offset of `text[0]` in article.markdown (body) or in the value (front-matter: 0). */
  offset: number
  /** Position of the front-matter value (front-matter segments only). */
  valuePosition?: Position
}

const SKIP = new Set(['code', 'inlineCode', 'math', 'inlineMath', 'html', 'definition', 'footnoteDefinition'])

export function collectProse(article: Article, tree: Root): ProseSegment[] {
  const out: ProseSegment[] = []
  const walk = (node: Parent) => {
    for (const child of node.children as RootContent[]) {
      if (SKIP.has(child.type)) continue
      if (child.type === 'text') {
        const start = child.position?.start.offset
        const end = child.position?.end.offset
        // offsets are exact only where the source equals the value (no escapes or entities)
        if (start !== undefined && end !== undefined && article.markdown.slice(start, end) === child.value) {
          out.push({ text: child.value, where: 'body', offset: start })
        }
        continue
      }
      if (child.type === 'link') {
        const only = child.children.length === 1 ? child.children[0] : undefined
        if (only?.type === 'text' && child.url.endsWith(only.value)) continue // literal URL
      }
      if ('children' in child) walk(child as Parent)
    }
  }
  walk(tree)
  for (const where of ['title', 'digest', 'slogan', 'author'] as const) {
    const value = article.frontmatter[where]
    const field = article.fields.find((f) => f.key === where)
    if (typeof value === 'string' && field) out.push({ text: value, where, offset: 0, valuePosition: field.valuePosition })
  }
  return out
}
