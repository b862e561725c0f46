/**
 * Resolves the effective setting of every rule: preset → site config `rules` → front-matter `lint`.
 * Unknown rule ids of front-matter `lint:` are returned (the linter reports them on the article).
 */
import type { Config, RuleSetting } from '../config/schema.js'
import type { Severity } from '../diagnostics/diagnostic.js'
import type { LintRule } from './define-lint-rule.js'
import { recommended } from './presets/recommended.js'
import { isOtherStageId } from '../config/rule-ids.js'

export interface Resolved {
  rule: LintRule
  severity: Severity
  options: Record<string, unknown>
}

function parse(setting: RuleSetting): { severity: Severity | 'off'; options?: Record<string, unknown> } {
  const [level, options] = Array.isArray(setting) ? setting : [setting]
  const severity = level === 'warn' ? 'warning' : level
  return options ? { severity, options } : { severity }
}

export function resolveRules(
  rules: readonly LintRule[],
  config: Config,
  perFile: Record<string, RuleSetting> = {},
): { active: Resolved[]; unknown: string[] } {
  const known = new Set(rules.map((r) => r.id))
  // unknown ids of the config are reported once, on the config file, by loadConfig
  const unknown = Object.keys(perFile).filter((id) => !known.has(id) && !isOtherStageId(id))
  const active: Resolved[] = []
  for (const rule of rules) {
    const base = config.preset === 'recommended' ? recommended[rule.id] : undefined
    const chain = [base, config.rules[rule.id], perFile[rule.id]].filter(
      (s): s is RuleSetting => s !== undefined,
    )
    if (chain.length === 0) continue
    let severity: Severity | 'off' = rule.severity
    let options: Record<string, unknown> = {}
    for (const s of chain) {
      const p = parse(s)
      severity = p.severity
      if (p.options) options = { ...options, ...p.options }
    }
    if (rule.id === 'typography/product-name') options = { terms: config.terms, ...options }
    if (rule.id === 'title/max-length' && options.max === undefined)
      options = { ...options, max: config.limits.titleWarn }
    if (rule.id === 'length/digest-length' && options.max === undefined)
      options = { ...options, max: config.limits.digestWarn }
    if (severity !== 'off') active.push({ rule, severity, options })
  }
  return { active, unknown: [...new Set(unknown)] }
}
