/**
 * The whole message catalogue: every area's entries by id, and `renderText`, which writes a message
 * (or plain text, passed through unchanged) in a locale. Rule ids, JSON field names and positions
 * never depend on the locale; only these texts do.
 */
import { isMessage, type Entry, type Locale, type Message, type Params, type Text } from './message.js'
import { commonMessages } from './messages/common.js'
import { configMessages } from './messages/config.js'
import { contentMessages } from './messages/content.js'
import { contentYamlMessages } from './messages/content-yaml.js'
import { scheduleMessages } from './messages/schedule.js'
import { lintMessages } from './messages/lint.js'
import { lintRuleMessages } from './messages/lint-rules.js'
import { lintDateMessages } from './messages/lint-dates.js'
import { lintStructureMessages } from './messages/lint-structure.js'
import { planMessages } from './messages/plan.js'
import { reportMessages } from './messages/report.js'
import { renderMessages } from './messages/render.js'
import { renderSizeMessages } from './messages/render-size.js'
import { imageFileMessages } from './messages/image-files.js'
import { renderCliMessages } from './messages/render-cli.js'
import { renderHtmlMessages } from './messages/render-html.js'
import { renderStyleMessages } from './messages/render-style.js'
import { renderImageMessages } from './messages/render-images.js'
import { renderDiagramMessages } from './messages/render-diagrams.js'
import { themeMessages } from './messages/theme.js'
import { statsMessages } from './messages/stats.js'
import { cliMiscMessages } from './messages/cli-misc.js'
import { cliUsageMessages } from './messages/cli-usage.js'
import { cliHelpAreas } from './messages/cli-help.js'
import { prCheckMessages } from './messages/pr-check.js'
import { prCheckSummaryMessages } from './messages/pr-check-summary.js'
import { previewMessages } from './messages/preview.js'
import { initMessages } from './messages/init.js'
import { stateMessages } from './messages/state.js'
import { stateTransportMessages } from './messages/state-transport.js'
import { publishMessages } from './messages/publish.js'
import { publishErrcodeMessages } from './messages/publish-errcodes.js'
import { publishStepMessages } from './messages/publish-steps.js'
import { publishCliMessages } from './messages/publish-cli.js'
import { publishLockMessages } from './messages/publish-lock.js'
import { publishRenamedMessages } from './messages/publish-renamed.js'
import { alertsCliMessages } from './messages/alerts-cli.js'
import { prReportMessages } from './messages/pr-report.js'

const AREAS: readonly { entries: Record<string, Entry<Params>> }[] = [
  commonMessages,
  configMessages,
  contentMessages,
  contentYamlMessages,
  lintMessages,
  lintDateMessages,
  lintRuleMessages,
  lintStructureMessages,
  reportMessages,
  planMessages,
  scheduleMessages,
  renderMessages,
  renderSizeMessages,
  imageFileMessages,
  renderCliMessages,
  renderHtmlMessages,
  renderStyleMessages,
  renderImageMessages,
  renderDiagramMessages,
  themeMessages,
  statsMessages,
  stateMessages,
  stateTransportMessages,
  cliMiscMessages,
  cliUsageMessages,
  ...cliHelpAreas,
  prCheckMessages,
  prCheckSummaryMessages,
  previewMessages,
  initMessages,
  publishMessages,
  publishErrcodeMessages,
  publishStepMessages,
  publishCliMessages,
  publishLockMessages,
  publishRenamedMessages,
  alertsCliMessages,
  prReportMessages,
]

const CATALOGUE: ReadonlyMap<string, Entry<Params>> = new Map(AREAS.flatMap((a) => Object.entries(a.entries)))

/** Every id in the catalogue (for tests). */
export const messageIds = (): string[] => [...CATALOGUE.keys()]

/** `text` in `locale`; plain strings are returned as they are, an unknown id as `fallback` or the id. */
export function renderText(text: Text, locale: Locale = 'en', fallback?: string): string {
  if (!isMessage(text)) return text
  const entry = CATALOGUE.get(text.id)
  if (!entry) return fallback ?? text.id
  return locale === 'zh-CN' ? entry.zh(text.params) : entry.en(text.params)
}

/** Shorthand for the CLI's own texts: `t(locale, reportMessages.msg.nothingToFix())`. */
export const t = (locale: Locale, message: Message): string => renderText(message, locale)
