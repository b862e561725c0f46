import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'

/** A site as `wxpress init` writes it: config `locale: zh-CN`, an empty content folder. */
function site(config: string | undefined, name = 'wxpress.config.json'): string {
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-usage-zh-'))
  mkdirSync(path.join(root, 'content'))
  if (config !== undefined) writeFileSync(path.join(root, name), config)
  return root
}
const zhSite = () => site(JSON.stringify({ locale: 'zh-CN', timezone: 'Asia/Shanghai' }))

interface Doc {
  diagnostics: { ruleId: string; message: string; hint: string; field?: string; value?: string }[]
}

describe('command-line usage errors follow the locale (DESIGN §9)', () => {
  it('a zh-CN site: invalid values (our parsers and choices), one message and the help line', async () => {
    const root = zhSite()
    const jobs = await runCli(['check', '--jobs', '0'], root)
    expect(jobs.code).toBe(2)
    expect(jobs.stderr).toBe(
      '错误：--jobs 的值 "0" 无效：应为 1 到 64 之间的整数\n（运行 wxpress check --help 查看用法）\n',
    )
    expect(jobs.stdout).toBe('')
    const format = await runCli(['check', '--format', 'xml'], root)
    expect(format.stderr).toBe(
      '错误：--format 的值 "xml" 无效：应为 pretty、json、github、markdown 之一\n' +
        '（运行 wxpress check --help 查看用法）\n',
    )
    const now = await runCli(['plan', '--now', 'yesterday'], root)
    expect(now.code).toBe(2)
    expect(now.stderr).toMatch(/^错误：--now 的值 "yesterday" 无效：应为带时区偏移的 ISO-8601 日期时间/)
    // the value once, in the head of the line
    // "not ISO-8601" once: the expectation says it already
    expect(now.stderr).toContain('例如 2027-04-15T08:00:00+08:00\n（运行 wxpress plan --help 查看用法）\n')
    expect(now.stderr.split('ISO-8601')).toHaveLength(2)
    expect(now.stderr.split('yesterday')).toHaveLength(2)
    const en = await runCli(['plan', '--now', 'yesterday', '--locale', 'en'], root)
    expect(en.stderr).toContain('e.g. 2027-04-15T08:00:00+08:00\n')
    expect(en.stderr.split('ISO-8601')).toHaveLength(2)
    expect(en.stderr.split('yesterday')).toHaveLength(2)
    const mode = await runCli(['publish', '--mode', 'foo'], root)
    expect(mode.stderr).toContain('错误：--mode 的值 "foo" 无效：应为 draft、publish、broadcast 之一\n')
  })

  it('a zh-CN site: unknown option, missing value, unknown command, with the did-you-mean', async () => {
    const root = zhSite()
    const bogus = await runCli(['check', '--bogus'], root)
    expect(bogus.code).toBe(2)
    expect(bogus.stderr).toBe('错误：未知选项 --bogus\n（运行 wxpress check --help 查看用法）\n')
    const typo = await runCli(['check', '--contnt', 'x'], root)
    expect(typo.stderr).toBe(
      '错误：未知选项 --contnt（你是不是想用 --content？）\n（运行 wxpress check --help 查看用法）\n',
    )
    const missing = await runCli(['check', '--now'], root)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe('错误：选项 --now 缺少值\n（运行 wxpress check --help 查看用法）\n')
    const command = await runCli(['chek'], root)
    expect(command.code).toBe(2)
    expect(command.stderr).toBe(
      '错误：未知命令 chek（你是不是想用 check？）\n（运行 wxpress --help 或 wxpress <命令> --help 查看用法）\n',
    )
  })

  it('--locale wins over the config, either way; --config names the config to read', async () => {
    const root = zhSite()
    for (const argv of [
      ['check', '--jobs', '0', '--locale', 'en'],
      ['check', '--locale=en', '--jobs', '0'],
    ]) {
      const r = await runCli(argv, root)
      expect(r.code).toBe(2)
      expect(r.stderr).toBe(
        `error: option '-j, --jobs <n>' argument '0' is invalid. expected a whole number from 1 to 64 (got "0")\n` +
          '(run `wxpress check --help` for usage)\n',
      )
    }
    const en = site(undefined)
    expect((await runCli(['check', '--bogus', '--locale', 'zh-CN'], en)).stderr).toContain(
      '错误：未知选项 --bogus',
    )
    expect((await runCli(['check', '--bogus'], en)).stderr).toBe(
      "error: unknown option '--bogus'\n(run `wxpress check --help` for usage)\n",
    )
    writeFileSync(path.join(en, 'zh.json'), JSON.stringify({ locale: 'zh-CN' }))
    expect((await runCli(['check', '--config=zh.json', '--bogus'], en)).stderr).toContain('错误：未知选项')
  })

  it('--format json: the diagnostic in the locale, rule ids and fields unchanged', async () => {
    const root = zhSite()
    const typo = await runCli(['check', '--format', 'json', '--contnt', 'x'], root)
    expect(typo.code).toBe(2)
    const [unknown] = (JSON.parse(typo.stdout) as Doc).diagnostics
    expect(unknown).toMatchObject({
      ruleId: 'cli/unknown-option',
      value: '--contnt',
      message: 'wxpress check 没有选项 `--contnt`',
      hint: '是不是想写 `--content`？运行 `wxpress check --help` 查看可用的选项。',
    })
    const jobs = await runCli(['render', '--format', 'json', '--jobs', '0', '--out', 'o'], root)
    expect((JSON.parse(jobs.stdout) as Doc).diagnostics[0]).toMatchObject({
      ruleId: 'cli/invalid-option',
      field: '--jobs',
      value: '0',
      message: '--jobs 的值 "0" 无效：应为 1 到 64 之间的整数',
      hint: '请修改 --jobs 的值。运行 `wxpress render --help` 查看可用的选项。',
    })
    const missing = await runCli(['plan', '--format', 'json', '--now'], root)
    expect((JSON.parse(missing.stdout) as Doc).diagnostics[0]).toMatchObject({
      ruleId: 'cli/missing-option-value',
      value: '--now',
      message: '选项 --now 缺少值',
    })
    const en = await runCli(['check', '--format', 'json', '--contnt', 'x', '--locale', 'en'], root)
    expect((JSON.parse(en.stdout) as Doc).diagnostics[0]).toMatchObject({
      message: 'Unknown option `--contnt` for wxpress check',
      hint: 'Did you mean `--content`? Run `wxpress check --help` for the options.',
    })
  })

  it('a config that cannot be read or is invalid: English, exit 2, no crash', async () => {
    for (const [config, name] of [
      ['{ "locale": ', 'wxpress.config.json'],
      [JSON.stringify({ locale: 'fr' }), 'wxpress.config.json'],
      ['throw new Error("boom")', 'wxpress.config.mjs'],
    ] as const) {
      const r = await runCli(['check', '--jobs', '0'], site(config, name))
      expect(r.code, config).toBe(2)
      expect(r.stderr, config).toMatch(/^error: option '-j, --jobs <n>' argument '0' is invalid\./)
      expect(r.stderr, config).not.toContain('internal error')
    }
    const missing = await runCli(['check', '--config', 'nowhere.json', '--bogus'], zhSite())
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe("error: unknown option '--bogus'\n(run `wxpress check --help` for usage)\n")
  })
})
