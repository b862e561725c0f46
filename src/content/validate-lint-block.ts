/**
 * Front-matter `lint:` (per-file rule settings): each entry is checked on its own, so a bad entry is
 * reported on its own line with the allowed values and the good ones still apply. Unknown rule ids
 * are the linter's to report (`lint/unknown-rule`, with a did-you-mean), also on the entry's line.
 */
import type { VFile } from '../core/vfile.js'
import type { YamlField } from '../config/parse-yaml.js'
import { RULE_SETTING_HELP, ruleSettingSchema, suggestRuleLevel, type RuleSetting } from '../config/schema.js'
import { quoteValue, report } from '../diagnostics/diagnostic.js'
import { configMessages } from '../i18n/messages/config.js'
const { msg } = configMessages

/** The valid entries of a `lint:` mapping (undefined when `value` is not a mapping at all). */
export function validateLintBlock(
  file: VFile,
  field: YamlField,
  value: unknown,
): Record<string, RuleSetting> | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    report(
      file,
      'error',
      'frontmatter/invalid-value',
      'content',
      msg.lintNotMapping({ value: quoteValue(value) ?? '' }),
      {
        place: field.valuePosition,
        field: 'lint',
        value,
        hint: msg.lintNotMappingHint({ help: RULE_SETTING_HELP }),
      },
    )
    return undefined
  }
  const valid: Record<string, RuleSetting> = Object.create(null) as Record<string, RuleSetting>
  for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
    const parsed = ruleSettingSchema.safeParse(setting)
    if (parsed.success) {
      valid[id] = parsed.data
      continue
    }
    const entry = field.entries?.find((e) => e.key === id)
    const level = Array.isArray(setting) ? setting[0] : setting
    const s = suggestRuleLevel(level)
    const shown = entry?.sourceText ?? quoteValue(setting) ?? ''
    report(
      file,
      'error',
      'frontmatter/invalid-value',
      'content',
      msg.lintSetting({ id, help: RULE_SETTING_HELP, shown }),
      {
        place: entry ? { start: entry.keyPosition.start, end: entry.valuePosition.end } : field.valuePosition,
        field: `lint.${id}`,
        value: shown,
        hint: msg.lintSettingHint({ s: s ?? '', id }),
      },
    )
  }
  return valid
}
