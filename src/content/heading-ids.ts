/**
 * Heading ids as VitePress, markdown-it-attrs, Pandoc and Hexo write them: `## 什么是 Vue？ {#what-is-vue}`.
 * The `{#id}` at the end of a heading is markup, not prose: WeChat would show it literally and keeps no
 * ids anyway. Applied after parsing, so lint (no typography finding on it or on the space before it)
 * and render (the heading without it) see the same tree. The id is kept as `data.headingId`.
 */
import type { Heading, Parent, Root } from 'mdast'

declare module 'mdast' {
  interface HeadingData {
    /** The `{#id}` written at the end of the heading (removed from its text). */
    headingId?: string
  }
}

/** Spaces, then `{#id}` closing the heading's source (a `\{` is escaped text, not an id). */
const TRAILING_ID = /[ \t]*(?<!\\)\{#([^\s{}\\]+)\}$/

/** Where headings can be: the containers of blocks (no walk through paragraphs or tables). */
const CONTAINERS = new Set(['blockquote', 'list', 'listItem', 'footnoteDefinition'])

export function stripHeadingIds(tree: Root, markdown: string): void {
  if (!markdown.includes('{#')) return
  const walk = (node: Parent) => {
    for (const child of node.children) {
      if (child.type === 'heading') strip(child, markdown)
      else if (CONTAINERS.has(child.type)) walk(child as Parent)
    }
  }
  walk(tree)
}

function strip(heading: Heading, markdown: string): void {
  const last = heading.children.at(-1)
  if (last?.type !== 'text') return
  const start = last.position?.start.offset
  const end = last.position?.end.offset
  if (start === undefined || end === undefined || last.position === undefined) return
  const source = markdown.slice(start, end)
  const m = TRAILING_ID.exec(source)
  // the text must end as its source does (no escape or entity in the removed part), and keep the
  // heading from becoming empty
  if (!m?.[1] || !last.value.endsWith(m[0])) return
  if (heading.children.length === 1 && m[0].length === last.value.length) return
  const removed = m[0].length
  heading.data = { ...heading.data, headingId: m[1] }
  if (removed === last.value.length) {
    heading.children.pop()
    return
  }
  last.value = last.value.slice(0, -removed)
  const at = last.position.end
  last.position.end = { line: at.line, column: at.column - removed, offset: end - removed }
}
