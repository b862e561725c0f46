/**
 * The diagnostic of a scheduled article without a publish ledger that looks like an article already
 * sent under another folder name (`publish/renamed-after-send`): its push is blocked, never sent twice.
 */
import { defineMessages, m } from '../message.js'

type Why = 'content' | 'title' | 'slot'

const WHY_EN: Record<Why, string> = {
  content: 'the same content',
  title: 'the same title',
  slot: 'the same slot on the same account',
}
const WHY_ZH: Record<Why, string> = { content: '内容相同', title: '标题相同', slot: '推送时间和账号相同' }

const STATE_EN: Record<string, string> = {
  sent: 'was sent',
  sending: 'was being sent (outcome unconfirmed)',
  failed: 'had a send attempted',
}
const STATE_ZH: Record<string, string> = {
  sent: '发送',
  sending: '发送（结果未确认）',
  failed: '尝试发送',
}

const why = (p: string, zh: boolean) => (zh ? WHY_ZH : WHY_EN)[p as Why] ?? p
const state = (p: string, zh: boolean) =>
  (zh ? STATE_ZH : STATE_EN)[p] ?? (zh ? '尝试发送' : 'had a send attempted')

export const publishRenamedMessages = defineMessages('publishRenamed', {
  /** `why`: content | title | slot; `state`: the old ledger's state. */
  renamedAfterSend: m(
    (p: { old: string; state: string; when: string; why: string; file: string }) =>
      `This article has no publish ledger, but \`${p.old}\`, whose folder no longer exists, ${state(p.state, false)} ` +
      `at ${p.when} (${p.file}, state ${p.state}) and has ${why(p.why, false)}: was the folder renamed after sending? ` +
      'Its push is blocked so that it is never sent twice',
    (p) =>
      `这篇文章没有发布台账，但文件夹已不存在的 \`${p.old}\` 已于 ${p.when} ${state(p.state, true)}` +
      `（${p.file}，状态 ${p.state}），且${why(p.why, true)}：是不是发送之后改了文件夹名？` +
      '为了绝不重复发送，它所在的推送已被阻止',
  ),
  renamedAfterSendHint: m(
    (p: { old: string; slug: string }) =>
      `If \`${p.old}\` was renamed to \`${p.slug}\`: rename the folder back to \`${p.old}\`, or move its ledger on the ` +
      `wxpress-state branch: \`git switch wxpress-state && git mv .wxpress/state/${p.old}.json .wxpress/state/${p.slug}.json\`, ` +
      `change \`"slug": "${p.old}"\` to \`"slug": "${p.slug}"\` in that file, commit and push. ` +
      `Only if it really is another article that must go out: \`git rm .wxpress/state/${p.old}.json\` on that branch.`,
    (p) =>
      `如果 \`${p.old}\` 改名成了 \`${p.slug}\`：把文件夹改回 \`${p.old}\`，或者在 wxpress-state 分支上移动它的台账：` +
      `\`git switch wxpress-state && git mv .wxpress/state/${p.old}.json .wxpress/state/${p.slug}.json\`，` +
      `把文件里的 \`"slug": "${p.old}"\` 改成 \`"slug": "${p.slug}"\`，提交并推送。` +
      `只有确实是另一篇需要发送的文章时，才在该分支上删除旧台账：\`git rm .wxpress/state/${p.old}.json\`。`,
  ),
  /** pr-check: `why` is title | slot; `slot` the old article's local slot. */
  slugChanged: m(
    (p: { old: string; slug: string; why: string; slot: string }) =>
      `This article looks like \`${p.old}\`, which this pull request deletes (${why(p.why, false)}), and whose slot ` +
      `${p.slot} has passed: the publish ledger is kept per folder name and does not follow a rename, so if ` +
      `\`${p.old}\` was sent, publishing \`${p.slug}\` will be blocked (publish/renamed-after-send)`,
    (p) =>
      `这篇文章看起来就是本 PR 删除的 \`${p.old}\`（${why(p.why, true)}），而它的推送时间 ${p.slot} 已经过去：` +
      `发布台账按文件夹名记录，不会随改名转移；如果 \`${p.old}\` 已经发出，发布 \`${p.slug}\` 时会被阻止` +
      '（publish/renamed-after-send）',
  ),
  slugChangedHint: m(
    (p: { old: string; slug: string }) =>
      `Keep the folder name \`${p.old}\`; or, after merging, move its ledger on the wxpress-state branch ` +
      `(\`git mv .wxpress/state/${p.old}.json .wxpress/state/${p.slug}.json\` and change its \`"slug"\` to \`"${p.slug}"\`).`,
    (p) =>
      `保留文件夹名 \`${p.old}\`；或者合并之后在 wxpress-state 分支上移动它的台账` +
      `（\`git mv .wxpress/state/${p.old}.json .wxpress/state/${p.slug}.json\`，并把其中的 \`"slug"\` 改成 \`"${p.slug}"\`）。`,
  ),
  /** publish: the ledger of a folder that is gone still names a draft in WeChat's draft box. */
  leftoverDraft: m(
    (p: { old: string; mediaId: string; file: string }) =>
      `\`${p.old}\` is no longer in content/, but its draft (media_id ${p.mediaId}) is still in the account's draft ` +
      `box: wxpress will not send it. Do not mass-send it by hand; if it is not needed, delete it in 公众号后台 → ` +
      `内容与互动 → 草稿箱 and remove ${p.file} on the wxpress-state branch (a renamed folder: move the ledger instead).`,
    (p) =>
      `\`${p.old}\` 已不在 content/ 里，但它的草稿（media_id ${p.mediaId}）仍在公众号草稿箱，wxpress 不会发送它。` +
      `请不要手动群发；不再需要就在「公众号后台 → 内容与互动 → 草稿箱」里删除它，并在 wxpress-state 分支上删掉 ${p.file}` +
      '（如果只是改了文件夹名，就移动台账）。',
  ),
})
