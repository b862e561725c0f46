import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { CHECK_WORKFLOW, PUBLISH_WORKFLOW, STATS_WORKFLOW } from '../../src/init/workflow-templates.js'
import { runCli } from '../helpers/run-cli.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const NOW = '--now=2027-05-01T10:00:00+08:00'

describe('wxpress init', () => {
  it('scaffolds a site that checks clean, and never overwrites files', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'wxpress-init-'))
    mkdirSync(path.join(root, 'content'))
    writeFileSync(path.join(root, '.gitignore'), 'mine\n')
    const r = await runCli(['init', NOW], root)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('exists, kept   .gitignore')
    expect(readFileSync(path.join(root, '.gitignore'), 'utf8')).toBe('mine\n')
    expect(readFileSync(path.join(root, 'content', 'hello-wxpress', 'index.md'), 'utf8')).toContain('slot: 2027-05-08T20:00:00+08:00')
    const check = await runCli(['check', NOW], root)
    expect(check.stdout).toContain('0 errors, 0 warnings')
    expect(check.code).toBe(0)
    const again = await runCli(['init', NOW], root)
    expect(again.stdout).toContain('0 file(s) written')
  })

  it('writes workflows that parse and run only wxpress commands that exist', () => {
    for (const file of ['wxpress-check.yml']) {
      const text = readFileSync(path.join(repo, '.github', 'workflows', file), 'utf8')
      // this repository runs its own bin/ instead of the installed package
      expect(text.split('\n').slice(1).join('\n').replaceAll('node bin/wxpress.js ', 'npx wxpress ')).toBe(CHECK_WORKFLOW)
    }
    const doc = parse(CHECK_WORKFLOW) as { jobs: { check: { steps: { run?: string }[] } } }
    const commands = doc.jobs.check.steps.flatMap((s) => [...(s.run ?? '').matchAll(/npx wxpress (\w+)/g)].map((m) => m[1]))
    expect(new Set(commands)).toEqual(new Set(['check', 'plan', 'render']))
    for (const [text, job, command] of [[PUBLISH_WORKFLOW, 'publish', 'publish'], [STATS_WORKFLOW, 'stats', 'stats --post']] as const) {
      const wf = parse(text) as { jobs: Record<string, { steps: { run?: string }[] }>; permissions: Record<string, string> }
      expect(wf.jobs[job]?.steps.some((s) => s.run === `npx wxpress ${command}`)).toBe(true)
      expect(wf.permissions.contents).toBe('write')
    }
  })
})
