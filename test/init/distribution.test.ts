/**
 * wxpress as a team gets it, from outside: `npm pack` of the built package → a fresh folder →
 * `npm install <tarball> --offline` (no registry: the npm cache that `npm ci` filled, and the lockfile
 * a team commits, see team-lockfile.ts) → `npx --no-install wxpress init` → `check` passes → the
 * workflows validate; a site made by `init --from <tarball>` installs and passes `check` too. Then the
 * Action as a runner gets it: a copy of the tracked files and action.yml's own shell steps (cache key,
 * `npm ci --omit=dev`, the run step). Packs the dist/ that is already built (`npm ci`, or the test
 * run's global setup), never builds.
 */
import { execFile } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { testBrowserEnv, testChromium } from '../helpers/test-browser.js'
import { workflowProblems } from '../helpers/validate-workflow.js'
import { repoRoot } from './repo-root.js'
import { writeTeamLockfile } from './team-lockfile.js'

const exec = promisify(execFile)

/** The docs/ pages named in the README and in src/ (messages, help texts). */
function docsPointedTo(): string[] {
  const texts = [readFileSync(path.join(repoRoot, 'README.md'), 'utf8')]
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith('.ts')) texts.push(readFileSync(full, 'utf8'))
    }
  }
  walk(path.join(repoRoot, 'src'))
  const pages = texts.flatMap((text) => [...text.matchAll(/docs\/[\w.-]+\.(?:md|json)/g)].map((m) => m[0]))
  return [...new Set(pages)].sort()
}
const NOW = '--now=2027-05-01T10:00:00+08:00'
const env = {
  ...process.env,
  NO_COLOR: '1',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
}
const npm = (args: string[], cwd: string) => exec('npm', args, { cwd, env, maxBuffer: 16 << 20 })
const wxpress = (args: string[], cwd: string, extra: Record<string, string> = {}) =>
  exec('npx', ['--no-install', 'wxpress', ...args], { cwd, env: { ...env, ...extra }, maxBuffer: 16 << 20 })

// each folder holds a node_modules of ≈ 140 MB: removed after the tests
const folders: string[] = []
const tempFolder = (prefix: string): string => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  folders.push(dir)
  return dir
}
// removing a few installed node_modules trees takes long on a busy machine
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true })
}, 180_000)

// the two installs run side by side: most of their time is waiting on the disk
describe.concurrent('distribution', () => {
  it('npm pack → npm install --offline → init → check → valid workflows; init --from it', async () => {
    expect(
      existsSync(path.join(repoRoot, 'dist', 'cli', 'main.js')),
      'dist/ is built by the globalSetup',
    ).toBe(true)
    const work = tempFolder('wxpress-dist-')
    const packed = await npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], repoRoot)
    type Packed = [{ filename: string; files: { path: string }[] }]
    const [{ filename, files }] = JSON.parse(packed.stdout) as Packed
    const tarball = path.join(work, filename)
    const shipped = files.map((f) => f.path)
    expect(shipped).toEqual(
      expect.arrayContaining(['bin/wxpress.js', 'templates/workflows/wxpress-report.yml']),
    )
    expect(shipped.some((f) => f.startsWith('src/') || f.startsWith('action/'))).toBe(false)
    // the CLI is its bundle (with the licences of the libraries inside it), never the loose modules
    expect(shipped).toEqual(
      expect.arrayContaining(['dist/bundle/main.js', 'dist/bundle/THIRD-PARTY-LICENSES.md']),
    )
    expect(shipped.filter((f) => f.startsWith('dist/') && !/^dist\/(bundle|vendor)\//.test(f))).toEqual([])
    // mermaid's browser build ships as one file: the mermaid package (≈ 150 MB with its own) is not installed
    expect(shipped).toEqual(
      expect.arrayContaining(['dist/vendor/mermaid.min.js', 'dist/vendor/mermaid.json']),
    )
    // every docs/ page a message, a help text or the README points a team to is in the package
    expect(shipped).toEqual(expect.arrayContaining(docsPointedTo()))

    const fresh = path.join(work, 'team-site')
    mkdirSync(fresh)
    writeFileSync(path.join(fresh, 'package.json'), JSON.stringify({ name: 'team-site', private: true }))
    writeTeamLockfile(fresh, `file:../${filename}`)
    await npm(['install', tarball, '--offline'], fresh)
    // only what the bundle leaves outside is installed (sharp, playwright-core, autocorrect-node, jiti)
    const installed = readdirSync(path.join(fresh, 'node_modules'))
    expect(installed).toEqual(expect.arrayContaining(['sharp', 'playwright-core', 'jiti', 'wxpress']))
    for (const inside of ['unified', 'mathjax-full', 'zod', 'juice', '@actions']) {
      expect(installed, `${inside} is in the bundle`).not.toContain(inside)
    }
    const init = await wxpress(['init', NOW], fresh)
    expect(init.stdout).toContain('created        content/hello-wxpress/index.md')
    expect(init.stdout).toContain(
      'updated        package.json (+scripts.check, +scripts.preview, +wxpress.example)',
    )
    // JSON: its field names stay the same in every locale (the config init writes is zh-CN)
    const check = await wxpress(['check', NOW, '--format', 'json'], fresh)
    expect(JSON.parse(check.stdout).summary).toMatchObject({ errors: 0, warnings: 0 })
    const workflows = path.join(fresh, '.github', 'workflows')
    expect(readdirSync(workflows).sort()).toEqual([
      'wxpress-check.yml',
      'wxpress-publish.yml',
      'wxpress-report.yml',
      'wxpress-stats.yml',
    ])
    for (const name of readdirSync(workflows)) {
      expect(await workflowProblems(readFileSync(path.join(workflows, name), 'utf8'), name), name).toEqual([])
    }

    // a site made from the tarball alone: vendored, installed offline, checks clean
    await wxpress(['init', 'from-tarball', NOW, '--from', tarball], fresh)
    const site = path.join(fresh, 'from-tarball')
    expect(JSON.parse(readFileSync(path.join(site, 'package.json'), 'utf8')).devDependencies).toEqual({
      wxpress: `file:vendor/${filename}`,
    })
    writeTeamLockfile(site, `file:vendor/${filename}`)
    // its node_modules starts as hard links to the team site's (a second full install of ≈ 350 MB costs
    // ≈ 15 s of disk): npm must still take wxpress from vendor/ — its one changed package, new files
    await exec('cp', ['-al', path.join(fresh, 'node_modules'), path.join(site, 'node_modules')])
    const reinstall = await npm(['install', '--offline'], site)
    expect(reinstall.stdout).toMatch(/changed 1 package/)
    expect(readFileSync(path.join(site, 'node_modules', 'wxpress', 'package.json'), 'utf8')).toContain(
      '"name": "wxpress"',
    )
    expect(statSync(path.join(site, 'node_modules', 'wxpress', 'package.json')).nlink).toBe(1)
    const siteCheck = await wxpress(['check', NOW, '--format', 'json'], site)
    expect(JSON.parse(siteCheck.stdout).summary).toMatchObject({ errors: 0, warnings: 0 })
    // the bundle alone renders what the libraries inside it do: a diagram (the vendored mermaid build,
    // no mermaid package), TeX, highlighted code, a table, an emoji shortcode
    expect(existsSync(path.join(site, 'node_modules', 'mermaid'))).toBe(false)
    const article = path.join(site, 'content', 'hello-wxpress', 'index.md')
    writeFileSync(
      article,
      `${readFileSync(article, 'utf8')}\n\`\`\`mermaid\ngraph TD\n  写作 --> 审阅\n\`\`\`\n\n` +
        '质能方程 $E=mc^2$。\n\n```ts\nconst answer: number = 42\n```\n\n| 项目 | 数量 |\n| --- | --- |\n| 文章 | 3 |\n\n好 :tada:\n',
    )
    await wxpress(['render', '--out', 'out'], site, testBrowserEnv())
    const html = readFileSync(path.join(site, 'out', 'hello-wxpress.html'), 'utf8')
    // the label 审阅 of the drawn diagram (SVG text, as entities)
    if (testChromium()) expect(html).toContain('<tspan>&#x5ba1;&#x9605;</tspan>')
    expect(html).toMatch(/<svg[^>]*>[\s\S]*<\/svg>/) // TeX as SVG (mathjax)
    expect(html).toMatch(/<span style="[^"]*color[^"]*">const<\/span>/) // highlighted keyword
    expect(html).toContain('<table')
    expect(html).toContain('🎉')
  }, 240_000)

  it('the Action from a clean copy of the repository: its shell steps, due before any install', async () => {
    // what the runner downloads for `uses: wxpress-dev/wxpress@v0`: tracked files, no node_modules, no dist
    const actionPath = tempFolder('wxpress-action-')
    const tracked = (await exec('git', ['ls-files', '-z'], { cwd: repoRoot, maxBuffer: 16 << 20 })).stdout
    for (const file of tracked.split('\0').filter((f) => f !== '' && existsSync(path.join(repoRoot, f)))) {
      cpSync(path.join(repoRoot, file), path.join(actionPath, file))
    }
    const steps = (
      parse(readFileSync(path.join(actionPath, 'action.yml'), 'utf8')) as {
        runs: { steps: { id?: string; name?: string; run?: string }[] }
      }
    ).runs.steps
    const script = (match: (s: { id?: string; name?: string }) => boolean): string => steps.find(match)!.run!
    const site = tempFolder('wxpress-action-site-')
    await exec(process.execPath, [path.join(repoRoot, 'bin', 'wxpress.js'), 'init', NOW], { cwd: site, env })
    const output = path.join(site, 'github-output')
    writeFileSync(output, '')
    const stepEnv = {
      ...env,
      GITHUB_ACTION_PATH: actionPath,
      GITHUB_OUTPUT: output,
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      npm_config_offline: 'true',
    }
    const bash = (text: string, extra: Record<string, string> = {}) =>
      exec('bash', ['-e', '-c', text], { cwd: site, env: { ...stepEnv, ...extra }, maxBuffer: 16 << 20 })
    const runStep = script((s) => s.id === 'run')

    // due runs from the bundle alone: nothing is installed yet
    expect(existsSync(path.join(actionPath, 'node_modules'))).toBe(false)
    await bash(runStep, { WXPRESS_ACTION_COMMAND: 'due' })
    await bash(script((s) => s.id === 'deps'))
    expect(readFileSync(output, 'utf8')).toMatch(
      /^due=(true|false)\nkey=wxpress-deps-Linux-X64-node\d+-[0-9a-f]{20}\n$/,
    )
    await bash(script((s) => /^Install/.test(s.name ?? '')))
    expect(existsSync(path.join(actionPath, 'node_modules', 'sharp'))).toBe(true)
    expect(existsSync(path.join(actionPath, 'node_modules', 'vitest'))).toBe(false)
    expect(existsSync(path.join(actionPath, 'node_modules', 'mermaid'))).toBe(false)
    expect(existsSync(path.join(actionPath, 'action', 'vendor', 'mermaid.min.js'))).toBe(true)
    // exit 0 (bash -e), and the two info notices of the example as workflow commands
    const check = await bash(runStep, { WXPRESS_ACTION_COMMAND: 'check', WXPRESS_ACTION_NOW: NOW.slice(6) })
    expect(check.stdout).toContain('::notice file=content/hello-wxpress/index.md')
    expect(check.stdout).not.toMatch(/::(error|warning) /)
  }, 240_000)
})
