import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { configSchema } from '../../src/config/schema.js'
import { createLinter } from '../../src/lint/lint-article.js'
import { articleOf, FRONT, lintAndFix } from './lint-helpers.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const body = readFileSync(path.join(here, 'sloppy-article.md'), 'utf8')

describe('one finding per mistake (issue 17)', () => {
  it('a title’s `!!!` after Chinese is one finding: the typography one, whose fix settles both', () => {
    const config = configSchema.parse({})
    const linter = createLinter({ config, merge: true })
    const inTitle = (title: string) =>
      linter
        .lint(articleOf(FRONT.replace('测试标题', title), config))
        .filter((f) => f.field === 'title')
        .map((f) => `${f.ruleId} ${f.value}`)
    expect(inTitle('新版本发布了!!!')).toEqual(['typography/punctuation-width 了!!!'])
    // no typography fix: the title rule still speaks (full-width marks; a full stop at the end)
    expect(inTitle('新版本发布了！！！')).toEqual(['title/punctuation ！！！'])
    expect(inTitle('新版本发布了。')).toEqual(['title/punctuation 。'])
    // without merging (every rule's own findings), both are there
    const each = createLinter({ config, merge: false })
    const ids = each
      .lint(articleOf(FRONT.replace('测试标题', '新版本发布了!!!'), config))
      .map((f) => f.ruleId)
    expect(ids).toEqual(expect.arrayContaining(['title/punctuation', 'typography/punctuation-width']))
  })

  it('merges the fixes of one phrase: `本周Github上` → `本周 GitHub 上`, with the full range', () => {
    const r = lintAndFix('本周Github上最火。\n')
    expect(r.findings).toHaveLength(1)
    const d = r.messages.find((m) => m.ruleId?.startsWith('typography/'))!
    expect(d.reason).toBe('`本周Github上` should be `本周 GitHub 上`')
    // the range covers the whole phrase that changes (`Github`, and the two insertion points)
    expect([d.line, d.column, d.place && 'end' in d.place ? d.place.end.column : 0]).toEqual([9, 3, 9])
    expect((d as { fix?: unknown }).fix).toEqual({
      line: 9,
      column: 3,
      endLine: 9,
      endColumn: 9,
      text: ' GitHub ',
    })
    expect(r.fixed).toBe('本周 GitHub 上最火。\n')
  })

  it('a sloppy article lists each mistake once: half the findings or fewer, and no mistake lost', () => {
    const merged = lintAndFix(body)
    const each = lintAndFix(body, {}, false)
    expect(merged.findings.length * 2).toBeLessThanOrEqual(each.findings.length)
    // the same text comes out of --fix either way: every mistake is still fixed
    expect(merged.fixed).toBe(each.fixed)
    expect(merged.fixed).toContain(
      '本周 GitHub 上最火的项目是一个用 TypeScript 写的 Markdown 编辑器，支持 Windows 和 macOS。',
    )
    const list = merged.messages
      .filter((m) => m.ruleId?.startsWith('typography/'))
      .map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`)
    expect(`${list.join('\n')}\n`).toMatchSnapshot()
  })
})

describe('phrases a writer reads whole (trial of stop 14)', () => {
  const only = (text: string) => {
    const r = lintAndFix(text)
    return { r, reasons: r.messages.filter((m) => m.ruleId?.startsWith('typography/')).map((m) => m.reason) }
  }

  it('a full stop after a Latin word joins the spacing fix before it; a Latin word is quoted whole', () => {
    const { r, reasons } = only('主题包括Vue3和Typescript.详情见活动页面。\n')
    expect(reasons).toEqual(['`包括Vue3和Typescript.详` should be `包括 Vue3 和 TypeScript。详`'])
    expect(r.fixed).toBe('主题包括 Vue3 和 TypeScript。详情见活动页面。\n')
  })

  it('a doubled mark is one finding, however many rules see it, and one fix', () => {
    const { r, reasons } = only('这是什么??太好了！！Vue真好!!\n')
    expect(reasons).toEqual([
      'Half-width punctuation in a Chinese sentence: `么??太`',
      'Half-width punctuation in a Chinese sentence: `好!!`',
      '`好了！！Vue真` should be `好了！Vue 真`',
    ])
    expect(r.fixed).toBe('这是什么？太好了！Vue 真好！\n')
  })

  it('the space before a bracket and the spacing inside it are one finding', () => {
    const { r, reasons } = only('第二天是编程马拉松(48小时)，请带好电脑。\n')
    expect(reasons).toEqual(['`拉松(48小时)` should be `拉松 (48 小时)`'])
    expect(r.fixed).toBe('第二天是编程马拉松 (48 小时)，请带好电脑。\n')
  })

  it('a range of dates keeps its dash attached: `28 日-30 日`, not `28 日 -30 日`', () => {
    const { r } = only('活动时间为2026年12月28日-30日，地点另行通知。\n')
    expect(r.fixed).toBe('活动时间为 2026 年 12 月 28 日-30 日，地点另行通知。\n')
    expect(lintAndFix('放假安排：3月-5月，1楼~3楼。\n').fixed).toBe('放假安排：3 月-5 月，1 楼~3 楼。\n')
  })
})
