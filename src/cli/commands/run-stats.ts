/** `wxpress stats`: collect statistics of sent articles, print them, optionally post them on PRs. */
import { createGithubClient } from '../../github/github-client.js'
import { upsertSticky } from '../../github/sticky-comment.js'
import { fillSentLink } from '../../github/fill-sent-link.js'
import { commitAdding } from '../../github/git.js'
import { ledgerReader } from '../../state/ledger-view.js'
import { createStatsStore } from '../../stats/stats-store.js'
import { createWechatClient } from '../../publish/wechat-client.js'
import { fromMessage } from '../../diagnostics/collect-diagnostics.js'
import { loadSite } from '../../site/load-site.js'
import { collectStats } from '../../stats/collect-stats.js'
import { renamedFrom } from '../../stats/renamed-from.js'
import {
  formatStatsMarkdown,
  formatStatsPretty,
  statsComment,
  statsMarker,
} from '../../stats/format-stats.js'
import { EXIT, type CliIO } from '../io.js'
import { resolveNow } from '../options.js'
import type { StatsFlags } from './flags.js'
import { reportUsage, statsUsageJson } from '../report-usage.js'
import { wechatFetchOption } from '../wechat-proxy.js'
import { t } from '../../i18n/catalogue.js'
import type { Message } from '../../i18n/message.js'
import { statsMessages as sm } from '../../i18n/messages/stats.js'

export async function runStats(io: CliIO, flags: StatsFlags): Promise<number> {
  const site = await loadSite({ root: io.cwd, config: flags.config, content: flags.content })
  const locale = flags.locale ?? site.config.locale
  const say = (message: Message) => io.stderr.write(`${t(locale, message)}\n`)
  if (site.loadedConfig.failed) {
    say(sm.msg.configErrors())
    const { file, path: configPath } = site.loadedConfig
    if (flags.format === 'json')
      io.stdout.write(
        statsUsageJson((file?.messages ?? []).map((m) => fromMessage(m, configPath ?? '(config)', locale))),
      )
    return EXIT.usage
  }
  if (reportUsage(io, site, flags.format === 'json' ? statsUsageJson : undefined, locale)) return EXIT.usage
  const env = io.env
  const proxy = wechatFetchOption(io)
  if (!proxy) return EXIT.usage
  const clientFor = (account: string) => {
    const cfg = site.config.accounts[account]
    const appId = env[cfg?.appIdEnv ?? 'WECHAT_APP_ID']
    const appSecret = env[cfg?.appSecretEnv ?? 'WECHAT_APP_SECRET']
    if (!appId || !appSecret)
      throw new Error(
        `missing ${cfg?.appIdEnv ?? 'WECHAT_APP_ID'}/${cfg?.appSecretEnv ?? 'WECHAT_APP_SECRET'}`,
      )
    return createWechatClient({
      baseUrl: env.WECHAT_API_BASE || 'https://api.weixin.qq.com',
      appId,
      appSecret,
      ...proxy,
    })
  }
  let github: ReturnType<typeof createGithubClient> | undefined
  if (flags.post) {
    if (!env.GITHUB_TOKEN || !env.GITHUB_REPOSITORY) {
      say(sm.msg.postNeedsGithub())
      return EXIT.usage
    }
    github = createGithubClient({
      baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
      token: env.GITHUB_TOKEN,
      repository: env.GITHUB_REPOSITORY,
    })
  }
  let result: Awaited<ReturnType<typeof collectStats>>
  try {
    result = await collectStats({
      articles: site.articles,
      ledgerOf: ledgerReader(site.root),
      store: createStatsStore(site.root),
      clientFor,
      nowMs: resolveNow(flags.now),
      timezone: site.config.timezone,
      defaultAccount: site.config.defaultAccount,
      locale,
      renamedFrom: renamedFrom(site),
    })
  } catch (error) {
    io.stderr.write(`wxpress: ${(error as Error).message}\n`)
    say(sm.msg.credentialsHint())
    return EXIT.usage
  }
  const { rows, problems } = result
  if (flags.format === 'json')
    io.stdout.write(`${JSON.stringify({ version: 1, articles: rows, problems, diagnostics: [] }, null, 2)}\n`)
  else if (flags.format === 'markdown') io.stdout.write(formatStatsMarkdown(rows))
  else {
    const unread = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.slug)).size
    io.stdout.write(formatStatsPretty(rows, locale, unread))
    for (const p of problems) io.stdout.write(`${t(locale, sm.msg.problemLine({ ...p }))}\n`)
  }
  let failed = false
  if (github) {
    for (const row of rows) {
      const article = site.articles.find((a) => a.slug === row.slug)
      const sha = article ? await commitAdding(site.root, article.path) : undefined
      try {
        const pr = sha ? (await github.pullsForCommit(sha))[0] : undefined
        if (!pr) {
          say(sm.msg.noPullRequest({ slug: row.slug }))
          continue
        }
        const bot = env.WXPRESS_BOT_LOGIN || undefined
        const done = await upsertSticky(github, pr.number, statsMarker(row.slug), statsComment(row), bot)
        say(sm.msg.commented({ slug: row.slug, action: done.action, pr: pr.number }))
        if (row.url && (await fillSentLink(github, pr.number, row.slug, row.url, bot)))
          say(sm.msg.sentLinkFilled({ slug: row.slug, pr: pr.number }))
      } catch (error) {
        failed = true
        io.stderr.write(`  ${row.slug}: ${(error as Error).message}\n`)
      }
    }
  }
  return failed || problems.some((p) => p.severity === 'error') ? EXIT.errors : EXIT.ok
}
