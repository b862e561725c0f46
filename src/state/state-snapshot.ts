/**
 * The ledgers a check reads when the working tree has none: the state branch as this clone already
 * has it. `actions/checkout` with `fetch-depth: 0` fetches every branch, `wxpress-state` included, so
 * the pull-request check knows which articles were sent without `state pull` (no credentials, no
 * network). Read only: the files go to a temporary folder, never into `.wxpress/`.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Git } from './git-runner.js'
import { isLedgerPath } from './merge-ledger.js'
import { readStateTree, trackingRef, type BranchRef } from './state-branch.js'

export interface StateSnapshot {
  /** The folder holding the ledgers (`<slug>.json`), as `.wxpress/state` would. */
  dir: string
  /** The ref they were read from (`origin/wxpress-state`), for messages. */
  ref: string
  /** How many ledgers it holds. */
  count: number
  /** Removes the folder. */
  remove(): Promise<void>
}

/** Whether `dir` or a folder above it holds `.git` (no git process for a site outside a repository). */
function insideGit(dir: string): boolean {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    if (existsSync(path.join(at, '.git'))) return true
    if (path.dirname(at) === at) return false
  }
}

/**
 * The state branch's ledgers when `<root>/.wxpress/state` holds none and the clone has the branch
 * (`refs/remotes/<remote>/<branch>`, else the ref `state pull` fetched it to); undefined otherwise.
 */
export async function stateSnapshot(
  root: string,
  git: Git,
  ref: BranchRef,
): Promise<StateSnapshot | undefined> {
  const local = await readdir(path.join(root, '.wxpress', 'state')).catch(() => [] as string[])
  if (local.some((name) => name.endsWith('.json')) || !insideGit(root)) return undefined
  for (const candidate of [`refs/remotes/${ref.remote}/${ref.branch}`, trackingRef(ref)]) {
    const commit = await git(['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`])
    if (!commit.ok) continue
    const files = await readStateTree(git, commit.stdout.trim()).catch(() => undefined)
    if (!files) continue
    const dir = await mkdtemp(path.join(tmpdir(), 'wxpress-ledgers-'))
    let count = 0
    for (const [file, data] of files) {
      if (!isLedgerPath(file)) continue
      await writeFile(path.join(dir, path.posix.basename(file)), data)
      count++
    }
    const shown = candidate.startsWith('refs/remotes/') ? candidate.slice('refs/remotes/'.length) : candidate
    return { dir, ref: shown, count, remove: () => rm(dir, { recursive: true, force: true }) }
  }
  return undefined
}
