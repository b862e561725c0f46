/**
 * The CLI as a real process, for tests that kill it or run two at once: the sources bundled once per
 * test file with esbuild into `dist/test-cli-<id>/` (same depth as `dist/cli/`, so the package's
 * themes and package.json resolve as in a build), then started with plain node.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export interface CliBundle {
  entry: string
  remove(): void
}

export async function bundleCli(): Promise<CliBundle> {
  const outdir = path.join(repo, 'dist', `test-cli-${process.pid}-${Math.random().toString(36).slice(2, 8)}`)
  mkdirSync(outdir, { recursive: true })
  await build({
    entryPoints: [
      path.join(repo, 'src', 'cli', 'main.ts'),
      path.join(repo, 'src', 'site', 'helper-worker.ts'),
    ],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir,
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    logLevel: 'error',
    external: ['sharp', 'playwright-core', 'autocorrect-node', 'jiti'],
    alias: { cheerio: 'cheerio/slim' },
    banner: {
      js: "import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);",
    },
  })
  const entry = path.join(outdir, 'cli.mjs')
  writeFileSync(
    entry,
    "import { run } from './main.js'\nprocess.exitCode = await run(process.argv.slice(2))\n",
  )
  return { entry, remove: () => rmSync(outdir, { recursive: true, force: true }) }
}

export interface ProcessRun {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** Runs the bundled CLI in `cwd` with `env` (added to a clean environment). */
export function runCliProcess(
  bundle: CliBundle,
  argv: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle.entry, ...argv], {
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
