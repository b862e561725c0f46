/**
 * MathJax's work per article is bounded (`render/math-too-long`): a formula of more than 2,000
 * characters of TeX, and every formula past the 1,000th or past 10,000 characters of TeX typeset,
 * stays as text with one finding; a formula written twice is typeset once and shown twice.
 */
import type { Element, ElementContent, Root } from 'hast'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import {
  MAX_FORMULA_CHARS,
  MAX_FORMULAS,
  MAX_MATH_CHARS,
  rehypeMath,
} from '../../src/render/plugins/rehype-math.js'

const inline = (tex: string, line: number): Element => ({
  type: 'element',
  tagName: 'code',
  properties: { className: ['language-math', 'math-inline'] },
  children: [{ type: 'text', value: tex }],
  position: { start: { line, column: 1 }, end: { line, column: tex.length + 3 } },
})

function paragraph(formulas: readonly string[]): Root {
  const children: ElementContent[] = formulas.map((tex, i) => inline(tex, i + 1))
  return { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children }] }
}

const svgs = (tree: Root) =>
  ((tree.children[0] as Element).children as Element[]).filter((e) => e.tagName === 'span').length

describe('the math budget', () => {
  it('shows at most 1,000 formulas as SVG and says how many more stay as text', async () => {
    const tree = paragraph(Array.from({ length: MAX_FORMULAS + 200 }, (_, i) => `x_{${i}}`))
    const file = new VFile()
    await rehypeMath()(tree, file)
    expect(svgs(tree)).toBe(MAX_FORMULAS)
    const found = file.messages.filter((m) => m.ruleId === 'render/math-too-long')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ line: MAX_FORMULAS + 1, value: '200' })
  })

  it('typesets no more than 10,000 characters of TeX in all', async () => {
    const long = (i: number) => `${'a+'.repeat(450)}${i}` // ≈ 900 characters each
    const tree = paragraph(Array.from({ length: 20 }, (_, i) => long(i)))
    const file = new VFile()
    await rehypeMath()(tree, file)
    expect(svgs(tree)).toBe(Math.floor(MAX_MATH_CHARS / long(10).length))
    expect(file.messages.map((m) => m.ruleId)).toEqual(['render/math-too-long'])
  })

  it('leaves a formula over 2,000 characters as text, at its line', async () => {
    const tree = paragraph(['x^2', 'y+'.repeat(MAX_FORMULA_CHARS / 2 + 1), 'z'])
    const file = new VFile()
    await rehypeMath()(tree, file)
    expect(svgs(tree)).toBe(2)
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]).toMatchObject({ ruleId: 'render/math-too-long', line: 2 })
    expect(file.messages[0]?.reason).toContain('2,002')
  })

  it('typesets a repeated formula once, each place getting its own copy', async () => {
    const tree = paragraph(Array.from({ length: 3 }, () => 'E=mc^2'))
    await rehypeMath()(tree, new VFile())
    const [a, b] = (tree.children[0] as Element).children as Element[]
    expect(svgs(tree)).toBe(3)
    expect(a?.children[0]).toEqual(b?.children[0])
    expect(a?.children[0]).not.toBe(b?.children[0])
  })
})
