/**
 * What `publish` did to a push, step by step (`  → uploaded 2 images, drafted (media_id …)`), and
 * the line of each push in its log. Ids and API names are WeChat's and stay as they are.
 */
import { defineMessages, m } from '../message.js'
import { durationEn, durationZh } from './duration.js'

const MODE_ZH: Record<string, string> = { draft: '草稿', publish: '发表', broadcast: '群发' }
/** The step that failed (`failedStep` of src/publish/failed-step.ts), or '' when unknown. */
const WHAT_EN: Record<string, string> = {
  token: 'getting the access token',
  upload: 'uploading the images',
  draft: 'saving the draft',
  preview: 'sending the preview',
  tags: 'checking the follower tag',
  send: 'the mass send',
  publish: 'submitting the publish',
  lookup: 'looking up the earlier send',
}
const WHAT_ZH: Record<string, string> = {
  token: '获取 access token 失败',
  upload: '上传图片失败',
  draft: '存草稿失败',
  preview: '发送预览失败',
  tags: '核对粉丝标签失败',
  send: '群发失败',
  publish: '提交发表失败',
  lookup: '查询上次的发送失败',
}
const STATUS_ZH: Record<string, string> = {
  sent: '已发送',
  drafted: '已存草稿',
  unchanged: '没有变化',
  pending: '待确认',
  failed: '失败',
}

export const publishStepMessages = defineMessages('publishStep', {
  foundDraft: m(
    (p: { mediaId: string }) => `found draft ${p.mediaId} from an interrupted run`,
    (p) => `找到上次中断时留下的草稿 ${p.mediaId}`,
  ),
  draftUpdated: m(
    (p: { mediaId: string; updated: number }) =>
      `draft ${p.updated ? 'updated' : 'up to date'} (media_id ${p.mediaId})`,
    (p) => `草稿${p.updated ? '已更新' : '已是最新'}（media_id ${p.mediaId}）`,
  ),
  draftDeleted: m(
    () => 'draft was deleted in WeChat; creating it again',
    () => '草稿已在微信里被删除；重新创建',
  ),
  drafted: m(
    (p: { mediaId: string; dryRun?: number }) =>
      p.dryRun ? 'would save the draft (draft/add)' : `drafted (media_id ${p.mediaId})`,
    (p) => (p.dryRun ? '将存草稿（draft/add）' : `已存草稿（media_id ${p.mediaId}）`),
  ),
  preview: m(
    (p: { dryRun: number; who: string }) =>
      `${p.dryRun ? 'would send a preview' : 'preview sent'} to ${p.who}`,
    (p) => `${p.dryRun ? '将向' : '已向'} ${p.who} 发送预览`,
  ),
  uploaded: m(
    (p: { n: number; dryRun?: number }) =>
      `${p.dryRun ? 'would upload' : 'uploaded'} ${p.n} image${p.n === 1 ? '' : 's'}`,
    (p) => `${p.dryRun ? '将上传' : '已上传'} ${p.n} 张图片`,
  ),
  alreadySent: m(
    () => 'already sent',
    () => '已经发送过',
  ),
  modeDraft: m(
    () => 'mode draft: send it from the WeChat editor',
    () => '草稿模式：请在微信编辑器里发送',
  ),
  submitted: m(
    (p: { dryRun: number }) => `${p.dryRun ? 'would submit' : 'submitted'} (freepublish/submit)`,
    (p) => `${p.dryRun ? '将提交发表' : '已提交发表'}（freepublish/submit）`,
  ),
  wouldSend: m(
    () => 'would send (message/mass/sendall)',
    () => '将群发（message/mass/sendall）',
  ),
  sent: m(
    (p: { msgId: string | number }) => `sent (msg_id ${p.msgId})`,
    (p) => `已群发（msg_id ${p.msgId}）`,
  ),
  /** After a send: `late` minutes after the slot (0: on time); `urls`: the article URLs, space-separated, or ''. */
  sentWhen: m(
    (p: { late: number; urls: string }) =>
      `${Number(p.late) > 0 ? `${durationEn(Number(p.late))} late` : 'on time'}${p.urls ? `: ${p.urls}` : ''}`,
    (p) =>
      `${Number(p.late) > 0 ? `晚了 ${durationZh(Number(p.late))}` : '准时'}${p.urls ? `：${p.urls}` : ''}`,
  ),
  noAnswer: m(
    () => 'no answer from WeChat; the next run reconciles before retrying',
    () => '微信没有应答；下次运行会先对账再重试',
  ),
  published: m(
    (p: { articleId: string }) => `published (article_id ${p.articleId})`,
    (p) => `已发表（article_id ${p.articleId}）`,
  ),
  confirmedPublished: m(
    (p: { articleId: string }) => `confirmed published (article_id ${p.articleId})`,
    (p) => `确认已发表（article_id ${p.articleId}）`,
  ),
  resuming: m(
    (p: { publishId: string }) => `resuming publish_id ${p.publishId}`,
    (p) => `继续跟进 publish_id ${p.publishId}`,
  ),
  confirmedSent: m(
    (p: { msgId: string | number }) => `confirmed sent (msg_id ${p.msgId})`,
    (p) => `确认已群发（msg_id ${p.msgId}）`,
  ),
  stillPublishing: m(
    () => 'still publishing; the next run checks again',
    () => '仍在发表中；下次运行时再查',
  ),
  outcomeUnknown: m(
    () => 'outcome unknown, not sent again',
    () => '结果不明，不再重发',
  ),
  resumed: m(
    (p: { msgId: string | number }) => `sent (msg_id ${p.msgId}, resumed)`,
    (p) => `已群发（msg_id ${p.msgId}，续发）`,
  ),
  /**
   * The steps of a push, or its status when it took none; `failed`: 1 when it failed, `what`: the step
   * that failed (token, upload, draft, preview, tags, send, publish, lookup) or ''.
   */
  stepsLine: m(
    (p: { steps: string; status: string; failed: number; what?: string }) =>
      `  → ${p.steps || (p.failed ? '' : p.status)}${
        p.failed
          ? `${p.steps ? ' — ' : ''}FAILED${WHAT_EN[p.what ?? ''] ? `: ${WHAT_EN[p.what ?? '']}` : ''}`
          : ''
      }`,
    (p) => {
      const what = WHAT_ZH[p.what ?? ''] ?? '失败'
      if (!p.failed) return `  → ${p.steps || (STATUS_ZH[p.status] ?? p.status)}`
      return `  → ${p.steps ? `${p.steps}；${what}` : what}`
    },
  ),
  /** `label`: the slot and the articles of a push (`2027-04-15 20:00 one + two`). */
  pushFailed: m(
    (p: { label: string; message: string }) => `${p.label}: FAILED (${p.message})`,
    (p) => `${p.label}：失败（${p.message}）`,
  ),
  pushBlocked: m(
    (p: { label: string; n: number; first: string }) =>
      `${p.label}: BLOCKED by ${p.n} error(s), not sent${p.first ? ` — ${p.first}` : ''}`,
    (p) => `${p.label}：被 ${p.n} 个错误阻止，未发送${p.first ? `——${p.first}` : ''}`,
  ),
  pushAlreadySent: m(
    (p: { label: string; edited: number }) =>
      `${p.label}: already sent${p.edited ? ' (edited since: not re-sent)' : ''}`,
    (p) => `${p.label}：已经发送过${p.edited ? '（之后有修改：不重发）' : ''}`,
  ),
  pushNoToken: m(
    (p: { label: string; account: string; errmsg: string }) =>
      `${p.label}: not attempted — account \`${p.account}\` could not get a token (${p.errmsg})`,
    (p) => `${p.label}：没有尝试——账号 \`${p.account}\` 无法获取 access token（${p.errmsg}）`,
  ),
  pushDraftReady: m(
    (p: { label: string }) => `${p.label}: draft ready (mode draft)`,
    (p) => `${p.label}：草稿已就绪（草稿模式）`,
  ),
  pushMissed: m(
    (p: { label: string }) => `${p.label}: missed, not sent`,
    (p) => `${p.label}：已错过，未发送`,
  ),
  pushDue: m(
    (p: { label: string; mode: string }) => `${p.label}: due, ${p.mode}`,
    (p) => `${p.label}：已到时间，${MODE_ZH[p.mode] ?? p.mode}`,
  ),
  /** Past the lateness window with an interrupted send: only looked up, never sent now. */
  pushLookingUp: m(
    (p: { label: string }) => `${p.label}: past the lateness window, looking up the interrupted send`,
    (p) => `${p.label}：已过允许的延迟，查询上次中断的发送`,
  ),
  pushPreparing: m(
    (p: { label: string }) => `${p.label}: preparing the draft`,
    (p) => `${p.label}：准备草稿`,
  ),
})
