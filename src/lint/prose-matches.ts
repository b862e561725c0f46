/**
 * Helper for pattern rules: reports every match of `pattern` in every prose segment, with a fix
 * when `replace` is given.
 */
import type { RuleContext } from './define-lint-rule.js'
import type { ProseSegment } from './prose.js'
import type { Text } from '../i18n/message.js'
import { lintMessages } from '../i18n/messages/lint.js'

export interface MatchOptions {
  pattern: RegExp
  /** Skip a match (allow-contexts). */
  skip?: (match: RegExpExecArray, segment: ProseSegment) => boolean
  message: (match: RegExpExecArray) => Text
  /** The fix; `undefined` reports the match without one. */
  replace?: (match: RegExpExecArray, segment: ProseSegment) => string | undefined
  hint?: (match: RegExpExecArray, segment: ProseSegment) => Text | undefined
  where?: ReadonlyArray<ProseSegment['where']>
}

export function reportMatches(context: RuleContext, options: MatchOptions): void {
  const flags = options.pattern.flags.includes('g') ? options.pattern.flags : `${options.pattern.flags}g`
  const re = new RegExp(options.pattern.source, flags)
  for (const segment of context.prose) {
    if (options.where && !options.where.includes(segment.where)) continue
    re.lastIndex = 0
    for (let m = re.exec(segment.text); m; m = re.exec(segment.text)) {
      if (m[0] === '') {
        re.lastIndex++
        continue
      }
      if (options.skip?.(m, segment)) continue
      const replacement = options.replace?.(m, segment)
      const hint =
        options.hint?.(m, segment) ??
        (replacement !== undefined ? lintMessages.msg.write({ text: replacement }) : undefined)
      context.report({
        message: options.message(m),
        place: context.locate(segment, m.index, m.index + m[0].length),
        value: m[0],
        ...(hint ? { hint } : {}),
        ...(segment.where !== 'body' ? { field: segment.where } : {}),
        ...(replacement !== undefined
          ? { fix: { segment, start: m.index, end: m.index + m[0].length, text: replacement } }
          : {}),
      })
    }
  }
}
