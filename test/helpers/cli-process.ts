/**
 * The CLI as a real process, for tests that kill it or run two at once: `bin/wxpress.js`, which starts
 * the bundle the globalSetup built (test/setup/build-once.ts), with plain node and a clean environment.
 */
import { spawn } from 'node:child_process'
import { cliBin } from './cli-bin.js'

export interface ProcessRun {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** Runs the CLI in `cwd` with `env` (added to a clean environment). */
export function runCliProcess(argv: string[], cwd: string, env: Record<string, string>): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliBin, ...argv], {
      cwd,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.once('error', reject)
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  })
}
