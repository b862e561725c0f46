/** Runs git in `cwd` as a test committer; its output, trimmed. */
import { execFileSync } from 'node:child_process'

export const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', ...args], { cwd, stdio: 'pipe' })
    .toString()
    .trim()
