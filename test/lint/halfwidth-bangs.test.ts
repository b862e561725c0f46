/**
 * A writer's half-width `!` `?` `:` that the typography rules used to miss: a run typed after a space
 * (`太好了 !!!`, `真的吗 ?? 我不信。`), a mark after a space before a closing quote (`“真的吗 ?”`), a mark
 * after a version number ending a Chinese sentence (`我喜欢 Vue 3!`), a colon after a figure number
 * (`图1:示意`). Each is one finding whose fix, applied once, gives text the rules leave alone.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { FRONT, typographyPass } from './lint-helpers.js'
import { NOW, siteWith } from './sloppy-site.js'

const { fix, typography } = typographyPass()

/** The findings of `body` (its first line is the file's line 9), the text after one `--fix`, after two. */
function check(body: string) {
  const text = `${FRONT}${body}\n`
  const findings = typography(text).map((f) => ({
    ruleId: f.ruleId,
    line: f.place?.start.line,
    column: f.place?.start.column,
    value: f.value,
  }))
  const once = fix(text)
  const twice = fix(once)
  const body1 = once.slice(FRONT.length, -1)
  return { findings, once: body1, twice: twice.slice(FRONT.length, -1), left: typography(once) }
}

const width = 'typography/punctuation-width'
const spacing = 'typography/cjk-spacing'

describe('half-width marks a Chinese writer types', () => {
  it.each([
    // 1. a run after a space, ending the paragraph: full-width, the doubled mark once (as
    // typography/repeated-punctuation wants it: `！！！` is its own "bad" example)
    ['太好了 !!!', width, 4, '了 !!!', '太好了！'],
    ['太好了 !!!\n\n下一段。', width, 4, '了 !!!', '太好了！\n\n下一段。'],
    // 2. a run between two spaces, in the sentence
    ['真的吗 ?? 我不信。', width, 4, '吗 ?? 我', '真的吗？我不信。'],
    ['> 真的吗 ?? 我不信。', width, 6, '吗 ?? 我', '> 真的吗？我不信。'],
    // the space after a run without one before goes too (it used to take a second `--fix`)
    ['真的吗?? 我不信。', width, 4, '吗?? 我', '真的吗？我不信。'],
    // a repeated pair once (`？！？！` is typography/repeated-punctuation's)
    ['吗?!?!', width, 2, '吗?!?!', '吗？！'],
    ['真的吗 ?!?!', width, 4, '吗 ?!?!', '真的吗？！'],
    // 3. a mark after a space before a closing quote
    ['“真的吗 ?”', width, 4, '吗 ?', '“真的吗？”'],
    ['“真的吗 ??”', width, 5, '吗 ??”', '“真的吗？”'],
    ['「真的吗 ?」', width, 4, '吗 ?', '「真的吗？」'],
    // 4. a mark after a version number (or a number) ending a Chinese sentence
    ['我喜欢 Vue 3!', width, 10, '3!', '我喜欢 Vue 3！'],
    ['- 我喜欢 Vue 3!', width, 12, '3!', '- 我喜欢 Vue 3！'],
    ['我喜欢 Vue 3?', width, 10, '3?', '我喜欢 Vue 3？'],
    ['今年 18!', width, 6, '18!', '今年 18！'],
    ['我们用 Vue 3.4!', width, 12, '4!', '我们用 Vue 3.4！'],
    ['我喜欢Vue 3!', spacing, 4, '喜欢Vue 3!', '我喜欢 Vue 3！'],
    // 5. a colon after a number after Chinese, with the space cjk-spacing asks for: one finding
    ['图1:示意', spacing, 2, '图1:示', '图 1：示意'],
    ['图 1:示意', width, 3, '1:', '图 1：示意'],
    ['![示意图](a.png "图1:示意")', spacing, 16, '图1:示', '![示意图](a.png "图 1：示意")'],
  ])('%s: one %s finding at 9:%i (%s), fixed to %s', (body, ruleId, column, value, fixed) => {
    const r = check(body)
    expect(r.findings).toEqual([{ ruleId, line: 9, column, value }])
    expect(r.once).toBe(fixed)
    expect(r.twice).toBe(r.once)
    expect(r.left).toEqual([])
  })

  it('fixes a straight-quoted question in the same pass as its quotes', () => {
    const r = check('"真的吗 ?"')
    expect(r.findings.map((f) => [f.ruleId, f.value])).toEqual([
      [width, '吗 ?'],
      ['typography/quotes', '"真的吗 ?"'],
    ])
    expect(r.once).toBe('“真的吗？”')
    expect(r.twice).toBe(r.once)
  })

  it.each([
    // code, inline or fenced
    '我喜欢 `Vue 3!`',
    '```\n太好了 !!!\n```',
    '    太好了 !!!',
    // URLs (GFM leaves the `!` out of the link; it follows no Chinese word)
    '访问 https://vuejs.org/guide!',
    '访问 [文档](https://vuejs.org/guide!)',
    // English sentences
    'Hello world!',
    'I love Vue 3!',
    '这是英文。Hello world!',
    '他说 Hello world!',
    // Rust macros
    '用 println!',
    '这里用了 assert_eq!',
    '配合 select! 使用',
    // operators between spaces, not questions
    '使用 ?? 运算符',
    '用 !! 转成布尔值',
    // numbers: ratios, times, versions
    '比分 3:1 领先',
    '宽高比 16:9。',
    '会议 10:30 开始',
    '版本 v1.2.',
    '需要 Node.js 20 或 Python 3.11.x!',
  ])('leaves %s alone', (body) => {
    const r = check(body)
    expect(r.findings).toEqual([])
    expect(r.once).toBe(body)
  })
})

describe('check --fix on the five mistakes', () => {
  it('writes the corrected text, and a second --fix finds nothing', async () => {
    const body = ['太好了 !!!', '真的吗 ?? 我不信。', '“真的吗 ?”', '我喜欢 Vue 3!', '图1:示意'].join('\n\n')
    const { root, file } = siteWith(`${body}\n`)
    await runCli(['check', '--fix', NOW], root)
    const once = readFileSync(file, 'utf8')
    expect(once.slice(once.indexOf('---\n', 4) + 5)).toBe(
      '太好了！\n\n真的吗？我不信。\n\n“真的吗？”\n\n我喜欢 Vue 3！\n\n图 1：示意\n',
    )
    const second = await runCli(['check', '--fix', NOW], root)
    expect(second.stderr).toContain('Nothing to fix.')
    expect(readFileSync(file, 'utf8')).toBe(once)
  })
})
