/**
 * The files the state branch carries — `.wxpress/state/**` (publish ledgers, account caches) and
 * `.wxpress/stats/**` (raw statistics) — and how two versions of one file compare: by the time
 * each says it was last written (`updatedAt`, else the latest of its `timestamps`).
 */
import { lstat, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { conflictMarkers } from '../core/conflict-markers.js'

export const STATE_DIRS = ['.wxpress/state', '.wxpress/stats'] as const

/** Ledger-like files only: JSON, no dot-files, no temp files of an interrupted write. */
export function isStateFile(name: string): boolean {
  return name.endsWith('.json') && !name.startsWith('.') && !name.includes('.tmp')
}

/** Every state file of the working tree, site-relative path with `/` → bytes. */
export async function readLocalStateFiles(root: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  async function walk(rel: string): Promise<void> {
    const entries = await readdir(path.join(root, rel), { withFileTypes: true }).catch(() => [])
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const child = `${rel}/${entry.name}`
      if (entry.isDirectory()) await walk(child)
      else if (entry.isFile() && isStateFile(entry.name))
        files.set(child, await readFile(path.join(root, child)))
    }
  }
  for (const dir of STATE_DIRS) await walk(dir)
  return files
}

/** Writes a state file atomically (temp file + rename); refuses to write through a non-file. */
export async function writeStateFile(root: string, rel: string, data: Buffer): Promise<void> {
  const target = path.join(root, ...rel.split('/'))
  await mkdir(path.dirname(target), { recursive: true })
  const info = await lstat(target).catch(() => undefined)
  if (info && !info.isFile()) throw new Error(`${rel} exists and is not a regular file`)
  const temp = `${target}.${randomBytes(4).toString('hex')}.tmp`
  await writeFile(temp, data)
  await rename(temp, target)
}

/** When a state file says it was last written (epoch ms), or undefined when it cannot tell. */
export function writtenAt(data: Buffer): { readable: boolean; ms: number | undefined } {
  let json: unknown
  try {
    json = JSON.parse(data.toString('utf8'))
  } catch {
    return { readable: false, ms: undefined }
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return { readable: false, ms: undefined }
  const record = json as { updatedAt?: unknown; timestamps?: unknown }
  const times: number[] = []
  if (typeof record.updatedAt === 'string') times.push(Date.parse(record.updatedAt))
  else if (record.timestamps && typeof record.timestamps === 'object') {
    for (const v of Object.values(record.timestamps as Record<string, unknown>))
      if (typeof v === 'string') times.push(Date.parse(v))
  }
  const valid = times.filter((t) => !Number.isNaN(t))
  return { readable: true, ms: valid.length > 0 ? Math.max(...valid) : undefined }
}

export type Comparison = 'same' | 'local-newer' | 'remote-newer' | 'conflict'

/** Which of two versions of one state file wins; `conflict` whenever that cannot be told safely. */
export function compareVersions(local: Buffer, remote: Buffer): { result: Comparison; reason?: string } {
  if (local.equals(remote)) return { result: 'same' }
  const a = writtenAt(local)
  const b = writtenAt(remote)
  if (!a.readable) return { result: 'conflict', reason: 'the local copy is not valid JSON' }
  if (!b.readable) return { result: 'conflict', reason: 'the state branch copy is not valid JSON' }
  if (a.ms === undefined || b.ms === undefined)
    return { result: 'conflict', reason: 'a copy has no updatedAt/timestamps' }
  if (a.ms > b.ms) return { result: 'local-newer' }
  if (b.ms > a.ms) return { result: 'remote-newer' }
  return {
    result: 'conflict',
    reason: `both copies were written at ${new Date(a.ms).toISOString()} but differ`,
  }
}

/** Why a state file cannot be read (git conflict markers, not a JSON object), or undefined. */
export function stateFileProblem(data: Buffer): string | undefined {
  const text = data.toString('utf8')
  const markers = conflictMarkers(text)
  if (markers) return markers
  try {
    const json: unknown = JSON.parse(text)
    return json && typeof json === 'object' && !Array.isArray(json) ? undefined : 'it is not a JSON object'
  } catch (error) {
    return `it is not valid JSON (${(error as Error).message})`
  }
}
