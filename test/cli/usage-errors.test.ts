import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'content', 'fixtures')
const NOW = '--now=2027-04-01T09:00:00+08:00'
let site: string

beforeAll(() => {
  site = mkdtempSync(path.join(tmpdir(), 'wxpress-usage-'))
  mkdirSync(path.join(site, 'content', 'good'), { recursive: true })
  cpSync(path.join(fixtures, 'valid'), path.join(site, 'content', 'good'), { recursive: true })
})

describe('a missing content folder is a usage error (QA 13)', () => {
  it('check --content <typo>: exit 2, a cli/missing-content diagnostic naming the folder, with a did-you-mean', async () => {
    const r = await runCli(['check', '--content', 'contnet', NOW], site)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('Content folder `contnet/` does not exist')
    expect(r.stderr).toContain('Did you mean `content/`?')
  })

  it('every command that reads articles fails in a folder without content/', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'wxpress-nocontent-'))
    for (const argv of [
      ['check', NOW],
      ['render', '--out', 'out'],
      ['plan', NOW],
      ['publish', '--dry-run', NOW],
    ]) {
      const r = await runCli(argv, empty)
      expect(r.code, argv[0]).toBe(2)
      expect(r.stderr, argv[0]).toMatch(
        /Content folder `content\/` does not exist[\s\S]*hint: Run wxpress in the site root/,
      )
    }
  })

  it('an empty content folder that exists is still fine (a new site)', async () => {
    const fresh = mkdtempSync(path.join(tmpdir(), 'wxpress-fresh-'))
    mkdirSync(path.join(fresh, 'content'))
    expect((await runCli(['check', NOW], fresh)).code).toBe(0)
  })
})

describe('--format json prints one JSON document on usage errors too (QA 21)', () => {
  it('check: unknown slug and missing content folder', async () => {
    const r = await runCli(['check', 'nope', '--format', 'json', NOW], site)
    expect(r.code).toBe(2)
    const doc = JSON.parse(r.stdout)
    expect(doc).toMatchObject({ version: 1, files: [], summary: { files: 0, errors: 1 } })
    expect(doc.diagnostics).toEqual([
      expect.objectContaining({
        ruleId: 'cli/unknown-slug',
        severity: 'error',
        value: 'nope',
        file: '(command line)',
      }),
    ])
    const missing = JSON.parse(
      (await runCli(['check', '--content', 'nowhere', '--format', 'json', NOW], site)).stdout,
    )
    expect(missing.diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'cli/missing-content', value: 'nowhere', hint: expect.any(String) }),
    ])
  })

  it('render: unknown theme, with a did-you-mean', async () => {
    const r = await runCli(
      ['render', '--format', 'json', '--theme', 'defualt', '--out', path.join(site, 'out-json')],
      site,
    )
    expect(r.code).toBe(2)
    const doc = JSON.parse(r.stdout)
    expect(doc.diagnostics).toEqual([
      expect.objectContaining({
        ruleId: 'cli/unknown-theme',
        value: 'defualt',
        hint: expect.stringContaining('Did you mean `default`?'),
      }),
    ])
  })

  it('plan: the plan document with the diagnostics', async () => {
    const r = await runCli(['plan', '--content', 'nowhere', '--format', 'json', NOW], site)
    expect(r.code).toBe(2)
    expect(JSON.parse(r.stdout)).toMatchObject({
      version: 1,
      pushes: [],
      unscheduled: [],
      diagnostics: [expect.objectContaining({ ruleId: 'cli/missing-content' })],
    })
  })
})

describe('--now with an impossible offset is a usage error (QA 11)', () => {
  it('exits 2 and says why', async () => {
    const r = await runCli(['check', '--now=2027-03-01T09:00:00+25:00'], site)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('impossible UTC offset `+25:00`')
  })
})

describe('--format json prints one JSON document on option errors too (QA2 N15)', () => {
  const parse = (stdout: string) =>
    JSON.parse(stdout) as { diagnostics: Record<string, unknown>[] } & Record<string, unknown>

  it('check --now garbage: cli/invalid-option with the value, whatever the order of the options', async () => {
    for (const argv of [
      ['check', '--format', 'json', '--now', 'garbage'],
      ['check', '--now', 'garbage', '--format=json'],
    ]) {
      const r = await runCli(argv, site)
      expect(r.code).toBe(2)
      const doc = parse(r.stdout)
      expect(doc).toMatchObject({ version: 1, files: [], summary: { files: 0, errors: 1 } })
      expect(doc.diagnostics).toEqual([
        expect.objectContaining({
          ruleId: 'cli/invalid-option',
          severity: 'error',
          field: '--now',
          value: 'garbage',
          hint: expect.stringContaining('wxpress check --help'),
        }),
      ])
      expect(r.stderr).toContain("argument 'garbage' is invalid") // the text stays on stderr
    }
  })

  it('check --bogus and a misspelt option: cli/unknown-option, with a did-you-mean', async () => {
    const bogus = await runCli(['check', '--format', 'json', '--bogus'], site)
    expect(bogus.code).toBe(2)
    expect(parse(bogus.stdout).diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'cli/unknown-option', value: '--bogus', hint: expect.any(String) }),
    ])
    const typo = parse((await runCli(['check', '--format', 'json', '--contnt', 'x'], site)).stdout)
    expect(typo.diagnostics[0]).toMatchObject({
      ruleId: 'cli/unknown-option',
      value: '--contnt',
      hint: expect.stringContaining('Did you mean `--content`?'),
    })
  })

  it('check --fix --fix-dry-run: the two cannot go together (cli/invalid-arguments), nothing is written', async () => {
    const both = await runCli(['check', '--format', 'json', '--fix', '--fix-dry-run'], site)
    expect(both.code).toBe(2)
    expect(parse(both.stdout).diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'cli/invalid-arguments', message: expect.stringContaining('--fix') }),
    ])
  })

  it("plan --now garbage and render --jobs 0: the command's own document; a missing value too", async () => {
    const plan = await runCli(['plan', '--format', 'json', '--now', 'garbage'], site)
    expect(plan.code).toBe(2)
    expect(parse(plan.stdout)).toMatchObject({
      version: 1,
      pushes: [],
      unscheduled: [],
      diagnostics: [expect.objectContaining({ ruleId: 'cli/invalid-option', value: 'garbage' })],
    })
    const render = await runCli(['render', '--format', 'json', '--jobs', '0', '--out', 'o'], site)
    expect(parse(render.stdout).diagnostics[0]).toMatchObject({
      ruleId: 'cli/invalid-option',
      field: '--jobs',
      value: '0',
    })
    const missing = await runCli(['check', '--format', 'json', '--now'], site)
    expect(missing.code).toBe(2)
    expect(parse(missing.stdout).diagnostics[0]).toMatchObject({
      ruleId: 'cli/missing-option-value',
      value: '--now',
    })
  })

  it('without --format json, stdout stays empty', async () => {
    const r = await runCli(['check', '--bogus'], site)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
  })
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
