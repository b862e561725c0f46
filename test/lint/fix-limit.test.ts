import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js'
import { runCli } from '../helpers/run-cli.js'
import { makeSite } from '../publish/publish-site.js'

const NOW = ['--now', '2027-04-01T09:00:00+08:00']

/** A site whose title (13 characters) fits `titleMax: 14` only without the spaces the fixes add. */
function site(title: string, digest = '一句话摘要。'): { root: string; file: string } {
  const root = makeSite([{ slug: 'one', slot: '2027-04-15T20:00:00+08:00', body: '正文。\n' }], {
    limits: { titleMax: 14, digestMax: 10 },
  })
  const file = path.join(root, 'content', 'one', 'index.md')
  const source = readFileSync(file, 'utf8')
  writeFileSync(
    file,
    source.replace('title: 文章 one', `title: ${title}`).replace('digest: 一句话摘要。', `digest: ${digest}`),
  )
  return { root, file }
}

describe('check --fix: a fix never pushes a front-matter value over its hard limit', () => {
  it('withholds the spacing fixes that would make the title too long, and says why', async () => {
    const { root, file } = site('学习Rust和Go语言入门')
    const before = readFileSync(file, 'utf8')
    const json = await runCli(['check', '--format', 'json', ...NOW], root)
    const { diagnostics } = JSON.parse(json.stdout) as { diagnostics: Diagnostic[] }
    const spacing = diagnostics.filter((d) => d.ruleId === 'typography/cjk-spacing' && d.line === 2)
    expect(spacing.length).toBeGreaterThan(0)
    expect(spacing.every((d) => d.fix === undefined)).toBe(true)
    const pretty = await runCli(['check', '--locale', 'zh-CN', ...NOW], root)
    expect(pretty.stdout).toContain(
      '自动修正会让标题超过 14 个字符（修正后 17 个），因此不会自动修正：请先缩短标题',
    )
    expect(pretty.stdout).not.toContain('处可用')
    const fixed = await runCli(['check', '--fix', ...NOW], root)
    expect(readFileSync(file, 'utf8')).toBe(before)
    expect(fixed.code).toBe(0)
    expect(fixed.stdout).not.toContain('frontmatter/max-length')
  })

  it('keeps the fixes that do not lengthen the value, and every fix of a value that stays within it', async () => {
    const { root, file } = site('学习Rust入门', '摘要,很短')
    await runCli(['check', '--fix', ...NOW], root)
    const after = readFileSync(file, 'utf8')
    expect(after).toContain('title: 学习 Rust 入门\n')
    expect(after).toContain('digest: 摘要，很短\n')
  })
})
