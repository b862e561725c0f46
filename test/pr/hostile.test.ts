/**
 * A pull request is written by anyone: files that link out of the site or are not regular files are
 * never read, remote images are never fetched from private addresses (nor at all by pr-check), and
 * `<source srcset>` does not survive the sanitiser.
 */
import { execFileSync } from 'node:child_process'
import {
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  mkdtempSync,
} from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/schema.js'
import { loadArticle } from '../../src/content/load-article.js'
import { createRenderer } from '../../src/render/create-renderer.js'
import { prReportSchema } from '../../src/pr/report-schema.js'
import { runCli } from '../helpers/run-cli.js'
import { commitAll, NOW, prSite } from './pr-site.js'

const SECRET = 'AUTHORIZATION: basic c2VjcmV0LXRva2Vu'
/** Every file of the artifact, as one text. */
const allFiles = (dir: string): string =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(path.join(e.parentPath, e.name), 'latin1'))
    .join('\n')

async function prCheck(root: string) {
  const r = await runCli(['pr-check', '--base', 'main', '--now', NOW, '--no-screenshots'], root)
  const report = prReportSchema.parse(
    JSON.parse(readFileSync(path.join(root, 'wxpress-pr', 'report.json'), 'utf8')),
  )
  return { r, report, ids: report.check.diagnostics.map((d) => `${d.file} ${d.ruleId}`) }
}

describe('hostile files in a pull request', () => {
  it('never reads an article that links out of the site, or into .git', async () => {
    const root = prSite([{ slug: 'ok', slot: '2027-04-15T20:00:00+08:00' }])
    const outside = mkdtempSync(path.join(tmpdir(), 'wxpress-outside-'))
    writeFileSync(path.join(outside, 'environ'), `---\ntitle: ${SECRET}\n---\n${SECRET}\n`)
    writeFileSync(path.join(root, '.git', 'config'), `[http]\n\textraheader = ${SECRET}\n`, { flag: 'a' })
    for (const [slug, target] of [
      ['leak', path.join(outside, 'environ')],
      ['gitcfg', path.join(root, '.git', 'config')],
    ] as const) {
      mkdirSync(path.join(root, 'content', slug))
      symlinkSync(target, path.join(root, 'content', slug, 'index.md'))
    }
    commitAll(root)
    const { r, report, ids } = await prCheck(root)
    expect(r.code).toBe(1)
    expect(ids).toContain('content/leak/index.md content/outside-root')
    expect(ids).toContain('content/gitcfg/index.md content/outside-root')
    expect(report.check.diagnostics.find((d) => d.file === 'content/leak/index.md')?.message).toContain(
      'content/leak/index.md',
    )
    expect(allFiles(path.join(root, 'wxpress-pr'))).not.toContain('c2VjcmV0LXRva2Vu')
    expect(r.stdout + r.stderr).not.toContain('c2VjcmV0LXRva2Vu')
  })

  it('reports a FIFO article, cover, image and a linked theme file instead of opening them', async () => {
    const root = prSite([{ slug: 'ok', slot: '2027-04-15T20:00:00+08:00' }], { theme: 'site' })
    mkdirSync(path.join(root, 'content', 'pipe'))
    execFileSync('mkfifo', [path.join(root, 'content', 'pipe', 'index.md')])
    const ok = path.join(root, 'content', 'ok')
    execFileSync('mkfifo', [path.join(ok, 'cover.fifo'), path.join(ok, 'images', 'photo.png')])
    writeFileSync(
      path.join(ok, 'index.md'),
      readFileSync(path.join(ok, 'index.md'), 'utf8')
        .replace('cover: cover.png', 'cover: cover.fifo')
        .replace('images/figure.png', 'images/photo.png'),
    )
    const outside = mkdtempSync(path.join(tmpdir(), 'wxpress-theme-'))
    writeFileSync(path.join(outside, 'environ.css'), `p { color: red } /* ${SECRET} */`)
    mkdirSync(path.join(root, 'themes', 'site'), { recursive: true })
    symlinkSync(path.join(outside, 'environ.css'), path.join(root, 'themes', 'site', 'theme.css'))
    commitAll(root)
    const { ids } = await prCheck(root)
    expect(ids).toContain('content/pipe/index.md content/not-regular-file')
    expect(ids).toContain('content/ok/index.md image/not-regular-file')
    expect(ids.filter((id) => id === 'content/ok/index.md image/not-regular-file')).toHaveLength(2)
    expect(ids).toContain('themes/site/theme.css theme/outside-root')
    expect(allFiles(path.join(root, 'wxpress-pr'))).not.toContain('c2VjcmV0LXRva2Vu')
  })

  it('never reads a config that links out of the site, nor a ledger that is a pipe', async () => {
    const root = prSite([{ slug: 'ok', slot: '2027-04-15T20:00:00+08:00' }])
    const outside = mkdtempSync(path.join(tmpdir(), 'wxpress-config-'))
    writeFileSync(path.join(outside, 'environ'), `WECHAT_APP_SECRET=${SECRET}\n`)
    rmSync(path.join(root, 'wxpress.config.json'))
    symlinkSync(path.join(outside, 'environ'), path.join(root, 'wxpress.config.json'))
    mkdirSync(path.join(root, '.wxpress', 'state'), { recursive: true })
    execFileSync('mkfifo', [path.join(root, '.wxpress', 'state', 'ok.json')])
    writeFileSync(path.join(root, 'content', 'ok', 'extra.txt'), 'change')
    commitAll(root)
    const r = await runCli(['pr-check', '--base', 'main', '--now', NOW, '--no-screenshots'], root)
    expect(r.code).toBe(2)
    const report = JSON.parse(readFileSync(path.join(root, 'wxpress-pr', 'report.json'), 'utf8'))
    const config = report.check.diagnostics.find((d: { file: string }) => d.file === 'wxpress.config.json')
    expect(config.message).toBe(
      'The config file links to a file outside the site; it is not read: wxpress.config.json',
    )
    expect(allFiles(path.join(root, 'wxpress-pr'))).not.toContain('c2VjcmV0LXRva2Vu')
    expect(r.stdout + r.stderr).not.toContain('c2VjcmV0LXRva2Vu')
  })

  it('pr-check never fetches a remote image (it stays a remote URL in the page); check never fetches from a private address', async () => {
    let requests = 0
    const server = createServer((_req, res) => {
      requests++
      res.end('x')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/internal-admin.png`
      const root = prSite([
        { slug: 'remote', slot: '2027-04-15T20:00:00+08:00', body: `正文。\n\n![远程](${url})\n` },
      ])
      writeFileSync(path.join(root, 'content', 'remote', 'extra.txt'), 'change')
      commitAll(root)
      await prCheck(root)
      expect(requests).toBe(0)
      expect(readFileSync(path.join(root, 'wxpress-pr', 'html', 'remote.html'), 'utf8')).toContain(
        `src="${url}"`,
      )
      // `check` and `render` do fetch remote images, but never from this machine's network
      const config = defaultConfig()
      const article = await loadArticle({
        root,
        absolutePath: path.join(root, 'content', 'remote', 'index.md'),
        slug: 'remote',
        config,
      })
      await (await createRenderer({ root, config })).render(article)
      expect(requests).toBe(0)
      const warning = article.file.messages.find((m) => m.ruleId === 'image/remote-unavailable')
      expect(warning?.reason).toContain('127.0.0.1 is not a public address')
    } finally {
      server.close()
    }
  })
})

describe('sanitiser: srcset', () => {
  it('removes <source srcset> (javascript: or remote) and <img srcset>, with findings', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'wxpress-srcset-'))
    const dir = path.join(root, 'content', 'post')
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      path.join(dir, 'index.md'),
      [
        '---',
        'title: 图片',
        '---',
        '',
        '<picture><source srcset="javascript:alert(1)"><source srcset="https://evil.example/x.png 2x"><img src="https://mmbiz.qpic.cn/a.png" alt="图"></picture>',
        '',
        '<img srcset="https://evil.example/y.png 2x, javascript:alert(2) 1x" src="https://mmbiz.qpic.cn/b.png" alt="图">',
        '',
      ].join('\n'),
    )
    const config = defaultConfig()
    const article = await loadArticle({
      root,
      absolutePath: path.join(dir, 'index.md'),
      slug: 'post',
      config,
    })
    const renderer = await createRenderer({ root, config, remoteImages: 'keep' })
    const { html } = await renderer.render(article)
    expect(html).not.toMatch(/srcset|javascript:|evil\.example|<source/i)
    expect(html).toContain('src="https://mmbiz.qpic.cn/a.png"')
    const ids = article.file.messages.map((m) => m.ruleId)
    expect(ids.filter((id) => id === 'render/removed-element')).toHaveLength(2)
    expect(ids).toContain('render/removed-attribute')
  })
})
