/**
 * Why a push is blocked, for its log line (the run's locale) and its alert issue (Chinese whatever the
 * locale): the plan's errors of its articles and its unreadable ledgers, each with its Chinese text and hint.
 */
import type { Article } from '../content/article.js'
import { collectDiagnostics } from '../diagnostics/collect-diagnostics.js'
import type { Locale } from '../i18n/message.js'
import type { Push } from '../schedule/push.js'
import type { BlockReason } from './push-result.js'

export function blockReasons(
  push: Push,
  articles: readonly Article[],
  unreadable: readonly BlockReason[],
  locale: Locale,
): BlockReason[] {
  // the plan wrote its errors in the run's locale; the same errors, sorted the same way, in Chinese
  const files = articles.map((a) => ({ file: a.file, path: a.path }))
  const errors = (l: Locale) => collectDiagnostics(files, l, (_source, severity) => severity === 'error')
  const here = errors(locale)
  const zh = errors('zh-CN')
  const same = (a: BlockReason, b: BlockReason) => a.ruleId === b.ruleId && a.file === b.file
  const fromPlan = push.blockedBy.map((b): BlockReason => {
    // an unreadable ledger: ours carries the catalogue texts; the log keeps the plan's wording
    const ours = unreadable.find((u) => same(u, b))
    if (ours) return { ...ours, message: b.message }
    const found = zh[here.findIndex((d) => same(d, b) && d.message === b.message)]
    return found ? { ...b, text: found.message, ...(found.hint ? { hint: found.hint } : {}) } : b
  })
  return [...fromPlan, ...unreadable.filter((u) => !push.blockedBy.some((b) => same(u, b)))]
}
