import { describe, expect, it } from 'vitest'
import type { ConfigInput } from '../../src/config/schema.js'
import { lintAndFix } from './lint-helpers.js'

/** The misses of issue 17: half-width marks and `...` next to markup, each found and fixed by --fix. */
const CASES: [string, string][] = [
  ['**时间**:2027 年 4 月。', '**时间**：2027 年 4 月。'],
  ['本次主题分享:《三体》。', '本次主题分享：《三体》。'],
  ['在“文三路站”,从这里出发。', '在“文三路站”，从这里出发。'],
  ['提交 Issue;第二天修复。', '提交 Issue；第二天修复。'],
  ['- 第一项;\n- 第二项', '- 第一项；\n- 第二项'],
  ['调用 `withTimeout`:任何时候都行。', '调用 `withTimeout`：任何时候都行。'],
  ['公式 $t_i$,用于计算。', '公式 $t_i$，用于计算。'],
  ['函数 foo(a),也可以直接调用。', '函数 foo(a)，也可以直接调用。'],
  ['地址 https://example.com/a欢迎收藏...', '地址 https://example.com/a欢迎收藏……'],
  ['这是*重点*,请注意。', '这是*重点*，请注意。'],
  ['详见[文档](https://example.com),然后继续。', '详见[文档](https://example.com)，然后继续。'],
  ['真的是**这样**?', '真的是**这样**？'],
  ['等等**稍后**...再说。', '等等**稍后**……再说。'],
  ['如下:', '如下：'],
  ['返回一个“请稍后再试”.但实际情况是这样。', '返回一个“请稍后再试”。但实际情况是这样。'],
  ['见《三体》.之后再说。', '见《三体》。之后再说。'],
]

describe('half-width punctuation at markup boundaries (issue 17)', () => {
  for (const [before, after] of CASES) {
    it(`finds and fixes ${JSON.stringify(before)}`, () => {
      const r = lintAndFix(`${before}\n`)
      expect(r.findings.length).toBeGreaterThan(0)
      expect(r.fixed).toBe(`${after}\n`)
    })
  }

  it('never touches code, URLs, math or times', () => {
    const body =
      '保持 `a,b` 和 https://x.com/?a=1,2 以及 $a,b$ 不变，时间 10:30 也不变，std;中文;English 也不变，版本 1.2 和 README.md 也不变。\n\n```\n代码:不改\n```\n'
    const r = lintAndFix(body)
    expect(r.findings).toEqual([])
    expect(r.fixed).toBe(body)
  })
})

describe('typography/brackets style', () => {
  it('either (default): half-width brackets with spaces are fine; the minority style in a file is flagged', () => {
    expect(lintAndFix('中文 (也称为 a11y) 中文，以及 Vue (渐进式框架) 很好。\n').findings).toEqual([])
    const mixed = lintAndFix('中文 (也称为 a11y) 中文，Vue (渐进式框架) 很好，React（库）也行。\n')
    expect(mixed.findings.map((f) => `${f.ruleId} ${f.value}`)).toEqual(['typography/brackets （库）'])
    expect(mixed.fixed).toBe('中文 (也称为 a11y) 中文，Vue (渐进式框架) 很好，React (库) 也行。\n')
  })

  it('tight half-width brackets are wrong in every style', () => {
    // with no other pair in the file, brackets around purely Chinese words become full-width (trialA 14);
    // around Latin letters or digits the writer's half-width is kept and spaced, as autocorrect and zhlint fix it
    expect(lintAndFix('兰亭笔记(测试版)上线。\n').fixed).toBe('兰亭笔记（测试版）上线。\n')
    expect(lintAndFix('2027 年 3 月 15 日(周六)下午 2 点。\n').fixed).toBe(
      '2027 年 3 月 15 日（周六）下午 2 点。\n',
    )
    expect(lintAndFix('兰亭笔记(beta 版)上线。\n').fixed).toBe('兰亭笔记 (beta 版) 上线。\n')
    // a full-width pair elsewhere in the file settles a tie: full-width
    expect(lintAndFix('兰亭笔记(测试版)上线，笔记（正式版）。\n').fixed).toBe(
      '兰亭笔记（测试版）上线，笔记（正式版）。\n',
    )
    const spaced: ConfigInput = { rules: { 'typography/brackets': ['warn', { style: 'half-width-spaced' }] } }
    expect(lintAndFix('兰亭笔记(测试版)上线，笔记（正式版）。\n', spaced).fixed).toBe(
      '兰亭笔记 (测试版) 上线，笔记 (正式版)。\n',
    )
    const full: ConfigInput = { rules: { 'typography/brackets': ['warn', { style: 'full-width' }] } }
    expect(lintAndFix('中文 (也称为 a11y) 中文。\n', full).fixed).toBe('中文（也称为 a11y）中文。\n')
  })
})

describe('typography/brackets: mismatched pairs (trialA 5)', () => {
  it('makes a pair of one full-width and one half-width bracket the style of the file', () => {
    const r = lintAndFix('我属于第二种人（大概吧)。另一种人(也许吧）。\n')
    expect(r.findings.map((f) => `${f.ruleId} ${f.value}`)).toEqual([
      'typography/brackets （大概吧)',
      'typography/brackets (也许吧）',
    ])
    expect(r.fixed).toBe('我属于第二种人（大概吧）。另一种人（也许吧）。\n')
    expect(lintAndFix('中文 (也称为 a11y) 中文，Vue (渐进式框架) 很好，其实(也许吧）。\n').fixed).toBe(
      '中文 (也称为 a11y) 中文，Vue (渐进式框架) 很好，其实 (也许吧)。\n',
    )
  })
})

describe('typography/quotes: straight single quotes (trialA 5, reverify 2–3)', () => {
  it('fixes an outer pair around Chinese to “…” (「…」 for a corner-quote site) and one inside a double quote to ‘…’ (『…』), never an apostrophe', () => {
    expect(lintAndFix("他说'我一遍都没读完'，然后走了。\n").fixed).toBe('他说“我一遍都没读完”，然后走了。\n')
    expect(lintAndFix("她说'好的'，'好吗'。\n").fixed).toBe('她说“好的”，“好吗”。\n')
    expect(lintAndFix("他说“她告诉我'明天见'”。\n").fixed).toBe('他说“她告诉我‘明天见’”。\n')
    const corner: ConfigInput = { rules: { 'typography/quotes': ['warn', { style: 'corner' }] } }
    expect(lintAndFix("他说'我一遍都没读完'。\n", corner).fixed).toBe('他说「我一遍都没读完」。\n')
    expect(lintAndFix("他说「她告诉我'明天见'」。\n", corner).fixed).toBe('他说「她告诉我『明天见』」。\n')
    expect(lintAndFix("I don't know 他 it's 好，身高 5'8\" 左右。\n").findings).toEqual([])
  })
})

describe('typography/cjk-spacing', () => {
  it('does not call a bracket Latin text (则()', () => {
    const r = lintAndFix('按规则(见下文)处理。\n', { rules: { 'typography/brackets': 'off' } })
    const reasons = r.messages.filter((m) => m.ruleId === 'typography/cjk-spacing').map((m) => m.reason)
    expect(reasons.join('\n')).not.toMatch(/Latin/)
  })
})
