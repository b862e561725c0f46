/** Turns what `publishPush` did into diagnostics on the push's articles and a typed `PushResult`. */
import path from 'node:path'
import { fieldPosition, type Article } from '../content/article.js'
import { formatLocalHuman } from '../core/date-time.js'
import { report } from '../diagnostics/diagnostic.js'
import { renderText } from '../i18n/catalogue.js'
import type { Locale, Message } from '../i18n/message.js'
import { publishMessages } from '../i18n/messages/publish.js'
import { publishErrcodeMessages } from '../i18n/messages/publish-errcodes.js'
import type { Push } from '../schedule/push.js'
import type { Ledger } from './ledger.js'
import { MissingTagError } from './mass-send.js'
import type { PushOutcome } from './push-input.js'
import { latenessMinutes, type PushResult } from './push-result.js'
import { reportUnknownTag } from './report-unknown-tag.js'
import type { WechatApiError } from './wechat-errors.js'

const { msg } = publishMessages

/** What a WeChat error says, as the diagnostic and the alert write it (`image`: the upload it failed on). */
export function wechatFailure(e: WechatApiError, image?: string, account = ''): Message {
  if (e instanceof MissingTagError) return msg.unknownTag({ tag: e.tag, account })
  const failed = { path: e.path, code: e.errcode ?? '', errmsg: e.errmsg }
  return image ? msg.uploadFailed({ ...failed, image }) : msg.wechatFailed(failed)
}

/** The errcode's hint; for 45028 (no mass-send quota), until when later runs retry the push. */
function hintOf(
  e: WechatApiError,
  push: Push,
  input: {
    plan: { timezone: string }
    locale?: Locale | undefined
    config?: { schedule: { maxLatenessMinutes: number } }
  },
): Message {
  const minutes = input.config?.schedule.maxLatenessMinutes
  if (e.errcode !== 45028 || minutes === undefined) return e.hintMessage
  const untilMs = push.slotMs + minutes * 60_000
  return publishErrcodeMessages.msg.noQuota({ untilMs, zone: input.plan.timezone, minutes })
}

export async function reportOutcome(
  input: {
    ledger: Ledger
    dryRun: boolean
    nowMs: number
    plan: { timezone: string }
    locale?: Locale | undefined
    /** For the hint of 45028 (until when the push is retried). */
    config?: { schedule: { maxLatenessMinutes: number } }
  },
  push: Push,
  articles: readonly Article[],
  outcome: PushOutcome,
  due: boolean,
): Promise<PushResult> {
  const e = outcome.error
  const hint = e && hintOf(e, push, input)
  // an unknown tag: what preflight says of it, on the audience line (the tag list was read, nothing failed)
  if (e instanceof MissingTagError) reportUnknownTag(articles, e.tag, push.account, e.tags)
  for (const a of articles) {
    const place = fieldPosition(a, 'slot')
    if (e instanceof MissingTagError) continue
    if (e) {
      const ruleId = e.errcode === undefined ? 'publish/unreachable' : `publish/wechat-${e.errcode}`
      const image = e.asset?.slug === a.slug ? e.asset.source : undefined
      report(
        a.file,
        // an unanswered call on a due push fails the run: an error, as the exit code says
        outcome.status === 'pending' && !due ? 'warning' : 'error',
        ruleId,
        'publish',
        wechatFailure(e, image),
        {
          place: (image && placeOf(a, image)) || place,
          hint,
          value: e.errcode === undefined ? undefined : String(e.errcode),
        },
      )
    } else if (outcome.message) {
      // the slot as `publish/missed` names it (`2027-03-04 08:00 周四`), not ISO
      const slot = formatLocalHuman(push.slotMs, input.plan.timezone, input.locale)
      report(a.file, 'error', 'publish/unconfirmed', 'publish', msg.unconfirmed({ slot }), {
        place,
        hint: msg.unconfirmedHint(),
      })
    }
  }
  const base = { push, due }
  switch (outcome.status) {
    case 'sent': {
      const calls = outcome.steps.map((s) => renderText(s))
      if (input.dryRun) return { ...base, status: 'would-send', calls }
      const entries = await Promise.all(push.articles.map((slug) => input.ledger.read(slug)))
      const sentAt = entries[0]?.sentAt ?? new Date(input.nowMs).toISOString()
      return {
        ...base,
        status: 'sent',
        sentAt,
        latenessMinutes: latenessMinutes(push, Date.parse(sentAt)),
        reconciled: outcome.reconciled === true,
        articles: push.articles.map((slug, i) => {
          const url = entries[i]?.articleUrl
          return url ? { slug, url } : { slug }
        }),
      }
    }
    case 'drafted':
      return { ...base, status: 'drafted', saved: outcome.saved === true }
    case 'unchanged':
      return { ...base, status: 'already-sent' }
    case 'pending':
      return {
        ...base,
        status: 'pending',
        message: e ? wechatFailure(e) : (outcome.steps.at(-1) ?? 'pending'),
        ...(e ? { unconfirmed: true } : {}),
      }
    default:
      return {
        ...base,
        status: 'failed',
        ...(e?.errcode !== undefined ? { errcode: e.errcode } : {}),
        message: e ? wechatFailure(e, e.asset?.source, push.account) : (outcome.message ?? 'failed'),
        ...(hint ? { hint } : {}),
        ...(!e && outcome.message ? { unconfirmed: true } : {}),
      }
  }
}

/** Where the image `source` (site-relative, or a URL) is referenced in the article, if it is. */
function placeOf(article: Article, source: string) {
  const dir = `${path.posix.dirname(article.path)}/`
  const ref = source.startsWith(dir) ? source.slice(dir.length) : source
  const text = String(article.file.value ?? '')
  const found = text.indexOf(`(${ref}`)
  if (found < 0) return undefined
  const at = found + 1
  const line = text.slice(0, at).split('\n').length
  const column = at - (text.lastIndexOf('\n', at - 1) + 1) + 1
  return { start: { line, column }, end: { line, column: column + ref.length } }
}
