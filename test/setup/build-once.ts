/**
 * Vitest globalSetup: builds the CLI once (`npm run build`: the modules into dist/, the bundle into dist/bundle/)
 * before any test runs, so that tests spawning `bin/wxpress.js` run the code under test and no test
 * ever builds (a build deletes dist/bundle/ while other workers may be running it). It also gives the
 * run one temporary folder: TMPDIR points into it for the workers and every process they start, and
 * it is removed at the end, so sites, ledgers and installs made by tests never pile up in /tmp. The
 * folder is in memory when the machine has room there (`runFolderBase`): the suite writes thousands of
 * git repositories, sites and three npm installs, and on a slow disk waiting for it was a seventh of
 * the run (measured: 178 s with /tmp on disk, 153 s with /dev/shm). And it
 * starts one browser for the run when Chromium is installed (a Playwright browser server, endpoint in
 * WXPRESS_TEST_BROWSER, see test/helpers/test-browser.ts), closed at the end.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, statfsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from '../../src/browser/launch-browser.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const TMPFS = 0x01021994
const ROOM = 4 * 1024 ** 3

/**
 * Where the run's folder goes: WXPRESS_TEST_TMPDIR when set, else /dev/shm when it is a tmpfs with 4 GB
 * free (Linux; Docker's default of 64 MB is not), else the system's temporary folder.
 */
function runFolderBase(): string {
  if (process.env.WXPRESS_TEST_TMPDIR) return process.env.WXPRESS_TEST_TMPDIR
  try {
    const shm = statfsSync('/dev/shm')
    if (shm.type === TMPFS && shm.bavail * shm.bsize >= ROOM) return '/dev/shm'
  } catch {
    // no /dev/shm (macOS, Windows)
  }
  return tmpdir()
}

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  // called once per test project, in the one main process: the first call builds
  if (process.env.WXPRESS_TEST_BUILT === '1') return undefined
  process.env.WXPRESS_TEST_BUILT = '1'
  // workers start after this and copy process.env; os.tmpdir() reads TMPDIR on every call
  const root = mkdtempSync(path.join(runFolderBase(), 'wxpress-test-'))
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
