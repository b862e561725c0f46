/** Messages of `wxpress state pull|push` while they move files (the log lines and the errors). */
import { defineMessages, m } from '../message.js'

export const stateTransportMessages = defineMessages('stateTransport', {
  noBranch: m(
    (p: { branch: string; remote: string }) =>
      `No branch \`${p.branch}\` on ${p.remote} yet: nothing to pull (\`wxpress state push\` creates it).`,
    (p) => `${p.remote} 上还没有分支 \`${p.branch}\`：没有可拉取的内容（\`wxpress state push\` 会创建它）。`,
  ),
  /** `why`: new | updated | older (the local copy was older) | merged (a ledger, from both copies). */
  written: m(
    (p: { file: string; why: string }) =>
      `  ${p.file} (${p.why === 'older' ? 'the local copy was older' : p.why === 'merged' ? 'merged with the local copy' : p.why})`,
    (p) =>
      `  ${p.file}（${{ new: '新文件', updated: '已更新', merged: '已与本地副本合并' }[p.why] ?? '本地副本较旧'}）`,
  ),
  mergedLedger: m(
    (p: { file: string }) =>
      `  ${p.file}: merged with the branch copy (the state further along, every id kept)`,
    (p) => `  ${p.file}：已与分支上的副本合并（取更靠后的状态，保留两边记录的所有 id）`,
  ),
  localNewer: m(
    () => 'the local copy is newer than the state branch (not pushed yet)',
    () => '本地副本比状态分支上的新（还没有推送）',
  ),
  pullRefused: m(
    (p: { n: number; branch: string }) =>
      `${p.n} local state file(s) differ from \`${p.branch}\`; nothing was written`,
    (p) => `${p.n} 个本地状态文件与 \`${p.branch}\` 不一致；没有写入任何文件`,
  ),
  pulled: m(
    (p: { n: number; remote: string; branch: string; commit: string }) =>
      `Pulled ${p.n} state file(s) from ${p.remote}/${p.branch} (${p.commit}).`,
    (p) => `已从 ${p.remote}/${p.branch}（${p.commit}）拉取 ${p.n} 个状态文件。`,
  ),
  nothingToPush: m(
    () => 'No state files in .wxpress/state or .wxpress/stats: nothing to push.',
    () => '.wxpress/state 和 .wxpress/stats 里没有状态文件：没有可推送的内容。',
  ),
  pushConflicts: m(
    (p: { n: number; branch: string }) =>
      `${p.n} state file(s) conflict with \`${p.branch}\`; nothing was pushed`,
    (p) => `${p.n} 个状态文件与 \`${p.branch}\` 冲突；没有推送任何内容`,
  ),
  pushUnreadable: m(
    (p: { n: number; branch: string }) =>
      `${p.n} state file(s) cannot be read and were not pushed (\`${p.branch}\` keeps its own copies)`,
    (p) => `${p.n} 个状态文件无法读取，没有推送（\`${p.branch}\` 上仍保留原来的副本）`,
  ),
  keptRemote: m(
    (p: { file: string }) => `  ${p.file}: the branch copy is newer; kept it`,
    (p) => `  ${p.file}：分支上的副本较新，已保留`,
  ),
  alreadyHeld: m(
    (p: { remote: string; branch: string; commit: string }) =>
      `${p.remote}/${p.branch} already holds this state (${p.commit}).`,
    (p) => `${p.remote}/${p.branch} 上已经是这份状态（${p.commit}）。`,
  ),
  pushed: m(
    (p: { n: number; remote: string; branch: string; commit: string }) =>
      `Pushed ${p.n} state file(s) to ${p.remote}/${p.branch} (${p.commit}).`,
    (p) => `已推送 ${p.n} 个状态文件到 ${p.remote}/${p.branch}（${p.commit}）。`,
  ),
  rejected: m(
    (p: { attempt: number; attempts: number; error: string; branch: string; wait: number }) =>
      `Push ${p.attempt}/${p.attempts} rejected (${p.error}); fetching ${p.branch} again in ${p.wait} s.`,
    (p) => `第 ${p.attempt}/${p.attempts} 次推送被拒绝（${p.error}）；${p.wait} 秒后重新获取 ${p.branch}。`,
  ),
  didNotLand: m(
    (p: { remote: string; branch: string; attempts: number; error: string }) =>
      `the state did not land on ${p.remote}/${p.branch} after ${p.attempts} attempts: ${p.error}`,
    (p) => `尝试 ${p.attempts} 次后，状态仍没有推送到 ${p.remote}/${p.branch}：${p.error}`,
  ),
})

/** A reason from the file comparison or git, in Chinese where the phrase is one of ours. */
export function stateReasonZh(reason: string): string {
  const fixed: Record<string, string> = {
    'the local copy is not valid JSON': '本地副本不是合法的 JSON',
    'the local copy is not a readable ledger': '本地副本不是可读的台账',
    'the state branch copy is not valid JSON': '状态分支上的副本不是合法的 JSON',
    'a copy has no updatedAt/timestamps': '有一份副本没有 updatedAt 或时间戳',
    'the copies differ': '两份副本不一致',
    'the local copy is newer than the state branch (not pushed yet)':
      '本地副本比状态分支上的新（还没有推送）',
  }
  if (fixed[reason]) return fixed[reason]!
  const two =
    /^the two copies record different sends \(msg_id (\S+) at (\S+), msg_id (\S+) at (\S+)\); kept the earlier one$/.exec(
      reason,
    )
  if (two)
    return `两份副本记录了不同的发送（${two[2]} 的 msg_id ${two[1]}，${two[4]} 的 msg_id ${two[3]}）；已保留较早的那次`
  const both = /^both copies were written at (\S+) but differ$/.exec(reason)
  if (both) return `两份副本都写于 ${both[1]}，但内容不同`
  const read = /^cannot read (\S+): (.*)$/s.exec(reason)
  if (read) return `无法读取 ${read[1]}：${read[2]}`
  const fetch = /^cannot fetch (\S+) from (\S+): (.*)$/s.exec(reason)
  if (fetch) return `无法从 ${fetch[2]} 获取 ${fetch[1]}：${fetch[3]}`
  const unreadable = /^fetched (\S+) but cannot read it: (.*)$/s.exec(reason)
  if (unreadable) return `已获取 ${unreadable[1]}，但无法读取：${unreadable[2]}`
  return reason
}
