/**
 * `wxpress publish --alert`: after the run, tell GitHub what needs a person (one issue per missed,
 * blocked, failed or unconfirmed push), what went out (a comment on each article's pull request) and,
 * when a draft was prepared on a push to main, the preflight findings on the pull request. A GitHub
 * failure is one line on stderr and never changes the exit code of the publish run.
 */
import { fromMessage } from '../../diagnostics/collect-diagnostics.js'
import type { Article } from '../../content/article.js'
import { commitAdding } from '../../github/git.js'
import { createGithubClient, GithubApiError } from '../../github/github-client.js'
import { postAlerts } from '../../github/post-alerts.js'
import { ACTIONS_BOT } from '../../github/sticky-comment.js'
import { planAlerts, type PullComment } from '../../publish/alerts/plan-alerts.js'
import { preparedComment, preparedMarker, type PreflightFinding } from '../../publish/alerts/pr-bodies.js'
import { localTime } from '../../publish/alerts/when.js'
import { preflight } from '../../publish/preflight.js'
import type { PushResult } from '../../publish/push-result.js'
import type { WechatClient } from '../../publish/wechat-client.js'
import type { Site } from '../../site/load-site.js'
import { createAccountCacheStore } from '../../state/account-cache.js'
import type { CliIO } from '../io.js'
import { t } from '../../i18n/catalogue.js'
import type { Locale } from '../../i18n/message.js'
import { alertsCliMessages } from '../../i18n/messages/alerts-cli.js'
import { writtenTitle } from '../../content/written-value.js'

const { msg } = alertsCliMessages

export interface AlertRun {
  site: Site
  results: readonly PushResult[]
  clientFor: (account: string) => WechatClient
  nowMs: number
  only?: string | undefined
  /** Language of the stderr lines (default en); issues and comments are Chinese. */
  locale?: Locale | undefined
}

/** Preflight runs when a draft is prepared on a push to main (or by hand), not on every cron run. */
const PREFLIGHT_EVENTS = new Set(['', 'push', 'workflow_dispatch'])

export async function runAlerts(io: CliIO, run: AlertRun): Promise<void> {
  const { env } = io
  const locale = run.locale ?? 'en'
  const repository = env.GITHUB_REPOSITORY ?? ''
  if (!env.GITHUB_TOKEN || !/^[^/\s]+\/[^/\s]+$/.test(repository)) {
    io.stderr.write(`${t(locale, msg.needGithub())}\n`)
    return
  }
  const { site } = run
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  const byslug = new Map(site.articles.map((a) => [a.slug, a]))
  const plan = planAlerts(run.results, {
    timezone: site.config.timezone,
    maxLatenessMinutes: site.config.schedule.maxLatenessMinutes,
    articles: new Map(site.articles.map((a) => [a.slug, { title: writtenTitle(a), path: a.path }])),
    fileLink: (file) =>
      `${server}/${repository}/blob/HEAD/${file.split('/').map(encodeURIComponent).join('/')}`,
  })
  const prepared = PREFLIGHT_EVENTS.has(env.GITHUB_EVENT_NAME ?? '') ? await preflightComments(io, run) : []
  const client = createGithubClient({
    baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
    token: env.GITHUB_TOKEN,
    repository,
  })
  const pulls = new Map<string, Promise<number | undefined>>()
  const pullOf = (slug: string) => {
    const known = pulls.get(slug)
    if (known) return known
    const found = (async () => {
      const article = byslug.get(slug)
      const sha = article ? await commitAdding(site.root, article.path) : undefined
      return sha ? (await client.pullsForCommit(sha))[0]?.number : undefined
    })()
    pulls.set(slug, found)
    return found
  }
  try {
    await postAlerts({
      client,
      plan,
      prepared,
      closeGone: !run.only,
      botLogin: env.WXPRESS_BOT_LOGIN || ACTIONS_BOT,
      nowMs: run.nowMs,
      pullOf,
      locale,
      log: (line) => io.stderr.write(`${t(locale, msg.line({ line }))}\n`),
    })
  } catch (error) {
    io.stderr.write(`${alertFailure(error, locale)}\n`)
  }
}

/** One line for a failed GitHub call; what was published is unaffected. */
export function alertFailure(error: unknown, locale: Locale = 'en'): string {
  const what = error instanceof Error ? error.message : String(error)
  const forbidden = error instanceof GithubApiError && (error.status === 403 || error.status === 404)
  return t(locale, msg.notPosted({ what, forbidden: forbidden ? 1 : 0 }))
}

async function preflightComments(io: CliIO, run: AlertRun): Promise<PullComment[]> {
  const drafted = run.results.filter((r) => r.status === 'drafted' && !r.due)
  if (drafted.length === 0) return []
  const { site } = run
  const byslug = new Map(site.articles.map((a) => [a.slug, a]))
  const pushes = drafted.map((r) => ({
    result: r,
    articles: r.push.articles.map((s) => byslug.get(s)).filter((a): a is Article => a !== undefined),
  }))
  const before = new Map(pushes.flatMap((p) => p.articles).map((a) => [a, a.file.messages.length]))
  try {
    await preflight({
      pushes: pushes.map((p) => ({
        account: p.result.push.account,
        mode: p.result.push.mode,
        audience: p.result.push.audience,
        articles: p.articles,
      })),
      clientFor: run.clientFor,
      cache: createAccountCacheStore(site.root),
      nowMs: run.nowMs,
    })
  } catch (error) {
    io.stderr.write(`${t(run.locale ?? 'en', msg.preflightFailed({ error: (error as Error).message }))}\n`)
    return []
  }
  return pushes.flatMap(({ result, articles }) =>
    articles.map((a) => {
      // the PR comment is Chinese whatever the site's locale
      const findings: PreflightFinding[] = a.file.messages
        .slice(before.get(a) ?? 0)
        .filter((m) => m.source === 'publish')
        .map((m) => fromMessage(m, a.path, 'zh-CN'))
        .map((d) => ({
          severity: d.severity,
          ruleId: d.ruleId,
          message: d.message,
          ...(d.hint ? { hint: d.hint } : {}),
        }))
      const rules = findings.map((f) => `; ${f.ruleId}`).join('')
      const verdict = msg.preflightVerdict({ slug: a.slug, n: findings.length, rules })
      io.stderr.write(`${t(run.locale ?? 'en', verdict)}\n`)
      return {
        slug: a.slug,
        marker: preparedMarker(a.slug),
        body: preparedComment({
          slug: a.slug,
          title: writtenTitle(a),
          slot: localTime(result.push.slotMs, site.config.timezone),
          account: result.push.account,
          mode: result.push.mode,
          findings,
        }),
      }
    }),
  )
}
