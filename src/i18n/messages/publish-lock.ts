/** The lines about the per-account publish lock (`.wxpress/locks/<account>.lock`). */
import { defineMessages, m } from '../message.js'

export const publishLockMessages = defineMessages('publishLock', {
  /** `pid` '' when the holder is unknown. */
  lockBusy: m(
    (p: { account: string; pid: string | number; host: string; since: string }) =>
      `wxpress: another publish is running (${
        p.pid === '' ? 'unknown holder' : `pid ${p.pid} on ${p.host}, ` + `since ${p.since}`
      }) for account \`${p.account}\`; nothing was done.`,
    (p) =>
      `wxpress：账号 \`${p.account}\` 的另一次发布正在运行（${
        p.pid === '' ? '持有者不明' : `${p.host} 上的 ` + `pid ${p.pid}，始于 ${p.since}`
      }）；什么也没做。`,
  ),
  lockHint: m(
    () => 'hint: wait for it to finish; a lock of a killed run is taken over automatically.',
    () => '建议：等它结束；被强行终止的运行留下的锁会自动接管。',
  ),
  tookOver: m(
    (p: { account: string; pid: string | number; since: string }) =>
      `wxpress: took over a stale publish lock of account \`${p.account}\` (pid ${p.pid}, since ${p.since})`,
    (p) => `wxpress：接管了账号 \`${p.account}\` 的一个过期发布锁（pid ${p.pid}，始于 ${p.since}）`,
  ),
  /** `written`: the lock file's mtime (ISO). */
  lockUnreadable: m(
    (p: { account: string; file: string; written: string }) =>
      `wxpress: the publish lock ${p.file} of account \`${p.account}\` cannot be read (empty or not JSON; last written ${p.written}); nothing was done.`,
    (p) =>
      `wxpress：账号 \`${p.account}\` 的发布锁 ${p.file} 无法读取（是空文件或不是 JSON，最后写入于 ${p.written}）；什么也没做。`,
  ),
  /** `at`: when the lock reaches the max age (ISO). */
  lockUnreadableHint: m(
    (p: { file: string; minutes: number; at: string }) =>
      `hint: a publish killed (or out of disk space) while taking the lock leaves such a file. It is taken over once it is older than --lock-max-age (${p.minutes} minutes, at ${p.at}); if no publish is running now, delete ${p.file}.`,
    (p) =>
      `建议：发布在加锁时被强行终止（或磁盘已满）就会留下这样的文件。它超过 --lock-max-age（${p.minutes} 分钟，即 ${p.at}）后会被自动接管；如果确定现在没有发布在运行，可以直接删除 ${p.file}。`,
  ),
  tookOverUnreadable: m(
    (p: { account: string; file: string; written: string }) =>
      `wxpress: took over the unreadable publish lock ${p.file} of account \`${p.account}\` (empty or not JSON; last written ${p.written}, longer ago than --lock-max-age)`,
    (p) =>
      `wxpress：接管了账号 \`${p.account}\` 的发布锁 ${p.file}：它无法读取（是空文件或不是 JSON），最后写入于 ${p.written}，已超过 --lock-max-age`,
  ),
})
