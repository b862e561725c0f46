/** Messages of `wxpress due` and `wxpress state pull|push`. */
import { defineMessages, m, zhList } from '../message.js'

export const stateMessages = defineMessages('state', {
  ledgersFromBranch: m(
    (p: { ref: string; n: number }) =>
      `Ledgers: read from ${p.ref} (${p.n}), as this working tree has none (\`wxpress state pull\` writes them here).`,
    (p) => `台账：读自 ${p.ref}（${p.n} 个），因为工作区里没有（\`wxpress state pull\` 会把它们写进来）。`,
  ),
  dueUnreadable: m(
    (p: { label: string; slug: string }) =>
      `${p.label}: the ledger of ${p.slug} is unreadable; publish blocks it and says why`,
    (p) => `${p.label}：${p.slug} 的台账无法读取；publish 会阻止这次推送并说明原因`,
  ),
  dueInterrupted: m(
    (p: { label: string }) => `${p.label}: a send was interrupted; publish reconciles it`,
    (p) => `${p.label}：有一次发送中断了；publish 会对账处理`,
  ),
  dueNow: m(
    (p: { label: string }) => `${p.label}: due now`,
    (p) => `${p.label}：现在该推送了`,
  ),
  dueMissed: m(
    (p: { label: string }) => `${p.label}: missed; publish reports it`,
    (p) => `${p.label}：已错过；publish 会报告`,
  ),
  dueDraft: m(
    (p: { label: string; slugs: string }) => `${p.label}: ${p.slugs} needs a draft prepared`,
    (p) => `${p.label}：${zhList(p.slugs)} 需要先准备草稿`,
  ),
  notGit: m(
    () => 'wxpress: not inside a git repository; `wxpress state` needs one (the state branch lives in it).',
    () => 'wxpress：不在 git 仓库里；`wxpress state` 需要仓库（状态分支就在仓库里）。',
  ),
  badBranch: m(
    (p: { branch: string }) => `wxpress: \`${p.branch}\` is not a valid branch name.`,
    (p) => `wxpress：\`${p.branch}\` 不是合法的分支名。`,
  ),
  failed: m(
    (p: { command: string; error: string }) => `wxpress: state ${p.command}: ${p.error}`,
    (p) => `wxpress：state ${p.command} 失败：${p.error}`,
  ),
  pullRefusedHint: m(
    (p: { branch: string }) =>
      'hint: a newer local ledger holds what WeChat knows and must not be lost: ' +
      `run \`wxpress state push\` to put it\non \`${p.branch}\`, or, if the local copy is wrong, move it ` +
      `away and pull again.`,
    (p) =>
      `建议：本地较新的台账记录着微信那边的状态，不能丢：运行 \`wxpress state push\` 把它推到 \`${p.branch}\`；` +
      '如果本地这份是错的，先把它移走再重新 pull。',
  ),
  unreadableLocalHint: m(
    (p: { remote: string; branch: string }) =>
      `hint: the local ledger cannot be read. Unless you know what it should say, take the branch's copy\n` +
      `(git show ${p.remote}/${p.branch}:<file> > <file>) and run the command again.`,
    (p) =>
      `建议：本地台账无法读取。除非你清楚它应该记着什么，否则用分支上的副本替换它` +
      `（git show ${p.remote}/${p.branch}:<文件> > <文件>），然后重新运行。`,
  ),
  pushConflictHint: m(
    (p: { remote: string; branch: string }) =>
      `hint: compare the two copies (git show ${p.remote}/${p.branch}:<file>), keep the one matching\n` +
      'WeChat (its ids and timestamps), give it the later time (`updatedAt`; for a ledger, in its\n' +
      '`timestamps`), and push again.',
    (p) =>
      `建议：比较两份副本（git show ${p.remote}/${p.branch}:<file>），保留与微信一致的那份（看 id 和时间戳），` +
      '把它的 `updatedAt`（台账则是 `timestamps` 里的时间）改成较晚的时间，再重新 push。',
  ),
  doubleSend: m(
    (p: { file: string; reason: string }) => `wxpress: ledger ${p.file}: ${p.reason}`,
    (p) => `wxpress：台账 ${p.file}：${p.reason}`,
  ),
  doubleSendHint: m(
    () =>
      'hint: this push may have gone out twice. Check 公众号后台 → 群发记录 before anything else; the ledger\n' +
      'keeps the earlier send (the other copy is in the history of the state branch).',
    () =>
      '建议：这次推送可能发出了两次。先到「公众号后台 → 群发记录」核对；台账保留了较早的那次发送' +
      '（另一份副本在状态分支的历史里）。',
  ),
  pushAgainHint: m(
    () => 'hint: the ledger is still in .wxpress/state of this run; run `wxpress state push` again.',
    () => '建议：台账还在本次运行的 .wxpress/state 里；再运行一次 `wxpress state push`。',
  ),
})
