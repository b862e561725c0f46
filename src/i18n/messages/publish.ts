/**
 * Diagnostics of the publish stage: the ledger, preflight (credentials, mode, follower tags), the
 * read-back of drafts, WeChat failures and pushes missed, unconfirmed or edited after sending.
 * WeChat's own errmsg is quoted as it is, in both locales.
 */
import { defineMessages, m } from '../message.js'
import { durationEn, durationZh } from './duration.js'
import { publishPhraseZh as zh } from './publish-phrases-zh.js'

const UNKNOWN_EN =
  'a mass send was interrupted and its outcome is unknown; ' +
  'WeChat can only be asked by sending again, which is too late now'
const UNKNOWN_ZH = '一次群发被中断，结果不明；只有再发一次才能向微信确认，而现在已经太晚了'

const errcode = (code: string | number, zh: boolean) =>
  code === '' ? '' : zh ? `errcode ${code}，` : `errcode ${code}, `

export const publishMessages = defineMessages('publish', {
  ledgerUnreadable: m(
    (p: { file: string; problem: string }) =>
      `The publish ledger ${p.file} is unreadable: ${p.problem}. Its push is blocked so that it is never sent twice`,
    (p) => `发布台账 ${p.file} 无法读取：${zh(p.problem)}。为了绝不重复发送，它所在的推送已被阻止`,
  ),
  /** Why a push is blocked (the log line and the alert issue). */
  ledgerUnreadableReason: m(
    (p: { file: string; problem: string }) => `The publish ledger ${p.file} is unreadable: ${p.problem}`,
    (p) => `发布台账 ${p.file} 无法读取：${zh(p.problem)}`,
  ),
  ledgerUnreadableHint: m(
    (p: { file: string }) =>
      `Restore ${p.file} from the wxpress-state branch history with git (\`git log -p origin/wxpress-state -- ${p.file}\`); ` +
      'never delete it unless you are sure the article was not sent.',
    (p) =>
      `用 git 从 wxpress-state 分支的历史里恢复 ${p.file}（\`git log -p origin/wxpress-state -- ${p.file}\`）；` +
      '除非确定文章没有发出，否则不要删除它。',
  ),
  /** The ledger's name is too long to exist (`tooLong`): there is nothing to restore. */
  ledgerNameTooLongHint: m(
    (p: { folder: string }) =>
      `Shorten the folder name of ${p.folder}: no file can have this name, so no ledger was ever written for it (publish writes the ledger before it sends).`,
    (p) =>
      `缩短 ${p.folder} 的文件夹名：文件名超出上限，这个台账无法建立，也从未写入过（发布在发送之前会先写台账）。`,
  ),
  credentials: m(
    (p: { account: string; code: string | number; errmsg: string }) =>
      `The credentials of account \`${p.account}\` do not work: ${errcode(p.code, false)}${p.errmsg}`,
    (p) => `账号 \`${p.account}\` 的凭据无效：${errcode(p.code, true)}${zh(p.errmsg)}`,
  ),
  modeNotAllowed: m(
    (p: { account: string; mode: string; api: string; errmsg: string }) =>
      `Account \`${p.account}\` may not ${p.mode === 'publish' ? 'publish (freepublish)' : 'mass-send (sendall)'}: ` +
      `${p.api} answered errcode 48001, ${p.errmsg}`,
    (p) =>
      `账号 \`${p.account}\` 没有${p.mode === 'publish' ? '发表（freepublish）' : '群发（sendall）'}权限：` +
      `${p.api} 返回 errcode 48001，${p.errmsg}`,
  ),
  modeNotAllowedHint: m(
    () =>
      'WeChat allows this mode only for verified (认证) accounts since 2025-07; use mode: draft and send ' +
      'from the 公众平台 web console, or verify the account.',
    () =>
      '自 2025 年 7 月起，微信只允许认证账号使用这种模式；改用 mode: draft 并在公众平台网页端发送，或者认证账号。',
  ),
  tagsGetFailed: m(
    (p: { code: string | number; errmsg: string }) =>
      `Cannot check the follower tag: tags/get failed: ${p.code} ${p.errmsg}`.trim(),
    (p) => `无法检查粉丝标签：tags/get 调用失败：${`${p.code} ${zh(p.errmsg)}`.trim()}`,
  ),
  unknownTag: m(
    (p: { tag: string; account: string }) =>
      `Follower tag 「${p.tag}」 does not exist on account \`${p.account}\``,
    (p) => `账号 \`${p.account}\` 上没有粉丝标签「${p.tag}」`,
  ),
  /** `near`: the closest tag name or ''; `tags`: the account's tags, each in 「」, or ''. */
  unknownTagHint: m(
    (p: { near: string; tags: string }) =>
      `${p.near ? `Did you mean 「${p.near}」? ` : ''}Tags on the account: ${p.tags || 'none'}. ` +
      'Create it in 公众平台 → 用户管理 → 标签, or use 全部粉丝.',
    (p) =>
      `${p.near ? `是不是想写「${p.near}」？` : ''}账号上的标签：${p.tags || '无'}。` +
      '在 公众平台 → 用户管理 → 标签 里创建它，或改用 全部粉丝。',
  ),
  readBackFailed: m(
    (p: { mediaId: string; slug: string; errmsg: string }) =>
      `Could not read draft ${p.mediaId} back to check what WeChat kept of \`${p.slug}\`: ${p.errmsg}`,
    (p) => `无法读回草稿 ${p.mediaId}，没能核对微信保留了 \`${p.slug}\` 的哪些内容：${zh(p.errmsg)}`,
  ),
  readBackFailedHint: m(
    () => 'The draft was saved; open it in the WeChat editor to check it.',
    () => '草稿已经保存；在微信编辑器里打开它检查。',
  ),
  /** Each part a list like `<style> ×1, <script> ×2`, or ''. */
  stripped: m(
    (p: { slug: string; elements: string; attributes: string; styles: string }) =>
      `WeChat removed from \`${p.slug}\`: ${[
        p.elements && `elements ${p.elements}`,
        p.attributes && `attributes ${p.attributes}`,
        p.styles && `style declarations ${p.styles}`,
      ]
        .filter(Boolean)
        .join('; ')}`,
    (p) =>
      `微信从 \`${p.slug}\` 中删掉了：${[
        p.elements && `元素 ${p.elements}`,
        p.attributes && `属性 ${p.attributes}`,
        p.styles && `样式声明 ${p.styles}`,
      ]
        .filter(Boolean)
        .join('；')}`,
  ),
  strippedHint: m(
    () =>
      'Readers will not see them: WeChat drops ids, <style>, scripts and images outside its CDN. ' +
      'Change the theme or plugin that writes them.',
    () => '读者看不到这些内容：微信会删掉 id、<style>、脚本和不在其 CDN 上的图片。修改生成它们的主题或插件。',
  ),
  wechatFailed: m(
    (p: { path: string; code: string | number; errmsg: string }) =>
      `${p.path} failed: ${errcode(p.code, false)}${p.errmsg}`,
    (p) => `${p.path} 调用失败：${errcode(p.code, true)}${zh(p.errmsg)}`,
  ),
  uploadFailed: m(
    (p: { path: string; code: string | number; errmsg: string; image: string }) =>
      `Uploading the image \`${p.image}\` failed (${p.path}): ${errcode(p.code, false)}${p.errmsg}`,
    (p) => `上传图片 \`${p.image}\` 失败（${p.path}）：${errcode(p.code, true)}${zh(p.errmsg)}`,
  ),
  /** A push whose mass send was interrupted and cannot be confirmed any more (the diagnostic). */
  unconfirmed: m(
    (p: { slot: string }) => `Push of ${p.slot}: ${UNKNOWN_EN}`,
    (p) => `${p.slot} 的推送：${UNKNOWN_ZH}`,
  ),
  /** The same, without the slot (the alert issue names it). */
  unconfirmedReason: m(
    () => UNKNOWN_EN,
    () => UNKNOWN_ZH,
  ),
  unconfirmedHint: m(
    () =>
      'Look in 公众平台 → 内容与互动 → 发表记录 / 群发记录; record what you find in the ledger before the next run.',
    () => '到 公众平台 → 内容与互动 → 发表记录 / 群发记录 里查看；在下次运行之前把查到的结果记进台账。',
  ),
  internal: m(
    (p: { message: string }) => `Publishing this push failed unexpectedly: ${p.message}`,
    (p) => `发布这次推送时发生意外错误：${p.message}`,
  ),
  internalHint: m(
    () => 'This is a bug in wxpress or an unexpected state; the other pushes went on. Please report it.',
    () => '这是 wxpress 的缺陷或意料之外的状态；其他推送照常进行。请报告这个问题。',
  ),
  /** `late`: how late the run is, in minutes; `minutes`: the allowed lateness. */
  missed: m(
    (p: { slot: string; minutes: number; late: number }) =>
      `Push of ${p.slot} was missed (${durationEn(p.late)} late, more than the allowed ${durationEn(p.minutes)}); ` +
      'it is never sent late',
    (p) =>
      `${p.slot} 的推送已错过（已晚 ${durationZh(p.late)}，超过允许的 ${durationZh(p.minutes)}）；过时的推送绝不补发`,
  ),
  missedHint: m(
    () => 'Give the article a new slot and merge again.',
    () => '给文章设一个新的 slot，再合并一次。',
  ),
  /** A miss older than a day: a warning from then on (the error was given while it was new). */
  missedOld: m(
    (p: { slot: string; slug: string }) =>
      `\`${p.slug}\` missed its push of ${p.slot} more than a day ago; it is never sent late`,
    (p) => `\`${p.slug}\` 错过了 ${p.slot} 的推送，已经超过一天；过时的推送绝不补发`,
  ),
  missedOldHint: m(
    () =>
      'To send it after all, give it a new `slot` in its front-matter and merge; otherwise remove its `slot`.',
    () => '如果还要发送，在它的 front-matter 里设一个新的 `slot` 再合并；不再发送就删掉 `slot`。',
  ),
  immutable: m(
    (p: { slug: string }) => `\`${p.slug}\` was edited after it was sent; WeChat keeps the sent version`,
    (p) => `\`${p.slug}\` 在发送后又被修改过；微信上保留的是已发送的版本`,
  ),
  immutableHint: m(
    () =>
      'Published articles cannot be replaced through the API; fix typos in the WeChat editor, or send a correction.',
    () => '已发表的文章无法通过接口替换；在微信编辑器里改正错字，或者另发一篇更正。',
  ),
  /** `msgDataId`, `url`: 1 when that id is missing, else 0. */
  ledgerIncomplete: m(
    (p: { slug: string; msgDataId: string | number; url: string | number }) =>
      `The ledger says \`${p.slug}\` was sent but has no ` +
      `${[p.msgDataId ? 'msg_data_id' : '', p.url ? 'article URL' : ''].filter(Boolean).join(' and ')}; ` +
      '`wxpress stats` cannot find its numbers by id',
    (p) =>
      `台账记录 \`${p.slug}\` 已发送，但没有` +
      `${p.msgDataId ? ` msg_data_id${p.url ? ' 和' : ''}` : ''}${p.url ? '文章网址' : ''}；` +
      '`wxpress stats` 无法按 id 找到它的数据',
  ),
  ledgerIncompleteHint: m(
    () =>
      'Add the ids from the WeChat web editor (发表记录) to the ledger, or let stats match the article by title and date.',
    () => '从微信网页编辑器（发表记录）里查到这些 id 并加进台账，或者让 stats 按标题和日期匹配文章。',
  ),
})
