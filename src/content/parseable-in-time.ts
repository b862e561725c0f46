/**
 * Whether the parser can read the body in reasonable time; if not, `content/too-complex` is reported
 * at the worst paragraph (thousands of unmatched or deeply nested `*`, `_`, `~`, `[`), or at the first
 * setext heading when there are thousands of them, or at the line past `MAX_TEXT_LINES`; the article
 * is then neither linted nor rendered.
 */
import type { VFile } from 'vfile'
import { report } from '../diagnostics/diagnostic.js'
import { contentMessages } from '../i18n/messages/content.js'
import { MAX_MARK_WORK, MAX_TEXT_LINES, measureComplexity, SETEXT_WEIGHT } from './check-complexity.js'
const { msg } = contentMessages

/** `markdown`: the body with the front-matter lines blanked (lines are the file's). */
export function parseableInTime(file: VFile, markdown: string): boolean {
  const { work, worst, setext, textLines } = measureComplexity(markdown)
  if (work <= MAX_MARK_WORK && textLines.count <= MAX_TEXT_LINES) return true
  if (work <= MAX_MARK_WORK) {
    const place = { start: { line: textLines.over, column: 1 }, end: { line: textLines.over + 1, column: 1 } }
    report(
      file,
      'error',
      'content/too-complex',
      'content',
      msg.tooManyLines({ n: textLines.count, max: MAX_TEXT_LINES }),
      {
        place,
        value: String(textLines.count),
        hint: msg.tooManyLinesHint(),
      },
    )
    return false
  }
  const setextWork = SETEXT_WEIGHT * setext.count * setext.count
  if (worst && work - setextWork >= setextWork) {
    report(file, 'error', 'content/too-complex', 'content', msg.tooComplex({ n: worst.marks }), {
      place: worst.place,
      value: String(worst.marks),
      hint: msg.tooComplexHint(),
    })
  } else {
    const place = { start: { line: setext.line, column: 1 }, end: { line: setext.line + 1, column: 1 } }
    report(file, 'error', 'content/too-complex', 'content', msg.tooManySetext({ n: setext.count }), {
      place,
      value: String(setext.count),
      hint: msg.tooManySetextHint(),
    })
  }
  return false
}
