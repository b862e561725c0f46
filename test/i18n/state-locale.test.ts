/**
 * `wxpress due` follows the site locale; `wxpress state` (which reads no config) follows `--locale`.
 * Slugs, files and exit codes do not change with the language.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { createSandbox, writeEntry } from '../state/git-sandbox.js'

const A = '.wxpress/state/one.json'

function zhSite(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-due-locale-'))
  mkdirSync(path.join(root, 'content', 'one'), { recursive: true })
  writeFileSync(
    path.join(root, 'content', 'one', 'index.md'),
    '---\ntitle: 文章\ntopic: 测试\nslot: 2027-04-15T20:00:00+08:00\naudience: 全部粉丝\ncover: cover.png\n---\n\n正文。\n',
  )
  writeFileSync(
    path.join(root, 'wxpress.config.json'),
    JSON.stringify({ locale: 'zh-CN', accounts: { main: { mode: 'broadcast' } } }),
  )
  return root
}

describe('due and state in both locales', () => {
  it('due: the reasons are Chinese on a zh-CN site, the answer on stdout is the same', async () => {
    const root = zhSite()
    const zh = await runCli(['due', '--now=2027-04-15T20:01:00+08:00'], root)
    const en = await runCli(['due', '--now=2027-04-15T20:01:00+08:00', '--locale', 'en'], root)
    expect([zh.code, zh.stdout]).toEqual([en.code, en.stdout])
    expect(zh.stdout).toBe('true\n')
    // the local time, as publish writes it (never raw UTC)
    expect(zh.stderr).not.toMatch(/\d{2}:\d{2}:\d{2}/)
    expect(zh.stderr).toBe('2027-04-15 20:00 周四 one：现在该推送了\n')
    expect(en.stderr).toBe('2027-04-15 20:00 Thu one: due now\n')
  })

  it('state pull and push: log lines, errors and hints follow --locale', async () => {
    const box = createSandbox()
    const site = box.clone('site')
    const first = await runCli(['state', 'pull', '--locale', 'zh-CN'], site)
    expect(first.stdout).toContain('origin 上还没有分支 `wxpress-state`')
    writeEntry(site, A, {
      slug: 'one',
      state: 'drafted',
      timestamps: { drafted: '2027-04-15T12:05:00.000Z' },
    })
    const pushed = await runCli(['state', 'push', '--locale', 'zh-CN'], site)
    expect(pushed.code).toBe(0)
    expect(pushed.stdout).toMatch(/^已推送 1 个状态文件到 origin\/wxpress-state（[0-9a-f]{7}）。$/m)
    const ci = box.clone('ci')
    writeEntry(ci, A, { slug: 'one', state: 'sent', timestamps: { sent: '2027-04-15T12:06:00.000Z' } })
    const zh = await runCli(['state', 'pull', '--locale', 'zh-CN'], ci)
    const en = await runCli(['state', 'pull'], ci)
    expect(zh.code).toBe(en.code)
    expect(zh.code).toBe(1)
    expect(zh.stderr).toContain(`  ${A}：本地副本比状态分支上的新（还没有推送）`)
    expect(zh.stderr).toContain('建议：本地较新的台账')
    expect(en.stderr).toContain(`  ${A}: the local copy is newer than the state branch (not pushed yet)`)
    const notGit = await runCli(
      ['state', 'push', '--locale', 'zh-CN'],
      mkdtempSync(path.join(tmpdir(), 'wxpress-nogit-')),
    )
    expect(notGit.stderr).toContain('wxpress：不在 git 仓库里')
  })
})
