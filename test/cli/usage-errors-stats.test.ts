import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { usageSite } from './usage-site.js'

let site: string
beforeAll(() => {
  site = usageSite()
})

describe('stats --format json: one document on usage errors too (QA3 L6)', () => {
  const parse = (stdout: string) =>
    JSON.parse(stdout) as { diagnostics: Record<string, unknown>[] } & Record<string, unknown>

  it('an unknown option, a bad --now, a missing content folder, a broken config: { version, articles, problems, diagnostics }', async () => {
    const bogus = await runCli(['stats', '--format', 'json', '--bogus'], site)
    expect(bogus.code).toBe(2)
    expect(parse(bogus.stdout)).toEqual({
      version: 1,
      articles: [],
      problems: [],
      diagnostics: [
        expect.objectContaining({
          ruleId: 'cli/unknown-option',
          value: '--bogus',
          hint: expect.stringContaining('wxpress stats --help'),
        }),
      ],
    })
    const now = await runCli(['stats', '--now', 'garbage', '--format=json'], site)
    expect(parse(now.stdout).diagnostics[0]).toMatchObject({
      ruleId: 'cli/invalid-option',
      field: '--now',
      value: 'garbage',
    })
    const missing = await runCli(['stats', '--format', 'json', '--content', 'nowhere'], site)
    expect(missing.code).toBe(2)
    expect(parse(missing.stdout)).toMatchObject({
      version: 1,
      articles: [],
      diagnostics: [expect.objectContaining({ ruleId: 'cli/missing-content', value: 'nowhere' })],
    })
    const broken = mkdtempSync(path.join(tmpdir(), 'wxpress-stats-config-'))
    mkdirSync(path.join(broken, 'content'))
    writeFileSync(path.join(broken, 'wxpress.config.json'), '{ "timezone": ')
    const config = await runCli(['stats', '--format', 'json'], broken)
    expect(config.code).toBe(2)
    expect(parse(config.stdout).diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'config/invalid', file: 'wxpress.config.json', severity: 'error' }),
    ])
  })

  it('publish has no --format (its output is a log): `publish --format json` is an unknown option, stdout stays empty', async () => {
    const r = await runCli(['publish', '--format', 'json', '--bogus'], site)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain("unknown option '--format'")
  })
})
