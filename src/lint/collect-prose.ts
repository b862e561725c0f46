/**
 * The prose of an article, as the typography rules see it: one segment per paragraph, heading and
 * table cell (inline text joined across emphasis and links), plus the title, digest and slogan
 * values. Code, inline code, math, HTML, images, footnote references and literal URLs become one
 * `PLACEHOLDER` character each, so nothing inside them is ever reported or fixed.
 */
import type { Nodes, Parent, Root } from 'mdast'
import type { Position } from 'unist'
import type { Article } from '../content/article.js'
import { alignText } from './align-text.js'
import type { SourceText } from './source-text.js'
import { PLACEHOLDER } from './text-classes.js'

export type ProseField = 'title' | 'digest' | 'slogan'

export interface ProseSegment {
  where: 'body' | ProseField
  text: string
  /** Offset in `source` of each UTF-16 unit of `text`; -1 where unknown. */
  offsets: Int32Array
  /** Nesting depth (emphasis, links) of each unit: decides on which side of markup a space goes. */
  depth: Uint8Array
  /** The article Markdown (body) or the file text (front-matter values). */
  source: SourceText
  /** Where to report when the exact place is unknown. */
  fallback: Position | undefined
}

export interface ProseSources {
  /** `article.markdown` (mdast offsets point into it). */
  markdown: SourceText
  /** `article.file.value` (front-matter positions are its lines). */
  file: SourceText
}

const SKIP_BLOCKS = new Set(['code', 'math', 'html', 'definition', 'yaml', 'toml', 'thematicBreak'])
const INLINE_CONTAINERS = new Set(['paragraph', 'heading', 'tableCell'])
const URL_TEXT = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)\S*$|^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i

class SegmentBuilder {
  text = ''
  offsets: number[] = []
  depth: number[] = []
  /** Source offset where the next positionless node starts, when known. */
  cursor: number | undefined

  constructor(readonly source: SourceText) {}

  push(value: string, offsets: ArrayLike<number>, depth: number): void {
    this.text += value
    for (let i = 0; i < value.length; i++) {
      this.offsets.push(offsets[i] ?? -1)
      this.depth.push(depth)
    }
  }

  /** Text of a node, aligned to the source from the node's start (or the cursor). */
  pushText(value: string, position: Position | undefined, depth: number): void {
    const buffer = new Int32Array(value.length).fill(-1)
    const from = position?.start.offset ?? this.cursor
    const end = from === undefined ? undefined : alignText(value, this.source.text, from, buffer, 0)
    if (end === undefined) buffer.fill(-1)
    this.cursor = end ?? position?.end.offset
    this.push(value, buffer, depth)
  }

  placeholder(node: Nodes, depth: number, char = PLACEHOLDER): void {
    this.push(char, [node.position?.start.offset ?? this.cursor ?? -1], depth)
    this.cursor = node.position?.end.offset
  }

  inline(node: Nodes, depth: number): void {
    if (node.position?.start.offset !== undefined) this.cursor = node.position.start.offset
    switch (node.type) {
      case 'text':
        this.pushText(node.value, node.position, depth)
        return
      case 'break':
        this.placeholder(node, depth, '\n')
        return
      case 'link': {
        const only = node.children.length === 1 ? node.children[0] : undefined
        if (only?.type === 'text' && URL_TEXT.test(only.value)) {
          const start = this.cursor
          this.push(PLACEHOLDER, [start ?? -1], depth)
          // a literal URL made by the autolink transform has no position: skip its text
          const skip = new Int32Array(only.value.length)
          this.cursor = node.position?.end.offset ?? (start === undefined ? undefined : alignText(only.value, this.source.text, start, skip, 0))
          return
        }
        break
      }
      default:
    }
    if ('children' in node && node.type !== 'image' && node.type !== 'imageReference') {
      for (const child of (node as Parent).children) this.inline(child as Nodes, depth + 1)
      if (node.position?.end.offset !== undefined) this.cursor = node.position.end.offset
      return
    }
    this.placeholder(node, depth)
  }

  build(where: ProseSegment['where'], fallback: Position | undefined): ProseSegment {
    return { where, text: this.text, offsets: Int32Array.from(this.offsets), depth: Uint8Array.from(this.depth), source: this.source, fallback }
  }
}

function collectBody(tree: Root, source: SourceText, out: ProseSegment[]): void {
  const walk = (node: Nodes) => {
    if (SKIP_BLOCKS.has(node.type)) return
    if (INLINE_CONTAINERS.has(node.type)) {
      const builder = new SegmentBuilder(source)
      builder.cursor = node.position?.start.offset
      for (const child of (node as Parent).children) builder.inline(child as Nodes, 0)
      if (/[^\s\uFFFC]/.test(builder.text)) out.push(builder.build('body', node.position))
      return
    }
    if ('children' in node) for (const child of (node as Parent).children) walk(child as Nodes)
  }
  walk(tree)
}

function collectField(article: Article, where: ProseField, source: SourceText, out: ProseSegment[]): void {
  const value = article.frontmatter[where]
  const field = article.fields.find((f) => f.key === where)
  if (typeof value !== 'string' || value.trim() === '' || !field) return
  const { start, end } = field.valuePosition
  const from = source.offsetOf(start.line, start.column)
  const to = source.offsetOf(end.line, end.column)
  const offsets = new Int32Array(value.length).fill(-1)
  if (from !== undefined && to !== undefined) {
    const quote = source.text[from] === '"' || source.text[from] === "'" ? 1 : 0
    const stop = alignText(value, source.text.slice(0, to), from + quote, offsets, 0)
    if (stop === undefined) offsets.fill(-1)
  }
  out.push({ where, text: value, offsets, depth: new Uint8Array(value.length), source, fallback: field.valuePosition })
}

/** Body segments in document order, then title, digest and slogan. */
export function collectProse(article: Article, tree: Root, sources: ProseSources): ProseSegment[] {
  const out: ProseSegment[] = []
  collectBody(tree, sources.markdown, out)
  for (const where of ['title', 'digest', 'slogan'] as const) collectField(article, where, sources.file, out)
  return out
}
