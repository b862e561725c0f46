/**
 * `state pull`: writes the state branch's `.wxpress/state/**` and `.wxpress/stats/**` files into the
 * working tree. A local file that differs and is not provably older than the branch's copy is never
 * overwritten: the pull then writes nothing and says which files and why.
 */
import type { Git } from './git-runner.js'
import { decide } from './merge-state.js'
import { fetchStateBranch, readBase, readStateTree, setBase, type BranchRef } from './state-branch.js'
import { readLocalStateFiles, writeStateFile } from './state-files.js'

export interface PullInput extends BranchRef {
  root: string
  git: Git
  log: (line: string) => void
}

export interface Refusal {
  file: string
  reason: string
}

export type PullResult =
  { ok: true; written: string[]; branchMissing: boolean } | { ok: false; error: string; refused: Refusal[] }

export async function pullState(input: PullInput): Promise<PullResult> {
  const fetched = await fetchStateBranch(input.git, input)
  if (!fetched.ok) return { ok: false, error: fetched.error, refused: [] }
  if (fetched.commit === undefined) {
    input.log(
      `No branch \`${input.branch}\` on ${input.remote} yet: nothing to pull (\`wxpress state push\` creates it).`,
    )
    return { ok: true, written: [], branchMissing: true }
  }
  const remote = await readStateTree(input.git, fetched.commit)
  const local = await readLocalStateFiles(input.root)
  const base = await readBase(input.git, input)
  const toWrite: [string, Buffer, string][] = []
  const refused: Refusal[] = []
  for (const [file, data] of remote) {
    const mine = local.get(file)
    if (!mine) {
      toWrite.push([file, data, 'new'])
      continue
    }
    const decision = decide(mine, data, base.get(file))
    if (decision === 'remote') {
      toWrite.push([file, data, base.get(file)?.equals(mine) ? 'updated' : 'the local copy was older'])
    } else if (decision === 'local') {
      refused.push({ file, reason: 'the local copy is newer than the state branch (not pushed yet)' })
    } else if (typeof decision === 'object') refused.push({ file, reason: decision.conflict })
  }
  if (refused.length > 0) {
    return {
      ok: false,
      error: `${refused.length} local state file(s) differ from \`${input.branch}\`; nothing was written`,
      refused,
    }
  }
  for (const [file, data, why] of toWrite) {
    await writeStateFile(input.root, file, data)
    input.log(`  ${file} (${why})`)
  }
  await setBase(input.git, input, fetched.commit)
  input.log(
    `Pulled ${toWrite.length} state file(s) from ${input.remote}/${input.branch} (${fetched.commit.slice(0, 7)}).`,
  )
  return { ok: true, written: toWrite.map(([f]) => f), branchMissing: false }
}
