/** markdown/heading-skip and markdown/heading-colon (wr m11). */
import { describe, expect, it } from 'vitest'
import { renderText } from '../../src/i18n/catalogue.js'
import { lintStructureMessages } from '../../src/i18n/messages/lint-structure.js'
import { lintAndFix } from './lint-helpers.js'

function headingFindings(body: string) {
  return lintAndFix(body)
    .messages.filter((m) => m.ruleId?.startsWith('markdown/heading-'))
    .map((m) => `${(m.line ?? 0) - 8} ${m.ruleId} ${m.reason}`)
}

describe('heading structure', () => {
  it('notes a skipped level and a heading ending with a colon', () => {
    expect(headingFindings('## 一、背景\n\n正文。\n\n#### 目标：\n\n正文。\n\n### Step 1:\n')).toEqual([
      '5 markdown/heading-skip Heading jumps from level 2 to level 4',
      '5 markdown/heading-colon Heading ends with a colon: `目标：`',
      '9 markdown/heading-colon Heading ends with a colon: `Step 1:`',
    ])
  })

  it('stays silent on a well-formed outline', () => {
    expect(
      headingFindings('## 背景\n\n### 目标\n\n#### 细节\n\n## 结论\n\n### 什么是 Vue？ {#what-is-vue}\n'),
    ).toEqual([])
  })

  it('says it in Chinese', () => {
    const { msg } = lintStructureMessages
    expect(renderText(msg.headingSkip({ from: 2, to: 4 }), 'zh-CN')).toBe('标题从二级跳到了四级')
    expect(renderText(msg.headingColonHint({ fixed: '目标' }), 'zh-CN')).toBe(
      '标题末尾不用冒号，改为 `目标`。',
    )
  })
})
