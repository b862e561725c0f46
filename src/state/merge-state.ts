/**
 * File-by-file three-way merge of state files. The base is the state branch as this working tree
 * last pulled or pushed it (kept under a private ref): a file only one side changed since then
 * takes that side; a file both changed takes the newer copy (`updatedAt`, else `timestamps`); copies
 * that cannot be ordered are a conflict — never a silent loss. State files are per article, so two
 * runs rarely touch the same one.
 */
import { compareVersions } from './state-files.js'

export interface MergeConflict {
  file: string
  reason: string
}

export type Decision = 'same' | 'local' | 'remote' | { conflict: string; localNewer?: boolean }

/** Which copy of one file wins; `base` is the copy both sides started from, when known. */
export function decide(
  local: Buffer | undefined,
  remote: Buffer | undefined,
  base: Buffer | undefined,
): Decision {
  if (!remote) return local ? 'local' : 'same'
  if (!local) return 'remote'
  if (local.equals(remote)) return 'same'
  if (base?.equals(remote)) return 'local'
  if (base?.equals(local)) return 'remote'
  const { result, reason } = compareVersions(local, remote)
  if (result === 'local-newer') return 'local'
  if (result === 'remote-newer') return 'remote'
  return { conflict: reason ?? 'the copies differ' }
}

export interface MergeResult {
  /** Local files to write onto the branch (new, or changed on this side / newer). */
  changed: string[]
  /** Files where the branch's copy wins and stays. */
  keptRemote: string[]
  conflicts: MergeConflict[]
}

export function mergeStateFiles(
  local: ReadonlyMap<string, Buffer>,
  remote: ReadonlyMap<string, Buffer>,
  base: ReadonlyMap<string, Buffer> = new Map(),
): MergeResult {
  const result: MergeResult = { changed: [], keptRemote: [], conflicts: [] }
  for (const [file, data] of local) {
    const decision = decide(data, remote.get(file), base.get(file))
    if (decision === 'local') result.changed.push(file)
    else if (decision === 'remote') result.keptRemote.push(file)
    else if (typeof decision === 'object') result.conflicts.push({ file, reason: decision.conflict })
  }
  return result
}
