/**
 * Render diagnostics follow the same settings as lint rules: config `rules` then front-matter `lint:`
 * (`"render/html-long": "off"`, `["error"]` …). Applied to the messages a render reported, before they
 * are cached (the config and the front-matter are part of the cache key).
 */
import type { VFile } from '../core/vfile.js'
import type { RuleSetting } from '../config/schema.js'
import type { Severity } from '../diagnostics/diagnostic.js'

function levelOf(setting: RuleSetting): Severity | 'off' {
  const level = Array.isArray(setting) ? setting[0] : setting
  return level === 'warn' ? 'warning' : level
}

/** Re-levels or drops the `render/*` messages of `file` from index `from` on. */
export function applyRuleSettings(
  file: VFile,
  from: number,
  rules: Record<string, RuleSetting>,
  perFile: Record<string, RuleSetting> = {},
): void {
  const kept = file.messages.slice(0, from)
  for (const message of file.messages.slice(from)) {
    const id = message.ruleId ?? ''
    const setting = id.startsWith('render/') ? (perFile[id] ?? rules[id]) : undefined
    if (setting === undefined) {
      kept.push(message)
      continue
    }
    const level = levelOf(setting)
    if (level === 'off') continue
    message.fatal = level === 'error' ? true : level === 'warning' ? false : undefined
    ;(message as { severity?: Severity }).severity = level
    kept.push(message)
  }
  file.messages = kept
}
