/**
 * Raw statistics per article in `.wxpress/stats/<slug>.json`, apart from the publish ledger so that
 * a stats write can never damage publish state. Versioned; written atomically and only when the
 * numbers changed (`updatedAt` then moves); a file that cannot be read is an error and is never
 * overwritten.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { writeStateFile } from '../state/state-files.js'

/** One day's cumulative numbers exactly as `getarticletotaldetail` gave them (`stat_date` …). */
export type RawDay = Record<string, unknown>

export interface StatsRecord {
  version: 1
  slug: string
  account: string
  /** `<msg_data_id>_<index>` of the article in datacube. */
  msgid: string
  /** The local date it was sent (the datacube query date). */
  sentDate: string
  title: string
  url?: string
  /** 0 sent to followers (群发), 1 published without notification. */
  publishType?: number
  /** How the msgid was found when the ledger had no msg_data_id. */
  recoveredBy?: 'url' | 'title'
  /** By `stat_date`. */
  days: Record<string, RawDay>
  updatedAt: string
}

export type StatsRead = { ok: true; record: StatsRecord | undefined } | { ok: false; error: string }

export interface StatsStore {
  file(slug: string): string
  read(slug: string): Promise<StatsRead>
  write(record: StatsRecord): Promise<void>
}

export function createStatsStore(root: string): StatsStore {
  const file = (slug: string) => `.wxpress/stats/${slug}.json`
  return {
    file,
    async read(slug) {
      let text: string
      try {
        text = await readFile(path.join(root, file(slug)), 'utf8')
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        return code === 'ENOENT'
          ? { ok: true, record: undefined }
          : { ok: false, error: `cannot read it (${code ?? 'unknown error'})` }
      }
      let json: Partial<StatsRecord>
      try {
        json = JSON.parse(text) as Partial<StatsRecord>
      } catch {
        return { ok: false, error: 'it is not valid JSON (a merge conflict?)' }
      }
      if (json?.version !== 1)
        return {
          ok: false,
          error: `unknown version ${JSON.stringify(json?.version)} (this wxpress reads version 1)`,
        }
      if (
        json.slug !== slug ||
        typeof json.msgid !== 'string' ||
        !json.days ||
        typeof json.days !== 'object'
      ) {
        return { ok: false, error: 'it lacks slug, msgid or days' }
      }
      return { ok: true, record: json as StatsRecord }
    },
    async write(record) {
      await writeStateFile(root, file(record.slug), Buffer.from(`${JSON.stringify(record, null, 2)}\n`))
    },
  }
}
