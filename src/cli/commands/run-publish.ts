/** `wxpress publish`: check the site, then act on the plan through the WeChat API. */
import path from 'node:path'
import { collectDiagnostics, summarize } from '../../diagnostics/diagnostic.js'
import { reportPretty } from '../../diagnostics/report-pretty.js'
import { createDryRunClient } from '../../publish/dry-run-client.js'
import { createLedger, type Ledger, type LedgerEntry } from '../../publish/ledger.js'
import { publishPlan } from '../../publish/publish-plan.js'
import { createWechatClient, type WechatClient } from '../../publish/wechat-client.js'
import { checkSite } from '../../site/check-site.js'
import { loadSite } from '../../site/load-site.js'
import { EXIT, useColor, type CliIO } from '../io.js'
import { resolveNow } from '../options.js'
import { buildVersion } from '../version.js'
import { reportUsage } from '../report-usage.js'
import { wechatFetchOption } from '../wechat-proxy.js'
import type { PublishFlags } from './publish.js'

/** A ledger that reads the real one but keeps writes in memory (dry runs change nothing). */
function readOnly(ledger: Ledger): Ledger {
  const written = new Map<string, LedgerEntry>()
  return {
    dir: ledger.dir,
    read: async (slug) => {
      const entry = written.get(slug)
      return entry ? structuredClone(entry) : ledger.read(slug)
    },
    write: async (entry) => void written.set(entry.slug, structuredClone(entry)),
  }
}

export async function runPublish(io: CliIO, flags: PublishFlags): Promise<number> {
  const site = await loadSite({ root: io.cwd, config: flags.config, content: flags.content, cacheVersion: buildVersion() })
  if (site.loadedConfig.failed) {
    io.stderr.write('wxpress: the config has errors; run `wxpress check` for details.\n')
    return EXIT.usage
  }
  if (reportUsage(io, site)) return EXIT.usage
  if (flags.only && !site.articles.some((a) => a.slug === flags.only)) {
    io.stderr.write(`wxpress: no article \`${flags.only}\`\n`)
    return EXIT.usage
  }
  if (flags.preflight) return (await import('./run-preflight.js')).runPreflight(io, site, flags)
  const nowMs = resolveNow(flags.now)
  const result = await checkSite(site, { nowMs, version: buildVersion(), publishing: true })
  const base = io.env.WECHAT_API_BASE || 'https://api.weixin.qq.com'
  const proxy = wechatFetchOption(io)
  if (!proxy) return EXIT.usage
  const clients = new Map<string, WechatClient>()
  const missing: string[] = []
  const clientFor = (account: string): WechatClient => {
    let client = clients.get(account)
    if (client) return client
    if (flags.dryRun) client = createDryRunClient((line) => io.stdout.write(`    would call ${line}\n`))
    else {
      const cfg = site.config.accounts[account]
      const appId = io.env[cfg?.appIdEnv ?? 'WECHAT_APP_ID']
      const appSecret = io.env[cfg?.appSecretEnv ?? 'WECHAT_APP_SECRET']
      if (!appId || !appSecret) {
        missing.push(`${cfg?.appIdEnv ?? 'WECHAT_APP_ID'}/${cfg?.appSecretEnv ?? 'WECHAT_APP_SECRET'} for account \`${account}\``)
        client = createDryRunClient(() => undefined)
      } else client = createWechatClient({ baseUrl: base, appId, appSecret, ...proxy })
    }
    clients.set(account, client)
    return client
  }
  if (!flags.dryRun) {
    for (const push of result.plan.pushes) clientFor(push.account)
    if (missing.length > 0) {
      io.stderr.write(`wxpress: missing credentials: ${[...new Set(missing)].join(', ')}\nhint: set them as environment variables (GitHub secrets), or use --dry-run.\n`)
      return EXIT.usage
    }
  }
  const ledger = createLedger(path.join(site.root, '.wxpress', 'state'))
  io.stdout.write(`${flags.dryRun ? 'Dry run: no WeChat API call is made and the publish ledger is not written (only the render cache).\n' : ''}Publishing as of ${new Date(nowMs).toISOString()}${flags.dryRun ? '' : ` via ${base}`}\n`)
  const summary = await publishPlan({
    plan: result.plan, articles: site.articles, renders: result.renders, config: site.config, clientFor,
    ledger: flags.dryRun ? readOnly(ledger) : ledger, nowMs, dryRun: flags.dryRun === true, mode: flags.mode, only: flags.only,
    log: (line) => io.stdout.write(`${line}\n`),
    ...(io.stdout.isTTY ? { progress: (step: string) => io.stdout.write(`  … ${step}\n`) } : {}),
  })
  const diagnostics = collectDiagnostics(site.articles.map((a) => ({ file: a.file, path: a.path }))).filter((d) => d.source === 'publish' || d.severity === 'error')
  if (diagnostics.length > 0) io.stdout.write('\n' + reportPretty(diagnostics, summarize(diagnostics, site.articles.length), { color: useColor(io), quiet: true }))
  io.stdout.write(flags.dryRun ? `\nDry run: ${summary.sent} push(es) would be sent, ${summary.drafted} drafted, ${summary.failed} failed\n` : `\n${summary.sent} sent, ${summary.drafted} drafted, ${summary.failed} failed\n`)
  return summary.failed > 0 ? EXIT.errors : EXIT.ok
}
