/**
 * Where a rule id is explained in docs/rules.md and docs/rules.zh-CN.md: a lint rule has a section of
 * its own (`### typography/cjk-spacing`, GitHub's anchor `typographycjk-spacing`), the other stages'
 * ids a row in the last section's table. The docs generator and the PR comment's links use this.
 */
import type { Locale } from '../i18n/message.js'
import { OTHER_IDS } from '../i18n/messages/diagnostic-docs.js'
import { RULES } from './rules/index.js'

/** GitHub's anchor of a `### rule/id` heading: lower case, without the slash. */
export const headingAnchor = (id: string) => id.replace(/[/]/g, '').toLowerCase()

/** The section headings of the other stages' table, as the generator writes them. */
export const STAGES_HEADING = { en: 'Diagnostics of the other stages', 'zh-CN': '其他阶段的诊断' } as const

/** The anchor (without `#`, not encoded) explaining `id`, or undefined for an id the docs do not list. */
export function ruleDocAnchor(id: string, locale: Locale): string | undefined {
  if (RULES.some((r) => r.id === id)) return headingAnchor(id)
  if (OTHER_IDS.some(([other]) => other === id))
    return STAGES_HEADING[locale].toLowerCase().replace(/\s+/g, '-')
  return undefined
}
