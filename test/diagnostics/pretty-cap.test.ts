/**
 * The CLI's pretty report shows at most 20 warnings or infos of one rule in one file, then one line counting
 * the rest (errors always in full, totals count everything); json stays complete.
 */
import { mkdirSync, mkdtempSync, writeFileSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js'
import { PRETTY_PER_RULE, reportPretty } from '../../src/diagnostics/report-pretty.js'
import { summarize } from '../../src/diagnostics/summarize.js'
import { runCli } from '../helpers/run-cli.js'

const finding = (
  line: number,
  severity: Diagnostic['severity'],
  ruleId: string,
  file = 'content/a/index.md',
) => ({ file, line, column: 1, severity, ruleId, source: 'lint', message: `m${line}` }) as Diagnostic

describe('pretty: many findings of one rule', () => {
  it('shows 20 per rule and file, then counts the rest; errors in full; totals count all', () => {
    const list = [
      ...Array.from({ length: 4200 }, (_, i) => finding(i + 1, 'warning', 'typography/punctuation-width')),
      ...Array.from({ length: 25 }, (_, i) => finding(5000 + i, 'error', 'lint/some-error')),
      ...Array.from({ length: 3 }, (_, i) => finding(6000 + i, 'warning', 'typography/other')),
      ...Array.from({ length: 21 }, (_, i) =>
        finding(i + 1, 'warning', 'typography/punctuation-width', 'content/b/index.md'),
      ),
    ]
    const out = reportPretty(list, summarize(list, 2), { perRule: PRETTY_PER_RULE })
    const lines = out.split('\n')
    expect(lines.filter((l) => l.includes('typography/punctuation-width')).length).toBe(20 + 1 + 20 + 1)
    expect(lines.filter((l) => / m\d+ +lint\/some-error$/.test(l))).toHaveLength(25)
    expect(lines.filter((l) => l.includes('typography/other'))).toHaveLength(3)
    expect(out).toContain(
      '  … 4,180 more like these (typography/punctuation-width); run `npx --no-install wxpress check --format json` to see them all\n',
    )
    expect(out).toContain('  … 1 more like these (typography/punctuation-width)')
    expect(out).toContain('✖ 25 errors, 4,224 warnings in 2 files')
    expect(lines.length).toBeLessThan(120)
    const zh = reportPretty(list, summarize(list, 2), { locale: 'zh-CN', perRule: PRETTY_PER_RULE })
    expect(zh).toContain(
      '  …… 还有 4,180 处同类问题（typography/punctuation-width），运行 `npx --no-install wxpress check --format json` 查看全部\n',
    )
  })

  it('shows every finding when there are 20 or fewer', () => {
    const list = Array.from({ length: 20 }, (_, i) => finding(i + 1, 'info', 'length/x'))
    const out = reportPretty(list, summarize(list, 1), { perRule: PRETTY_PER_RULE })
    expect(out).not.toContain('more like these')
    expect(out.split('\n').filter((l) => l.includes('length/x'))).toHaveLength(20)
  })

  it('check: a long paragraph of one mistake — pretty capped, json complete', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'wxpress-cap-'))
    const dir = path.join(root, 'content', 'long')
    mkdirSync(dir, { recursive: true })
    copyFileSync(
      path.join(__dirname, '..', 'content', 'fixtures', 'valid', 'cover.png'),
      path.join(dir, 'cover.png'),
    )
    const body = '我们能,没有问题。'.repeat(60)
    const fm = ['---', 'title: 标题', 'topic: 测试', 'audience: 全部粉丝', 'cover: cover.png', '---', '']
    writeFileSync(path.join(dir, 'index.md'), [...fm, body, ''].join('\n'))
    const json = await runCli(['check', '--format', 'json'], root)
    const rule = 'typography/punctuation-width'
    const all = (JSON.parse(json.stdout).diagnostics as Diagnostic[]).filter((d) => d.ruleId === rule)
    expect(all).toHaveLength(60)
    const pretty = await runCli(['check'], root)
    expect(pretty.code).toBe(json.code)
    const shown = pretty.stdout
      .split('\n')
      .filter((l) => l.includes(`  ${rule}`) && !l.includes('more like these'))
    expect(shown).toHaveLength(20)
    expect(pretty.stdout).toContain(
      `… ${all.filter((d) => d.ruleId === rule).length - 20} more like these (${rule})`,
    )
  })
})
