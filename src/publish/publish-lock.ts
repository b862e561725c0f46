/**
 * One publisher at a time per site and account: `.wxpress/locks/<account>.lock`, created with O_EXCL
 * and holding pid, hostname, start time and a random token. A lock is stale when its process is dead
 * on this host, or when it is older than `maxAgeMs`; a stale lock is taken over with a rename dance
 * that never removes a live holder's lock. Everything outside (clock, liveness, sleep) is passed in.
 */
import { randomBytes } from 'node:crypto'
import { link, mkdir, open, readFile, rename, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

export interface LockHolder {
  pid: number
  hostname: string
  startedAt: string
  token: string
}

export interface LockOptions {
  pid: number
  hostname: string
  nowMs: () => number
  /** Whether a process of this host is alive (`process.kill(pid, 0)`). */
  isAlive: (pid: number) => boolean
  /** How long to wait for a live holder before giving up. */
  waitMs: number
  /** Older locks are stale whatever their process. */
  maxAgeMs: number
  sleep: (ms: number) => Promise<void>
}

export type LockResult =
  | { ok: true; release: () => Promise<void>; tookOver?: LockHolder }
  | { ok: false; holder: LockHolder | undefined }

async function readHolder(file: string): Promise<LockHolder | undefined> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as Partial<LockHolder>
    if (typeof data.pid !== 'number' || typeof data.token !== 'string') return undefined
    const { pid, token } = data
    return { pid, hostname: String(data.hostname), startedAt: String(data.startedAt), token }
  } catch {
    return undefined
  }
}

async function create(file: string, holder: LockHolder): Promise<boolean> {
  try {
    const handle = await open(file, 'wx')
    try {
      await handle.writeFile(`${JSON.stringify(holder)}\n`)
      await handle.sync()
    } finally {
      await handle.close()
    }
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
}

function isStale(holder: LockHolder | undefined, options: LockOptions): boolean {
  if (!holder) return false // being written right now, or garbage: judged by age below
  const age = options.nowMs() - Date.parse(holder.startedAt)
  if (!(age <= options.maxAgeMs)) return true
  return holder.hostname === options.hostname && !options.isAlive(holder.pid)
}

/** Moves the stale lock (only if it is still the one judged stale) out of the way. */
async function removeStale(file: string, stale: LockHolder): Promise<void> {
  const aside = `${file}.stale-${randomBytes(4).toString('hex')}`
  try {
    await rename(file, aside)
  } catch {
    return // someone else moved it first
  }
  const moved = await readHolder(aside)
  // a racer replaced the stale lock between our read and our rename: put its lock back (never clobbers)
  if (moved?.token !== stale.token) await link(aside, file).catch(() => undefined)
  await unlink(aside).catch(() => undefined)
}

export async function acquireLock(file: string, options: LockOptions): Promise<LockResult> {
  await mkdir(path.dirname(file), { recursive: true })
  // locks belong to this machine: never committed along with the ledger (`git add .wxpress`)
  await writeFile(path.join(path.dirname(file), '.gitignore'), '*\n', { flag: 'wx' }).catch(() => undefined)
  const me: LockHolder = {
    pid: options.pid,
    hostname: options.hostname,
    startedAt: new Date(options.nowMs()).toISOString(),
    token: randomBytes(8).toString('hex'),
  }
  const deadline = options.nowMs() + options.waitMs
  let tookOver: LockHolder | undefined
  let unreadableSince: number | undefined
  for (;;) {
    if (await create(file, me)) {
      const release = async () => {
        if ((await readHolder(file))?.token === me.token) await unlink(file).catch(() => undefined)
      }
      return { ok: true, release, ...(tookOver ? { tookOver } : {}) }
    }
    const holder = await readHolder(file)
    if (!holder) unreadableSince ??= options.nowMs()
    else unreadableSince = undefined
    // a lock nobody can read for 5 s is garbage from a crash mid-write
    const garbage = unreadableSince !== undefined && options.nowMs() - unreadableSince > 5000
    if (holder && isStale(holder, options)) {
      tookOver = holder
      await removeStale(file, holder)
      continue
    }
    if (garbage) {
      await unlink(file).catch(() => undefined)
      unreadableSince = undefined
      continue
    }
    if (options.nowMs() >= deadline) return { ok: false, holder }
    await options.sleep(200)
  }
}
