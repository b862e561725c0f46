/**
 * One publisher at a time per site and account: `.wxpress/locks/<account>.lock`, created with O_EXCL
 * and holding pid, hostname, start time and a random token. A lock is stale when its process is dead
 * on this host, or when it is older than `maxAgeMs`; a lock that cannot be read (empty or not JSON:
 * a run killed, or a disk full, between creating and writing it) is stale once it was last written
 * longer than `maxAgeMs` ago (its mtime). A stale lock is taken over with a rename dance that never
 * removes a live holder's lock. Everything outside (clock, liveness, sleep) is passed in.
 */
import { randomBytes } from 'node:crypto'
import { link, lstat, mkdir, open, rename, unlink, writeFile } from 'node:fs/promises'
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

/** A lock file that cannot be read as a holder; `writtenMs`: its mtime. */
export interface UnreadableLock {
  unreadable: true
  writtenMs: number
}

export type LockResult =
  | { ok: true; release: () => Promise<void>; tookOver?: LockHolder | UnreadableLock }
  | { ok: false; holder: LockHolder | UnreadableLock | undefined }

/** The lock's holder, what is known of an unreadable lock, or undefined when there is no lock file. */
async function readLock(file: string): Promise<LockHolder | UnreadableLock | undefined> {
  let handle: Awaited<ReturnType<typeof open>>
  try {
    handle = await open(file, 'r')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    // there, but not readable by us (its mode): judged by its age like any unreadable lock
    const writtenMs = await lstat(file).then(
      (s) => s.mtimeMs,
      () => Number.NaN,
    )
    return { unreadable: true, writtenMs }
  }
  try {
    const { mtimeMs } = await handle.stat()
    const unreadable: UnreadableLock = { unreadable: true, writtenMs: mtimeMs }
    try {
      const data = JSON.parse(await handle.readFile('utf8')) as Partial<LockHolder> | null
      if (typeof data?.pid !== 'number' || typeof data.token !== 'string') return unreadable
      const { pid, token } = data
      return { pid, hostname: String(data.hostname), startedAt: String(data.startedAt), token }
    } catch {
      return unreadable
    }
  } catch {
    return undefined
  } finally {
    await handle.close().catch(() => undefined)
  }
}

const isHolder = (lock: LockHolder | UnreadableLock | undefined): lock is LockHolder =>
  lock !== undefined && !('unreadable' in lock)

async function create(file: string, holder: LockHolder): Promise<boolean> {
  let handle: Awaited<ReturnType<typeof open>>
  try {
    handle = await open(file, 'wx')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
  try {
    await handle.writeFile(`${JSON.stringify(holder)}\n`)
    await handle.sync()
  } catch (error) {
    // a full disk: leave no empty lock behind (it would block the next runs until it grew old)
    await handle.close().catch(() => undefined)
    await unlink(file).catch(() => undefined)
    throw error
  }
  await handle.close()
  return true
}

function isStale(holder: LockHolder, options: LockOptions): boolean {
  const age = options.nowMs() - Date.parse(holder.startedAt)
  if (!(age <= options.maxAgeMs)) return true
  return holder.hostname === options.hostname && !options.isAlive(holder.pid)
}

/** An unreadable lock last written longer than `maxAgeMs` ago (a live run writes its lock at once). */
const isOldGarbage = (lock: LockHolder | UnreadableLock | undefined, options: LockOptions): boolean =>
  lock !== undefined && 'unreadable' in lock && options.nowMs() - lock.writtenMs > options.maxAgeMs

/**
 * Moves the stale lock (only if it is still the one judged stale: the same token, or for an unreadable
 * one still unreadable and old) out of the way.
 */
async function removeStale(
  file: string,
  stale: LockHolder | UnreadableLock,
  options: LockOptions,
): Promise<void> {
  const aside = `${file}.stale-${randomBytes(4).toString('hex')}`
  try {
    await rename(file, aside)
  } catch {
    return // someone else moved it first
  }
  const moved = await readLock(aside)
  const same = isHolder(stale) ? isHolder(moved) && moved.token === stale.token : isOldGarbage(moved, options)
  // a racer replaced the stale lock between our read and our rename: put its lock back (never clobbers)
  if (!same) await link(aside, file).catch(() => undefined)
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
  let tookOver: LockHolder | UnreadableLock | undefined
  let missed = 0
  for (;;) {
    if (await create(file, me)) {
      const release = async () => {
        const lock = await readLock(file)
        if (isHolder(lock) && lock.token === me.token) await unlink(file).catch(() => undefined)
      }
      return { ok: true, release, ...(tookOver ? { tookOver } : {}) }
    }
    const holder = await readLock(file)
    // released meanwhile: try again at once (not twice in a row: a dangling link would spin)
    if (holder === undefined && missed++ === 0) continue
    // an unreadable lock younger than the max age may be a live run's, caught between creating and
    // writing it: it is judged by its age only
    if (holder && (isHolder(holder) ? isStale(holder, options) : isOldGarbage(holder, options))) {
      tookOver = holder
      await removeStale(file, holder, options)
      continue
    }
    if (options.nowMs() >= deadline) return { ok: false, holder }
    await options.sleep(200)
  }
}
