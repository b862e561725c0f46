import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { NOW, siteWith, sloppySite } from './sloppy-site.js'

describe('check --fix', () => {
  it('fixes prose and front-matter values, never code, and is idempotent', async () => {
    const root = sloppySite(false)
    const file = path.join(root, 'content', 's', 'index.md')
    await runCli(['check', '--fix', NOW], root)
    const once = readFileSync(file, 'utf8')
    expect(once).toContain('title: 震惊！GitHub 发布了新功能！！')
    expect(once).toContain('digest: 大家好，我是小山')
    expect(once).toContain('大家好，我是小山。今天聊聊 JavaScript。')
    expect(once).toContain('然后……请先登录你的账号！\n')
    expect(once).toContain('他说“你好”，兰亭笔记（测试版）上线，真好。')
    expect(once).toContain('const a = "不检查...这里"')
    const second = await runCli(['check', '--fix', NOW], root)
    expect(second.stderr).toContain('Nothing to fix.')
    expect(readFileSync(file, 'utf8')).toBe(once)
  })

  it('keeps CRLF line endings and the BOM', async () => {
    const root = sloppySite(true)
    const file = path.join(root, 'content', 's', 'index.md')
    await runCli(['check', '--fix', NOW], root)
    const out = readFileSync(file, 'utf8')
    expect(out.charCodeAt(0)).toBe(0xfeff)
    expect(out.split('\r\n').length).toBe(out.split('\n').length)
    expect(out).toContain('今天聊聊 JavaScript。\r\n')
  })

  it('shows a diff and writes nothing with --fix-dry-run', async () => {
    const root = sloppySite(false)
    const file = path.join(root, 'content', 's', 'index.md')
    const before = readFileSync(file, 'utf8')
    const r = await runCli(['check', '--fix-dry-run', NOW], root)
    expect(r.stdout).toContain('+大家好，我是小山。今天聊聊 JavaScript。')
    expect(r.stderr).toContain('11 fix(es) would be applied')
    expect(readFileSync(file, 'utf8')).toBe(before)
  })

  it('applies fixes until nothing is left to fix, in one run (QA #27)', async () => {
    const { root, file } = siteWith('中文(English)和(中文English)。\n')
    const first = await runCli(['check', '--fix', NOW], root)
    expect(readFileSync(file, 'utf8')).toContain('\n中文 (English) 和 (中文 English)。\n')
    expect(first.stdout).not.toContain('typography/')
    const second = await runCli(['check', '--fix', NOW], root)
    expect(second.stderr).toContain('Nothing to fix.')
  })

  it('leaves a heading id alone and fixes the heading before it', async () => {
    const { root, file } = siteWith('## 使用Vue， 然后... {#use-vue}\n\n## 什么是 Vue？ {#what-is-vue}\n')
    await runCli(['check', '--fix', NOW], root)
    const out = readFileSync(file, 'utf8')
    expect(out).toContain('\n## 使用 Vue，然后…… {#use-vue}\n\n## 什么是 Vue？ {#what-is-vue}\n')
    const second = await runCli(['check', '--fix', NOW], root)
    expect(second.stderr).toContain('Nothing to fix.')
  })
})
