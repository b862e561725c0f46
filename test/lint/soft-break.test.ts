/** markdown/soft-break: a single newline the writer meant as a line break (B1), never hard-wrapped prose. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { configSchema } from '../../src/config/schema.js'
import { applyFixes } from '../../src/lint/fix-article.js'
import { createLinter } from '../../src/lint/lint-article.js'
import { articleOf, FRONT, lintAndFix } from './lint-helpers.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const NOW = '--now=2027-03-01T09:00:00+08:00'
/** Source lines (of the body, 1-based) whose soft break is reported, and the text after `--fix`. */
function softBreaks(body: string) {
  const r = lintAndFix(body)
  const lines = r.messages.filter((m) => m.ruleId === 'markdown/soft-break').map((m) => (m.line ?? 0) - 8)
  return { lines, fixed: r.fixed }
}

const TESTER = [
  '**🥭 芒果椰椰**',
  '芒果是海南的贵妃芒，椰浆是现开的椰子。',
  '',
  '> 床前明月光，',
  '> 疑是地上霜。',
  '> 举头望明月，',
  '> 低头思故乡。',
  '',
  '静夜思',
  '李白',
  '',
].join('\n')

describe('markdown/soft-break', () => {
  it('reports the label line, the quoted poem and the title/author lines, and --fix ends them with `\\`', () => {
    const r = softBreaks(TESTER)
    expect(r.lines).toEqual([1, 4, 5, 6, 9])
    expect(r.fixed).toBe(
      '**🥭 芒果椰椰**\\\n芒果是海南的贵妃芒，椰浆是现开的椰子。\n\n> 床前明月光，\\\n> 疑是地上霜。\\\n> 举头望明月，\\\n> 低头思故乡。\n\n静夜思\\\n李白\n',
    )
    expect(softBreaks(r.fixed).lines).toEqual([])
  })

  it('logs the fix with the end of the line it breaks (t19 N8: not just `**` → `**\\`)', () => {
    const config = configSchema.parse({})
    const text = `${FRONT}**时钟回拨**\n系统时间被调回去以后，雪花 ID 可能重复，这在分布式系统里很危险。\n`
    const article = articleOf(text, config)
    const findings = createLinter({ config }).lint(article)
    const changes = applyFixes(article, findings, text).changes.filter(
      (c) => c.ruleId === 'markdown/soft-break',
    )
    expect(changes.map((c) => c.context)).toEqual([{ before: '**时钟回拨**', after: '**时钟回拨**\\' }])
  })

  it('still reports a signature block and an untitled poem written line by line', () => {
    expect(softBreaks('山茶生活品牌部\n2027 年 5 月 1 日\n').lines).toEqual([1])
    expect(softBreaks('春眠不觉晓\n处处闻啼鸟\n').lines).toEqual([1])
  })

  it('reports a short line without punctuation before a long one, and a bold speaker in a list item', () => {
    expect(
      softBreaks('活动须知\n本次活动面向所有用户开放，报名截止时间为三月五日，名额有限先到先得。\n').lines,
    ).toEqual([1])
    expect(softBreaks('- **许晴：**\n  我觉得这件事情很有意思，值得我们一起去看看。\n').lines).toEqual([1])
  })

  it.each([
    // hard-wrapped prose, as in our docs and the zh precision corpus
    '这是一段按固定宽度折行的中文正文，编辑器在八十列左右自动换行，读者看到的\n是连在一起的一段话，这很正常，不应该有任何提示，因为写作者本来就想让它们\n连成一段。\n',
    '- Line breaks inside a paragraph between Chinese characters are dropped; 中文段落里的换行\n  会被去掉，旁边是英文时保留一个空格。\n',
    // a short line ended by a long link that did not fit
    '详情请见\n[这是一个很长的链接文字说明](https://example.com/a/very/long/path/that/does/not/fit)，谢谢。\n',
    // already hard breaks
    '春天来了\\\n花开了\n',
    '春天来了  \n花开了\n',
    '春天来了<br>\n花开了\n',
    // a VitePress container
    ':::tip\n组件调试钩子仅会在开发模式下工作\n:::\n',
    // one sentence wrapped over two short lines: a pause inside the first, or a sentence's end after it
    '我们下周会发布新版本，届时所有老用户\n都可以免费升级。\n',
    '详细的升级说明请见文档\n或者直接联系客服同学。\n',
    '更多内容见[官网](https://example.com)\n以及我们的小程序。\n',
  ])('stays silent on %j', (body) => {
    expect(softBreaks(body).lines).toEqual([])
  })

  it('check and --fix agree, and the fixed article renders each break as <br> in every theme', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'wxpress-softbreak-'))
    const dir = path.join(root, 'content', 's')
    mkdirSync(dir, { recursive: true })
    copyFileSync(
      path.join(here, '..', 'content', 'fixtures', 'valid', 'cover.png'),
      path.join(dir, 'cover.png'),
    )
    const file = path.join(dir, 'index.md')
    writeFileSync(
      file,
      `---\ntitle: 夏日饮品\ntopic: 生活\naudience: 全部粉丝\ncover: cover.png\ndigest: 夏天的新品。\n---\n\n${TESTER}`,
    )
    const check = await runCli(['check', '--locale=zh-CN', NOW], root)
    expect(check.stdout).toContain(
      '9:12     警告  第 9 行末尾的换行在微信里会消失，`🥭 芒果椰椰` 会和下一行的 `芒果是海南的贵妃…` 连在一起  markdown/soft-break',
    )
    expect(check.stdout).toContain(
      '建议：要换行请在行尾加 `\\`（`check --fix` 会自动加上），要分段请空一行。',
    )
    await runCli(['check', '--fix', NOW], root)
    expect(readFileSync(file, 'utf8')).toContain('静夜思\\\n李白')
    expect((await runCli(['check', '--format=json', NOW], root)).stdout).not.toContain('markdown/soft-break')
    for (const theme of ['default', 'tech', 'warm', 'minimal']) {
      await runCli(['render', `--theme=${theme}`, `--out=out-${theme}`], root)
      const html = readFileSync(path.join(root, `out-${theme}`, 's.html'), 'utf8')
      expect(html.match(/<br>/g)?.length, theme).toBe(5)
      expect(html).toContain('芒果椰椰</strong><br>')
      expect(html).toContain('静夜思<br>')
    }
  })
})
