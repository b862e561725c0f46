import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'content', 'fixtures')
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'pipe' }).toString()

describe('check --changed', () => {
  it('checks only the articles changed since a git ref (committed or not)', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'wxpress-changed-'))
    git(root, 'init', '-q', '-b', 'main')
    for (const slug of ['one', 'two', 'three']) {
      mkdirSync(path.join(root, 'content', slug), { recursive: true })
      cpSync(path.join(fixtures, 'valid'), path.join(root, 'content', slug), { recursive: true })
    }
    git(root, 'add', '-A')
    git(root, '-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-qm', 'base')
    git(root, 'switch', '-qc', 'pr')
    writeFileSync(path.join(root, 'content', 'two', 'index.md'), '---\ntitle: 改过的\n---\n')
    git(root, 'add', '-A')
    git(root, '-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-qm', 'edit two')
    writeFileSync(path.join(root, 'content', 'three', 'extra.txt'), 'untracked change')
    const r = await runCli(
      ['check', '--changed', 'main', '--format', 'json', '--now=2027-04-01T09:00:00+08:00'],
      root,
    )
    const doc = JSON.parse(r.stdout)
    expect(doc.files.map((f: { slug: string }) => f.slug)).toEqual(['three', 'two'])
    expect(r.code).toBe(1)
    const bad = await runCli(['check', '--changed', 'no-such-ref'], root)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/cannot list changes since no-such-ref/i)
    expect(bad.stderr).toContain('fetch-depth: 0')
  })

  it('outside a git repository says so (no fetch-depth hint), also in the JSON document (QA 22)', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'wxpress-nogit-'))
    mkdirSync(path.join(root, 'content', 'one'), { recursive: true })
    cpSync(path.join(fixtures, 'valid'), path.join(root, 'content', 'one'), { recursive: true })
    const r = await runCli(['check', '--changed', 'HEAD~1'], root)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('hint: This folder is not a git repository')
    expect(r.stderr).toContain('Cannot list changes since HEAD~1: this folder is not in a git repository')
    expect(r.stderr).not.toContain('--no-index') // git's own advice does not apply (QA2 N16)
    expect(r.stderr).not.toContain('fetch-depth')
    const json = await runCli(['check', '--changed', 'HEAD~1', '--format', 'json'], root)
    expect(JSON.parse(json.stdout).diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'cli/changed-failed', value: 'HEAD~1' }),
    ])
  })
})
