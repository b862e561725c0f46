/** `wxpress state pull|push`: the ledger's transport on a branch of its own. */
import { createGit } from '../../state/git-runner.js'
import { pullState } from '../../state/pull-state.js'
import { pushState } from '../../state/push-state.js'
import { EXIT, type CliIO } from '../io.js'
import type { StateFlags } from './flags.js'

/** git or the file system failed under us (a broken object, a full disk): a clear exit 1, no stack. */
const failed = (error: unknown) => ({
  ok: false as const,
  error: (error as Error).message,
  refused: [],
  conflicts: [],
})

async function usable(io: CliIO, flags: StateFlags): Promise<boolean> {
  const git = createGit(io.cwd)
  if (!(await git(['rev-parse', '--git-dir'])).ok) {
    io.stderr.write(
      'wxpress: not inside a git repository; `wxpress state` needs one (the state branch lives in it).\n',
    )
    return false
  }
  if (!(await git(['check-ref-format', '--branch', flags.branch])).ok) {
    io.stderr.write(`wxpress: \`${flags.branch}\` is not a valid branch name.\n`)
    return false
  }
  return true
}

export async function runStatePull(io: CliIO, flags: StateFlags): Promise<number> {
  if (!(await usable(io, flags))) return EXIT.usage
  const log = (line: string) => io.stdout.write(`${line}\n`)
  const result = await pullState({
    root: io.cwd,
    git: createGit(io.cwd),
    remote: flags.remote,
    branch: flags.branch,
    log,
  }).catch(failed)
  if (result.ok) return EXIT.ok
  io.stderr.write(`wxpress: state pull: ${result.error}\n`)
  for (const r of result.refused) io.stderr.write(`  ${r.file}: ${r.reason}\n`)
  if (result.refused.length > 0) {
    io.stderr
      .write(`hint: a newer local ledger holds what WeChat knows and must not be lost: run \`wxpress state push\` to put it
on \`${flags.branch}\`, or, if the local copy is wrong, move it away and pull again.\n`)
  }
  return EXIT.errors
}

export async function runStatePush(io: CliIO, flags: StateFlags): Promise<number> {
  if (!(await usable(io, flags))) return EXIT.usage
  const log = (line: string) => io.stdout.write(`${line}\n`)
  const result = await pushState({
    root: io.cwd,
    git: createGit(io.cwd),
    remote: flags.remote,
    branch: flags.branch,
    message: flags.message ?? 'wxpress: publish state',
    attempts: flags.attempts ?? 5,
    log,
  }).catch(failed)
  if (result.ok) return EXIT.ok
  io.stderr.write(`wxpress: state push: ${result.error}\n`)
  for (const c of result.conflicts) io.stderr.write(`  ${c.file}: ${c.reason}\n`)
  if (result.conflicts.length > 0) {
    io.stderr
      .write(`hint: compare the two copies (git show ${flags.remote}/${flags.branch}:<file>), keep the one matching
WeChat (its ids and timestamps), give it the later updatedAt, and push again.\n`)
  } else
    io.stderr.write(
      'hint: the ledger is still in .wxpress/state of this run; run `wxpress state push` again.\n',
    )
  return EXIT.errors
}
