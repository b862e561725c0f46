/** `wxpress init --locale zh-CN`: its own lines in Chinese; the files it writes are the same. */
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'

const NOW = '--now=2027-04-01T00:00:00Z'
const files = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort()

describe('init in both locales', () => {
  it('names what it did in the chosen language', async () => {
    const zh = mkdtempSync(path.join(tmpdir(), 'wxpress-init-zh-'))
    const en = mkdtempSync(path.join(tmpdir(), 'wxpress-init-en-'))
    const z = await runCli(['init', NOW, '--locale', 'zh-CN'], zh)
    const e = await runCli(['init', NOW], en)
    expect(z.code).toBe(e.code)
    expect(files(zh)).toEqual(files(en))
    expect(z.stdout).toContain('  已创建　　　 content/hello-wxpress/index.md')
    expect(e.stdout).toContain('  created        content/hello-wxpress/index.md')
    expect(z.stdout).toMatch(/^已在 \.\/ 写入 \d+ 个文件。$/m)
    const again = await runCli(['init', NOW, '--locale', 'zh-CN'], zh)
    expect(again.stdout).toContain('  已存在，保留 wxpress.config.json')
    expect(again.stdout).toContain('  不写示例　　 （之前已写过：content/hello-wxpress）')
    expect(again.stdout).toContain('已在 ./ 写入 0 个文件。')
    const bad = await runCli(['init', NOW, '--locale', 'zh-CN', '--from', 'missing.tgz'], zh)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('wxpress init：--from missing.tgz：文件不存在')
  })
})
