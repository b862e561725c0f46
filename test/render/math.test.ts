import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Element, Root } from 'hast'
import type { Nodes } from 'mdast'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { createMarkdownParser } from '../../src/content/markdown-parser.js'
import { rehypeSanitizeWechat } from '../../src/render/plugins/rehype-sanitize-wechat.js'
import { createMathTypesetter } from '../../src/render/typeset-math.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const repo = path.resolve(here, '..', '..')
const parse = createMarkdownParser()
const typesetter = createMathTypesetter()

/** Every `$…$` / `$$…$$` of the render fixtures and the bundled content. */
function formulas(): { where: string; tex: string; display: boolean }[] {
  const files = [
    ...readdirSync(path.join(here, 'fixtures')).map((d) => path.join(here, 'fixtures', d, 'input.md')),
    ...readdirSync(path.join(repo, 'content')).map((d) => path.join(repo, 'content', d, 'index.md')),
  ].filter(existsSync)
  const out: { where: string; tex: string; display: boolean }[] = []
  for (const file of files) {
    const walk = (node: Nodes) => {
      if (node.type === 'inlineMath' || node.type === 'math') {
        out.push({
          where: `${path.relative(repo, file)}:${node.position?.start.line}`,
          tex: node.value,
          display: node.type === 'math',
        })
      }
      if ('children' in node) for (const child of node.children) walk(child as Nodes)
    }
    walk(parse(readFileSync(file, 'utf8')))
  }
  return out
}

const elements = (node: Element): Element[] => [
  node,
  ...node.children.flatMap((c) => (c.type === 'element' ? elements(c) : [])),
]

describe('math as SVG', () => {
  const all = formulas()
  const good = all.filter((f) => !f.where.includes('math-errors'))

  it('finds the formulas of the fixtures and of the bundled content', () => {
    expect(good.length).toBeGreaterThanOrEqual(4)
    expect(good.some((f) => f.display)).toBe(true)
  })

  it('every formula renders to a self-contained SVG that the sanitiser keeps unchanged', () => {
    for (const { where, tex, display } of good) {
      const result = typesetter.typeset(tex, display)
      expect(result.ok, `${where}: ${tex}`).toBe(true)
      if (!result.ok) continue
      const svg = result.svg
      const tags = new Set(elements(svg).map((e) => e.tagName))
      expect(
        [...tags].filter(
          (t) => !['svg', 'g', 'path', 'rect', 'text', 'line', 'polyline', 'polygon'].includes(t),
        ),
        where,
      ).toEqual([])
      expect(
        elements(svg).some(
          (e) => 'id' in e.properties || 'href' in e.properties || 'xLinkHref' in e.properties,
        ),
        where,
      ).toBe(false)
      expect(JSON.stringify(svg), where).not.toMatch(/url\(|data-|<use|<defs/)
      expect(elements(svg)[1]?.properties).toMatchObject({ fill: 'currentColor', stroke: 'currentColor' })
      // inline formulas sit on the baseline: MathJax's vertical-align in ex
      expect(String(svg.properties.style), where).toMatch(
        display ? /^vertical-align: -?[\d.]+ex; max-width: none;$/ : /^vertical-align: -?[\d.]+ex;$/,
      )
      const tree: Root = { type: 'root', children: [structuredClone(svg)] }
      const file = new VFile()
      rehypeSanitizeWechat()(tree, file)
      expect(tree.children[0], where).toEqual(svg)
      expect(file.messages.map(String), where).toEqual([])
    }
  })

  it('TeX errors come back as messages, never throws', () => {
    expect(typesetter.typeset('\\frac{a}{', false)).toEqual({ ok: false, message: 'Missing close brace' })
    expect(typesetter.typeset('\\unknowncommand', true)).toEqual({
      ok: false,
      message: 'Undefined control sequence \\unknowncommand',
    })
    // links and ids are not TeX we accept
    expect(typesetter.typeset('\\cssId{x}{a}', false).ok).toBe(false)
  })
})
