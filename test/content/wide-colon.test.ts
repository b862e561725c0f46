/** `title：…` (a full-width colon) and a no-break space after the colon are named at their line (trial P #6, trial 1 #10). */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { makeSite } from '../publish/publish-site.js'

describe('a Chinese input method in front matter', () => {
  it('names the full-width colon and the odd space, with the line to fix', async () => {
    const root = makeSite([{ slug: 'a', slot: '2027-04-15T20:00:00+08:00' }], { locale: 'zh-CN' })
    const file = path.join(root, 'content', 'a', 'index.md')
    writeFileSync(file, '---\ntitle：春天的第一杯茶\ntopic: 生活\nauthor:\u00a0小山\n---\n\n正文。\n')
    const r = await runCli(['check', '--now=2027-04-01T09:00:00+08:00'], root)
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('2:1-7')
    expect(r.stdout).toContain('`title` 后面是全角冒号「：」：YAML 会把这一行当成普通文字，而不是键')
    expect(r.stdout).toContain('把第 2 行写成半角冒号加普通空格：`title: …`')
    expect(r.stdout).toContain('`author:` 后面的空格是 U+00A0，不是普通空格')
    expect(r.stdout).not.toContain('一个键跨了多行')
  })
})
