import { fieldPosition, type Article } from '../content/article.js'
import { report, type Severity } from '../diagnostics/diagnostic.js'
import type { Message } from '../i18n/message.js'

/** The articles' paths, for a message. */
export const names = (list: readonly Article[]) => list.map((a) => a.path).join(', ')

/** A schedule diagnostic on an article's `slot` (or `audience`) value. */
export function onSlot(
  a: Article,
  severity: Severity,
  rule: string,
  message: Message,
  hint: Message,
  field: 'slot' | 'audience' | 'digest' = 'slot',
) {
  report(a.file, severity, `schedule/${rule}`, 'schedule', message, {
    place: fieldPosition(a, field),
    field,
    value: a.frontmatter[field],
    hint,
  })
}
