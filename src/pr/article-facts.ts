/**
 * What a reviewer reads about an article besides its findings: 字数 (CJK characters + Latin words of
 * the visible text), reading time, and the effective digest (front-matter `digest`, else the first
 * 54 characters of the text, as WeChat fills it). Pure functions over the rendered HTML.
 */

/** WeChat's default digest length (DESIGN §2). */
export const DIGEST_LENGTH = 54
/** Reading speed used for `readingMinutes` (字 per minute). */
export const WORDS_PER_MINUTE = 400

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/** The text a reader sees in content HTML: tags dropped, entities decoded, whitespace collapsed. */
export function visibleText(html: string): string {
  return html
    .replace(/<(style|script)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>|<\/(p|h[1-6]|li|section|div|tr|figcaption|blockquote|pre)>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all
      }
      return ENTITIES[name.toLowerCase()] ?? all
    })
    .replace(/\s+/g, ' ')
    .trim()
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu
const LATIN_WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu

/** 字数: every CJK character counts one, every run of other letters or digits one word. */
export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0
  const rest = text.replace(CJK, ' ')
  return cjk + (rest.match(LATIN_WORD)?.length ?? 0)
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE))
}

/** The digest WeChat shows: as written, else the first 54 characters (code points) of the text. */
export function effectiveDigest(written: string | undefined, text: string): string {
  if (written !== undefined && written.trim() !== '') return written
  return [...text].slice(0, DIGEST_LENGTH).join('')
}
