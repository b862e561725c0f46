/**
 * Articles whose `slot` is written but cannot be used (`slot: 2027-03-03`, `slot: 明天早上八点`,
 * `slot:` left blank): unscheduled like an article without one, but the plan says why, quoting the
 * value and the first error on it, so a writer does not take a typo for "not scheduled yet".
 */
import type { Article } from '../content/article.js'
import { collectDiagnostics } from '../diagnostics/collect-diagnostics.js'
import type { Locale } from '../i18n/message.js'
import type { InvalidSlot } from './push.js'

export function invalidSlots(articles: readonly Article[], locale: Locale): InvalidSlot[] {
  const written = articles.filter((a) => !a.slot && a.fields.some((f) => f.key === 'slot'))
  if (written.length === 0) return []
  const errors = collectDiagnostics(
    written.map((a) => ({ file: a.file, path: a.path })),
    locale,
    (_, severity) => severity === 'error',
  ).filter((d) => d.field === 'slot')
  return written.flatMap((a) => {
    const error = errors.find((d) => d.file === a.path)
    if (!error) return []
    const field = a.fields.find((f) => f.key === 'slot')
    const value = field?.sourceText ?? (typeof error.value === 'string' ? error.value : '')
    return [
      { slug: a.slug, file: a.path, line: error.line, value, ruleId: error.ruleId, message: error.message },
    ]
  })
}
