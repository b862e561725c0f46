import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { NOW, siteWith } from './sloppy-site.js'

describe('check --fix', () => {
  it('removes control characters and zero-width spaces from prose, not from code or emoji (QA #29)', async () => {
    const { root, file } = siteWith(
      'NUL \u0000字节 and \u0001 ctrl \u000b vt\u200b zwsp，👨\u200d👩\u200d👧。\n\n`a\u200bb`\n',
    )
    await runCli(['check', '--fix', NOW], root)
    const out = readFileSync(file, 'utf8')
    expect(out).toContain('NUL 字节 and  ctrl  vt zwsp，👨\u200d👩\u200d👧。\n\n`a\u200bb`\n')
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

  it('removes line and paragraph separators, keeping a space between two words (QA2 N20)', async () => {
    const { root, file } = siteWith('网页复制\u2028的文字 and line\u2029separator。\n')
    await runCli(['check', '--fix', NOW], root)
    expect(readFileSync(file, 'utf8')).toContain('\n网页复制的文字 and line separator。\n')
  })
})
