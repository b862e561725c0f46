import { CONTENT_IDS } from './diagnostic-docs-content.js'
import { RENDER_IDS } from './diagnostic-docs-render.js'
import { THEME_IDS } from './diagnostic-docs-theme.js'
import { SCHEDULE_IDS } from './diagnostic-docs-schedule.js'
import { CLI_IDS } from './diagnostic-docs-cli.js'
import { PUBLISH_IDS } from './diagnostic-docs-publish.js'
import { CONFIG_IDS } from './diagnostic-docs-config.js'
import type { DiagnosticDoc } from './diagnostic-doc.js'

/**
 * Meaning of every diagnostic id of the stages other than lint, in both languages (docs/rules.md and
 * docs/rules.zh-CN.md are generated from these and from the rule docs).
 */
export const OTHER_IDS: readonly DiagnosticDoc[] = [
  ...CONTENT_IDS,
  ...RENDER_IDS,
  ...THEME_IDS,
  ...SCHEDULE_IDS,
  ...CLI_IDS,
  ...PUBLISH_IDS,
  ...CONFIG_IDS,
]
