#!/usr/bin/env node
// In-process stage timings on a generated corpus, and @wenyan-md/core (bench-only dev dependency)
// rendering the same articles in the same process. Figures only.
// Usage: node bench/stages.js <site> <count> [<ms of a whole cold `wxpress render` process on them>]
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = (p) => import(path.join(repo, 'dist', p))
const site = process.argv[2]
const limit = Number(process.argv[3] ?? 200)
const wholeRender = Number(process.argv[4] ?? 0)

const { loadSite } = await dist('site/load-site.js')
const { createLinter } = await dist('lint/lint-article.js')
const { createRenderer } = await dist('render/create-renderer.js')
const { createMarkdownParser } = await dist('content/markdown-parser.js')

const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6
const line = (label, value) => console.log(`${label.padEnd(58)} ${value}`)

// Lint on one long article (~5,000 字): clean prose, and the same with a mistake in every paragraph.
const long = await loadSite({ root: site })
const article = long.articles[0]
const base = article.markdown
const clean = '我们在杭州举办了一场关于 TypeScript 的分享会，共有 120 位开发者参加。大家讨论了工程实践、测试和发布流程，也聊到了 GitHub 上的协作方式，以及如何把公众号文章当作代码来管理。'
const sloppy = '我们在杭州举办了一场关于TypeScript的分享会,共有120位开发者参加。大家讨论了工程实践、测试和发布流程,也聊到了 Github 上的协作方式……'
const linter = createLinter({ config: long.config })
for (const [label, sentence] of [['clean', clean], ['a mistake in every paragraph', sloppy]]) {
  article.markdown = base + '\n' + Array.from({ length: 60 }, () => sentence + '\n').join('\n')
  linter.lint(article)
  const runs = 20
  const t = process.hrtime.bigint()
  for (let i = 0; i < runs; i++) {
    article.file.messages.length = 0
    linter.lint(article)
  }
  const total = ms(t) / runs
  const parse = createMarkdownParser()
  const tp = process.hrtime.bigint()
  for (let i = 0; i < runs; i++) parse(article.markdown)
  const parsing = ms(tp) / runs
  line(`lint, one ~5,000-字 article (${label})`, `${total.toFixed(2)} ms = ${parsing.toFixed(2)} ms Markdown parse (shared with the renderer) + ${(total - parsing).toFixed(2)} ms rules`)
}
let t0

// wxpress render of N articles in one process (cold: no cache).
const loaded = await loadSite({ root: site })
const articles = loaded.articles.slice(0, limit)
const renderer = await createRenderer({ root: site, config: loaded.config })
t0 = process.hrtime.bigint()
for (const a of articles) await renderer.render(a)
const ours = ms(t0)
line(`wxpress renderArticle × ${articles.length}, in process`, `${(ours / articles.length).toFixed(2)} ms/article`)

// wenyan-core on the same Markdown, same process.
try {
  const { JSDOM } = await import('jsdom')
  const { createWenyanCore } = await import('@wenyan-md/core')
  const dom = new JSDOM('<!doctype html><html><body></body></html>')
  Object.assign(globalThis, { window: dom.window, document: dom.window.document, DOMParser: dom.window.DOMParser, Node: dom.window.Node, HTMLElement: dom.window.HTMLElement })
  const core = await createWenyanCore({ isWechat: true })
  const sources = articles.map((a) => readFileSync(path.join(site, a.path), 'utf8'))
  t0 = process.hrtime.bigint()
  for (const md of sources) {
    const { content } = await core.handleFrontMatter(md)
    const html = await core.renderMarkdown(content, true)
    const root = document.createElement('section')
    root.id = 'wenyan'
    root.innerHTML = html
    await core.applyStylesWithTheme(root, { themeId: 'default', hlThemeId: 'solarized-light' })
  }
  const theirs = ms(t0)
  line(`@wenyan-md/core × ${articles.length}, in process`, `${(theirs / articles.length).toFixed(2)} ms/article`)
  line('speed-up in process (wenyan / wxpress)', `${(theirs / ours).toFixed(1)}×`)
  if (wholeRender > 0) line('speed-up of a whole cold `wxpress render` process', `${(theirs / wholeRender).toFixed(1)}× (${(theirs / 1000).toFixed(1)} s / ${(wholeRender / 1000).toFixed(1)} s)`)
} catch (error) {
  line('@wenyan-md/core', `not run: ${error.message.split('\n')[0]}`)
}
