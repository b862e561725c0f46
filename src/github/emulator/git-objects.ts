/**
 * Git objects of the emulator: blobs hashed as git hashes them, trees stored one level at a time,
 * flattened to `path → blob entry` to apply a `POST /git/trees` request, and the ancestry test of a
 * fast-forward.
 */
import { createHash } from 'node:crypto'
import type { EmuState, EmuTreeEntry } from './state.js'

/** The git blob sha of `content` (as `git hash-object`). */
export function blobSha(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex')
}

/** Every blob under tree `sha`, by full path. */
export function flatten(state: EmuState, sha: string, prefix = '', out = new Map<string, EmuTreeEntry>()) {
  for (const e of state.trees.get(sha) ?? []) {
    const full = prefix + e.path
    if (e.type === 'tree') flatten(state, e.sha, `${full}/`, out)
    else out.set(full, { ...e, path: full })
  }
  return out
}

/** Stores the nested trees of a flat `path → blob` map; returns the root tree's sha. */
export function storeTree(state: EmuState, flat: Map<string, EmuTreeEntry>): string {
  const children = new Map<string, Map<string, EmuTreeEntry>>()
  const here: EmuTreeEntry[] = []
  for (const [full, e] of flat) {
    const slash = full.indexOf('/')
    if (slash < 0) {
      here.push({ ...e, path: full })
      continue
    }
    const dir = full.slice(0, slash)
    if (!children.has(dir)) children.set(dir, new Map())
    children.get(dir)!.set(full.slice(slash + 1), e)
  }
  for (const [dir, sub] of children)
    here.push({ path: dir, mode: '040000', type: 'tree', sha: storeTree(state, sub) })
  here.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const sha = createHash('sha1').update('tree\0').update(JSON.stringify(here)).digest('hex')
  state.trees.set(sha, here)
  return sha
}

/** Whether commit `ancestor` is `sha` or one of its ancestors. */
export function isAncestor(state: EmuState, ancestor: string, sha: string): boolean {
  const seen = new Set<string>()
  const queue = [sha]
  while (queue.length) {
    const next = queue.pop()!
    if (next === ancestor) return true
    if (seen.has(next)) continue
    seen.add(next)
    queue.push(...(state.commits.get(next)?.parents ?? []))
  }
  return false
}
