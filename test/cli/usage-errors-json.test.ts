import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { NOW, usageSite } from './usage-site.js'

let site: string
beforeAll(() => {
  site = usageSite()
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
