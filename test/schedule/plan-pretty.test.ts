import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'

const valid = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'content', 'fixtures', 'valid')
const NOW = '--now=2027-04-01T09:00:00+08:00'

/** Three articles in one 20:00 push and one more push at 08:00 the same day: `schedule/same-day` on all four. */
function site(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-plan-'))
  for (const [slug, slot] of [
    ['a', '20:00'],
    ['b', '20:00'],
    ['c', '20:00'],
    ['m', '08:00'],
  ]) {
    const dir = path.join(root, 'content', slug!)
    mkdirSync(dir, { recursive: true })
    cpSync(valid, dir, { recursive: true })
    const text = readFileSync(path.join(dir, 'index.md'), 'utf8').replace(
      /^slot: .*$/m,
      `slot: 2027-04-15T${slot}:00+08:00`,
    )
    writeFileSync(path.join(dir, 'index.md'), text)
  }
  return root
}

describe('plan pretty output (QA 26)', () => {
  // Decision: a push-level finding is reported on every article of the push (the JSON plan keeps all of
  // them, per push and in `diagnostics`, so tools see each file); the pretty plan shows it once per push.
  it('shows a push-level warning once per push; JSON stays complete', async () => {
    const root = site()
    const pretty = await runCli(['plan', NOW], root)
    const lines = pretty.stdout.split('\n').filter((l) => l.includes('(schedule/same-day'))
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain('schedule/same-day, 3 articles')
    const json = JSON.parse((await runCli(['plan', NOW, '--format', 'json'], root)).stdout)
    expect(json.diagnostics.filter((d: { ruleId: string }) => d.ruleId === 'schedule/same-day')).toHaveLength(
      4,
    )
    expect(
      json.pushes.map(
        (p: { diagnostics: { ruleId: string }[] }) =>
          p.diagnostics.filter((d) => d.ruleId === 'schedule/same-day').length,
      ),
    ).toEqual([1, 3])
  })
})

describe('plan --format markdown escapes user text (QA3 L5)', () => {
  it('shows titles and slugs exactly as written on GitHub', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'wxpress-plan-md-'))
    const articles: [string, string, boolean][] = [
      ['a', 'A|B \\\\ E <b>粗</b> `code` *星*', true],
      ['b', 'Array<T> 详解 & [链接](x) _斜_', true],
      ['my_draft*', '草稿', false],
    ]
    for (const [slug, title, scheduled] of articles) {
      const dir = path.join(root, 'content', slug)
      mkdirSync(dir, { recursive: true })
      cpSync(valid, dir, { recursive: true })
      const text = readFileSync(path.join(dir, 'index.md'), 'utf8').replace(
        /^title: .*$/m,
        `title: "${title}"`,
      )
      writeFileSync(path.join(dir, 'index.md'), scheduled ? text : text.replace(/^slot: .*\n/m, ''))
    }
    const { stdout } = await runCli(['plan', NOW, '--format', 'markdown'], root)
    const row = stdout.split('\n').find((l) => l.startsWith('| 2027-04-15'))
    expect(row).toContain(
      '| A\\|B \\\\ E &lt;b>粗&lt;/b> \\`code\\` \\*星\\*<br>Array&lt;T> 详解 &amp; \\[链接\\](x) \\_斜\\_ |',
    )
    expect(stdout).toContain('Unscheduled (no slot): my\\_draft\\*\n')
  })

  it('a push every article of which the ledger holds as sent shows as sent, not as ok', async () => {
    const here = path.dirname(fileURLToPath(import.meta.url))
    // a copy: the CLI keeps a cache in the site
    const root = mkdtempSync(path.join(tmpdir(), 'wxpress-plan-sent-'))
    cpSync(path.join(here, 'fixtures', 'past-slot'), root, { recursive: true })
    const now = `--now=${readFileSync(path.join(root, 'now.txt'), 'utf8').trim()}`
    const { stdout } = await runCli(['plan', now], root)
    expect(stdout).toMatch(/→ 全部粉丝 {2}\[sent\]\n\s+head {2}sent /)
    expect(stdout).toMatch(/\[BLOCKED\]\n\s+head {2}missed /)
    const calendar = await runCli(['plan', now, '--format', 'markdown'], root)
    expect(calendar.stdout).toContain('| 文章 sent | 📤 sent |')
  })
})
