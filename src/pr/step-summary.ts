/** The short job summary of `pr-check` (GitHub's `GITHUB_STEP_SUMMARY`): counts and each article's status. */
import type { PrReport } from './report-schema.js'
import { t } from '../i18n/catalogue.js'
import type { Locale } from '../i18n/message.js'
import { prCheckSummaryMessages } from '../i18n/messages/pr-check-summary.js'

const ICON = { ok: '✅', warning: '⚠️', error: '❌' } as const

/** Markdown table cells: no pipes or line breaks from titles. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ')

export function stepSummary(
  report: PrReport,
  screenshots: string | undefined,
  locale: Locale = 'en',
): string {
  const { summary } = report.check
  const { msg } = prCheckSummaryMessages
  const counted = msg.summaryCounted({ articles: report.articles.length, ...summary })
  const lines = ['## wxpress pr-check', '', t(locale, counted)]
  if (report.scope.reason) lines.push('', report.scope.reason)
  for (const r of (report.renamed ?? []).slice(0, 20)) lines.push('', t(locale, msg.summaryRenamed(r)))
  if (screenshots) lines.push('', t(locale, msg.summaryScreenshots({ reason: screenshots })))
  if (report.noCjkFont) lines.push('', t(locale, msg.summaryNoCjkFont()))
  if (report.articles.length > 0) {
    lines.push('', t(locale, msg.summaryColumns()), '| --- | --- | --- | --- |')
    const yes = t(locale, msg.summaryYes())
    for (const a of report.articles)
      lines.push(
        `| ${ICON[a.status]} | ${cell(a.title || a.slug)} | \`${cell(a.file)}\` | ${a.changed ? yes : ''} |`,
      )
  }
  return `${lines.join('\n')}\n`
}
