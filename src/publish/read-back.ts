/**
 * Know what WeChat kept: after `draft/add` / `draft/update`, reads the draft back with `draft/get` and
 * compares each article's stored `content` with what was sent. Elements, attributes and style
 * declarations that are fewer in the stored copy were removed by WeChat: one `publish/stripped` warning
 * per article, grouped with counts, so a theme or plugin WeChat mangles is seen before readers see it.
 * WeChat's own additions (wrapping spans …) are not reported. A failed read-back is a warning only.
 */
import type { VFile } from '../core/vfile.js'
import { report } from '../diagnostics/diagnostic.js'
import { publishMessages } from '../i18n/messages/publish.js'
import { parseDeclarations } from '../themes/style-declarations.js'
import type { WechatClient } from './wechat-client.js'
import { WechatApiError } from './wechat-errors.js'

export interface SentArticle {
  /** Index of the article in the draft. */
  index: number
  slug: string
  file: VFile
  content: string
}

type Counts = Map<string, number>

const { msg } = publishMessages
const TAG = /<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g
const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g
const RAW_TEXT = /<(script|style|textarea|title)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/\1\s*>/gi

const add = (counts: Counts, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1)
const unquote = (value: string) =>
  (/^["']/.test(value) ? value.slice(1, -1) : value).replace(/&quot;/g, '"').replace(/&amp;/g, '&')

/** Elements, attributes and style properties of an HTML fragment, counted. */
export function inventory(html: string): { elements: Counts; attributes: Counts; styles: Counts } {
  const elements: Counts = new Map()
  const attributes: Counts = new Map()
  const styles: Counts = new Map()
  // the content of raw-text elements is not markup: count the element, skip what it holds
  const markup = html.replace(
    RAW_TEXT,
    (whole, name: string) => `<${name}${whole.slice(name.length + 1, whole.indexOf('>') + 1)}`,
  )
  for (const [, name, rest] of markup.matchAll(TAG)) {
    add(elements, name!.toLowerCase())
    for (const [, attribute, value] of (rest ?? '').matchAll(ATTRIBUTE)) {
      const key = attribute!.toLowerCase()
      add(attributes, key)
      if (key === 'style' && value) for (const d of parseDeclarations(unquote(value))) add(styles, d.property)
    }
  }
  return { elements, attributes, styles }
}

/** What `sent` has more of than `stored`, biggest first: `[name, count]`. */
function removed(sent: Counts, stored: Counts): [string, number][] {
  return [...sent]
    .map(([key, n]): [string, number] => [key, n - (stored.get(key) ?? 0)])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
}

const list = (items: [string, number][], show: (name: string) => string) =>
  items.map(([name, n]) => `${show(name)} ×${n}`).join(', ')

interface Stripped {
  elements: string
  attributes: string
  styles: string
}

/** The removals between what was sent and what WeChat stored, as one sentence (empty when nothing went). */
export function describeStripped(sent: string, stored: string): string {
  const { elements, attributes, styles } = strippedParts(sent, stored)
  const parts: string[] = []
  if (elements) parts.push(`elements ${elements}`)
  if (attributes) parts.push(`attributes ${attributes}`)
  if (styles) parts.push(`style declarations ${styles}`)
  return parts.join('; ')
}

/** The removed elements, attributes and style declarations, each a list (`<style> ×1`) or ''. */
function strippedParts(sent: string, stored: string): Stripped {
  const a = inventory(sent)
  const b = inventory(stored)
  const elements = removed(a.elements, b.elements)
  // an attribute or declaration that went with its element is not reported twice
  const gone = new Set(elements.map(([name]) => name))
  const attributes = removed(a.attributes, b.attributes).filter(
    ([name]) => gone.size === 0 || name === 'id' || name.startsWith('on'),
  )
  const styles = removed(a.styles, b.styles)
  return {
    elements: list(elements, (n) => `<${n}>`),
    attributes: list(attributes, (n) => n),
    styles: gone.size === 0 ? list(styles, (n) => n) : '',
  }
}

/**
 * Reads the draft back and reports what WeChat removed from each sent article. WeChat errors become
 * a `publish/read-back-failed` warning; anything else (a crash) propagates.
 */
export async function readBack(
  client: Pick<WechatClient, 'draftGet'>,
  mediaId: string,
  sent: readonly SentArticle[],
): Promise<void> {
  if (sent.length === 0) return
  let stored: { content?: string }[]
  try {
    stored = (await client.draftGet(mediaId)).news_item ?? []
  } catch (error) {
    if (!(error instanceof WechatApiError)) throw error
    for (const a of sent) {
      report(
        a.file,
        'warning',
        'publish/read-back-failed',
        'publish',
        msg.readBackFailed({ mediaId, slug: a.slug, errmsg: error.errmsg }),
        {
          place: { line: 1, column: 1 },
          value: error.errcode === undefined ? undefined : String(error.errcode),
          hint: msg.readBackFailedHint(),
        },
      )
    }
    return
  }
  for (const a of sent) {
    const content = stored[a.index]?.content
    if (typeof content !== 'string') continue
    const what = describeStripped(a.content, content)
    if (!what) continue
    const parts = strippedParts(a.content, content)
    report(a.file, 'warning', 'publish/stripped', 'publish', msg.stripped({ slug: a.slug, ...parts }), {
      place: { line: 1, column: 1 },
      value: what,
      hint: msg.strippedHint(),
    })
  }
}

/** What was sent for the articles at `indices` of a draft. */
export function sentArticles(
  articles: readonly { slug: string; file: VFile }[],
  drafts: readonly { draft: { content: string } }[],
  indices: readonly number[],
): SentArticle[] {
  return indices.flatMap((index) => {
    const article = articles[index]
    const content = drafts[index]?.draft.content
    return article && content !== undefined
      ? [{ index, slug: article.slug, file: article.file, content }]
      : []
  })
}
