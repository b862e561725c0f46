import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { lintFile } from './lint-file.js'

describe('length rules', () => {
  it('count and preview only what readers see: no code, raw HTML or text inside <style>/<script>', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wxpress-reader-text-'))
    mkdirSync(path.join(dir, 'a'))
    writeFileSync(
      path.join(dir, 'a', 'index.md'),
      '---\ntitle: 标题\n---\n段落 <style>p{color:blue}</style> 内联 <script>alert(1)</script>结束。\n\n```js\nconst x = 1\n```\n',
    )
    const article = await lintFile(path.join(dir, 'a', 'index.md'), dir)
    const digest = article.file.messages.find((m) => m.ruleId === 'length/digest-missing')
    expect((digest as { value?: string } | undefined)?.value).toBe('段落 内联 结束。')
    expect(article.file.messages.find((m) => m.ruleId === 'length/word-count')?.reason).toMatch(/^6 字/)
  })

  it('count and preview the visible text of HTML blocks (135editor), never image alt text or literal ![..](..) (QA2 N4)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wxpress-reader-text-'))
    mkdirSync(path.join(dir, 'a'))
    const body = [
      '<section style="padding:10px"><style>p{color:red}</style><!-- 注释 --><p style="color:#333">这是<b>HTML</b>里的正文&nbsp;&amp;&#x4e00;段</p></section>',
      '',
      '<script>var 变量 = 1</script>',
      '',
      '![图片说明](a.png) 看图 ![空格 文件](my image.png) 完。',
      '',
    ].join('\n')
    writeFileSync(path.join(dir, 'a', 'index.md'), `---\ntitle: 标题\n---\n${body}`)
    const article = await lintFile(path.join(dir, 'a', 'index.md'), dir)
    const digest = article.file.messages.find((m) => m.ruleId === 'length/digest-missing')
    expect((digest as { value?: string } | undefined)?.value).toBe('这是HTML里的正文 &一段 看图 完。')
    expect(article.file.messages.find((m) => m.ruleId === 'length/word-count')?.reason).toMatch(/^12 字/)
  })
})
