/** The lines of `wxpress publish` and `publish --preflight`: usage errors, locks, headers and totals. */
import { defineMessages, m, type Locale } from '../message.js'

/** Items of a list (`list`: accounts, credentials) or steps taken (`steps`), joined as each locale writes them. */
export function joinItems(locale: Locale, items: readonly string[], kind: 'list' | 'steps' = 'list'): string {
  return items.join(locale === 'en' ? ', ' : kind === 'list' ? '、' : '，')
}

export const publishCliMessages = defineMessages('publishCli', {
  configErrors: m(
    () => 'wxpress: the config has errors; run `npx --no-install wxpress check` for details.',
    () => 'wxpress：配置有错误；运行 `npx --no-install wxpress check` 查看详情。',
  ),
  noArticle: m(
    (p: { slug: string }) => `wxpress: no article \`${p.slug}\``,
    (p) => `wxpress：没有文章 \`${p.slug}\``,
  ),
  apiBaseNotUrl: m(
    (p: { url: string }) => `wxpress: WECHAT_API_BASE is not a URL: "${p.url}"`,
    (p) => `wxpress：WECHAT_API_BASE 不是网址："${p.url}"`,
  ),
  apiBaseNotHttp: m(
    (p: { protocol: string; url: string }) =>
      `wxpress: WECHAT_API_BASE must be an http(s) URL, not ${p.protocol} ("${p.url}")`,
    (p) => `wxpress：WECHAT_API_BASE 必须是 http(s) 网址，而不是 ${p.protocol}（"${p.url}"）`,
  ),
  apiBaseCredentials: m(
    (p: { url: string }) => `wxpress: WECHAT_API_BASE must not carry credentials ("${p.url}")`,
    (p) => `wxpress：WECHAT_API_BASE 里不能带凭据（"${p.url}"）`,
  ),
  apiBaseHint: m(
    () => "hint: set WECHAT_API_BASE to the API's base URL, e.g. https://api.weixin.qq.com",
    () => '建议：把 WECHAT_API_BASE 设为接口的基础网址，例如 https://api.weixin.qq.com',
  ),
  /** `list`: `credentialsOf` items joined by `joinItems`. */
  missingCredentials: m(
    (p: { list: string }) => `wxpress: missing credentials: ${p.list}`,
    (p) => `wxpress：缺少凭据：${p.list}`,
  ),
  credentialsOf: m(
    (p: { names: string; account: string }) => `${p.names} for account \`${p.account}\``,
    (p) => `账号 \`${p.account}\` 的 ${p.names}`,
  ),
  credentialsHint: m(
    () => 'hint: set them as environment variables (GitHub secrets), or use --dry-run.',
    () => '建议：把它们设为环境变量（GitHub secrets），或使用 --dry-run。',
  ),
  preflightCredentialsHint: m(
    () => 'hint: set them as environment variables (GitHub secrets).',
    () => '建议：把它们设为环境变量（GitHub secrets）。',
  ),
  wouldCall: m(
    (p: { call: string }) => `    would call ${p.call}`,
    (p) => `    将调用 ${p.call}`,
  ),
  dryRunNoAlerts: m(
    () => 'wxpress: a dry run posts no alerts on GitHub.',
    () => 'wxpress：试运行不会在 GitHub 上发告警。',
  ),
  dryRunBanner: m(
    () =>
      'Dry run: no WeChat API call is made and the publish ledger is not written (only the render cache).',
    () => '试运行：不调用微信接口，也不写发布台账（只写渲染缓存）。',
  ),
  /** `via`: the redacted API base, or '' in a dry run. */
  header: m(
    (p: { now: string; via: string }) => `Publishing as of ${p.now}${p.via ? ` via ${p.via}` : ''}`,
    (p) => `按 ${p.now}${p.now.endsWith('）') ? '' : ' '}的时间发布${p.via ? `，经由 ${p.via}` : ''}`,
  ),
  /** `drafted`: drafts that would be saved; `upToDate`: drafts already up to date (shown when > 0). */
  dryRunTotals: m(
    (p: {
      would: number
      drafted: number
      upToDate?: number
      failed: number
      missed: number
      blocked: number
    }) =>
      `Dry run: ${p.would} push(es) would be sent, ${p.drafted} drafted, ` +
      `${p.upToDate ? `${p.upToDate} draft(s) up to date, ` : ''}${p.failed} failed, ` +
      `${p.missed} missed, ${p.blocked} blocked`,
    (p) =>
      `试运行：将发送 ${p.would} 次推送，存草稿 ${p.drafted} 次，` +
      `${p.upToDate ? `草稿已是最新 ${p.upToDate} 次，` : ''}失败 ${p.failed} 次，` +
      `错过 ${p.missed} 次，被阻止 ${p.blocked} 次`,
  ),
  /** `sent`: by this run; `confirmed`: found sent by an earlier run or attempt (shown when > 0). */
  totals: m(
    (p: {
      sent: number
      confirmed: number
      /** Due pushes whose send went unanswered (shown when > 0). */
      unconfirmed: number
      /** Drafts saved (draft/add or draft/update called). */
      drafted: number
      /** Drafts already up to date, no call made (shown when > 0). */
      upToDate?: number
      failed: number
      /** Pushes not attempted: the account's token could not be had (shown when > 0). */
      notAttempted?: number
      missed: number
      blocked: number
      /** Blocked pushes whose slot is still ahead (they do not fail this run: said on a line of its own). */
      blockedLater?: number
    }) =>
      `${p.sent} sent, ${p.confirmed ? `${p.confirmed} confirmed sent earlier, ` : ''}${p.drafted} drafted, ` +
      `${p.upToDate ? `${p.upToDate} draft(s) up to date, ` : ''}${p.failed} failed, ` +
      `${p.notAttempted ? `${p.notAttempted} not attempted, ` : ''}` +
      `${p.unconfirmed ? `${p.unconfirmed} unconfirmed, ` : ''}${p.missed} missed, ${p.blocked} blocked` +
      (p.blockedLater
        ? `\n${p.blockedLater} blocked push(es) not due yet: fix the errors above before the slot, or publish fails then and does not send.`
        : ''),
    (p) =>
      `已发送 ${p.sent} 次，${p.confirmed ? `确认此前已发出 ${p.confirmed} 次，` : ''}存草稿 ${p.drafted} 次，` +
      `${p.upToDate ? `草稿已是最新 ${p.upToDate} 次，` : ''}失败 ${p.failed} 次，` +
      `${p.notAttempted ? `未尝试 ${p.notAttempted} 次，` : ''}` +
      `${p.unconfirmed ? `待对账 ${p.unconfirmed} 次，` : ''}错过 ${p.missed} 次，被阻止 ${p.blocked} 次` +
      (p.blockedLater
        ? `\n被阻止的推送中有 ${p.blockedLater} 次还没到推送时间：请在推送时间之前修正上面的错误，否则到时 publish 会失败，不会发送。`
        : ''),
  ),
  /** No ledger on this machine while pushes of the last week are past their slot (`state pull` forgotten?). */
  noLedger: m(
    (p: { n: number }) =>
      `warning: no publish ledger on this machine (.wxpress/state/ is empty) while ${p.n} push(es) of the last week are past their slot and the allowed lateness. If the ledgers live on the wxpress-state branch, run \`npx --no-install wxpress state pull\` first: a push said missed below may have been sent from another machine. Check 公众号后台 → 群发记录 before sending anything by hand.`,
    (p) =>
      `警告：本机没有发送台账（.wxpress/state/ 是空的），而最近一周有 ${p.n} 次推送已过推送时间和允许的延迟。如果台账在 wxpress-state 分支上，请先运行 \`npx --no-install wxpress state pull\`：下面说「已错过」的推送可能已经由别的机器发出。手动补发之前，先到「公众号后台 → 群发记录」核对。`,
  ),
  proxyNotUrl: m(
    (p: { name: string }) => `${p.name} is not a URL (expected e.g. http://proxy.example.com:3128)`,
    (p) => `${p.name} 不是网址（应形如 http://proxy.example.com:3128）`,
  ),
  proxyNotHttp: m(
    (p: { name: string; protocol: string }) =>
      `${p.name} must be an http:// or https:// URL, got ${p.protocol}`,
    (p) => `${p.name} 必须是 http:// 或 https:// 网址，而不是 ${p.protocol}`,
  ),
  /** After a bad proxy setting: `wxpress: <proxyNotUrl or proxyNotHttp>`, then this hint. */
  proxyBad: m(
    (p: { error: string }) =>
      `wxpress: ${p.error}\nhint: set it to the proxy with the whitelisted egress IP, or unset it.`,
    (p) => `wxpress：${p.error}\n建议：把它设为出口 IP 在白名单里的代理，或者取消这个设置。`,
  ),
  preflightNothing: m(
    () => 'Preflight: no push to come; nothing to check.',
    () => '预检：没有待发的推送；无需检查。',
  ),
  /** `accounts`: the account names, each in backticks, joined by `joinItems`. */
  preflightHeader: m(
    (p: { n: number; accounts: string }) =>
      `Preflight of ${p.n} push(es) on ${p.accounts}: credentials, mode, follower tags`,
    (p) => `预检 ${p.accounts} 上的 ${p.n} 次推送：凭据、模式、粉丝标签`,
  ),
  preflightPassed: m(
    () => 'Preflight passed.',
    () => '预检通过。',
  ),
})
