import { toString as mdastToString } from 'mdast-util-to-string'
import type { Nodes } from 'mdast'

/** Inline HTML whose content is never shown (the renderer removes it with its content). */
const HIDDEN_OPEN = /^<(style|script|textarea|template|noscript|title|select)\b/i
/** Elements whose content is never shown, with their content (to the end when not closed). */
const HIDDEN_ELEMENT =
  /<(style|script|textarea|template|noscript|title|select|head)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi
/** Tags that break the text into blocks (a space between their texts); other tags join it. */
const BLOCK_TAG =
  /^<\/?(?:p|div|section|article|header|footer|aside|blockquote|br|hr|li|ul|ol|h[1-6]|table|tr|td|th|thead|tbody|figure|figcaption|pre|img)\b/i
const NAMED: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  times: '×',
  copy: '©',
  reg: '®',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]+));/g,
    (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (name !== undefined) return NAMED[name] ?? whole
      const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16)
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '\ufffd'
    },
  )
}

/** The visible text of a block of raw HTML (135editor/mdnice articles): no tags, comments, styles or scripts. */
export function htmlText(html: string): string {
  if (!html.includes('<')) return decodeEntities(html)
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
      .replace(HIDDEN_ELEMENT, ' ')
      .replace(/<\/?[A-Za-z][^>]*>?/g, (tag) => (BLOCK_TAG.test(tag) ? ' ' : '')),
  )
}

/** `![alt](src)` left as text (a path with spaces): readers see it, but it is not prose. */
const LITERAL_IMAGE = /!\[[^\]]*\]\([^)]*\)/g
/** Parents whose `html` children are blocks (the others hold inline tags). */
const FLOW = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition'])

/** Text of the body as a reader sees it: the visible text of HTML blocks; no code, image alt text or `<style>…</style>`. */
function visibleText(node: Nodes): string {
  if (node.type === 'html') return htmlText(node.value)
  if (node.type === 'code' || node.type === 'image' || node.type === 'imageReference') return ''
  if (node.type === 'text')
    return node.value.includes('](') ? node.value.replace(LITERAL_IMAGE, ' ') : node.value
  if (!('children' in node)) return mdastToString(node, { includeImageAlt: false })
  const parts: string[] = []
  let hidden: string | undefined
  const flow = FLOW.has(node.type)
  for (const child of node.children as Nodes[]) {
    if (child.type === 'html' && !flow) {
      const open = HIDDEN_OPEN.exec(child.value)
      if (!hidden && open && !new RegExp(`</${open[1]}\\s*>`, 'i').test(child.value))
        hidden = open[1]!.toLowerCase()
      else if (hidden && new RegExp(`^</${hidden}\\s*>`, 'i').test(child.value)) hidden = undefined
      else if (!hidden) parts.push(htmlText(child.value))
      continue
    }
    if (!hidden) parts.push(visibleText(child))
  }
  // blocks apart by a blank line, so a single line break is a soft break within one
  return parts.join(flow ? '\n\n' : '')
}

/** The text a reader sees, once per tree (three rules read it). */
const texts = new WeakMap<object, string>()
export function readerText(tree: Nodes): string {
  let text = texts.get(tree)
  if (text === undefined) texts.set(tree, (text = visibleText(tree)))
  return text
}
