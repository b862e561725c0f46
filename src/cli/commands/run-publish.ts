/**
 * `wxpress publish`: take the publish lock of each account, check the site, then act on the plan
 * through the WeChat API. Exit 1 when a due push is missed (within the day after its window), blocked,
 * failed or unconfirmed (also with --dry-run).
 */
import path from 'node:path'
import { collectDiagnostics } from '../../diagnostics/collect-diagnostics.js'
import { summarize } from '../../diagnostics/summarize.js'
import { PRETTY_PER_RULE, reportPretty } from '../../diagnostics/report-pretty.js'
import { accountOf } from '../../schedule/group-pushes.js'
import { pastPushesWithoutLedger } from '../../publish/ledger-missing.js'
import { createLedger, readOnlyLedger } from '../../publish/ledger.js'
import { publishPlan } from '../../publish/publish-plan.js'
import { failsRun, type PushResult } from '../../publish/push-result.js'
import { redactUrl } from '../../publish/redact-url.js'
import { leftoverDrafts } from '../../publish/renamed-after-send.js'
import { publishRenamedMessages } from '../../i18n/messages/publish-renamed.js'
import { formatLocalHuman } from '../../core/date-time.js'
import { checkSite } from '../../site/check-site.js'
import { t } from '../../i18n/catalogue.js'
import type { Locale, Message } from '../../i18n/message.js'
import { joinItems, publishCliMessages } from '../../i18n/messages/publish-cli.js'
import { loadSite } from '../../site/load-site.js'
import { EXIT, useColor, type CliIO } from '../io.js'
import { resolveNow } from '../options.js'
import { buildVersion } from '../version.js'
import { reportUsage } from '../report-usage.js'
import { wechatFetchOption } from '../wechat-proxy.js'
import type { PublishFlags } from './flags.js'
import { apiBase, createClients } from './publish-setup.js'
import { lockAccounts } from './lock-accounts.js'

const leftover = publishRenamedMessages.msg.leftoverDraft

const { msg } = publishCliMessages

export async function runPublish(io: CliIO, flags: PublishFlags): Promise<number> {
  return (await publishSite(io, flags)).code
}

/** The whole command; `results` is one typed entry per push acted on (for alerts on GitHub). */
export interface PublishRun {
  code: number
  results: PushResult[]
}

export async function publishSite(io: CliIO, flags: PublishFlags): Promise<PublishRun> {
  const fail = (code: number) => ({ code, results: [] })
  const { config, content } = flags
  const site = await loadSite({ root: io.cwd, config, content, cacheVersion: buildVersion() })
  let locale: Locale = flags.locale ?? 'en' // a config with errors says nothing trustworthy
  const say = (out: CliIO['stderr'], message: Message) => out.write(`${t(locale, message)}\n`)
  if (site.loadedConfig.failed) {
    say(io.stderr, msg.configErrors())
    return fail(EXIT.usage)
  }
  locale = flags.locale ?? site.config.locale
  if (reportUsage(io, site, undefined, locale)) return fail(EXIT.usage)
  if (flags.only && !site.articles.some((a) => a.slug === flags.only)) {
    say(io.stderr, msg.noArticle({ slug: flags.only }))
    return fail(EXIT.usage)
  }
  if (flags.preflight)
    return { code: await (await import('./run-preflight.js')).runPreflight(io, site, flags), results: [] }
  const api = apiBase(io)
  if (!api.ok) {
    say(io.stderr, api.message)
    say(io.stderr, msg.apiBaseHint())
    return fail(EXIT.usage)
  }
  const dryRun = flags.dryRun === true
  const proxy = wechatFetchOption(io, locale)
  if (!proxy) return fail(EXIT.usage)
  const { clientFor, missing } = createClients(io, site.config, api.base, dryRun, proxy, locale)
  let release: () => Promise<void> = async () => {}
  if (!dryRun) {
    for (const account of new Set(site.articles.map((a) => accountOf(a, site.config)))) clientFor(account)
    if (missing.length > 0) {
      const list = joinItems(locale, [...new Set(missing.map((m) => t(locale, m)))])
      say(io.stderr, msg.missingCredentials({ list }))
      say(io.stderr, msg.credentialsHint())
      return fail(EXIT.usage)
    }
    const accounts = site.articles.map((a) => accountOf(a, site.config))
    const waitMs = (flags.lockWait ?? 30) * 1000
    const maxAgeMs = (flags.lockMaxAge ?? 120) * 60_000
    const lock = await lockAccounts(site.root, accounts, waitMs, maxAgeMs, io, locale, site.config.timezone)
    if (!lock.ok) {
      say(io.stderr, lock.message)
      say(io.stderr, lock.hint)
      return fail(EXIT.errors)
    }
    release = lock.release
  }
  try {
    const run = await publishLocked(io, flags, site, api.base, clientFor, locale)
    if (flags.alert && dryRun) say(io.stderr, msg.dryRunNoAlerts())
    if (flags.alert && !dryRun) {
      const { runAlerts } = await import('./run-alerts.js')
      const nowMs = resolveNow(flags.now)
      await runAlerts(io, { site, results: run.results, clientFor, nowMs, only: flags.only, locale })
    }
    return run
  } finally {
    await release()
  }
}

async function publishLocked(
  io: CliIO,
  flags: PublishFlags,
  site: Awaited<ReturnType<typeof loadSite>>,
  base: string,
  clientFor: ReturnType<typeof createClients>['clientFor'],
  locale: Locale,
): Promise<PublishRun> {
  const dryRun = flags.dryRun === true
  const nowMs = resolveNow(flags.now)
  const chromium = io.env.CHROMIUM_PATH || undefined
  const result = await checkSite(site, { nowMs, version: buildVersion(), publishing: true, locale, chromium })
  const ledger = createLedger(path.join(site.root, '.wxpress', 'state'))
  if (dryRun) io.stdout.write(`${t(locale, msg.dryRunBanner())}\n`)
  const iso = new Date(nowMs).toISOString()
  const human = formatLocalHuman(nowMs, site.config.timezone, locale)
  const now = locale === 'en' ? `${human} (${iso})` : `${human}（${iso}）`
  io.stdout.write(`${t(locale, msg.header({ now, via: dryRun ? '' : redactUrl(base) }))}\n`)
  const unpulled = pastPushesWithoutLedger(
    ledger.dir,
    result.plan,
    nowMs,
    site.config.schedule.maxLatenessMinutes * 60_000,
  )
  if (unpulled > 0) io.stdout.write(`${t(locale, msg.noLedger({ n: unpulled }))}\n`)
  const summary = await publishPlan({
    plan: result.plan,
    articles: site.articles,
    renders: result.renders,
    config: site.config,
    clientFor,
    ledger: dryRun ? readOnlyLedger(ledger) : ledger,
    nowMs,
    dryRun,
    mode: flags.mode,
    only: flags.only,
    ...(flags.poll !== undefined ? { pollMs: flags.poll * 1000 } : {}),
    log: (line) => io.stdout.write(`${line}\n`),
    locale,
    ...(io.stdout.isTTY ? { progress: (step: string) => io.stdout.write(`  … ${step}\n`) } : {}),
  })
  const diagnostics = collectDiagnostics(
    site.articles.map((a) => ({ file: a.file, path: a.path })),
    locale,
  ).filter((d) => d.source === 'publish' || d.severity === 'error')
  if (diagnostics.length > 0) {
    const counts = summarize(diagnostics, site.articles.length)
    io.stdout.write(
      `\n${reportPretty(diagnostics, counts, { color: useColor(io), quiet: true, locale, perRule: PRETTY_PER_RULE })}`,
    )
  }
  // drafts of folders that are gone wait in the draft box, where someone could send them by hand
  for (const e of await leftoverDrafts(ledger, new Set(site.articles.map((a) => a.slug)))) {
    const file = `.wxpress/state/${e.slug}.json`
    const text = leftover({ old: e.slug, mediaId: e.draftMediaId ?? '', file })
    io.stdout.write(`\n${t(locale, text)}\n`)
  }
  const n = (s: PushResult['status']) => summary.results.filter((r) => r.status === s).length
  const rest = {
    drafted: summary.drafted,
    upToDate: summary.upToDate,
    missed: n('missed'),
    blocked: n('blocked'),
    blockedLater: summary.results.filter((r) => r.status === 'blocked' && !r.due).length,
  }
  const totals = dryRun
    ? msg.dryRunTotals({ would: n('would-send'), failed: summary.failed, ...rest })
    : msg.totals({
        sent: summary.sent,
        confirmed: summary.confirmed,
        unconfirmed: summary.unconfirmed,
        failed: summary.failed,
        notAttempted: summary.notAttempted,
        ...rest,
      })
  io.stdout.write(`\n${t(locale, totals)}\n`)
  // an old miss alone is a warning; an unanswered send is in limbo until reconciled: the run fails
  const attention = summary.results.some(failsRun) || summary.failed > 0
  const internal = diagnostics.some((d) => d.severity === 'error' && d.source === 'publish')
  return { code: attention || internal ? EXIT.errors : EXIT.ok, results: summary.results }
}
