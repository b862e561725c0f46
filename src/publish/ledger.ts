/**
 * The publish ledger: `.wxpress/state/<slug>.json`, one per article, committed by CI. Only a
 * missing file means "never prepared"; a file that cannot be read or parsed is `unreadable` and
 * blocks its push (never a resend). Written atomically (temp file + fsync + rename) right after every
 * remote call, so a crash never loses what WeChat already knows.
 */
import { randomBytes } from 'node:crypto'
import { lstat, mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises'
import path from 'node:path'

export type LedgerState = 'drafting' | 'drafted' | 'sending' | 'sent' | 'failed'

export interface LedgerEntry {
  version: 1
  slug: string
  state: LedgerState
  pushId?: string
  account?: string
  mode?: 'draft' | 'publish' | 'broadcast'
  /** Hash of what was last uploaded as this article's draft (title, digest, content …). */
  contentHash?: string
  /** Image uploads by content hash: body images have `url`, covers `mediaId` (+ url). */
  uploads: Record<string, { url?: string; mediaId?: string }>
  draftMediaId?: string
  draftIndex?: number
  /** Titles of the draft being created, to find it again after a crash during draft/add. */
  draftTitles?: string[]
  publishId?: string
  articleId?: string
  msgId?: number
  msgDataId?: string
  /** The send was confirmed by WeChat's 45065 (clientmsgid already sent): no msg_data_id to be had. */
  confirmedBy?: '45065'
  clientmsgid?: string
  articleUrl?: string
  /** When WeChat says it went out (may differ from `timestamps.sent`, when we learnt of it). */
  sentAt?: string
  /** Previews sent: recipient → content hash of the draft version they saw. */
  previews?: Record<string, string>
  error?: { errcode?: number; errmsg: string }
  timestamps: Partial<Record<LedgerState, string>>
  stats?: unknown
}

export function emptyEntry(slug: string): LedgerEntry {
  return { version: 1, slug, state: 'drafting', uploads: {}, timestamps: {} }
}

export type LedgerRead =
  | { status: 'missing'; file: string }
  | { status: 'ok'; file: string; entry: LedgerEntry }
  | { status: 'unreadable'; file: string; problem: string; tooLong?: true }

/** A ledger file exists but cannot be trusted: whoever reads it must stop, never assume "not sent". */
export class LedgerUnreadableError extends Error {
  constructor(
    readonly slug: string,
    readonly file: string,
    readonly problem: string,
  ) {
    super(`the publish ledger ${file} is unreadable: ${problem}`)
  }
}

export interface Ledger {
  dir: string
  /** What is on disk for `slug`: missing, an entry, or why it cannot be read. */
  inspect(slug: string): Promise<LedgerRead>
  /** The entry, undefined when there is no file; throws `LedgerUnreadableError` for a broken one. */
  read(slug: string): Promise<LedgerEntry | undefined>
  write(entry: LedgerEntry): Promise<void>
}

const TOO_LONG = 'its name is longer than a file name may be (ENAMETOOLONG)'

/** Reads one ledger file (`file` is how it is named in messages). Only regular files are opened. */
export async function inspectLedgerFile(absolute: string, file: string, slug: string): Promise<LedgerRead> {
  let text: string
  try {
    const stat = await lstat(absolute)
    if (!stat.isFile()) return { status: 'unreadable', file, problem: 'it is not a regular file' }
    text = await readFile(absolute, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { status: 'missing', file }
    // a folder name too long for its ledger (`content/folder-name-too-long`): no ledger was ever written
    if (code === 'ENAMETOOLONG') return { status: 'unreadable', file, problem: TOO_LONG, tooLong: true }
    return { status: 'unreadable', file, problem: `it cannot be read (${code ?? (error as Error).message})` }
  }
  // the schema (zod) loads only when there is a ledger to read
  const { parseLedger } = await import('./ledger-schema.js')
  const parsed = parseLedger(text, slug)
  if (!parsed.ok) return { status: 'unreadable', file, problem: parsed.problem }
  return { status: 'ok', file, entry: parsed.entry as LedgerEntry }
}

/** Writes `data` to `target` atomically: temp file in the same folder, fsync, rename, fsync the folder. */
export async function writeAtomic(target: string, data: string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true })
  const temp = `${target}.${randomBytes(4).toString('hex')}.tmp`
  const handle = await open(temp, 'wx')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await rename(temp, target)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
  const dir = await open(path.dirname(target), 'r').catch(() => undefined)
  if (dir)
    await dir
      .sync()
      .catch(() => undefined)
      .finally(() => dir.close())
}

/** `dir` is the absolute state folder; `shown` how its files are named in messages. */
export function createLedger(dir: string, shown = '.wxpress/state'): Ledger {
  const inspect = (slug: string) =>
    inspectLedgerFile(path.join(dir, `${slug}.json`), `${shown}/${slug}.json`, slug)
  return {
    dir,
    inspect,
    async read(slug) {
      const found = await inspect(slug)
      if (found.status === 'unreadable') throw new LedgerUnreadableError(slug, found.file, found.problem)
      return found.status === 'ok' ? found.entry : undefined
    },
    async write(entry) {
      await writeAtomic(path.join(dir, `${entry.slug}.json`), `${JSON.stringify(entry, null, 2)}\n`)
    },
  }
}

/**
 * Every readable ledger in the folder, by file name (`skip`: slugs not to read). Temp files of an
 * interrupted write and dot-files are not ledgers; an unreadable ledger is left to whoever reads its
 * article.
 */
export async function readableLedgers(ledger: Ledger, skip?: ReadonlySet<string>): Promise<LedgerEntry[]> {
  const listed = await readdir(ledger.dir, { withFileTypes: true }).catch(() => [])
  const entries: LedgerEntry[] = []
  for (const d of listed.sort((a, b) => a.name.localeCompare(b.name))) {
    const name = d.name
    if (!d.isFile() || !name.endsWith('.json') || name.startsWith('.') || name.includes('.tmp')) continue
    const slug = name.slice(0, -'.json'.length)
    if (skip?.has(slug)) continue
    const found = await ledger.inspect(slug)
    if (found.status === 'ok') entries.push(found.entry)
  }
  return entries
}

/** A ledger that reads the real one but keeps writes in memory (dry runs change nothing). */
export function readOnlyLedger(ledger: Ledger): Ledger {
  const written = new Map<string, LedgerEntry>()
  return {
    dir: ledger.dir,
    inspect: async (slug) => {
      const entry = written.get(slug)
      return entry ? { status: 'ok', file: slug, entry: structuredClone(entry) } : ledger.inspect(slug)
    },
    read: async (slug) => {
      const entry = written.get(slug)
      return entry ? structuredClone(entry) : ledger.read(slug)
    },
    write: async (entry) => void written.set(entry.slug, structuredClone(entry)),
  }
}
