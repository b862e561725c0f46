/** Messages of `wxpress stats`: problems met while collecting, the table head and the CLI lines. */
import { defineMessages, m } from '../message.js'
import { publishPhraseZh as zh } from './publish-phrases-zh.js'

export const statsMessages = defineMessages('stats', {
  ledgerUnreadable: m(
    (p: { slug: string; reason: string }) =>
      `the publish ledger .wxpress/state/${p.slug}.json is unreadable (${p.reason}); no statistics read`,
    (p) => `发布台账 .wxpress/state/${p.slug}.json 无法读取（${zh(p.reason)}）；没有读取统计数据`,
  ),
  ledgerUnreadableHint: m(
    () => 'Repair the ledger (see `wxpress publish`), then run stats again.',
    () => '先修复台账（参见 `wxpress publish`），再重新运行 stats。',
  ),
  storeUnreadable: m(
    (p: { file: string; error: string }) => `${p.file} is unreadable: ${p.error}; it is left as it is`,
    (p) => `${p.file} 无法读取：${zh(p.error)}；保持原样，不做改动`,
  ),
  storeUnreadableHint: m(
    () =>
      'Fix or remove the file (it is rebuilt from WeChat within 30 days of sending), then run stats again.',
    () => '修复或删除这个文件（发送后 30 天内可以从微信重建），再重新运行 stats。',
  ),
  noSendTime: m(
    (p: { slug: string }) => `the ledger marks \`${p.slug}\` sent but has no send time; no statistics read`,
    (p) => `台账记录 \`${p.slug}\` 已发送，但没有发送时间；没有读取统计数据`,
  ),
  noSendTimeHint: m(
    () => 'Run `wxpress publish` once: reconciliation restores the send time from WeChat.',
    () => '运行一次 `wxpress publish`：对账会从微信恢复发送时间。',
  ),
  noMsgDataId: m(
    (p: { slug: string }) =>
      `the ledger marks \`${p.slug}\` sent but has no msg_data_id, which statistics are matched by`,
    (p) => `台账记录 \`${p.slug}\` 已发送，但没有 msg_data_id，而统计数据要靠它来匹配`,
  ),
  noMsgDataIdHint: m(
    (p: { slug: string }) =>
      'WeChat does not give it again once its answer to the send was lost: add "msgDataId" from the WeChat ' +
      `web editor (发表记录) to .wxpress/state/${p.slug}.json; meanwhile stats finds the article by its URL or title.`,
    (p) =>
      '群发的应答丢失后，微信不会再给出这个 id：从微信网页编辑器（发表记录）里查到它，' +
      `在 .wxpress/state/${p.slug}.json 里加上 "msgDataId"；在此之前，stats 按网址或标题查找文章。`,
  ),
  tooEarly: m(
    (p: { date: string }) => `sent on ${p.date}; WeChat has statistics from the next day on`,
    (p) => `${p.date} 发送；微信从第二天起才有统计数据`,
  ),
  tooEarlyHint: m(
    () => 'Run stats again tomorrow.',
    () => '明天再运行一次 stats。',
  ),
  tooLate: m(
    (p: { date: string }) =>
      `sent on ${p.date}, more than 30 days ago; WeChat no longer reports it and no numbers were kept`,
    (p) => `${p.date} 发送，已超过 30 天；微信不再提供它的数据，本地也没有保存`,
  ),
  tooLateHint: m(
    () => 'Statistics are kept from the first stats run within 30 days of sending.',
    () => '只有发送后 30 天内运行过 stats，统计数据才会保存下来。',
  ),
  datacubeFailed: m(
    (p: { errcode: string; errmsg: string }) =>
      `datacube failed: ${p.errcode ? `errcode ${p.errcode}, ` : ''}${p.errmsg}`,
    (p) => `数据接口（datacube）调用失败：${p.errcode ? `errcode ${p.errcode}，` : ''}${p.errmsg}`,
  ),
  lostLedger: m(
    (p: { slug: string; date: string }) =>
      `\`${p.slug}\` has no publish ledger, but WeChat has it as sent on ${p.date}; statistics were read`,
    (p) => `\`${p.slug}\` 没有发布台账，但微信记录它已于 ${p.date} 发送；已读取统计数据`,
  ),
  lostLedgerHint: m(
    (p: { slug: string }) =>
      `Restore .wxpress/state/${p.slug}.json (\`wxpress state pull\`, or run ` +
      '`wxpress publish`: reconciliation rebuilds it) so that it is never sent again.',
    (p) =>
      `恢复 .wxpress/state/${p.slug}.json（\`wxpress state pull\`，或运行 \`wxpress publish\`：对账会重建它），` +
      '以免再次发送。',
  ),
  notYet: m(
    (p: { msgid: string; title: string; date: string }) =>
      `no statistics for ${p.msgid ? `msgid ${p.msgid}` : `「${p.title}」`} on ${p.date} yet`,
    (p) => `${p.date} 还没有 ${p.msgid ? `msgid ${p.msgid}` : `「${p.title}」`} 的统计数据`,
  ),
  notYetHint: m(
    () => 'WeChat reports an article from the day after sending, for 30 days; check again later.',
    () => '微信从发送后第二天起提供文章数据，持续 30 天；请稍后再查。',
  ),
  noRows: m(
    () => 'No statistics yet (nothing sent before today).',
    () => '还没有统计数据（今天之前没有发送过文章）。',
  ),
  /** No row, but articles whose statistics could not be read (listed below it). */
  noRowsRead: m(
    (p: { n: number }) => `No statistics read: ${p.n} article(s) could not be read (below).`,
    (p) => `没有读到统计数据：${p.n} 篇文章的数据读取失败（见下）。`,
  ),
  /** The terminal table's head, `|`-separated (widths follow the text), in the PR comment's order. */
  tableHead: m(
    () => 'article|sent|until|reads|shares|在看|likes|comments|saved|follows|完读率|分享率',
    () => '文章|发送|截至|阅读|分享|在看|点赞|留言|收藏|关注|完读率|分享率',
  ),
  /** One problem under the table: `severity` is `error`, `warning` or `info` (shown without a label). */
  problemLine: m(
    (p: { severity: string; slug: string; message: string; hint: string }) =>
      `  ${p.severity === 'info' ? '' : `${p.severity}: `}${p.slug}: ${p.message} (${p.hint})`,
    (p) => `  ${SEVERITY_ZH[p.severity] ?? '提示：'}${p.slug}：${p.message}（${p.hint}）`,
  ),
  configErrors: m(
    () => 'wxpress: the config has errors; run `npx --no-install wxpress check` for details.',
    () => 'wxpress：配置有错误；运行 `npx --no-install wxpress check` 查看详情。',
  ),
  credentialsHint: m(
    () => 'hint: set the WeChat credentials as environment variables.',
    () => '建议：把微信的凭据设为环境变量。',
  ),
  postNeedsGithub: m(
    () => 'wxpress: --post needs GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name).',
    () => 'wxpress：--post 需要 GITHUB_TOKEN 和 GITHUB_REPOSITORY（owner/name）。',
  ),
  noPullRequest: m(
    (p: { slug: string }) => `  ${p.slug}: no pull request found for the commit that added it; not posted`,
    (p) => `  ${p.slug}：找不到添加它的提交所属的拉取请求；未发表评论`,
  ),
  sentLinkFilled: m(
    (p: { slug: string; pr: number }) =>
      `  ${p.slug}: the article URL added to the "sent" comment on #${p.pr}`,
    (p) => `  ${p.slug}：已把文章链接补进 #${p.pr} 上的“已发送”评论`,
  ),
  commented: m(
    (p: { slug: string; action: string; pr: number }) => `  ${p.slug}: comment ${p.action} on #${p.pr}`,
    (p) => `  ${p.slug}：#${p.pr} 上的评论${ACTION_ZH[p.action] ?? p.action}`,
  ),
})

const SEVERITY_ZH: Record<string, string> = { error: '错误：', warning: '警告：', info: '提示：' }
const ACTION_ZH: Record<string, string> = {
  created: '已创建',
  updated: '已更新',
  unchanged: '没有变化',
  skipped: '已跳过',
}
