/**
 * File-by-file three-way merge of state files. The base is the state branch as this working tree
 * last pulled or pushed it (kept under a private ref). A publish ledger merges by its lifecycle
 * (`mergeLedgers`: the copy further along wins, a send's facts are kept from either copy). Other
 * files (statistics, account caches): a file only one side changed since the base takes that side; a
 * file both changed takes the newer copy (`updatedAt`); copies that cannot be ordered are a conflict —
 * never a silent loss. State files are per article, so two runs rarely touch the same one.
 */
import { isLedgerPath, ledgerJson, mergeLedgers } from './merge-ledger.js'
import { compareVersions } from './state-files.js'

/** The reason a pull or push gives for a local ledger it cannot read. */
export const UNREADABLE_LOCAL = 'the local copy is not a readable ledger'

export interface MergeConflict {
  file: string
  reason: string
}

/**
 * `merged`: a ledger merge holding what neither copy has alone (or, with `doubleSend`, the earlier of
 * two different sends, which must be reported).
 */
export type Decision =
  | 'same'
  | 'local'
  | 'remote'
  | { merged: Buffer; doubleSend?: string }
  | { conflict: string }

/** Which copy of one file wins; `base` is the copy both sides started from, when known. */
export function decide(
  file: string,
  local: Buffer | undefined,
  remote: Buffer | undefined,
  base: Buffer | undefined,
): Decision {
  if (!remote) return local ? 'local' : 'same'
  if (!local) return 'remote'
  if (local.equals(remote)) return 'same'
  const mine = isLedgerPath(file) ? ledgerJson(local) : undefined
  // a damaged local ledger is not "newer" because it changed since the last pull: someone must look
  if (isLedgerPath(file) && !mine && ledgerJson(remote)) return { conflict: UNREADABLE_LOCAL }
  const theirs = mine ? ledgerJson(remote) : undefined
  if (mine && theirs) {
    const prefer = base?.equals(remote) ? 'local' : base?.equals(local) ? 'remote' : undefined
    const merged = mergeLedgers(local, remote, mine, theirs, prefer)
    if (merged.result === 'conflict') return { conflict: merged.reason }
    if (merged.doubleSend) return { merged: merged.data, doubleSend: merged.doubleSend }
    return merged.result === 'merged' ? { merged: merged.data } : merged.result
  }
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
  /** Ledgers merged from both copies: to write locally, then onto the branch. */
  merged: Map<string, Buffer>
  /** Ledgers whose copies record two different sends (the earlier one is kept): to report. */
  doubleSends: MergeConflict[]
  conflicts: MergeConflict[]
}

export function mergeStateFiles(
  local: ReadonlyMap<string, Buffer>,
  remote: ReadonlyMap<string, Buffer>,
  base: ReadonlyMap<string, Buffer> = new Map(),
): MergeResult {
  const result: MergeResult = {
    changed: [],
    keptRemote: [],
    merged: new Map(),
    doubleSends: [],
    conflicts: [],
  }
  for (const [file, data] of local) {
    const theirs = remote.get(file)
    const decision = decide(file, data, theirs, base.get(file))
    if (decision === 'local') result.changed.push(file)
    else if (decision === 'remote') result.keptRemote.push(file)
    else if (typeof decision === 'object' && 'conflict' in decision) {
      result.conflicts.push({ file, reason: decision.conflict })
    } else if (typeof decision === 'object') {
      if (decision.doubleSend) result.doubleSends.push({ file, reason: decision.doubleSend })
      if (theirs?.equals(decision.merged)) result.keptRemote.push(file)
      else if (data.equals(decision.merged)) result.changed.push(file)
      else result.merged.set(file, decision.merged)
    }
  }
  return result
}
