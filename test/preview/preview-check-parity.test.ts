import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js'
import { startPreview } from '../../src/preview/preview-server.js'
import { runCli } from '../helpers/run-cli.js'
import { makeSite } from '../publish/publish-site.js'

const NOW = '2027-04-01T09:00:00+08:00'

describe('wxpress preview shows what check shows', () => {
  it('reports a past slot and counts a remote image as check does, at the clock of --now', async () => {
    const root = makeSite(
      [
        { slug: 'past', slot: '2027-03-20T20:00:00+08:00' },
        {
          slug: 'remote',
          slot: '2027-04-15T20:00:00+08:00',
          body: '正文。\n\n![远程图](http://127.0.0.1:9/x.png)\n',
        },
      ],
      { locale: 'zh-CN' },
    )
    const check = await runCli(['check', '--format', 'json', '--now', NOW], root)
    const { diagnostics } = JSON.parse(check.stdout) as { diagnostics: Diagnostic[] }
    const counted = (file: string, severity: string) =>
      diagnostics.filter((d) => d.file === file && d.severity === severity).length
    expect(diagnostics.some((d) => d.ruleId === 'schedule/past')).toBe(true)
    const server = await startPreview({ root, port: 0, nowMs: () => Date.parse(NOW), version: 'test' })
    try {
      const index = await (await fetch(server.url)).text()
      for (const slug of ['past', 'remote']) {
        const file = `content/${slug}/index.md`
        const row = index.split('<li>').find((r) => r.includes(`/a/${slug}"`)) ?? ''
        const errors = counted(file, 'error')
        expect(row.includes(`${errors} 个错误`) || (errors === 0 && !row.includes('个错误'))).toBe(true)
        const page = await (await fetch(`${server.url}/a/${slug}`)).text()
        const ids = [...page.matchAll(/<code>([^<]+)<\/code><\/li>/g)].map((m) => m[1]).sort()
        expect(ids).toEqual(
          diagnostics
            .filter((d) => d.file === file)
            .map((d) => d.ruleId)
            .sort(),
        )
      }
      // slots read as plan shows them, not as raw ISO strings
      expect(index).toContain('<small>2027-03-20 20:00 周六</small>')
      expect(index).not.toContain('T20:00')
      const past = await (await fetch(`${server.url}/a/past`)).text()
      expect(past).toContain('schedule/past')
    } finally {
      await server.close()
    }
  })
})
