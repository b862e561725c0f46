/**
 * The publish ledger: `.wxpress/state/<slug>.json`, one per article, committed by CI. Written
 * atomically (temp file + rename) right after every remote call, so a crash never loses what
 * WeChat already knows.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
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
  msgId?: number
  msgDataId?: string
  clientmsgid?: string
  articleUrl?: string
  error?: { errcode?: number; errmsg: string }
  timestamps: Partial<Record<LedgerState, string>>
  stats?: unknown
}

export function emptyEntry(slug: string): LedgerEntry {
  return { version: 1, slug, state: 'drafting', uploads: {}, timestamps: {} }
}

export interface Ledger {
  dir: string
  read(slug: string): Promise<LedgerEntry | undefined>
  write(entry: LedgerEntry): Promise<void>
}

export function createLedger(dir: string): Ledger {
  return {
    dir,
    async read(slug) {
      try {
        const entry = JSON.parse(await readFile(path.join(dir, `${slug}.json`), 'utf8')) as LedgerEntry
        return entry.version === 1 ? { ...entry, uploads: entry.uploads ?? {}, timestamps: entry.timestamps ?? {} } : undefined
      } catch {
        return undefined
      }
    },
    async write(entry) {
      await mkdir(dir, { recursive: true })
      const target = path.join(dir, `${entry.slug}.json`)
      const temp = `${target}.${randomBytes(4).toString('hex')}.tmp`
      await writeFile(temp, JSON.stringify(entry, null, 2) + '\n')
      await rename(temp, target)
    },
  }
}
