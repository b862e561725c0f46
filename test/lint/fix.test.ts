import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'

const here = path.dirname(fileURLToPath(import.meta.url))

function site(crlf: boolean): string {
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-fix-'))
  mkdirSync(path.join(root, 'content', 's'), { recursive: true })
  const text = readFileSync(path.join(here, 'sloppy.md'), 'utf8')
  writeFileSync(
    path.join(root, 'content', 's', 'index.md'),
    crlf ? `\uFEFF${text.replace(/\n/g, '\r\n')}` : text,
  )
  copyFileSync(
    path.join(here, '..', 'content', 'fixtures', 'valid', 'cover.png'),
    path.join(root, 'content', 's', 'cover.png'),
  )
  return root
}

const NOW = '--now=2027-01-01T00:00:00Z'

/** A site whose one article has sloppy.md's front-matter and `body`. */
function siteWith(body: string): { root: string; file: string } {
  const root = site(false)
  const file = path.join(root, 'content', 's', 'index.md')
  const text = readFileSync(file, 'utf8')
  writeFileSync(file, `${text.slice(0, text.indexOf('---\n', 4) + 4)}\n${body}`)
  return { root, file }
}

describe('check --fix', () => {
  it('fixes prose and front-matter values, never code, and is idempotent', async () => {
    const root = site(false)
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
    const root = site(true)
    const file = path.join(root, 'content', 's', 'index.md')
    await runCli(['check', '--fix', NOW], root)
    const out = readFileSync(file, 'utf8')
    expect(out.charCodeAt(0)).toBe(0xfeff)
    expect(out.split('\r\n').length).toBe(out.split('\n').length)
    expect(out).toContain('今天聊聊 JavaScript。\r\n')
  })

  it('shows a diff and writes nothing with --fix-dry-run', async () => {
    const root = site(false)
    const file = path.join(root, 'content', 's', 'index.md')
    const before = readFileSync(file, 'utf8')
    const r = await runCli(['check', '--fix-dry-run', NOW], root)
    expect(r.stdout).toContain('+大家好，我是小山。今天聊聊 JavaScript。')
    expect(r.stderr).toContain('11 fix(es) would be applied')
    expect(readFileSync(file, 'utf8')).toBe(before)
  })

  it('pairs straight quotes across emphasis and inline code, never across them (QA #5)', async () => {
    const { root, file } = siteWith(
      '他说"*你好*"然后"`npm`"。\n\n**"加粗"**和"*斜体*"以及"`代码`"。\n\n只有一个"引号。\n',
    )
    await runCli(['check', '--fix', NOW], root)
    const out = readFileSync(file, 'utf8')
    expect(out).toContain('他说“*你好*”然后“`npm`”。\n')
    expect(out).toContain('**“加粗”**和“*斜体*”以及“`代码`”。\n')
    expect(out).toContain('只有一个"引号。\n')
    const again = await runCli(['check', NOW, '--format', 'json'], root)
    const quotes = JSON.parse(again.stdout).diagnostics.filter(
      (d: { ruleId: string }) => d.ruleId === 'typography/quotes',
    )
    expect(quotes.map((d: { line: number; value: string }) => `${d.line} ${d.value}`)).toEqual(['13 "'])
  })

  it('removes control characters and zero-width spaces from prose, not from code or emoji (QA #29)', async () => {
    const { root, file } = siteWith(
      'NUL \u0000字节 and \u0001 ctrl \u000b vt\u200b zwsp，👨\u200d👩\u200d👧。\n\n`a\u200bb`\n',
    )
    await runCli(['check', '--fix', NOW], root)
    const out = readFileSync(file, 'utf8')
    expect(out).toContain('NUL 字节 and  ctrl  vt zwsp，👨\u200d👩\u200d👧。\n\n`a\u200bb`\n')
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

  it('fixes the later lines of paragraphs in blockquotes, list items and footnotes at the right characters (QA2 N1, N8)', async () => {
    const body =
      '> 第一行\n> 用Github,很好\n\n> > 外层\n> > 然后点击"确定"...\n\n- 第一项\n  用Github,很好\n\n> - 一项\n>   请先登陆\n\n[^1]: 脚注,还有"引号"\n    用Github\n\n正文[^1]。\n'
    const { root, file } = siteWith(body)
    await runCli(['check', '--fix', NOW], root)
    const out = readFileSync(file, 'utf8')
    // the short two-line paragraphs also get markdown/soft-break's `\\` at the end of their first line
    expect(out).toContain(
      '\n> 第一行\\\n> 用 GitHub，很好\n\n> > 外层\\\n> > 然后点击“确定”……\n\n- 第一项\\\n  用 GitHub，很好\n\n> - 一项\\\n>   请先登录\n\n[^1]: 脚注，还有“引号”\\\n    用 GitHub\n\n正文[^1]。\n',
    )
    const second = await runCli(['check', '--fix', NOW], root)
    expect(second.stderr).toContain('Nothing to fix.')
  })

  it('never pairs inch marks, nested straight quotes or quotes inside an HTML tag (QA2 N2, N9)', async () => {
    const body =
      '屏幕是 6.1" 的，比 5.8" 的大一点。\n\n他说："我喜欢 "TypeScript" 这门语言"。\n\n他说"你好"，屏幕是 6.1"。\n\n<a href="https://example.com" title="他说"你好"">链接</a>\n\n他说"好"。\n'
    const { root, file } = siteWith(body)
    await runCli(['check', '--fix', NOW], root)
    const out = readFileSync(file, 'utf8')
    expect(out).toContain(`\n${body.replace('他说"好"', '他说“好”')}`)
  })

  it('writes 说:" and Android.大 full-width, and leaves 京-沪 unspaced (QA2 N10, N11)', async () => {
    const { root, file } = siteWith('他说:"你好"，支持Android.大家好，京-沪高铁。\n')
    await runCli(['check', '--fix', NOW], root)
    expect(readFileSync(file, 'utf8')).toContain('\n他说：“你好”，支持 Android。大家好，京-沪高铁。\n')
  })

  it('writes 甲;乙, 中文句子.English, 例如:a and 时间:10:30 full-width after Chinese, and leaves 笔记.md and the colon of 10:30 (QA3 L2, trialA 4)', async () => {
    const { root, file } = siteWith('甲;乙。中文句子.English sentence. 例如:a 和 b，笔记.md，时间:10:30。\n')
    await runCli(['check', '--fix', NOW], root)
    expect(readFileSync(file, 'utf8')).toContain(
      '\n甲；乙。中文句子。English sentence. 例如：a 和 b，笔记.md，时间：10:30。\n',
    )
  })

  it('reports every change it makes next to straight quotes: check counts what one --fix pass changes (reverify 1–3)', async () => {
    const body =
      '他说"你好",然后走了。\n\n她说\'好的\',然后走了。\n\n他说,"你好"。然后"npm",再说,\'好吗\'。\n\n他说"她告诉我\'明天见\'，然后就走了"。\n\n又说“她说\'好\'”。\n'
    const { root, file } = siteWith(body)
    const check = await runCli(['check', NOW], root)
    const fixable = Number(/(\d+) findings? can be fixed/.exec(check.stdout)?.[1])
    expect(fixable).toBeGreaterThan(10)
    const fixed = await runCli(['check', '--fix', NOW], root)
    expect(fixed.stderr.match(/→/g)?.length).toBe(fixable)
    expect(readFileSync(file, 'utf8')).toContain(
      '\n他说“你好”，然后走了。\n\n她说“好的”，然后走了。\n\n他说，“你好”。然后“npm”，再说，“好吗”。\n\n他说“她告诉我‘明天见’，然后就走了”。\n\n又说“她说‘好’”。\n',
    )
    const second = await runCli(['check', NOW], root)
    expect(second.stdout).not.toContain('typography/')
  })

  it('removes line and paragraph separators, keeping a space between two words (QA2 N20)', async () => {
    const { root, file } = siteWith('网页复制\u2028的文字 and line\u2029separator。\n')
    await runCli(['check', '--fix', NOW], root)
    expect(readFileSync(file, 'utf8')).toContain('\n网页复制的文字 and line separator。\n')
  })
  it('lints the text of raw HTML blocks at the exact characters, skipping tags, style and comments, and never fixes it (QA3 M3)', async () => {
    const html =
      '<section>块级HTML用Github,好</section>\n\n<section title="说:Github,好"><p>第一段&nbsp;请登陆Github,然后...</p>\n  <style>.a{content:"Github,好"}</style><!-- 注释Github,好 -->\n</section>\n'
    const { root, file } = siteWith(`${html}\n正文用Github,好\n`)
    const before = readFileSync(file, 'utf8')
    const { stdout } = await runCli(['check', '--format', 'json', NOW], root)
    const lines = before.split('\n')
    const found = (
      JSON.parse(stdout) as {
        diagnostics: { ruleId: string; line: number; column: number; endColumn: number; source: string }[]
      }
    ).diagnostics
      .filter((d) => d.source === 'lint' && d.ruleId.startsWith('typography/'))
      .map(
        (d) =>
          `${lines[d.line - 1]!.startsWith('<section>块') ? 1 : lines[d.line - 1]!.startsWith('<section title') ? 2 : lines[d.line - 1]!.startsWith('正文') ? 'md' : `L${d.line}`}:${d.ruleId}:${lines[d.line - 1]!.slice(d.column - 1, d.endColumn - 1)}`,
      )
    expect(found.filter((f) => f.startsWith('1:')).sort()).toEqual([
      // one finding per phrase, as in Markdown (wr m2)
      '1:typography/cjk-spacing:HTML用Github,',
    ])
    expect(found.filter((f) => f.startsWith('2:')).sort()).toEqual([
      '2:typography/ellipsis:...',
      '2:typography/typo:登陆Github,',
    ])
    // the fixes of one phrase (`用Github,好`) are one finding, in Markdown and in HTML text alike (wr m2)
    expect(found.filter((f) => f.startsWith('md:'))).toEqual(['md:typography/cjk-spacing:Github,'])
    expect(found.filter((f) => /^(1|2|md):/.test(f))).toHaveLength(4)
    await runCli(['check', '--fix', NOW], root)
    const after = readFileSync(file, 'utf8')
    expect(after.slice(after.indexOf('<section>'))).toBe(`${html}\n正文用 GitHub，好\n`)
  })
})

describe('raw HTML text (wr m2)', () => {
  it('groups the spacing of `6月1日—8月31日` inside <p> as in Markdown, and leaves the HTML as it is', async () => {
    const body = '<p>活动时间：6月1日—8月31日</p>\n\n活动时间：6月1日—8月31日\n'
    const { root, file } = siteWith(body)
    const r = await runCli(['check', '--locale=zh-CN', NOW], root)
    const spacing = r.stdout.split('\n').filter((l) => l.includes('typography/cjk-spacing'))
    expect(spacing.map((l) => l.replace(/^\s*\d+:[\d-]+\s+/, ''))).toEqual([
      '警告  `6月1日` 应写作 `6 月 1 日`  typography/cjk-spacing',
      '警告  `8月31日` 应写作 `8 月 31 日`  typography/cjk-spacing',
      '警告  `6月1日` 应写作 `6 月 1 日`  typography/cjk-spacing',
      '警告  `8月31日` 应写作 `8 月 31 日`  typography/cjk-spacing',
    ])
    await runCli(['check', '--fix', NOW], root)
    expect(readFileSync(file, 'utf8')).toContain(
      '<p>活动时间：6月1日—8月31日</p>\n\n活动时间：6 月 1 日—8 月 31 日\n',
    )
  })
})
