/**
 * Inline code in a table cell never breaks inside a word: `main`、`develop` read `main、d` / `evelop`
 * when the theme's `word-break: break-all` (right for body text) reached into a squeezed column, and
 * even `word-break: normal` (the themes set it for code in cells) breaks after a hyphen or slash
 * (`-|c`, `--|oneline`). Short code keeps to one line (`white-space: nowrap`); longer code breaks at
 * its spaces only, each word with a hyphen or slash in a `white-space: nowrap` span. The table
 * scrolls when that makes it too wide (table-columns.ts counts it).
 */
import type { Element, ElementContent } from 'hast'
import { hastText } from '../hast-text.js'
import { emWidth } from '../text-width.js'
import { SKIP, walkElements } from '../walk-elements.js'

/** Inline code up to this wide (about 16 Chinese characters, 220 px) keeps to one line in a cell. */
const SHORT_CODE_EM = 16
const NOWRAP = 'white-space:nowrap'
/** After these a browser may break a line: a word holding one is kept whole in a span. */
const BREAKS_AFTER = /[-/~\u2010-\u2015]/

/** The inline code elements of a table cell. */
export function cellCode(cell: Element): Element[] {
  const found: Element[] = []
  walkElements(cell, (node) => {
    if (node.tagName !== 'code') return undefined
    found.push(node)
    return SKIP
  })
  return found
}

/** The width in em of the widest piece of `code` no line break splits: all of short code, else a word. */
export function codeWidth(code: Element): number {
  const text = hastText(code)
  const whole = emWidth(text)
  if (whole <= SHORT_CODE_EM) return whole
  return Math.max(0, ...text.split(/\s+/).map(emWidth))
}

/** Appends `style` to the element's own inline style. */
export function addStyle(node: Element, style: string): void {
  const own = typeof node.properties.style === 'string' ? node.properties.style : ''
  node.properties.style = [own, style].filter(Boolean).join(';')
}

/** Wraps each word of `text` that a browser would break (at a hyphen or slash) in a nowrap span. */
function wholeWords(text: string): ElementContent[] {
  return text
    .split(/(\s+)/)
    .filter(Boolean)
    .map((piece) =>
      BREAKS_AFTER.test(piece) && !/\s/.test(piece)
        ? {
            type: 'element',
            tagName: 'span',
            properties: { style: NOWRAP },
            children: [{ type: 'text', value: piece }],
          }
        : { type: 'text', value: piece },
    )
}

/** Keeps the inline code of `cell` from breaking inside a word (see the module comment). */
export function keepCodeWhole(cell: Element): void {
  for (const code of cellCode(cell)) {
    if (emWidth(hastText(code)) <= SHORT_CODE_EM) addStyle(code, NOWRAP)
    else code.children = code.children.flatMap((c) => (c.type === 'text' ? wholeWords(c.value) : [c]))
  }
}
