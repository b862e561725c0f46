/** 字数 is a fact of the comment's table: the check run neither annotates nor counts it (tester report L9). */
import { describe, expect, it } from 'vitest'
import { planCheckRun } from '../../src/pr/report/check-annotations.js'
import { diag } from './pr-fixture.js'

describe('the check run', () => {
  it('leaves out the word count; the too-short info (with a hint) stays', () => {
    const file = 'content/a/index.md'
    const plan = planCheckRun(
      [
        diag(file, 1, 'info', 'length/word-count', '共 179 字，阅读约需 1 分钟'),
        diag(file, 1, 'info', 'length/word-count', '正文只有 179 字', { hint: '再写一些' }),
        diag(file, 9, 'warning', 'typography/cjk-spacing', '用Go写'),
      ],
      '',
    )
    expect(plan.title).toBe('1 个警告，1 条提示')
    expect(plan.annotations.flat().map((a) => a.message.split('\n')[0])).toEqual([
      '用Go写',
      '正文只有 179 字',
    ])
  })
})
