/**
 * Runs git for the state branch (the only execa import besides `src/github/git.ts`, which offers no
 * general runner): plumbing commands with an optional environment (a temporary index) and stdin.
 * Never throws: a failed command is a result with git's own message.
 */
import { execa } from '../core/exec.js'

export interface GitRun {
  ok: boolean
  stdout: string
  /** stdout as bytes when `binary` was asked for. */
  bytes?: Buffer
  stderr: string
  exitCode: number
}

export interface GitOptions {
  env?: Record<string, string>
  input?: string | Buffer
  /** Return stdout as raw bytes (blob contents). */
  binary?: boolean
}

export type Git = (args: readonly string[], options?: GitOptions) => Promise<GitRun>

/** A git runner in `cwd`. Prompts are disabled so a missing credential fails instead of hanging. */
export function createGit(cwd: string): Git {
  return async (args, options = {}) => {
    const result = await execa('git', [...args], {
      cwd,
      reject: false,
      stripFinalNewline: false,
      env: { GIT_TERMINAL_PROMPT: '0', ...options.env },
      encoding: options.binary ? ('buffer' as const) : ('utf8' as const),
      ...(options.input !== undefined ? { input: options.input } : { stdin: 'ignore' as const }),
    })
    const raw = result.stdout as unknown
    const bytes = raw instanceof Uint8Array ? Buffer.from(raw) : undefined
    const stdout = bytes ? bytes.toString('utf8') : String(raw ?? '')
    const stderr =
      result.stderr instanceof Uint8Array
        ? Buffer.from(result.stderr).toString('utf8')
        : String(result.stderr ?? '')
    return {
      ok: result.exitCode === 0,
      stdout,
      ...(bytes ? { bytes } : {}),
      stderr: stderr.trim(),
      exitCode: result.exitCode ?? -1,
    }
  }
}

/** git's first meaningful error line, for messages. */
export function gitError(run: GitRun): string {
  const lines = run.stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
  return (
    lines.find((l) => /^(fatal|error|!|remote:)/.test(l)) ?? lines[0] ?? `git exited with ${run.exitCode}`
  )
}
