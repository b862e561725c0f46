/**
 * WeChat errcodes → what a 公众号 team should do about them: the hints of `publish/wechat-<errcode>`,
 * `publish/credentials` and `publish/unreachable`. WeChat's own errmsg is never translated.
 */
import { formatLocalHuman } from '../../core/date-time.js'
import { defineMessages, m } from '../message.js'
import { durationEn, durationZh } from './duration.js'

/** `2027-04-15 21:30 Thu` / `… 周四` (a malformed value is written as it is). */
const localWhen = (ms: number, zone: string, lang: 'en' | 'zh-CN') => {
  try {
    const text = formatLocalHuman(Number(ms), String(zone), lang)
    return /Invalid|undefined/.test(text) ? String(ms) : text
  } catch {
    return String(ms)
  }
}

/** The English hints by errcode. */
export const ERRCODE_HINTS_EN: Record<number, string> = {
  [-1]: 'WeChat reported a system error; it was retried. Run publish again later.',
  40001:
    'The AppSecret is wrong or the token was replaced elsewhere; check WECHAT_APP_SECRET and that no other tool refreshes tokens with force_refresh.',
  40005: 'Only JPEG and PNG body images are accepted; the renderer converts others (check image/converted).',
  40007:
    'The media id is unknown: the cover must be a permanent material of this account, and a draft that was already published or deleted cannot be used.',
  40009: 'The image is too large (body images must be under 1 MB).',
  40013: 'The AppID is invalid; check WECHAT_APP_ID.',
  40125:
    'The AppSecret is invalid; reset it in 公众号后台 → 设置与开发 → 基本配置 and update WECHAT_APP_SECRET.',
  40164:
    'Add the runner’s egress IP (in the message) to 公众号后台 → 设置与开发 → 基本配置 → IP 白名单, or publish from a runner with a fixed IP.',
  41001: 'No access token was sent (a bug in the client).',
  42001: 'The access token expired and could not be refreshed.',
  45002: 'The article HTML is too long for WeChat (under 20,000 characters); split the article.',
  45003: 'The title is too long for WeChat.',
  45004: 'The digest is too long for WeChat.',
  45008: 'A push may hold at most 8 articles.',
  45009: 'The daily API quota is used up; wait until tomorrow or reset it (clear_quota, 10 times a month).',
  45011: 'WeChat rate-limited the call; it was retried with backoff.',
  45028:
    'No mass-send quota left (a subscription account sends once a day; a service account reaches each follower 4 times a month).',
  45065: 'The same clientmsgid was sent in the last 24 hours: the push was already sent.',
  45067: 'The clientmsgid is too long (64 bytes at most).',
  45110: 'The author is too long for WeChat (16 characters at most).',
  45159:
    'The follower tag does not exist on this account; check `audience` against `wxpress plan` and the account’s tags.',
  48001:
    'This account is not authorised for the API (publishing and mass-sending need a verified account): complete 微信认证 in 公众号后台, or set the account’s `mode` to `draft` and send the drafts from 草稿箱 by hand. Each run retries until the slot plus the allowed lateness.',
  53503: 'The draft failed WeChat’s publish check; open it in the web editor to see why.',
  53505: 'Open the draft in the web editor and save it once, then publish again.',
}

const ZH: Record<number, string> = {
  [-1]: '微信报告系统繁忙，已经重试过；请稍后再运行一次 publish。',
  40001:
    'AppSecret 不对，或者 access token 已在别处被刷新；检查 WECHAT_APP_SECRET，并确认没有其他工具用 force_refresh 刷新 token。',
  40005: '正文图片只接受 JPEG 和 PNG；其他格式由渲染器转换（参见 image/converted）。',
  40007: 'media_id 无效：封面必须是本账号的永久素材，已发表或已删除的草稿也不能再用。',
  40009: '图片太大（正文图片必须小于 1 MB）。',
  40013: 'AppID 无效；检查 WECHAT_APP_ID。',
  40125: 'AppSecret 无效；在「公众号后台 → 设置与开发 → 基本配置」里重置它，并更新 WECHAT_APP_SECRET。',
  40164:
    '把运行环境的出口 IP（见报错信息）加到「公众号后台 → 设置与开发 → 基本配置 → IP 白名单」，或改用固定 IP 的运行环境发布。',
  41001: '请求没有带 access token（客户端的缺陷）。',
  42001: 'access token 已过期，且无法刷新。',
  45002: '文章 HTML 超出微信的长度上限（须少于 20,000 个字符）；把文章拆开。',
  45003: '标题超出微信的长度上限。',
  45004: '摘要超出微信的长度上限。',
  45008: '一次推送最多 8 篇文章。',
  45009: '当天的接口调用额度已用完；等到明天，或重置额度（clear_quota，每月 10 次）。',
  45011: '调用被微信限流；已按退避策略重试。',
  45028: '群发额度已用完（订阅号每天可群发 1 次；服务号每月可触达每位粉丝 4 次）。',
  45065: '同一个 clientmsgid 在 24 小时内已经发送过：这次推送已经发出。',
  45067: 'clientmsgid 太长（最多 64 字节）。',
  45110: '作者名超出微信的长度上限（最多 16 个字符）。',
  45159: '本账号没有这个粉丝标签；对照 `wxpress plan` 和账号的标签检查 `audience`。',
  48001:
    '本账号没有这个接口的权限（发表和群发需要认证账号）：在公众号后台完成微信认证；或者把账号的 `mode` 改成 `draft`，到草稿箱里手动发送。在推送时间加上允许的延迟之前，每次运行都会重试。',
  53503: '草稿没有通过微信的发表检查；在网页编辑器里打开它查看原因。',
  53505: '在网页编辑器里打开草稿并保存一次，再重新发布。',
}

export const publishErrcodeMessages = defineMessages('publishErrcode', {
  /** What to do about `code` (a generic pointer for codes without a hint of their own). */
  hint: m(
    (p: { code: number }) => ERRCODE_HINTS_EN[p.code] ?? 'See WeChat’s global return codes for this errcode.',
    (p) => ZH[p.code] ?? '请查阅微信的全局返回码说明。',
  ),
  /** sendall's 40007 for the draft an earlier run prepared: it is gone, most likely sent already. */
  draftGone: m(
    (p: { mediaId: string }) =>
      `The draft wxpress prepared for this push (media_id ${p.mediaId}) no longer exists: a mass send uses up ` +
      'its draft, so this push may already have been sent (with a ledger that was lost, restored from an ' +
      'old copy or edited). Check 公众号后台 → 群发记录 before anything else. If it went out, restore the ' +
      'ledger from the history of wxpress-state; only if it did not (someone deleted the draft), remove ' +
      '`draftMediaId` from the ledger so that the next run prepares a new draft.',
    (p) =>
      `wxpress 为这次推送准备的草稿（media_id ${p.mediaId}）已经不存在：群发会用掉草稿，所以这次推送可能已经发出过` +
      '（台账丢失过、从旧副本恢复过或被改过）。请先到「公众号后台 → 群发记录」核对，再做别的。如果已经发出，' +
      '从 wxpress-state 的历史里恢复台账；只有确认没有发出（有人删了草稿）时，才从台账里删掉 `draftMediaId`，' +
      '让下一次运行重新准备草稿。',
  ),
  /** 40007 "draft is being published": an earlier submit of this draft is still being processed. */
  draftBeingPublished: m(
    () =>
      'WeChat is still publishing this draft: an earlier freepublish/submit (most likely of a run that was ' +
      'interrupted before it got the answer) is still being processed, so the draft can be neither changed ' +
      'nor submitted again. Nothing to fix: the next publish run looks the push up and records how it ended.',
    () =>
      '微信仍在发表这份草稿：之前提交的发表（freepublish/submit，多半来自一次没等到应答就被中断的运行）还在处理中，' +
      '所以这份草稿暂时既不能修改，也不能再次提交。无需改动什么：下一次发布运行会查到这次推送，并记下它的结果。',
  ),
  /**
   * 45028 on a push's send: what to check, and until when wxpress retries (`untilMs`: the slot plus the
   * allowed lateness, written in `zone`; `minutes`: the allowed lateness, `schedule.maxLatenessMinutes`).
   */
  noQuota: m(
    (p: { untilMs: number; zone: string; minutes: number }) =>
      'No mass-send quota left (a subscription account sends once a day; a service account reaches each ' +
      'follower 4 times a month). Check in 公众号后台 → 内容与互动 → 发表记录 / 群发记录 whether someone already ' +
      `mass-sent by hand (today, or this month for a service account). wxpress retries on later runs until ${localWhen(p.untilMs, p.zone, 'en')} (the slot plus the allowed ` +
      `${durationEn(p.minutes)}); after that the push is missed: move its \`slot\` to another day.`,
    (p) =>
      '群发额度已用完（订阅号每天可群发 1 次；服务号每月可触达每位粉丝 4 次）。' +
      '先到「公众号后台 → 内容与互动 → 发表记录 / 群发记录」里看看是否已有人手动群发过（订阅号看今天，服务号看本月）。' +
      `wxpress 会在之后的运行中重试，直到 ${localWhen(p.untilMs, p.zone, 'zh-CN')}（推送时间之后允许的 ${durationZh(p.minutes)}）；` +
      '过了这个时间，这次推送就错过了：请把 `slot` 改到另一天。',
  ),
  unreachable: m(
    () =>
      'WeChat could not be reached; check WECHAT_API_BASE and the network, then run publish again (it resumes safely).',
    () => '无法连接微信；检查 WECHAT_API_BASE 和网络，再运行一次 publish（它会安全地接着上次继续）。',
  ),
})
