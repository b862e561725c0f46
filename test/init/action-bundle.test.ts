/**
 * The GitHub Action's committed bundle is fresh and starts without native modules, and its run step
 * works end to end on a real site.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { repoRoot } from './repo-root.js'

const run = promisify(execFile)

describe('the committed bundle (action/bundle/)', () => {
  it('is what `npm run build:action` makes from src/ now', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'wxpress-action-bundle-'))
    await run(process.execPath, [path.join(repoRoot, 'scripts', 'build-action.mjs'), '--outdir', out])
    const hint = 'run `npm run build:action` and commit action/bundle/ and action/vendor/'
    for (const folder of ['bundle', 'vendor']) {
      const names = readdirSync(path.join(out, folder)).sort()
      const committed = path.join(repoRoot, 'action', folder)
      expect(readdirSync(committed).sort(), hint).toEqual(names)
      for (const name of names) {
        const same = readFileSync(path.join(out, folder, name)).equals(
          readFileSync(path.join(committed, name)),
        )
        expect(same, `action/${folder}/${name} is stale: ${hint}`).toBe(true)
      }
    }
  }, 60_000)

  it('starts without native modules (`due` needs no install): none in the static imports of main.js', () => {
    const dir = path.join(repoRoot, 'action', 'bundle')
    const seen = new Set<string>()
    const externals = new Set<string>()
    const visit = (file: string): void => {
      if (seen.has(file)) return
      seen.add(file)
      const text = readFileSync(path.join(dir, file), 'utf8')
      for (const m of text.matchAll(/^import\s+(?:[^'";]*?\s+from\s+)?["']([^"']+)["']/gm)) {
        if (m[1]!.startsWith('./')) visit(m[1]!.slice(2))
        else if (!m[1]!.startsWith('node:')) externals.add(m[1]!)
      }
    }
    visit('main.js')
    expect(seen.size).toBeGreaterThan(1)
    expect([...externals]).toEqual([])
  })
})

describe('the run step, end to end', () => {
  it('runs check on a site from the bundle and writes the due output to GITHUB_OUTPUT', async () => {
    const site = mkdtempSync(path.join(tmpdir(), 'wxpress-action-site-'))
    expect((await runCli(['init', '--now=2027-05-01T10:00:00+08:00'], site)).code).toBe(0)
    const output = path.join(site, 'github-output')
    writeFileSync(output, '')
    const bundle = path.join(repoRoot, 'action', 'bundle', 'main.js')
    const env = { ...process.env, NO_COLOR: '1', GITHUB_OUTPUT: output }
    const action = (command: string) =>
      run(process.execPath, [bundle], { cwd: site, env: { ...env, WXPRESS_ACTION_COMMAND: command } })
    const check = await action('check')
    expect(check.stdout).toContain('$ wxpress check --format=github')
    expect(check.stdout).toContain('::notice file=content/hello-wxpress/index.md')
    await action('due')
    expect(readFileSync(output, 'utf8')).toMatch(/^due=(true|false)\n$/)
    const bad = await action('nope').then(
      () => 0,
      (error: { code: number; stderr: string }) => {
        expect(error.stderr).toContain('nope')
        return error.code
      },
    )
    expect(bad).toBe(2)
  }, 60_000)
})
