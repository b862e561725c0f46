/**
 * Inputs under the 200,000-character body limit that used to take 10 s to minutes (quadratic steps).
 * Each is pinned by the work done, never by wall time: the complexity pre-scan reads each character
 * once and stops the parser from seeing paragraphs it would resolve in quadratic time; the diff of a
 * paragraph and its autocorrected form compares a bounded number of characters per character;
 * duplicate front-matter keys are found with one lookup per key.
 */
import path from 'node:path'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/schema.js'
import { parseYaml } from '../../src/config/parse-yaml.js'
import type { Article } from '../../src/content/article.js'
import { MAX_MARK_WORK, MAX_TEXT_LINES, measureComplexity } from '../../src/content/check-complexity.js'
import { articleFromText } from '../../src/content/article-from-text.js'
import { diffAnchored, type DiffWork, MAX_EDITS } from '../../src/lint/diff-anchored.js'
import { autocorrect } from '../../src/lint/rules/autocorrect-hunks.js'

const FM = '---\ntitle: 测试\nslot: 2027-03-05T20:00:00+08:00\n---\n\n'
const config = defaultConfig()
const base: Article = {
  slug: 'a',
  path: 'content/a/index.md',
  dir: path.resolve('content/a'),
  file: new VFile(),
  markdown: '',
  frontmatter: {},
  fields: [],
  block: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
  slot: undefined,
  coverPath: undefined,
  hash: '',
  readable: false,
}

const SHAPES: Record<string, string> = {
  'one paragraph of *a × 16,000': '*a'.repeat(16_000),
  'emphasis nested 10,000 deep': `${'*'.repeat(10_000)}a${'*'.repeat(10_000)}`,
  'emphasis openers and closers, 10,000 each': `${'*a '.repeat(10_000)}b${' a*'.repeat(10_000)}`,
  '170 KB of nested links': `${'['.repeat(34_000)}a${'](b)'.repeat(34_000)}`,
  'nested link text': '[a'.repeat(40_000) + '](b)'.repeat(20_000),
  'strikethrough runs': '~~a'.repeat(20_000),
}

describe('the complexity pre-scan', () => {
  for (const [name, body] of Object.entries(SHAPES)) {
    it(`stops the parse of ${name} with content/too-complex at the paragraph`, () => {
      const text = `${FM}Intro.\n\n${body}\n`
      const scan = measureComplexity(text)
      expect(scan.scanned).toBe(text.length)
      expect(scan.work).toBeGreaterThan(MAX_MARK_WORK)
      const article = articleFromText(base, text, config)
      expect(article.readable).toBe(false)
      const [message] = article.file.messages.filter((m) => m.ruleId === 'content/too-complex')
      expect(message?.source).toBe('content')
      expect(message?.line).toBe(8)
    })
  }

  it('stops the parse of 15,000 setext headings at the first one', () => {
    const text = `${FM}Intro.\n\n${'标题\n===\n\n'.repeat(15_000)}`
    // as the content stage scans it: the front-matter lines blanked
    const scan = measureComplexity(text.replace(FM, '\n'.repeat(5)))
    expect(scan.setext).toEqual({ count: 15_000, line: 9 })
    expect(scan.work).toBeGreaterThan(MAX_MARK_WORK)
    const article = articleFromText(base, text, config)
    expect(article.readable).toBe(false)
    const [message] = article.file.messages.filter((m) => m.ruleId === 'content/too-complex')
    expect(message).toMatchObject({ line: 9, value: '15000' })
    expect(message?.reason).toContain('15,000')
  })

  it('lets 300 setext headings and 4,000 list items through', () => {
    const text = `${FM}${'标题\n---\n\n正文。\n\n'.repeat(300)}${'- 项目\n'.repeat(4_000)}`
    const scan = measureComplexity(text)
    expect(scan.work).toBeLessThan(MAX_MARK_WORK)
    expect(articleFromText(base, text, config).readable).toBe(true)
  })

  it('lets real articles through: fenced code, tables in bold and many short paragraphs', () => {
    const table = `| a | b |\n| - | - |\n${'| **x** | `y_z` |\n'.repeat(300)}`
    const code = `\`\`\`js\n${'a[i] = b[i] * c_d[i] ** 2 ~ x\n'.repeat(3000)}\`\`\`\n`
    const prose = '这是 **加粗** 和 *强调*，还有[链接](https://example.com)与 ~~删除~~。\n\n'.repeat(500)
    const text = `${FM}${table}\n${code}\n${prose}`
    expect(measureComplexity(text).work).toBeLessThan(MAX_MARK_WORK / 4)
    expect(articleFromText(base, text, config).readable).toBe(true)
  })
})

describe('the count of lines of text', () => {
  // the front-matter is lines 1–5, the code block 6–9,007, a blank line, then the list from line 9,009
  it('stops the parse of a list of 45,000 items at the 5,001st line, code blocks not counted', () => {
    const code = `\`\`\`\n${'x\n'.repeat(9_000)}\`\`\`\n\n`
    const text = `${FM}${code}${'- a\n'.repeat(45_000)}`
    const scan = measureComplexity(text.replace(FM, '\n'.repeat(5)))
    expect(scan.textLines).toEqual({ count: 45_000, over: 9_009 + MAX_TEXT_LINES })
    const article = articleFromText(base, text, config)
    expect(article.readable).toBe(false)
    const [message] = article.file.messages.filter((m) => m.ruleId === 'content/too-complex')
    expect(message).toMatchObject({ line: 9_009 + MAX_TEXT_LINES, value: '45000' })
  })

  it('lets 9,000 lines of code and 4,900 lines of text through', () => {
    const text = `${FM}\`\`\`\n${'x\n'.repeat(9_000)}\`\`\`\n\n${'一行。\n'.repeat(4_900)}`
    expect(measureComplexity(text.replace(FM, '\n'.repeat(5))).textLines.count).toBe(4_900)
    expect(articleFromText(base, text, config).readable).toBe(true)
  })
})

describe('the diff of a paragraph and its autocorrected form', () => {
  it('compares a bounded number of characters per character of a 56,000-character mixed paragraph', () => {
    const text = '中文,English.混排!'.repeat(Math.floor(56_000 / 15))
    const fixed = autocorrect(text)
    expect(fixed).not.toBe(text)
    const work: DiffWork = { compared: 0 }
    const parts = diffAnchored(text, fixed, work)
    expect(work.compared).toBeLessThan(20 * text.length)
    expect(
      parts
        .filter((p) => !p.added)
        .map((p) => p.value)
        .join(''),
    ).toBe(text)
    expect(
      parts
        .filter((p) => !p.removed)
        .map((p) => p.value)
        .join(''),
    ).toBe(fixed)
    expect(parts.filter((p) => p.added || p.removed).length).toBeGreaterThan(7_000)
  })

  it('bounds the diff of a long text whose every character changed (full-width letters)', () => {
    const text = 'ＡＢＣ'.repeat(20_000)
    const fixed = 'ABC'.repeat(20_000)
    const work: DiffWork = { compared: 0 }
    const parts = diffAnchored(`中${text}文`, `中${fixed}文`, work)
    expect(work.compared).toBeLessThanOrEqual(MAX_EDITS * (text.length + fixed.length + 4))
    expect(parts).toEqual([
      { value: '中' },
      { value: text, removed: true },
      { value: fixed, added: true },
      { value: '文' },
    ])
  })

  it('falls back to a whole diff when a Chinese character changed (still the same parts)', () => {
    const parts = diffAnchored('甲乙abc', '甲丙abc')
    expect(
      parts
        .filter((p) => !p.added)
        .map((p) => p.value)
        .join(''),
    ).toBe('甲乙abc')
    expect(
      parts
        .filter((p) => !p.removed)
        .map((p) => p.value)
        .join(''),
    ).toBe('甲丙abc')
  })
})

describe('front-matter with 50,000 keys', () => {
  it('finds a key written twice with one lookup per key, naming both places', () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `k${i}: v`)
    const parsed = parseYaml(`${[...keys, 'k7: again'].join('\n')}\n`, 1)
    const duplicates = parsed.errors.filter((e) => e.code === 'DUPLICATE_KEY')
    expect(duplicates).toHaveLength(1)
    expect(duplicates[0]).toMatchObject({
      key: 'k7',
      position: { start: { line: 50_002 } },
      firstPosition: { start: { line: 9 } },
    })
    expect(parsed.fields).toHaveLength(50_001)
  })
})

describe('front-matter nested or aliased past what a parser holds', () => {
  it('says brackets nested 5,000 deep are nested too deep (not the stack overflow)', () => {
    const parsed = parseYaml(`title: t\nx: ${'['.repeat(5_000)}${']'.repeat(5_000)}\n`, 1)
    expect(parsed.errors.map((e) => e.code)).toContain('TOO_DEEP')
    expect(parsed.errors.find((e) => e.code === 'TOO_DEEP')?.message).toBe(
      'brackets or indentation nested thousands of levels deep',
    )
  })

  it('names an alias bomb as aliases that expand too far', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (const [i, name] of ['b', 'c', 'd', 'e'].entries()) {
      const prev = ['a', 'b', 'c', 'd'][i]
      levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`)
    }
    const parsed = parseYaml(`${levels.join('\n')}\ntitle: t\n`, 1)
    expect(parsed.errors.map((e) => e.code)).toEqual(['ALIAS_COUNT'])
  })
})
