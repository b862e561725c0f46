/**
 * Vitest globalSetup: builds the CLI once (tsc into dist/, then the esbuild bundle into dist/bundle/)
 * before any test runs, so that tests spawning `bin/wxpress.js` run the code under test and no test
 * ever builds (a build deletes dist/bundle/ while other workers may be running it). It also gives the
 * run one temporary folder: TMPDIR points into it for the workers and every process they start, and
 * it is removed at the end, so sites, ledgers and installs made by tests never pile up in /tmp.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export default function setup(): (() => void) | undefined {
  // called once per test project, in the one main process: the first call builds
  if (process.env.WXPRESS_TEST_BUILT === '1') return undefined
  process.env.WXPRESS_TEST_BUILT = '1'
  // `npm run build` = tsc -p tsconfig.build.json && npm run bundle
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] })
  // workers start after this and copy process.env; os.tmpdir() reads TMPDIR on every call
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-test-'))
  process.env.TMPDIR = root
  return () => rmSync(root, { recursive: true, force: true, maxRetries: 3 })
}
