/**
 * `state push`: commits the working tree's state files onto the state branch without touching the
 * checked-out branch or its index (a temporary index and `commit-tree`), then pushes. A rejected push
 * (someone pushed in between) fetches again, re-merges file by file and retries with backoff.
 */
import { setTimeout as wait } from 'node:timers/promises'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gitError, type Git } from './git-runner.js'
import { fetchStateBranch, readBase, readStateTree, setBase, type BranchRef } from './state-branch.js'
import { mergeStateFiles, type MergeConflict } from './merge-state.js'
import { readLocalStateFiles, stateFileProblem, writeStateFile } from './state-files.js'
import { publishMessages } from '../i18n/messages/publish.js'
import { renderText } from '../i18n/catalogue.js'
import type { Locale, Message } from '../i18n/message.js'
import { stateTransportMessages as st } from '../i18n/messages/state-transport.js'

export interface PushInput extends BranchRef {
  root: string
  git: Git
  message: string
  /** Push attempts in all (default 5). */
  attempts?: number
  sleep?: (ms: number) => Promise<void>
  log: (line: string) => void
  /** Language of the log lines and the error (default `en`). */
  locale?: Locale
}

export type PushResult =
  | { ok: true; commit: string | undefined; files: number; doubleSends?: MergeConflict[] }
  | {
      ok: false
      error: string
      conflicts: MergeConflict[]
      /** Local files not pushed because they cannot be read; `restPushed`: the others were. */
      unreadable?: Unreadable[]
      restPushed?: boolean
    }

/** A local state file that cannot be read: what is wrong and how to repair it, in the run's language. */
export interface Unreadable {
  file: string
  reason: string
  hint: string
}

const IDENTITY = { GIT_AUTHOR_NAME: 'wxpress', GIT_AUTHOR_EMAIL: 'wxpress@users.noreply.github.com' }

export async function pushState(input: PushInput): Promise<PushResult> {
  const text = (message: Message) => renderText(message, input.locale)
  const local = await readLocalStateFiles(input.root)
  // a broken file (e.g. git conflict markers) is never spread to the branch the next run pulls from;
  // the readable ones still go (a ledger just written must land, or its push could be sent again)
  const unreadable: Unreadable[] = []
  for (const [file, data] of local) {
    const problem = stateFileProblem(data)
    if (!problem) continue
    local.delete(file)
    const { msg } = publishMessages
    const reason = text(msg.ledgerUnreadableReason({ file, problem }))
    unreadable.push({ file, reason, hint: text(msg.ledgerUnreadableHint({ file })) })
  }
  const pushed = local.size === 0 && unreadable.length > 0 ? undefined : await pushFiles(input, local)
  if (unreadable.length === 0 && pushed) return pushed
  const error = text(st.msg.pushUnreadable({ n: unreadable.length, branch: input.branch }))
  if (pushed && !pushed.ok) return { ...pushed, unreadable }
  return { ok: false, error, conflicts: [], unreadable, restPushed: true }
}

async function pushFiles(input: PushInput, local: Map<string, Buffer>): Promise<PushResult> {
  const text = (message: Message) => renderText(message, input.locale)
  const attempts = input.attempts ?? 5
  const sleep = input.sleep ?? ((ms: number) => wait(ms))
  if (local.size === 0) {
    input.log(text(st.msg.nothingToPush()))
    return { ok: true, commit: undefined, files: 0 }
  }
  let lastError = ''
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const fetched = await fetchStateBranch(input.git, input)
    if (!fetched.ok) return { ok: false, error: fetched.error, conflicts: [] }
    const base = fetched.commit
    const remote = base ? await readStateTree(input.git, base) : new Map<string, Buffer>()
    const merged = mergeStateFiles(local, remote, await readBase(input.git, input))
    if (merged.conflicts.length > 0) {
      return {
        ok: false,
        error: text(st.msg.pushConflicts({ n: merged.conflicts.length, branch: input.branch })),
        conflicts: merged.conflicts,
      }
    }
    for (const file of merged.keptRemote) input.log(text(st.msg.keptRemote({ file })))
    // a ledger merged from both copies: this tree takes it too, then it goes onto the branch
    for (const [file, data] of merged.merged) {
      await writeStateFile(input.root, file, data)
      local.set(file, data)
      merged.changed.push(file)
      input.log(text(st.msg.mergedLedger({ file })))
    }
    const doubleSends = merged.doubleSends.length > 0 ? { doubleSends: merged.doubleSends } : {}
    if (merged.changed.length === 0) {
      const held = { remote: input.remote, branch: input.branch, commit: String(base?.slice(0, 7)) }
      input.log(text(st.msg.alreadyHeld(held)))
      if (base && merged.keptRemote.length === 0) await setBase(input.git, input, base)
      return { ok: true, commit: base, files: 0, ...doubleSends }
    }
    const commit = await commitState(input, base, merged.changed)
    const pushed = await input.git(['push', '--quiet', input.remote, `${commit}:refs/heads/${input.branch}`])
    if (pushed.ok) {
      // the next merge starts from here, unless this tree still holds older copies of some files
      if (merged.keptRemote.length === 0) await setBase(input.git, input, commit)
      input.log(
        text(
          st.msg.pushed({
            n: merged.changed.length,
            remote: input.remote,
            branch: input.branch,
            commit: commit.slice(0, 7),
          }),
        ),
      )
      return { ok: true, commit, files: merged.changed.length, ...doubleSends }
    }
    lastError = gitError(pushed)
    if (attempt < attempts) {
      const wait = Math.min(16_000, 1000 * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2)
      input.log(
        text(
          st.msg.rejected({
            attempt,
            attempts,
            error: lastError,
            branch: input.branch,
            wait: Math.round(wait / 100) / 10,
          }),
        ),
      )
      await sleep(wait)
    }
  }
  return {
    ok: false,
    error: text(
      st.msg.didNotLand({
        remote: input.remote,
        branch: input.branch,
        attempts,
        error: lastError,
      }),
    ),
    conflicts: [],
  }
}

/** A commit of `base`'s tree plus `changed` files (from the working tree), built in a temporary index. */
async function commitState(
  input: PushInput,
  base: string | undefined,
  changed: readonly string[],
): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'wxpress-state-'))
  const env = { GIT_INDEX_FILE: path.join(dir, 'index') }
  try {
    const step = async (args: string[], options: Parameters<Git>[1] = {}) => {
      const run = await input.git(args, { ...options, env: { ...env, ...options.env } })
      if (!run.ok) throw new Error(`git ${args[0]} failed: ${gitError(run)}`)
      return run.stdout.trim()
    }
    await step(base ? ['read-tree', base] : ['read-tree', '--empty'])
    const ids = (
      await step(['hash-object', '-w', '--no-filters', '--stdin-paths'], { input: `${changed.join('\n')}\n` })
    ).split('\n')
    const info = `${changed.map((file, i) => `100644 blob ${ids[i]}\t${file}`).join('\n')}\n`
    await step(['update-index', '--index-info'], { input: info })
    const tree = await step(['write-tree'])
    const named =
      (await input.git(['config', 'user.name'])).ok && (await input.git(['config', 'user.email'])).ok
    const who = named
      ? {}
      : {
          ...IDENTITY,
          GIT_COMMITTER_NAME: IDENTITY.GIT_AUTHOR_NAME,
          GIT_COMMITTER_EMAIL: IDENTITY.GIT_AUTHOR_EMAIL,
        }
    return await step(['commit-tree', tree, ...(base ? ['-p', base] : []), '-m', input.message], { env: who })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
