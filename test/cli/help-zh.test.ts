import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Command } from '../../src/cli/commander.js'
import { displayWidth } from '../../src/cli/cjk-wrap.js'
import { showsHelp } from '../../src/cli/help-locale.js'
import { zhHelpText } from '../../src/cli/help-zh.js'
import { createProgram } from '../../src/cli/main.js'
import { HELP_SCREENS } from '../helpers/help-screens.js'
import { runCli } from '../helpers/run-cli.js'

function site(config?: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-help-zh-'))
  if (config !== undefined) writeFileSync(path.join(root, 'wxpress.config.json'), config)
  return root
}
const zhSite = site(JSON.stringify({ locale: 'zh-CN' }))
const enSite = site()
const screens = HELP_SCREENS.map((argv) => [argv.join(' ') || '(no arguments)', argv] as const)
const help = async (argv: readonly string[], cwd: string) => {
  const { code, stdout, stderr } = await runCli([...argv], cwd)
  expect(code).toBe(0)
  return stdout + stderr
}

describe('help in a zh-CN site (DESIGN §9)', () => {
  it.each(screens)('wxpress %s', async (_, argv) => {
    const text = await help(argv, zhSite)
    expect(text).toMatchSnapshot()
    expect(text).toMatch(/^用法：wxpress/)
    // English only where it is a name: flags, paths, commands, environment variables
    expect(text).not.toMatch(/\b(the|and|with|for|display|Options|Usage|default|choices)\b/)
  })

  it.each(screens.filter(([, argv]) => argv.length > 0 && argv.join(' ') !== 'state'))(
    'wxpress %s --locale zh-CN writes the same in a site without a locale',
    async (_, argv) => {
      expect(await help([...argv, '--locale', 'zh-CN'], enSite)).toBe(await help(argv, zhSite))
    },
  )

  it('--locale en gives the English help in a zh-CN site', async () => {
    for (const argv of [['--help'], ['check', '--help'], ['state', 'push', '--help']])
      expect(await help([...argv, '--locale', 'en'], zhSite)).toBe(await help(argv, enSite))
  })

  it('wxpress with no arguments in a zh-CN site prints the Chinese help', async () => {
    const text = await help([], zhSite)
    expect(text).toContain('内容即代码的公众号发布工具')
    expect(text).toContain('命令：\n  check [options] [slugs...]   检查 front-matter')
  })

  it('a config that cannot be read gives the English help, exit 0', async () => {
    for (const config of ['{ "locale": "zh-CN", ', JSON.stringify({ locale: 'zh-CN', theme: 42 })]) {
      const broken = site(config)
      for (const argv of [[], ['--help'], ['check', '--help']]) {
        const { code, stdout, stderr } = await runCli(argv, broken)
        expect(code).toBe(0)
        expect(stderr).toBe('')
        expect(stdout).toBe(await help(argv, enSite))
      }
    }
  })

  it('fits an 80-column terminal: no line wider than 80 columns (but the shell one-liner)', async () => {
    for (const [, argv] of screens) {
      for (const line of (await help(argv, zhSite)).split('\n')) {
        if (line.startsWith('  if [')) continue
        expect(displayWidth(line), line).toBeLessThanOrEqual(80)
        expect(line, 'a line starts with a closing mark').not.toMatch(/^\s*[，。、；：）”]/)
      }
    }
  })
})

describe('every command, argument and option has a Chinese text', () => {
  it('walks the whole program, commander built-ins included', async () => {
    const io = {
      cwd: enSite,
      env: {},
      stdout: { write: () => true },
      stderr: { write: () => true },
      exitCode: 0,
    }
    const missing: string[] = []
    const walk = (command: Command, name: string): void => {
      const helper = command.createHelp()
      const items = [
        [name, command] as const,
        ...helper.visibleArguments(command).map((a) => [`${name} <${a.name()}>`, a] as const),
        ...helper.visibleOptions(command).map((o) => [`${name} ${o.flags}`, o] as const),
        ...helper.visibleCommands(command).map((c) => [`${name} ${c.name()}`, c] as const),
      ]
      for (const [label, item] of items)
        if (!/[\u4e00-\u9fff]/.test(zhHelpText(item) ?? '')) missing.push(label)
      for (const sub of command.commands) walk(sub, `${name} ${sub.name()}`)
    }
    walk(await createProgram(io), 'wxpress')
    expect(missing).toEqual([])
  })
})

describe('showsHelp: the config is read only for a help screen', () => {
  it.each([
    [[], true],
    [['--help'], true],
    [['check', '-h'], true],
    [['help', 'check'], true],
    [['state'], true],
    [['state', 'help', 'push'], true],
    [['check'], false],
    [['check', 'help'], false],
    [['check', '--', '--help'], false],
    [['state', 'push', '--branch', 'x'], false],
    [['publish', '--dry-run'], false],
  ])('%j → %s', async (argv, expected) => {
    const io = {
      cwd: enSite,
      env: {},
      stdout: { write: () => true },
      stderr: { write: () => true },
      exitCode: 0,
    }
    expect(showsHelp(await createProgram(io), argv)).toBe(expected)
  })
})
