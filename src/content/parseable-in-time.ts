/**
 * Whether the parser can read the body in reasonable time; if not, `content/too-complex` is reported
 * at the worst paragraph (thousands of unmatched or deeply nested `*`, `_`, `~`, `[`), or at the first
 * setext heading when there are thousands of them, and the article is neither linted nor rendered.
 */
import type { VFile } from 'vfile'
import { report } from '../diagnostics/diagnostic.js'
import { contentMessages } from '../i18n/messages/content.js'
import { MAX_MARK_WORK, measureComplexity, SETEXT_WEIGHT } from './check-complexity.js'
const { msg } = contentMessages

/** `markdown`: the body with the front-matter lines blanked (lines are the file's). */
export function parseableInTime(file: VFile, markdown: string): boolean {
  const { work, worst, setext } = measureComplexity(markdown)
  if (work <= MAX_MARK_WORK) return true
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
