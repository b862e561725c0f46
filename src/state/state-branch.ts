/**
 * Reading the state branch of a remote: fetch it into a private ref and list its state files.
 * A branch that does not exist yet is not an error (first use).
 */
import { gitError, type Git } from './git-runner.js'
import { STATE_DIRS, isStateFile } from './state-files.js'

export interface BranchRef {
  remote: string
  branch: string
}

/** The private ref a fetched state branch is kept under (never a branch the user works on). */
export const trackingRef = (ref: BranchRef) =>
  `refs/wxpress/${ref.remote.replace(/[^\w.-]+/g, '_')}/${ref.branch}`

/** The state branch as this working tree last pulled or pushed it: the base of the three-way merge. */
export const baseRef = (ref: BranchRef) =>
  `refs/wxpress-base/${ref.remote.replace(/[^\w.-]+/g, '_')}/${ref.branch}`

/** The state files of the last pulled or pushed commit (empty when there is none). */
export async function readBase(git: Git, ref: BranchRef): Promise<Map<string, Buffer>> {
  const base = await git(['rev-parse', '--verify', '--quiet', `${baseRef(ref)}^{commit}`])
  return base.ok ? readStateTree(git, base.stdout.trim()) : new Map()
}

/** Remembers `commit` as the merge base of the next pull or push. */
export async function setBase(git: Git, ref: BranchRef, commit: string): Promise<void> {
  const run = await git(['update-ref', baseRef(ref), commit])
  if (!run.ok) throw new Error(`cannot update ${baseRef(ref)}: ${gitError(run)}`)
}

export type Fetched = { ok: true; commit: string | undefined } | { ok: false; error: string }

/** Fetches `branch` from `remote`; `commit` is undefined when the remote has no such branch. */
export async function fetchStateBranch(git: Git, ref: BranchRef): Promise<Fetched> {
  const listed = await git(['ls-remote', '--heads', ref.remote, `refs/heads/${ref.branch}`])
  if (!listed.ok) return { ok: false, error: `cannot read ${ref.remote}: ${gitError(listed)}` }
  if (listed.stdout.trim() === '') return { ok: true, commit: undefined }
  const local = trackingRef(ref)
  const fetched = await git([
    'fetch',
    '--quiet',
    '--no-tags',
    ref.remote,
    `+refs/heads/${ref.branch}:${local}`,
  ])
  if (!fetched.ok)
    return { ok: false, error: `cannot fetch ${ref.branch} from ${ref.remote}: ${gitError(fetched)}` }
  const commit = await git(['rev-parse', '--verify', `${local}^{commit}`])
  if (!commit.ok) return { ok: false, error: `fetched ${ref.branch} but cannot read it: ${gitError(commit)}` }
  return { ok: true, commit: commit.stdout.trim() }
}

/** State files in a commit: path → blob id. */
export async function listStateTree(git: Git, commit: string): Promise<Map<string, string>> {
  const out = await git(['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...STATE_DIRS])
  if (!out.ok) throw new Error(`cannot list ${commit}: ${gitError(out)}`)
  const files = new Map<string, string>()
  for (const line of out.stdout.split('\0')) {
    const match = /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(line)
    if (match && isStateFile(match[2]!.split('/').at(-1)!)) files.set(match[2]!, match[1]!)
  }
  return files
}

/** Contents of blobs, by id (one `cat-file --batch` for all). */
export async function readBlobs(git: Git, ids: readonly string[]): Promise<Map<string, Buffer>> {
  const blobs = new Map<string, Buffer>()
  if (ids.length === 0) return blobs
  const out = await git(['cat-file', '--batch'], { input: `${ids.join('\n')}\n`, binary: true })
  if (!out.ok || !out.bytes) throw new Error(`cannot read blobs: ${gitError(out)}`)
  const data = out.bytes
  let at = 0
  while (at < data.length) {
    const eol = data.indexOf(0x0a, at)
    const header = data.subarray(at, eol).toString('utf8').split(' ')
    const size = Number(header[2])
    if (header[1] !== 'blob' || !Number.isInteger(size))
      throw new Error(`unexpected cat-file output: ${header.join(' ')}`)
    blobs.set(header[0]!, Buffer.from(data.subarray(eol + 1, eol + 1 + size)))
    at = eol + 1 + size + 1
  }
  return blobs
}

/** The state files of a commit with their contents. */
export async function readStateTree(git: Git, commit: string): Promise<Map<string, Buffer>> {
  const tree = await listStateTree(git, commit)
  const blobs = await readBlobs(git, [...new Set(tree.values())])
  return new Map([...tree].map(([file, id]) => [file, blobs.get(id)!]))
}
