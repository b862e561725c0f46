/**
 * How narrow a table's columns may get. Short cells (a label, a name, a time) read badly when a
 * squeezed column breaks them (`分享人` → `分享/人`), but keeping them whole must not push a small table
 * past a phone's width. So every column starts at its narrowest (Latin words whole, Chinese broken
 * anywhere, but never under three characters), and columns are then given their short cells whole,
 * cheapest first, while the table still fits; a table too wide even then (a spec sheet of many
 * columns) scrolls with all its short cells whole. Widths are guesses in em of the table's font (see
 * text-width.ts); the phone is 343 px of text (375 px less WeChat's 16 px margins) at 14 px, and each
 * cell adds about 1.5em of padding and border.
 */
import type { Element } from 'hast'
import { hastText } from '../hast-text.js'
import { emWidth, unbreakableWidth } from '../text-width.js'
import { someNode } from '../walk-elements.js'
import { cellCode, codeWidth } from './keep-code-whole.js'

/** A cell up to this many em wide, with somewhere to break, is short. */
const SHORT_CELL_EM = 6.5
const PHONE_EM = 343 / 14
const CELL_PADDING_EM = 1.5
/** Themes' letter-spacing (0.5px, WeChat's 0.578px) widens text by about 4%; inline code has padding. */
const LETTER_SPACING = 1.05
const CODE_PADDING_EM = 0.6
/** A column that wraps is at least this wide: three Chinese characters. */
const MIN_COLUMN_EM = 3

interface Cell {
  node: Element
  short: boolean
  whole: number
  narrowest: number
}

const childElements = (node: Element, tags: string[]) =>
  node.children.filter((c): c is Element => c.type === 'element' && tags.includes(c.tagName))

function columnsOf(table: Element): Cell[][] {
  const columns: Cell[][] = []
  const sections = childElements(table, ['thead', 'tbody', 'tfoot'])
  const rows = [...childElements(table, ['tr']), ...sections.flatMap((s) => childElements(s, ['tr']))]
  for (const row of rows) {
    for (const [i, node] of childElements(row, ['td', 'th']).entries()) {
      const text = hastText(node).trim()
      const code = someNode(node, (n) => (n as Element).tagName === 'code') ? CODE_PADDING_EM : 0
      const whole = emWidth(text) * LETTER_SPACING + code
      const narrowest = Math.max(
        unbreakableWidth(text) * LETTER_SPACING + code,
        ...cellCode(node).map((c) => codeWidth(c) * LETTER_SPACING + CODE_PADDING_EM),
      )
      const cell = { node, whole, narrowest, short: whole > narrowest && whole <= SHORT_CELL_EM }
      ;(columns[i] ??= []).push(cell)
    }
  }
  return columns
}

/**
 * Extra inline styles for the cells of `table`. Short cells get `white-space: nowrap`, cheapest column
 * first, while the table still fits (all of them in a table that scrolls anyway). A column that would still wrap to under three characters gets a
 * `min-width` on its first cell (border-box, as WeChat forces on every element): a table that needs
 * one-character columns to fit is wide, and scrolls (`scrolls`: the reader is told, see rehype-tables).
 */
export function cellStyles(table: Element): {
  styles: Map<Element, string>
  scrolls: boolean
  /** Columns, and the table's width in px with every column at its narrowest (when it scrolls: > 343). */
  columns: number
  narrowestPx: number
} {
  const columns = columnsOf(table).map((cells) => {
    const narrowest = Math.max(...cells.map((c) => c.narrowest))
    const floor = Math.max(narrowest, Math.min(MIN_COLUMN_EM, Math.max(...cells.map((c) => c.whole))))
    const kept = Math.max(floor, ...cells.map((c) => (c.short ? c.whole : c.narrowest)))
    return { cells, floor, extra: kept - floor, whole: false }
  })
  let width = columns.reduce((sum, c) => sum + c.floor + CELL_PADDING_EM, 0)
  const narrowestPx = Math.round(width * (343 / PHONE_EM))
  // a table too wide at its narrowest scrolls anyway: then no short cell needs to break
  const scrolls = width > PHONE_EM
  for (const column of [...columns].sort((a, b) => a.extra - b.extra)) {
    if (!scrolls && width + column.extra > PHONE_EM) break
    width += column.extra
    column.whole = true
  }
  const styles = new Map<Element, string>()
  for (const { cells, floor, whole } of columns) {
    const least = Math.max(...cells.map((c) => (whole && c.short ? c.whole : c.narrowest)))
    for (const cell of cells) if (whole && cell.short) styles.set(cell.node, 'white-space:nowrap')
    if (floor <= least) continue
    const first = cells[0]!.node
    const minWidth = `box-sizing:border-box;min-width:${Math.round((floor + CELL_PADDING_EM) * 10) / 10}em`
    styles.set(first, [styles.get(first), minWidth].filter(Boolean).join(';'))
  }
  return { styles, scrolls, columns: columns.length, narrowestPx }
}
