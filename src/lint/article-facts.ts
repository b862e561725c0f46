/**
 * What a reviewer reads about an article besides its findings: 字数 (CJK characters + Latin words of
 * the visible text) and the effective digest (front-matter `digest`, else the first
 * 54 characters of the text, as WeChat fills it). Pure functions over the rendered HTML.
 */
import type { VFile } from '../core/vfile.js'
import type { WxMessage } from '../diagnostics/diagnostic.js'
import { countWords } from './rules/length-rules.js'

/** WeChat's default digest length (DESIGN §2). */
export const DIGEST_LENGTH = 54

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/** The text a reader sees in content HTML: tags dropped, entities decoded, whitespace collapsed. */
export function visibleText(html: string): string {
  return html
    .replace(/<(style|script)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>|<\/(p|h[1-6]|li|section|div|tr|figcaption|blockquote|pre)>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
      if (name[0] === '#') {
        const code =
          name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all
      }
      return ENTITIES[name.toLowerCase()] ?? all
    })
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * 字数 as `wxpress check` reports it (the `length/word-count` finding's value, counted on the Markdown
 * the reader sees); when that rule is off, counted the same way on the rendered text.
 */
export function articleWords(reported: string | undefined, text: string): number {
  const n = reported === undefined ? NaN : Number(reported)
  return Number.isInteger(n) && n >= 0 ? n : countWords(text)
}

/** The digest WeChat shows: as written, else the first 54 characters (code points) of the text. */
export function effectiveDigest(written: string | undefined, text: string): string {
  if (written !== undefined && written.trim() !== '') return written
  return [...text].slice(0, DIGEST_LENGTH).join('')
}

/** Reference and footnote markers (`<sup>[2]</sup>`): not prose, never part of a digest. */
const MARKERS = /<sup\b[^>]*>\s*\[\d+\]\s*<\/sup>/gi

/**
 * The text a digest is made of when the front matter has none: the start of the body that
 * `length/digest-missing` quoted to the writer (the reader's text: no footnote markers, no image
 * stand-ins), else the rendered text without reference markers. `publish` sends it as the digest, so
 * the chat list shows what `check`, the PR comment's card and `preview` showed.
 */
export function digestSource(file: VFile, html: string): string {
  const quoted = (file.messages as WxMessage[]).find((m) => m.ruleId === 'length/digest-missing')?.value
  return quoted ?? visibleText(html.replace(MARKERS, ''))
}
