/** Site plugins given by path in the config (`plugins/`), and the bundled remark-callouts plugin. */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config/load-config.js'
import { loadArticle } from '../../src/content/load-article.js'
import { createRenderer } from '../../src/render/create-renderer.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

function site(config: unknown, plugins: Record<string, string> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-plugins-'))
  mkdirSync(path.join(root, 'plugins'))
  for (const [name, text] of Object.entries(plugins)) writeFileSync(path.join(root, 'plugins', name), text)
  writeFileSync(path.join(root, 'wxpress.config.json'), `${JSON.stringify(config, null, 2)}\n`)
  return root
}

async function render(root: string, markdown: string) {
  const { config } = await loadConfig(root)
  const dir = path.join(root, 'content', 'post')
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'index.md'), `---\ntitle: 插件\n---\n\n${markdown}\n`)
  const article = await loadArticle({ root, absolutePath: path.join(dir, 'index.md'), slug: 'post', config })
  return (await (await createRenderer({ root, config })).render(article)).html
}

describe('site plugins by path', () => {
  it('imports a plugin named by path in a JSON config and runs it in the pipeline', async () => {
    const root = site(
      { markdown: { rehypePlugins: [['./plugins/rehype-shout.mjs', { mark: '！' }]] } },
      {
        'rehype-shout.mjs': `export default function rehypeShout(options) {\n  return (tree) => {\n    const walk = (n) => { for (const c of n.children ?? []) { if (c.type === 'text') c.value += options.mark; walk(c) } }\n    walk(tree)\n  }\n}\n`,
      },
    )
    const loaded = await loadConfig(root)
    expect(loaded.failed).toBe(false)
    expect(loaded.codeHash).toMatch(/^[0-9a-f]{64}$/)
    expect(await render(root, '你好')).toContain('你好！')
  })

  it('reports a path that leaves the site, a missing file and a module without a plugin, on their lines', async () => {
    const root = site(
      { markdown: { remarkPlugins: ['../outside.mjs', './plugins/none.mjs', './plugins/empty.mjs'] } },
      { 'empty.mjs': 'export const answer = 42\n' },
    )
    const r = await loadConfig(root)
    expect(r.failed).toBe(true)
    expect(r.file?.messages.map((m) => [m.line, m.reason.replace(/:.*/, '')])).toEqual([
      [4, 'Plugin path leaves the site folder'],
      [5, 'Plugin file not found'],
      [6, 'Plugin ./plugins/empty.mjs exports no plugin function'],
    ])
  })

  it('changes the code hash when a plugin file changes (cached renders are not reused)', async () => {
    const root = site(
      { markdown: { remarkPlugins: ['./plugins/p.mjs'] } },
      { 'p.mjs': 'export default () => () => {}\n' },
    )
    const before = (await loadConfig(root)).codeHash
    writeFileSync(path.join(root, 'plugins', 'p.mjs'), 'export default () => () => { /* changed */ }\n')
    expect((await loadConfig(root)).codeHash).not.toBe(before)
  })
})

describe('plugins/remark-callouts.mjs (used by the bundled site)', () => {
  const withCallouts = (options?: unknown) => {
    const root = site({
      markdown: {
        remarkPlugins: [
          options ? ['./plugins/remark-callouts.mjs', options] : './plugins/remark-callouts.mjs',
        ],
      },
    })
    cpSync(
      path.join(repo, 'plugins', 'remark-callouts.mjs'),
      path.join(root, 'plugins', 'remark-callouts.mjs'),
    )
    return root
  }

  it('turns a GitHub-style alert into a titled box with inline styles, in any theme', async () => {
    const html = await render(withCallouts(), '> [!WARNING]\n> 发送前再检查一遍**群发对象**。\n\n> 普通引用')
    expect(html).toMatch(
      /<section style="margin: 1\.2em 0; padding: 0\.8em 1em; border-left: 4px solid #b7791f;[^"]*"><p style="[^"]*font-weight: bold; color: #b7791f;[^"]*">注意<\/p><p style="[^"]*margin-bottom: 0;[^"]*">发送前再检查一遍<strong/,
    )
    expect(html).not.toContain('[!WARNING]')
    expect(html).toMatch(/<blockquote[^>]*><p[^>]*>普通引用<\/p><\/blockquote>/)
  })

  it('takes titles and colours from its options', async () => {
    const html = await render(
      withCallouts({ titles: { TIP: '小贴士' }, colors: { TIP: '#123456' } }),
      '> [!tip]\n> 记得保存',
    )
    expect(html).toContain('>小贴士</p>')
    expect(html).toContain('border-left: 4px solid #123456')
    expect(html).toContain('>记得保存</p>')
  })
})
