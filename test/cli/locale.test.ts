import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const NOW = '--now=2027-01-01T00:00:00Z'

/** A zh-CN site (config `locale: zh-CN`) with the sloppy article of the lint tests. */
function zhSite(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-locale-'))
  mkdirSync(path.join(root, 'content', 's'), { recursive: true })
  writeFileSync(
    path.join(root, 'content', 's', 'index.md'),
    readFileSync(path.join(here, '..', 'lint', 'sloppy.md'), 'utf8'),
  )
  copyFileSync(
    path.join(here, '..', 'content', 'fixtures', 'valid', 'cover.png'),
    path.join(root, 'content', 's', 'cover.png'),
  )
  writeFileSync(path.join(root, 'wxpress.config.json'), JSON.stringify({ locale: 'zh-CN' }))
  return root
}

interface Doc {
  diagnostics: { message: string; hint?: string; ruleId: string; fix?: unknown }[]
  summary: Record<string, number>
}
const parse = (s: string) => JSON.parse(s) as Doc
const strip = (doc: Doc) => doc.diagnostics.map(({ message: _m, hint: _h, ...rest }) => rest)

describe('locale (DESIGN §9)', () => {
  it('a zh-CN site prints Chinese messages with the same ids, positions and fixes as --locale en', async () => {
    const root = zhSite()
    const zh = await runCli(['check', '--format', 'json', NOW], root)
    const en = await runCli(['check', '--format', 'json', NOW, '--locale', 'en'], root)
    expect(zh.code).toBe(en.code)
    const z = parse(zh.stdout)
    const e = parse(en.stdout)
    expect(strip(z)).toEqual(strip(e))
    expect(z.summary).toEqual(e.summary)
    const lint = z.diagnostics.filter(
      (d) => d.ruleId.startsWith('typography/') || d.ruleId.startsWith('title/'),
    )
    expect(lint.length).toBeGreaterThan(5)
    for (const d of lint) expect(d.message).toMatch(/[\u4e00-\u9fff]/)
    expect(z.diagnostics.map((d) => d.message)).not.toEqual(e.diagnostics.map((d) => d.message))
    // the English run replayed the Chinese run's cached findings: still English, as without the cache
    const fresh = await runCli(['check', '--format', 'json', NOW, '--locale', 'en', '--no-cache'], root)
    expect(parse(fresh.stdout)).toEqual(e)
    expect(e.diagnostics.find((d) => d.ruleId === 'typography/typo')?.message).toMatch(/typo/)
  })

  it('the pretty report, hints and totals follow the locale', async () => {
    const root = zhSite()
    const zh = await runCli(['check', NOW], root)
    expect(zh.stdout).toContain('建议：改为')
    expect(zh.stdout).toMatch(/1 个文件：\d+ 个错误，\d+ 个警告/)
    expect(zh.stdout).toMatch(/其中 \d+ 处可用 `npx --no-install wxpress check --fix` 自动修正/)
    expect(zh.stdout).toContain('typography/typo')
    const en = await runCli(['check', NOW, '--locale', 'en'], root)
    expect(en.stdout).toMatch(/\d+ errors?, \d+ warnings?, \d+ infos? in 1 file/)
    const md = await runCli(['check', NOW, '--format', 'markdown'], root)
    expect(md.stdout).toContain('| 位置 | 级别 | 规则 | 说明 |')
  })

  it('every fixable finding carries its fix in the JSON, and --fix applies exactly those', async () => {
    const root = zhSite()
    const doc = parse((await runCli(['check', '--format', 'json', NOW], root)).stdout)
    const fixable = doc.diagnostics.filter((d) => d.fix)
    expect(fixable.length).toBe(doc.summary.fixable)
    expect(fixable.length).toBeGreaterThan(5)
    const fixed = await runCli(['check', '--fix', NOW], root)
    expect(fixed.stderr).toContain(`已修正`)
  })
})
