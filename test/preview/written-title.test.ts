import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { startPreview } from '../../src/preview/preview-server.js'
import { runCli } from '../helpers/run-cli.js'
import { makeSite } from '../publish/publish-site.js'

const NOW = '2027-04-01T09:00:00+08:00'
const LONG = '深入理解异步编程的完整指南'.repeat(6) // 72 characters: over the title's 64

function setTitle(root: string, slug: string, title: string): void {
  const file = path.join(root, 'content', slug, 'index.md')
  writeFileSync(file, readFileSync(file, 'utf8').replace(`title: 文章 ${slug}`, `title: ${title}`))
}

describe('wxpress preview: the title as written', () => {
  it('shows the written title and digest of an article whose title and digest are in error', async () => {
    const root = makeSite([{ slug: 'long', slot: '2027-04-15T20:00:00+08:00' }], { locale: 'zh-CN' })
    setTitle(root, 'long', LONG)
    const file = path.join(root, 'content', 'long', 'index.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('digest: 一句话摘要。', `digest: ${LONG}`))
    const server = await startPreview({ root, port: 0, nowMs: () => Date.parse(NOW), version: 'test' })
    try {
      const index = await (await fetch(server.url)).text()
      expect(index).toContain('<title>wxpress 预览</title>')
      expect(index).toContain(`href="/a/long">${[...LONG].slice(0, 63).join('')}…</a>`)
      const page = await (await fetch(`${server.url}/a/long`)).text()
      expect(page).toContain(`<h1 class="wx-title">${LONG}</h1>`)
      expect(page).toContain(`<div class="wx-card-digest">${[...LONG].slice(0, 53).join('')}…</div>`)
    } finally {
      await server.close()
    }
  })
})

describe('wxpress plan: the title as written', () => {
  it('shows a title in error as written, cut with …, not the slug', async () => {
    const root = makeSite([{ slug: 'long', slot: '2027-04-15T20:00:00+08:00' }], { locale: 'zh-CN' })
    setTitle(root, 'long', LONG)
    const plan = await runCli(['plan', '--now', NOW], root)
    expect(plan.stdout).toContain(`头条  long  ${[...LONG].slice(0, 39).join('')}…\n`)
    const md = await runCli(['plan', '--format', 'markdown', '--now', NOW], root)
    expect(md.stdout).toContain(`${[...LONG].slice(0, 39).join('')}…`)
  })
})
