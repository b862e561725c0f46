/**
 * Vitest globalSetup: builds the CLI once (`npm run build`: the modules into dist/, the bundle into dist/bundle/)
 * before any test runs, so that tests spawning `bin/wxpress.js` run the code under test and no test
 * ever builds (a build deletes dist/bundle/ while other workers may be running it). It also gives the
 * run one temporary folder: TMPDIR points into it for the workers and every process they start, and
 * it is removed at the end, so sites, ledgers and installs made by tests never pile up in /tmp. And it
 * starts one browser for the run when Chromium is installed (a Playwright browser server, endpoint in
 * WXPRESS_TEST_BROWSER, see test/helpers/test-browser.ts), closed at the end.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from '../../src/browser/launch-browser.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  // called once per test project, in the one main process: the first call builds
  if (process.env.WXPRESS_TEST_BUILT === '1') return undefined
  process.env.WXPRESS_TEST_BUILT = '1'
  // workers start after this and copy process.env; os.tmpdir() reads TMPDIR on every call
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-test-'))
  process.env.TMPDIR = root
  const executablePath = process.env.WXPRESS_TEST_BROWSER === undefined ? findChromium() : undefined
  // the browser starts while `npm run build` (esbuild: the modules and the bundle; the vendor copy) runs
  const [server] = await Promise.all([
    executablePath
      ? chromium.launchServer({ executablePath, args: CHROMIUM_ARGS }).catch(() => undefined)
      : undefined,
    new Promise<void>((resolve, reject) => {
      const build = spawn('npm', ['run', '--silent', 'build'], {
        cwd: repo,
        stdio: ['ignore', 'ignore', 'inherit'],
      })
      build.once('error', reject)
      build.once('close', (code) =>
        code === 0 ? resolve() : reject(new Error(`npm run build: exit ${code}`)),
      )
    }),
  ])
  if (server) process.env.WXPRESS_TEST_BROWSER = server.wsEndpoint()
  return async () => {
    await server?.close()
    rmSync(root, { recursive: true, force: true, maxRetries: 3 })
  }
}
