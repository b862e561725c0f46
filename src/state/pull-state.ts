/**
 * `state pull`: writes the state branch's `.wxpress/state/**` and `.wxpress/stats/**` files into the
 * working tree. A local file that differs and is not provably older than the branch's copy is never
 * overwritten: the pull then writes nothing and says which files and why.
 */
import type { Git } from './git-runner.js'
import { decide } from './merge-state.js'
import { fetchStateBranch, readBase, readStateTree, setBase, type BranchRef } from './state-branch.js'
import { readLocalStateFiles, writeStateFile } from './state-files.js'
import { renderText } from '../i18n/catalogue.js'
import type { Locale, Message } from '../i18n/message.js'
import { stateTransportMessages as st } from '../i18n/messages/state-transport.js'

export interface PullInput extends BranchRef {
  root: string
  git: Git
  log: (line: string) => void
  /** Language of the log lines and the error (default `en`). */
  locale?: Locale
}

export interface Refusal {
  file: string
  reason: string
}

export type PullResult =
  | { ok: true; written: string[]; branchMissing: boolean; doubleSends?: Refusal[] }
  | { ok: false; error: string; refused: Refusal[]; doubleSends?: Refusal[] }

export async function pullState(input: PullInput): Promise<PullResult> {
  const text = (message: Message) => renderText(message, input.locale)
  const fetched = await fetchStateBranch(input.git, input)
  if (!fetched.ok) return { ok: false, error: fetched.error, refused: [] }
  if (fetched.commit === undefined) {
    input.log(text(st.msg.noBranch({ branch: input.branch, remote: input.remote })))
    return { ok: true, written: [], branchMissing: true }
  }
  const remote = await readStateTree(input.git, fetched.commit)
  const local = await readLocalStateFiles(input.root)
  const base = await readBase(input.git, input)
  const toWrite: [string, Buffer, string][] = []
  const refused: Refusal[] = []
  const doubleSends: Refusal[] = []
  const newer = (file: string) =>
    refused.push({ file, reason: 'the local copy is newer than the state branch (not pushed yet)' })
  for (const [file, data] of remote) {
    const mine = local.get(file)
    if (!mine) {
      toWrite.push([file, data, 'new'])
      continue
    }
    const decision = decide(file, mine, data, base.get(file))
    if (decision === 'remote') {
      toWrite.push([file, data, base.get(file)?.equals(mine) ? 'updated' : 'older'])
    } else if (decision === 'local') newer(file)
    else if (typeof decision === 'object' && 'conflict' in decision) {
      refused.push({ file, reason: decision.conflict })
    } else if (typeof decision === 'object') {
      // a ledger: the branch's copy must never take away what this one recorded (and vice versa)
      if (decision.doubleSend) doubleSends.push({ file, reason: decision.doubleSend })
      if (mine.equals(decision.merged)) newer(file)
      else toWrite.push([file, decision.merged, 'merged'])
    }
  }
  const reported = doubleSends.length > 0 ? { doubleSends } : {}
  if (refused.length > 0) {
    return {
      ok: false,
      error: text(st.msg.pullRefused({ n: refused.length, branch: input.branch })),
      refused,
      ...reported,
    }
  }
  for (const [file, data, why] of toWrite) {
    await writeStateFile(input.root, file, data)
    input.log(text(st.msg.written({ file, why })))
  }
  await setBase(input.git, input, fetched.commit)
  input.log(
    text(
      st.msg.pulled({
        n: toWrite.length,
        remote: input.remote,
        branch: input.branch,
        commit: fetched.commit.slice(0, 7),
      }),
    ),
  )
  return { ok: true, written: toWrite.map(([f]) => f), branchMissing: false, ...reported }
}
