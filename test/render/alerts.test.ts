/**
 * GitHub-style alerts render as titled boxes without any site plugin; other quotes stay quotes, and a
 * site plugin that converts them first keeps its own titles.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/schema.js'
import { createRenderer } from '../../src/render/create-renderer.js'
import { articleOf, FRONT } from '../lint/lint-helpers.js'

const here = path.dirname(fileURLToPath(import.meta.url))

async function render(body: string) {
  const config = defaultConfig()
  const renderer = await createRenderer({ root: here, config, mermaid: false })
  return (await renderer.render(articleOf(FRONT + body, config))).html
}

describe('GitHub-style alerts', () => {
  it('become a titled box, with no [!TIP] left for the reader', async () => {
    const html = await render('> [!TIP]\n> 先在本地运行检查。\n\n> [!warning]\n> 发送后无法修改。\n')
    expect(html).not.toContain('[!TIP]')
    expect(html).not.toMatch(/\[!warning\]/i)
    expect(html).not.toContain('<blockquote')
    expect(html).toMatch(/<p style="[^"]*font-weight: bold[^"]*">提示<\/p>/)
    expect(html).toMatch(/<p style="[^"]*">注意<\/p>/)
    expect(html).toContain('border-left: 4px solid #1f8a5b')
    expect(html).toContain('先在本地运行检查。')
  })

  it('leave other quotes, and a marker that is not on its own line, as quotes', async () => {
    const html = await render('> 普通引用。\n\n> 文中提到 [!TIP] 的写法。\n')
    expect(html.match(/<blockquote/g)).toHaveLength(2)
    expect(html).toContain('[!TIP] 的写法')
  })
})
