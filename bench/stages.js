#!/usr/bin/env node
// In-process figures on the benchmark corpus (compiled dist/): the floor (remark-parse + remark-rehype +
// rehype-stringify + juice on the same text), a whole `check` per article without cache, and
// @wenyan-md/core (bench-only dev dependency) rendering the same articles. Prints one JSON line.
// Usage: node bench/stages.js <site>
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import juice from 'juice'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = (p) => import(path.join(repo, 'dist', p))
const site = process.argv[2]
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6

const { loadSite } = await dist('site/load-site.js')
const { checkSite } = await dist('site/check-site.js')
const loaded = await loadSite({ root: site })
const bodies = loaded.articles.map((a) => a.markdown)
const count = bodies.length
const css = readFileSync(path.join(repo, 'themes', 'default', 'theme.css'), 'utf8')

// the floor: parse, to hast, to HTML, juice, nothing else (second pass measured: warm JIT, as ours)
const floorProcessor = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify).freeze()
const floorPass = () => {
  const t0 = process.hrtime.bigint()
  for (const md of bodies) juice.inlineContent(String(floorProcessor.processSync(md)), css)
  return ms(t0)
}
floorPass()
const floor = floorPass()

// a whole check without cache, in this process (lint + render + schedule), second pass as well; with
// the options `wxpress check` passes (no HTML kept, so image conversions are left to render and publish)
const checkPass = async () => {
  const fresh = await loadSite({ root: site })
  const t0 = process.hrtime.bigint()
  await checkSite(fresh, { nowMs: Date.parse('2027-03-01T01:00:00Z'), noCache: true, html: false })
  return ms(t0)
}
await checkPass()
const ours = await checkPass()

let wenyan
try {
  const { JSDOM } = await import('jsdom')
  const { createWenyanCore } = await import('@wenyan-md/core')
  const dom = new JSDOM('<!doctype html><html><body></body></html>')
  Object.assign(globalThis, {
    window: dom.window,
    document: dom.window.document,
    DOMParser: dom.window.DOMParser,
    Node: dom.window.Node,
    HTMLElement: dom.window.HTMLElement,
  })
  const core = await createWenyanCore({ isWechat: true })
  const sources = loaded.articles.map((a) => readFileSync(path.join(site, a.path), 'utf8'))
  const t0 = process.hrtime.bigint()
  for (const md of sources) {
    const { content } = await core.handleFrontMatter(md)
    const html = await core.renderMarkdown(content, true)
    const root = document.createElement('section')
    root.id = 'wenyan'
    root.innerHTML = html
    await core.applyStylesWithTheme(root, { themeId: 'default', hlThemeId: 'solarized-light' })
  }
  wenyan = ms(t0)
} catch (error) {
  wenyan = `not run: ${error.message.split('\n')[0]}`
}
console.log(JSON.stringify({ count, floor, ours, wenyan }))
