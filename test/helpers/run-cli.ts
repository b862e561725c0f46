import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { CliIO } from '../../src/cli/io.js'
import { run } from '../../src/cli/main.js'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Runs the CLI in-process in `cwd` with captured output and a clean environment. */
export async function runCli(
  argv: string[],
  cwd: string,
  env: Record<string, string> = {},
  extra: Pick<CliIO, 'sleep'> = {},
): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await run(argv, {
    cwd,
    env: { NO_COLOR: '1', ...env },
    ...extra,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  })
  return { code, stdout, stderr }
}

/** Copies a fixture folder to a fresh temp dir and returns its path. */
export function tempCopy(source: string, prefix = 'wxpress-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  cpSync(source, dir, { recursive: true })
  return dir
}
