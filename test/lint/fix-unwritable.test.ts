// `check --fix` with a file it cannot write (trial-1 #1): the write of `content/a-locked/index.md`
// fails as it does for a read-only file (root, which runs the tests here, ignores file modes)
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { makeSite } from '../publish/publish-site.js'

vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>()
  const writeFile = ((file: unknown, ...rest: unknown[]) => {
    if (String(file).includes(`${path.sep}a-locked${path.sep}`)) {
      const error = Object.assign(new Error(`EACCES: permission denied, open '${String(file)}'`), {
        code: 'EACCES',
      })
      return Promise.reject(error)
    }
    return (fs.writeFile as (...args: unknown[]) => Promise<void>)(file, ...rest)
  }) as typeof fs.writeFile
  return { ...fs, default: { ...fs, writeFile }, writeFile }
})

const NOW = ['--now', '2027-04-01T09:00:00+08:00']
const body = '中文English混排。\n'

function site(locale?: string): string {
  const slot = '2027-04-15T20:00:00+08:00'
  return makeSite(
    [
      { slug: 'a-locked', slot, body },
      { slug: 'b-open', slot: '2027-04-16T20:00:00+08:00', body },
    ],
    locale ? { locale } : {},
  )
}

describe('check --fix: a file it cannot write', () => {
  it('reports content/unwritable on that file, writes the others, exits 1 without a stack trace', async () => {
    const root = site()
    const locked = path.join(root, 'content', 'a-locked', 'index.md')
    const before = readFileSync(locked, 'utf8')
    const r = await runCli(['check', '--fix', ...NOW], root)
    expect(r.stderr).not.toContain('internal error')
    expect(r.code).toBe(1)
    expect(readFileSync(path.join(root, 'content', 'b-open', 'index.md'), 'utf8')).toContain(
      '中文 English 混排。',
    )
    expect(readFileSync(locked, 'utf8')).toBe(before)
    expect(r.stdout).toContain('content/a-locked/index.md')
    expect(r.stdout).toContain('Cannot write the fixes to content/a-locked/index.md (EACCES)')
    expect(r.stdout).toContain('content/unwritable')
    expect(r.stdout).toContain('permissions')
    expect(r.stderr).toContain('Applied 1 fix(es).')
  })

  it('says so in Chinese on a zh-CN site, in the JSON report too', async () => {
    const root = site('zh-CN')
    const r = await runCli(['check', '--fix', '--format', 'json', ...NOW], root)
    expect(r.code).toBe(1)
    const { diagnostics } = JSON.parse(r.stdout) as {
      diagnostics: {
        file: string
        ruleId: string
        message: string
        hint: string
        value: string
        line: number
      }[]
    }
    const d = diagnostics.find((x) => x.ruleId === 'content/unwritable')
    expect(d).toMatchObject({ file: 'content/a-locked/index.md', value: 'EACCES', line: 1 })
    expect(d?.message).toContain('无法把修正写入 content/a-locked/index.md（EACCES）')
    expect(d?.hint).toContain('权限')
  })
})
