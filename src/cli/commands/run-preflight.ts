/**
 * `wxpress publish --preflight`: before the slot (at merge), checks against WeChat what can be
 * checked — credentials, the mode's permission, follower tags — and reports it on the articles.
 * Sends nothing; only the account cache (`.wxpress/state/accounts/`) is written.
 */
import { collectDiagnostics } from '../../diagnostics/collect-diagnostics.js'
import { summarize } from '../../diagnostics/summarize.js'
import { PRETTY_PER_RULE, reportPretty } from '../../diagnostics/report-pretty.js'
import { preflight, type PreflightPush } from '../../publish/preflight.js'
import { createWechatClient, type WechatClient } from '../../publish/wechat-client.js'
import { groupPushes } from '../../schedule/group-pushes.js'
import type { Site } from '../../site/load-site.js'
import { createAccountCacheStore } from '../../state/account-cache.js'
import { ledgerReader } from '../../state/ledger-view.js'
import { EXIT, useColor, type CliIO } from '../io.js'
import { resolveNow } from '../options.js'
import { wechatFetchOption } from '../wechat-proxy.js'
import type { PublishFlags } from './flags.js'
import { t } from '../../i18n/catalogue.js'
import type { Message } from '../../i18n/message.js'
import { joinItems, publishCliMessages } from '../../i18n/messages/publish-cli.js'

const { msg } = publishCliMessages

export async function runPreflight(io: CliIO, site: Site, flags: PublishFlags): Promise<number> {
  const nowMs = resolveNow(flags.now)
  const locale = flags.locale ?? site.config.locale
  const say = (out: CliIO['stdout'], message: Message) => out.write(`${t(locale, message)}\n`)
  const lateMs = site.config.schedule.maxLatenessMinutes * 60_000
  const ledger = ledgerReader(site.root)
  const pushes: PreflightPush[] = []
  for (const push of groupPushes(site.articles, site.config)) {
    if (push.slotMs + lateMs < nowMs) continue
    if (flags.only && !push.articles.some((a) => a.slug === flags.only)) continue
    const views = await Promise.all(push.articles.map((a) => ledger(a.slug)))
    if (views.every((v) => v.kind === 'entry' && v.state === 'sent')) continue
    const mode = flags.mode ?? push.mode
    for (const audience of new Set(push.articles.map((a) => a.frontmatter.audience ?? '全部粉丝'))) {
      pushes.push({
        account: push.account,
        mode,
        audience,
        articles: push.articles.filter((a) => (a.frontmatter.audience ?? '全部粉丝') === audience),
      })
    }
  }
  if (pushes.length === 0) {
    say(io.stdout, msg.preflightNothing())
    return EXIT.ok
  }
  const proxy = wechatFetchOption(io, locale)
  if (!proxy) return EXIT.usage
  const clients = new Map<string, WechatClient>()
  const missing: Message[] = []
  for (const account of new Set(pushes.map((p) => p.account))) {
    const cfg = site.config.accounts[account]
    const idEnv = cfg?.appIdEnv ?? 'WECHAT_APP_ID'
    const secretEnv = cfg?.appSecretEnv ?? 'WECHAT_APP_SECRET'
    const appId = io.env[idEnv]
    const appSecret = io.env[secretEnv]
    if (!appId || !appSecret) {
      missing.push(msg.credentialsOf({ names: `${idEnv}/${secretEnv}`, account }))
      continue
    }
    const baseUrl = io.env.WECHAT_API_BASE || 'https://api.weixin.qq.com'
    clients.set(account, createWechatClient({ baseUrl, appId, appSecret, ...proxy }))
  }
  if (missing.length > 0) {
    say(
      io.stderr,
      msg.missingCredentials({
        list: joinItems(
          locale,
          missing.map((m) => t(locale, m)),
        ),
      }),
    )
    say(io.stderr, msg.preflightCredentialsHint())
    return EXIT.usage
  }
  const { accounts } = await preflight({
    pushes,
    clientFor: (a) => clients.get(a)!,
    cache: createAccountCacheStore(site.root),
    nowMs,
  })
  const files = [...new Set(pushes.flatMap((p) => p.articles))]
  const found = collectDiagnostics(
    files.map((a) => ({ file: a.file, path: a.path })),
    locale,
  ).filter((d) => d.source === 'publish')
  const names = joinItems(
    locale,
    accounts.map((a) => `\`${a}\``),
  )
  say(io.stdout, msg.preflightHeader({ n: pushes.length, accounts: names }))
  if (found.length > 0)
    io.stdout.write(
      '\n' +
        reportPretty(found, summarize(found, files.length), {
          color: useColor(io),
          quiet: true,
          locale,
          perRule: PRETTY_PER_RULE,
        }),
    )
  else say(io.stdout, msg.preflightPassed())
  return found.some((d) => d.severity === 'error') ? EXIT.errors : EXIT.ok
}
