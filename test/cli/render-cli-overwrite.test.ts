import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { renderSite } from './render-site.js'

describe('wxpress render', () => {
  // Decision (QA3 L7): `<out>/<slug>.html` is the render's contract (the manifest and CI rely on it), so a
  // user's own file of that name is replaced, but with one `cli/overwrote-file` warning naming it; from
  // then on it is listed in the manifest, so it goes with the article. A file never listed is never deleted.
  it('warns once when it replaces a file no earlier render wrote (QA3 L7)', async () => {
    const root = renderSite()
    await runCli(['render', '--out', 'out'], root)
    const out = path.join(root, 'out')
    writeFileSync(path.join(out, 'd.html'), 'MY OWN\n')
    writeFileSync(path.join(out, 'e.html'), 'MINE TOO\n')
    cpSync(path.join(root, 'content', 'spring-meetup'), path.join(root, 'content', 'd'), { recursive: true })
    const run = await runCli(['render', '--out', 'out', '--format', 'json'], root)
    const warnings = JSON.parse(run.stdout).diagnostics.filter(
      (d: { ruleId: string }) => d.ruleId === 'cli/overwrote-file',
    )
    expect(warnings).toEqual([
      expect.objectContaining({
        file: 'out/d.html',
        severity: 'warning',
        value: 'out/d.html',
        line: 1,
        column: 1,
        hint: expect.stringContaining('Article `d` is rendered to out/d.html'),
      }),
    ])
    expect(readFileSync(path.join(out, 'd.html'), 'utf8')).toContain('<section')
    const pretty = await runCli(['render', '--out', 'out'], root) // now wxpress's: no second warning
    expect(pretty.stdout).not.toContain('cli/overwrote-file')
    rmSync(path.join(root, 'content', 'd'), { recursive: true })
    const removed = await runCli(['render', '--out', 'out'], root)
    expect(removed.stdout).toContain('Removed 1 page(s) of articles that no longer render: d.html')
    expect(readFileSync(path.join(out, 'e.html'), 'utf8')).toBe('MINE TOO\n') // never listed: never touched
  })
})
