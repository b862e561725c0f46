/**
 * Character classes shared by the typography rules: Han characters, full-width punctuation and the
 * placeholder that stands for a non-prose inline node (inline code, math, HTML, images, URLs).
 */

/** Stands for one non-prose inline node inside a prose segment's text. */
export const PLACEHOLDER = '\uFFFC'

/** A Han character (regex source, for `u`-flag patterns). */
export const HAN = '\\p{Script=Han}'

const hanTest = /\p{Script=Han}/u
/** Whether `char` (one code point) is a Han character. */
export function isHan(char: string | undefined): boolean {
  return char !== undefined && char !== '' && hanTest.test(char)
}

/** Whether `text` contains a Han character. */
export function hasHan(text: string): boolean {
  return hanTest.test(text)
}

/** Full-width punctuation that never takes a space on either side (no dashes, ellipses or dots). */
export const FULLWIDTH_TIGHT = '，。、；：？！“”‘’「」『』（）【】《》〈〉〔〕'
/** Curly quotes: also used in English text, so spaces next to them count only towards Chinese. */
export const CURLY_QUOTES = '“”‘’'
/** Closing full-width marks after which a Chinese sentence goes on. */
export const FULLWIDTH_CLOSING = '”’」』）》】〉〕'
/** Every full-width punctuation mark. */
export const FULLWIDTH_PUNCTUATION = FULLWIDTH_TIGHT + '…—～·'

/** Whether `char` is a Han character or full-width punctuation: "Chinese context". */
export function isChinese(char: string | undefined): boolean {
  return char !== undefined && char !== '' && (isHan(char) || FULLWIDTH_PUNCTUATION.includes(char))
}

/** The code point that ends just before `index` (handles surrogate pairs). */
export function charBefore(text: string, index: number): string | undefined {
  if (index <= 0) return undefined
  const low = text.charCodeAt(index - 1)
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2)
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index)
  }
  return text.charAt(index - 1)
}

/** The code point that starts at `index`. */
export function charAt(text: string, index: number): string | undefined {
  if (index >= text.length) return undefined
  const cp = text.codePointAt(index)
  return cp === undefined ? undefined : String.fromCodePoint(cp)
}

/** Escapes `text` for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
