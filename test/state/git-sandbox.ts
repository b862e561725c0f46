/** Real git repositories in a temp dir: a bare remote and clones of it, for the state-branch tests. */
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@e',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@e',
}

export const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'init.defaultBranch=main', ...args], { cwd, stdio: 'pipe', env: ENV })
    .toString()
    .trim()

export interface Sandbox {
  dir: string
  remote: string
  clone(name: string): string
}

/** A bare remote with one commit on main (a site with an article). */
export function createSandbox(): Sandbox {
  const dir = mkdtempSync(path.join(tmpdir(), 'wxpress-state-'))
  const remote = path.join(dir, 'remote.git')
  git(dir, 'init', '-q', '--bare', remote)
  const seed = path.join(dir, 'seed')
  git(dir, 'clone', '-q', remote, seed)
  mkdirSync(path.join(seed, 'content', 'one'), { recursive: true })
  writeFileSync(path.join(seed, 'content', 'one', 'index.md'), '---\ntitle: 一\n---\n')
  git(seed, 'add', '-A')
  git(seed, 'commit', '-qm', 'site')
  git(seed, 'push', '-q', 'origin', 'main')
  return {
    dir,
    remote,
    clone: (name) => {
      git(dir, 'clone', '-q', remote, name)
      return path.join(dir, name)
    },
  }
}

/** A ledger-like state file written at `updatedAt`. */
export function writeEntry(root: string, rel: string, fields: Record<string, unknown>): void {
  const file = path.join(root, rel)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, `${JSON.stringify({ version: 1, ...fields }, null, 2)}\n`)
}

export const readEntry = (root: string, rel: string) => JSON.parse(readFileSync(path.join(root, rel), 'utf8'))

/** A file on the remote's state branch. */
export const onBranch = (remote: string, file: string, branch = 'wxpress-state') =>
  JSON.parse(git(remote, 'show', `${branch}:${file}`))

/** Installs a pre-push hook in `clone` (runs between our fetch and our push). */
export function prePushHook(clone: string, script: string): void {
  const hook = path.join(clone, '.git', 'hooks', 'pre-push')
  writeFileSync(hook, `#!/bin/sh\nunset GIT_DIR GIT_INDEX_FILE GIT_WORK_TREE\n${script}\n`)
  chmodSync(hook, 0o755)
}
