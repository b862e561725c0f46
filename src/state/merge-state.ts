/**
 * File-by-file merge of the working tree's state files onto the state branch's: state files are
 * per article, so two runs rarely touch the same one; when they do, the newer copy wins and a copy
 * whose age cannot be told is a conflict — never a silent loss.
 */
import { compareVersions } from './state-files.js'

export interface MergeConflict {
  file: string
  reason: string
}

export interface MergeResult {
  /** Local files to write onto the branch (new or newer). */
  changed: string[]
  /** Files where the branch's copy is newer and stays. */
  keptRemote: string[]
  conflicts: MergeConflict[]
}

export function mergeStateFiles(
  local: ReadonlyMap<string, Buffer>,
  remote: ReadonlyMap<string, Buffer>,
): MergeResult {
  const result: MergeResult = { changed: [], keptRemote: [], conflicts: [] }
  for (const [file, data] of local) {
    const theirs = remote.get(file)
    if (!theirs) {
      result.changed.push(file)
      continue
    }
    const { result: comparison, reason } = compareVersions(data, theirs)
    if (comparison === 'local-newer') result.changed.push(file)
    else if (comparison === 'remote-newer') result.keptRemote.push(file)
    else if (comparison === 'conflict') result.conflicts.push({ file, reason: reason ?? 'the copies differ' })
  }
  return result
}
