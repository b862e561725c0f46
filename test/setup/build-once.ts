/**
 * Vitest globalSetup: builds the CLI once (tsc into dist/, then the esbuild bundle into dist/bundle/)
 * before any test runs, so that tests spawning `bin/wxpress.js` run the code under test and no test
 * ever builds (a build deletes dist/bundle/ while other workers may be running it).
 */
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export default function setup(): void {
  // called once per test project, in the one main process: the first call builds
  if (process.env.WXPRESS_TEST_BUILT === '1') return
  process.env.WXPRESS_TEST_BUILT = '1'
  // `npm run build` = tsc -p tsconfig.build.json && npm run bundle
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] })
}
