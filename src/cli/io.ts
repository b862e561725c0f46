/**
 * The outside world as the CLI sees it. Built once in `run()` from the real process and passed to
 * every command, so tests can run commands in-process with captured output and a fake environment.
 */
export interface CliOutput {
  write(chunk: string): unknown
  isTTY?: boolean
}

export interface CliIO {
  /** Site root: relative paths (content/, config, out dirs) resolve against it. */
  cwd: string
  /** Environment variables; only `src/cli` and `src/github` may read them. */
  env: Readonly<Record<string, string | undefined>>
  stdout: CliOutput
  stderr: CliOutput
  /** How commands wait between retries (GitHub); tests pass one that returns at once. */
  sleep?: (ms: number) => Promise<void>
  /** Set by a command: 0 no errors, 1 errors found or a step failed, 2 usage/config/internal error. */
  exitCode: number
}

/** Runs the whole CLI (`main.ts` `run`), for commands that run others (`demo`) without importing main. */
export type RunCli = (argv: readonly string[], partial?: Partial<CliIO>) => Promise<number>

/** Exit codes of every command (DESIGN §4). */
export const EXIT = { ok: 0, errors: 1, usage: 2 } as const

/** Whether colour may be used on this stream (TTY and no NO_COLOR). */
export function useColor(io: CliIO, stream: CliOutput = io.stdout): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true
  return stream.isTTY === true
}
