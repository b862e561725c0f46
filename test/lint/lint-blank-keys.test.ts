import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { collectDiagnostics } from '../../src/diagnostics/collect-diagnostics.js'
import { lintFile } from './lint-file.js'

describe('blank optional front-matter keys (t18 M3)', () => {
  it('take `digest:`, `digest: ""` and `digest: ~` as no digest: an info with a hint at that line, never an error', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wxpress-blank-digest-'))
    for (const [slug, line] of [
      ['a', 'digest:'],
      ['b', 'digest: ""'],
      ['c', 'digest: ~'],
    ] as const) {
      mkdirSync(path.join(dir, slug))
      const head = `---\ntitle: 标题\ntopic: 新品\naudience: 全部粉丝\nauthor:\ntheme: ''\nmode:\n${line}\n---\n`
      writeFileSync(path.join(dir, slug, 'index.md'), `${head}三月的风一吹，新品就上架了。\n`)
      const article = await lintFile(path.join(dir, slug, 'index.md'), dir)
      const found = collectDiagnostics([{ file: article.file, path: article.path }])
      expect(found.filter((d) => d.severity === 'error' && d.ruleId !== 'frontmatter/missing')).toEqual([])
      expect(found.every((d) => d.severity === 'info' || d.hint)).toBe(true)
      expect(found.find((d) => d.ruleId === 'length/digest-missing')).toMatchObject({
        line: 8,
        severity: 'info',
        field: 'digest',
        value: '三月的风一吹，新品就上架了。',
        hint: 'Remove the line, or write one sentence (≤ 54 characters) that sums up the article.',
      })
      expect(article.frontmatter.digest).toBeUndefined()
    }
  })

  it('keeps a blank `slot` an error, with a hint', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wxpress-blank-slot-'))
    mkdirSync(path.join(dir, 'a'))
    writeFileSync(path.join(dir, 'a', 'index.md'), '---\ntitle: 标题\nslot:\n---\n正文。\n')
    const article = await lintFile(path.join(dir, 'a', 'index.md'), dir)
    const found = collectDiagnostics([{ file: article.file, path: article.path }])
    expect(found.find((d) => d.ruleId === 'frontmatter/empty')).toMatchObject({
      line: 3,
      hint: expect.stringContaining('remove the line'),
    })
  })
})
