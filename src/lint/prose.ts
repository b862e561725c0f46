/**
 * Collects the prose of an article: text nodes outside code, inline code, math, HTML, and literal
 * URLs (footnote definitions included) and image titles (shown as captions), each with its offset in `article.markdown`, plus the title, digest and slogan values.
 */
import type { Image, Parent, Root, RootContent } from 'mdast'
import type { Article } from '../content/article.js'
import { mapLines } from './map-lines.js'
import { cutTargets, spacedTargetsIn } from './cut-targets.js'
import type { ProseSegment } from './prose-segment.js'

export { type ProseSegment, sourceOffset } from './prose-segment.js'

/** Node types whose text is not prose: code, math, raw HTML, link definitions. */
export const NOT_PROSE: ReadonlySet<string> = new Set([
  'code',
  'inlineCode',
  'math',
  'inlineMath',
  'html',
  'definition',
])
/** Parents whose `html` children are inline tags: their text is already in text nodes. */
const PHRASING = new Set([
  'paragraph',
  'heading',
  'tableCell',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
])
/** Elements whose content is not prose (or not shown). */
const RAW =
  /^(?:style|script|textarea|pre|code|kbd|samp|svg|math|template|noscript|title|xmp|iframe|object)$/i
/** A comment, a CDATA section, a declaration or a processing instruction, or a tag (attributes may hold `>` inside quotes). */
const MARKUP =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>?|<\/?([A-Za-z][\w:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>?/g
/** A character reference: text around it is mapped, the reference itself is not prose. */
const ENTITY = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?/g

/**
 * The text between the tags of a block of raw HTML (`<section>块级HTML用Github,好</section>`), as
 * segments at their exact source offsets: content of style, script, pre, code, svg … and comments
 * skipped, character references cut out. Only blocks whose source equals their value (not inside a
 * blockquote or list item).
 */
export function htmlProse(source: string, start: number, value: string): ProseSegment[] {
  const out: ProseSegment[] = []
  if (source.slice(start, start + value.length) !== value) return out
  const push = (from: number, to: number) => {
    const text = value.slice(from, to)
    if (!/[^\s]/.test(text)) return
    let last = 0
    for (const m of text.matchAll(ENTITY)) {
      if (m.index > last && /\S/.test(text.slice(last, m.index)))
        out.push({ text: text.slice(last, m.index), where: 'body', offset: start + from + last, html: true })
      last = m.index + m[0].length
    }
    if (last < text.length && /\S/.test(text.slice(last)))
      out.push({ text: text.slice(last), where: 'body', offset: start + from + last, html: true })
  }
  let pos = 0
  let raw: string | undefined
  MARKUP.lastIndex = 0
  for (let m = MARKUP.exec(value); m; m = MARKUP.exec(value)) {
    const name = m[1]?.toLowerCase()
    if (raw) {
      // inside a raw element: only its end tag matters
      if (name === raw && m[0].startsWith('</')) {
        raw = undefined
        pos = m.index + m[0].length
      }
      continue
    }
    push(pos, m.index)
    pos = m.index + m[0].length
    if (name && !m[0].startsWith('</') && !m[0].endsWith('/>') && RAW.test(name)) raw = name
  }
  if (!raw) push(pos, value.length)
  return out
}

/**
 * The title of an image (`![示意图](a.png "图 1：示意")`), which the renderer shows as the figure's
 * caption: a segment at its exact source offset, when the source holds it unescaped.
 */
function titleProse(markdown: string, image: Image): ProseSegment[] {
  const start = image.position?.start.offset
  const end = image.position?.end.offset
  const title = image.title ?? ''
  if (start === undefined || end === undefined || !title.trim()) return []
  const at = markdown.lastIndexOf(title, end)
  if (at < start || !/^\s*["')]\s*\)$/.test(markdown.slice(at + title.length, end))) return []
  return [{ text: title, where: 'body', offset: at }]
}

export function collectProse(article: Article, tree: Root): ProseSegment[] {
  const out: ProseSegment[] = []
  const walk = (node: Parent) => {
    let afterUrl = false
    // literal `![…](a b.png)` and `[…](a b.md)`: their targets are paths, not prose
    const targets = spacedTargetsIn(article.markdown, node)
    for (const child of node.children as RootContent[]) {
      const url = afterUrl
      afterUrl = false
      if (
        child.type === 'html' &&
        !PHRASING.has(node.type) &&
        child.position &&
        /[^\x00-\x7f]/.test(child.value)
      ) {
        out.push(...htmlProse(article.markdown, child.position.start.offset ?? -1, child.value))
        continue
      }
      if (NOT_PROSE.has(child.type)) continue
      if (child.type === 'text') {
        const start = child.position?.start.offset
        const end = child.position?.end.offset
        // offsets are exact only where the source equals the value (no escapes or entities)
        if (start === undefined || end === undefined) continue
        if (article.markdown.slice(start, end) === child.value)
          out.push(
            ...cutTargets(
              {
                text: child.value,
                where: 'body',
                offset: start,
                ...(url ? { afterUrl: true as const } : {}),
              },
              targets,
            ),
          )
        else {
          // a paragraph's later lines inside a blockquote, list item or footnote: map them line by line
          const lines = child.value.includes('\n')
            ? mapLines(article.markdown, start, end, child.value)
            : undefined
          if (lines)
            out.push(...cutTargets({ text: child.value, where: 'body', offset: start, lines }, targets))
        }
        continue
      }
      if (child.type === 'image' && child.title) {
        out.push(...titleProse(article.markdown, child))
        continue
      }
      if (child.type === 'link') {
        const only = child.children.length === 1 ? child.children[0] : undefined
        if (only?.type === 'text' && child.url.endsWith(only.value)) {
          // literal URL; a bare one (not `<https://…>`) runs on to the next space on GitHub
          afterUrl = article.markdown.charAt((child.position?.end.offset ?? 0) - 1) !== '>'
          continue
        }
      }
      if ('children' in child) walk(child as Parent)
    }
  }
  walk(tree)
  for (const where of ['title', 'digest', 'slogan', 'author'] as const) {
    // a too-long digest is linted all the same: the writer gets its typography findings in the same round
    const value = article.frontmatter[where] ?? (where === 'digest' ? article.overlongDigest : undefined)
    const field = article.fields.find((f) => f.key === where)
    if (typeof value === 'string' && field)
      out.push({ text: value, where, offset: 0, valuePosition: field.valuePosition })
  }
  return out
}
