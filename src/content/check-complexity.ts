/**
 * A linear pre-scan of the Markdown body for inline syntax that the parser resolves in quadratic time:
 * emphasis, strikethrough and link brackets are matched by looking back over every earlier mark of the
 * same paragraph (micromark's attention and label-end resolution), so thousands of unmatched `*a`, or
 * links or emphasis nested thousands deep, take seconds to minutes. The cost of a paragraph grows with
 * the square of its marks; a body whose paragraphs add up to more than `MAX_MARK_WORK` is reported as
 * `content/too-complex` at the worst paragraph instead of being parsed. Real articles stay far below it
 * (a paragraph with 50 marks costs 2,500; table rows count one by one, as the parser takes their cells).
 * Setext headings (a line underlined with `===` or `---`) cost the square of their number (the
 * parser's underline resolution looks back over the document): a thousand of them is the limit.
 * Last, more than `MAX_TEXT_LINES` lines of text (fenced code not counted) take the parser and the
 * rules seconds however simple they are; no article WeChat accepts (under 20,000 characters of
 * visible text) comes near it.
 */
import type { Position } from 'unist'

/** Σ marks² over the paragraphs: 2,000 marks in one paragraph, or many smaller ones (≈ 0.3 s of parsing). */
export const MAX_MARK_WORK = 4_000_000
/** The work of `n` setext headings is `SETEXT_WEIGHT × n²` (1,000 of them ≈ 0.8 s of parsing). */
export const SETEXT_WEIGHT = 4
/** Lines of text (not blank, not fenced code) a body may have. */
export const MAX_TEXT_LINES = 5_000
/** An underline of a setext heading, when it follows a line of text. */
const UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/

export interface Complexity {
  /**
   * Σ marks² over the paragraphs (blank-line separated blocks outside fenced code); an upper bound
   * of it when that is within the limit.
   */
  work: number
  /** The paragraph with the most marks: its place and its count. */
  worst: { place: Position; marks: number } | undefined
  /** Characters looked at (the scan is one pass: always the body's length). */
  scanned: number
  /** Setext headings (an upper bound: every underline-like line after a line of text), and the first one's line. */
  setext: { count: number; line: number }
  /** Lines of text outside fenced code (an upper bound: all lines, when few), and the line past the limit. */
  textLines: { count: number; over: number }
}

/** Scans `markdown` (the body with the front-matter lines blanked; lines are the file's). */
export function measureComplexity(markdown: string): Complexity {
  // Σ marks² ≤ (Σ marks)²: a body with few marks in all (nearly every article) needs no paragraph walk
  const total = countMarks(markdown)
  const underlines = countUnderlines(markdown)
  const lines = countLines(markdown)
  const bound = total * total + SETEXT_WEIGHT * underlines * underlines
  if (bound <= MAX_MARK_WORK && lines <= MAX_TEXT_LINES)
    return {
      work: bound,
      worst: undefined,
      scanned: markdown.length,
      setext: { count: underlines, line: 0 },
      textLines: { count: lines, over: 0 },
    }
  const textLines = { count: 0, over: 0 }
  let work = 0
  const setext = { count: 0, line: 0 }
  let textAbove = false
  let worst: Complexity['worst']
  let fence: { char: string; length: number } | undefined
  let marks = 0
  let blockLine = 0
  let line = 1
  let lineStart = 0
  const close = (endLine: number) => {
    work += marks * marks
    if (marks > 0 && (!worst || marks > worst.marks)) {
      worst = { marks, place: { start: { line: blockLine, column: 1 }, end: { line: endLine, column: 1 } } }
    }
    marks = 0
    blockLine = 0
  }
  let scanned = 0
  while (lineStart <= markdown.length) {
    let end = markdown.indexOf('\n', lineStart)
    if (end === -1) end = markdown.length
    const text = markdown.slice(lineStart, end)
    scanned += end - lineStart + 1
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(text)
    const above = textAbove
    textAbove = !fence && !opener && text.trim() !== ''
    if (textAbove && ++textLines.count === MAX_TEXT_LINES + 1) textLines.over = line
    if (!fence && above && UNDERLINE.test(text)) {
      setext.count++
      if (setext.line === 0) setext.line = line
      textAbove = false
    }
    if (fence) {
      const closes = opener && opener[1]![0] === fence.char && opener[1]!.length >= fence.length
      if (closes && text.trim() === opener[1]) fence = undefined
    } else if (opener && !(opener[1]![0] === '`' && text.slice(opener[0].length).includes('`'))) {
      close(line)
      fence = { char: opener[1]![0]!, length: opener[1]!.length }
    } else if (text.trim() === '') {
      close(line)
    } else if (/^ {0,3}\|/.test(text)) {
      // a table row: each cell is parsed on its own, so a row counts as a paragraph of its own
      close(line)
      blockLine = line
      marks = countMarks(text)
      close(line + 1)
    } else {
      if (blockLine === 0) blockLine = line
      marks += countMarks(text)
    }
    line++
    lineStart = end + 1
  }
  close(line)
  work += SETEXT_WEIGHT * setext.count * setext.count
  return { work, worst, scanned: Math.min(scanned, markdown.length), setext, textLines }
}

function countLines(markdown: string): number {
  let n = 1
  for (let i = markdown.indexOf('\n'); i !== -1; i = markdown.indexOf('\n', i + 1)) n++
  return n
}

/** Lines starting with `=` or `-` (up to three spaces in): at least as many as the setext headings. */
function countUnderlines(markdown: string): number {
  let n = 0
  for (const _ of markdown.matchAll(/^ {0,3}[=-]/gm)) n++
  return n
}

function countMarks(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    // * _ ~ [ ]
    if (c === 42 || c === 95 || c === 126 || c === 91 || c === 93) n++
  }
  return n
}
