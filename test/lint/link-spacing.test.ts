/**
 * typography/cjk-spacing across a link's brackets (trial M #12): `同事写的[Git 工作流](…)` renders
 * `同事写的Git 工作流`; the space goes outside the link, and only where Latin text meets Chinese.
 */
import { describe, expect, it } from 'vitest'
import { lintAndFix } from './lint-helpers.js'

const spacing = (body: string) =>
  lintAndFix(body)
    .findings.filter((f) => f.ruleId === 'typography/cjk-spacing')
    .map((f) => f.value)

describe('spacing at a link', () => {
  it('puts a space outside the link where its Latin text meets Chinese', () => {
    const body = '同事写的[Git 工作流](../git-workflow/)和[插件 API](./api)扩展了。\n'
    expect(spacing(body)).toEqual(['写的Git', 'API扩展'])
    expect(lintAndFix(body).fixed).toBe(
      '同事写的 [Git 工作流](../git-workflow/)和[插件 API](./api) 扩展了。\n',
    )
  })

  it('also in a blockquote and for a link by reference, and the fix is stable', () => {
    const body = '> 引用里写的[Git](x)\n\n看看[React][r]文档。\n\n[r]: https://react.dev\n'
    const { fixed } = lintAndFix(body)
    expect(fixed).toBe('> 引用里写的 [Git](x)\n\n看看 [React][r] 文档。\n\n[r]: https://react.dev\n')
    expect(spacing(fixed)).toEqual([])
  })

  it('leaves Chinese link text, spaced links, bare URLs and links inside emphasis alone', () => {
    expect(
      spacing(
        '推荐 [Git 工作流](x) 一文、[中文标题](x)后面、写的**[Git](x)**和 <https://example.com>之类。\n',
      ),
    ).toEqual([])
  })
})
