import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { Element } from 'hast'
import { findChromium } from '../../src/browser/launch-browser.js'
import { defaultConfig } from '../../src/config/schema.js'
import { loadArticle } from '../../src/content/load-article.js'
import { createRenderer } from '../../src/render/create-renderer.js'
import { defaultMermaidDrawer } from '../../src/render/draw-mermaid.js'
import {
  diagramKind,
  legibility,
  topDownSource,
  withWhiteBackground,
} from '../../src/render/diagram-legibility.js'
import { testBrowser } from '../helpers/test-browser.js'

const here = path.dirname(fileURLToPath(import.meta.url))
// CI has Chromium (.ci/run installs it): there a missing browser is a failure, not a skip
const browser = findChromium() !== undefined || process.env.CI === 'true'

/** The outside tester's diagram (t18 B2): six nodes left to right, ≈ 930 px wide. */
const ROLLOUT = `flowchart LR
  A[合并到 main] --> B[构建镜像]
  B --> C{灰度 5%}
  C -->|指标正常| D[灰度 25%]
  C -->|指标异常| R[自动回滚]
  D --> E[全量 100%]`
const SEQUENCE = `sequenceDiagram
  participant 用户
  participant 网关
  participant 订单服务
  participant 库存服务
  participant 支付服务
  用户->>网关: 下单
  网关->>订单服务: 创建订单
  订单服务->>库存服务: 锁定库存
  订单服务->>支付服务: 发起支付`
/** t19 N6: a top-down flowchart whose one node fans out to eight: too wide, and already TB. */
const FAN_OUT = `flowchart TB
  S[入口] --> A1[订单服务] & A2[库存服务] & A3[支付服务] & A4[优惠券服务] & A5[会员服务] & A6[物流服务] & A7[消息服务] & A8[风控服务]`

describe('diagrams on a 375 px phone', () => {
  it('a left-to-right flowchart becomes top-down; only its header line changes', () => {
    expect(topDownSource(ROLLOUT)).toBe(ROLLOUT.replace('flowchart LR', 'flowchart TB'))
    expect(
      topDownSource('%%{init: {}}%%\n---\ntitle: x\n---\ngraph RL;\n  subgraph s\n  direction LR\n  end'),
    ).toBe('%%{init: {}}%%\n---\ntitle: x\n---\ngraph TB;\n  subgraph s\n  direction LR\n  end')
    expect(topDownSource('flowchart TD\n  A --> B')).toBeUndefined()
    expect(topDownSource(SEQUENCE)).toBeUndefined()
    expect(diagramKind('---\ntitle: x\n---\ngraph LR')).toBe('flowchart')
    expect(diagramKind(SEQUENCE)).toBe('sequenceDiagram')
  })

  it('judges the text size at the 343 px column, and puts a white card behind the drawing', () => {
    const svg: Element = {
      type: 'element',
      tagName: 'svg',
      properties: { width: '928', viewBox: '0 0 927.5 160' },
      children: [{ type: 'element', tagName: 'g', properties: {}, children: [] }],
    }
    const shown = legibility(svg, 16)
    expect(shown.scale).toBeCloseTo(0.37, 2)
    expect(shown.textPx).toBeCloseTo(5.9, 1)
    const card = withWhiteBackground(svg)
    expect(card.children[0]).toMatchObject({
      tagName: 'rect',
      properties: { x: '0', y: '0', width: '927.5', height: '160', fill: '#ffffff' },
    })
    expect(card.children).toHaveLength(2)
  })

  it.skipIf(!browser)(
    'the tester’s LR flowchart is drawn top down and says so; a wide sequence diagram warns; both on white',
    async () => {
      const root = mkdtempSync(path.join(tmpdir(), 'wxpress-mermaid-phone-'))
      const dir = path.join(root, 'content', 'flow')
      mkdirSync(dir, { recursive: true })
      copyFileSync(path.join(here, 'fixtures', 'mermaid', 'cover.png'), path.join(dir, 'cover.png'))
      const md = [ROLLOUT, SEQUENCE, FAN_OUT].map((d) => ['```mermaid', d, '```', ''].join('\n')).join('\n')
      writeFileSync(
        path.join(dir, 'index.md'),
        `---\ntitle: 流程图\ntopic: 技术\naudience: 全部粉丝\ncover: cover.png\n---\n\n${md}`,
      )
      const config = { ...defaultConfig(), locale: 'zh-CN' as const }
      const renderer = await createRenderer({
        root,
        config,
        cacheDir: path.join(root, 'cache'),
        mermaid: await defaultMermaidDrawer(testBrowser().executablePath),
      })
      const article = await loadArticle({
        root,
        absolutePath: path.join(dir, 'index.md'),
        slug: 'flow',
        config,
      })
      const { html } = await renderer.render(article)
      const found = article.file.messages.map((m) => [m.ruleId, m.line, m.fatal])
      expect(found).toEqual([
        ['render/diagram-relaid', 8, undefined],
        ['render/diagram-too-small', 17, false],
        ['render/diagram-too-small', 30, false],
      ])
      // top down already: the hint never asks for `flowchart TB` (t19 N6) but suggests LR
      expect(article.file.messages.map((m) => m.note)).toEqual([
        expect.stringContaining('`flowchart TB`'),
        'Shorten the labels, or split it into two diagrams.',
        expect.stringMatching(/^Too many nodes side by side: try `flowchart LR`/),
      ])
      const widths = [...html.matchAll(/<svg width="(\d+)"/g)].map((m) => Number(m[1]))
      expect(widths[0]).toBeLessThanOrEqual(400) // top down: about the column, labels ≥ 11 px
      expect(widths[1]).toBeGreaterThan(600)
      const cards = html.match(
        /<svg[^>]*><rect x="[-\d.]+" y="[-\d.]+" width="[\d.]+" height="[\d.]+" rx="4" fill="#ffffff"/g,
      )
      expect(cards).toHaveLength(3)
    },
    90_000,
  )
})
