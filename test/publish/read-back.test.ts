import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { VFile } from 'vfile'
import { afterEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { describeStripped, readBack } from '../../src/publish/read-back.js'
import { runCli } from '../helpers/run-cli.js'
import { clientFor, makeSite, runPublish } from './publish-site.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
let emu: Emulator | undefined
afterEach(async () => {
  await emu?.close()
  emu = undefined
})

/** A site whose theme plugin writes a `<style data-embed>`: juice keeps it, WeChat strips it. */
function leakySite(): string {
  const root = makeSite([{ slug: 'styled', slot: '2027-04-01T08:00:00+08:00', extra: 'theme: leaky' }], {
    accounts: { main: { mode: 'draft' } },
  })
  const theme = path.join(root, 'themes', 'leaky')
  mkdirSync(theme, { recursive: true })
  writeFileSync(
    path.join(theme, 'theme.json'),
    JSON.stringify({ id: 'leaky', name: 'Leaky', description: 'x', author: 'x', codeStyle: 'light' }),
  )
  writeFileSync(path.join(theme, 'theme.css'), '.wxpress p { color: #333333; }\n')
  // juice keeps a `<style data-embed>` and the data attribute is dropped afterwards: a <style> is sent
  writeFileSync(
    path.join(theme, 'plugins.mjs'),
    [
      'export const rehypePlugins = [() => (tree) => {',
      "  tree.children.push({ type: 'element', tagName: 'style', properties: { dataEmbed: '' }, children: [{ type: 'text', value: '.k{color:red}' }] })",
      '}]',
    ].join('\n'),
  )
  return root
}

describe('describeStripped', () => {
  it('names removed elements, attributes and style declarations, grouped with counts', () => {
    const sent =
      '<section id="a"><style>p{x:1}</style><p id="b" style="color: red; position: absolute">x</p>' +
      '<p style="position: absolute">y</p></section>'
    const stored = '<section><p style="color: red">x</p><p>y</p></section>'
    expect(describeStripped(sent, stored)).toBe('elements <style> ×1; attributes id ×2')
    expect(
      describeStripped(
        '<p style="color: red; position: absolute">x</p><p style="position: absolute">y</p>',
        '<p style="color: red">x</p><p>y</p>',
      ),
    ).toBe('attributes style ×1; style declarations position ×2')
    // what WeChat adds is not a removal; markup-looking text inside <style> is not counted
    expect(describeStripped('<p>a</p>', '<p><span leaf="">a</span></p>')).toBe('')
    expect(describeStripped('<style>.x::before{content:"<p>"}</style><p>a</p>', '<p>a</p>')).toBe(
      'elements <style> ×1',
    )
  })
})

describe('read-back after draft/add', () => {
  it('reports ids and <style> WeChat strips, naming the article', async () => {
    emu = await createEmulator({ clock: '2027-03-03T12:00:00Z' })
    const { media_id: thumb } = await clientFor(emu).addMaterial(
      'image',
      readFileSync(path.join(repo, 'test', 'content', 'fixtures', 'valid', 'cover.png')),
      'image/png',
      'c.png',
    )
    const client = clientFor(emu)
    const content =
      '<section id="top"><style>.k{color:red}</style><p id="p1">一</p><p id="p2">二</p></section>'
    const { media_id } = await client.draftAdd([{ title: '标题', content, thumb_media_id: thumb }])
    const file = new VFile({ path: 'content/a/index.md' })
    await readBack(client, media_id, [{ index: 0, slug: 'a', file, content }])
    expect(file.messages.map((m) => [m.ruleId, m.reason])).toEqual([
      ['publish/stripped', 'WeChat removed from `a`: elements <style> ×1; attributes id ×3'],
    ])
  })

  it('a failed draft/get is a warning, never a failed publish', async () => {
    emu = await createEmulator({ clock: '2027-03-03T12:00:00Z' })
    const file = new VFile({ path: 'content/a/index.md' })
    await readBack(clientFor(emu), 'NO_SUCH_DRAFT', [{ index: 0, slug: 'a', file, content: '<p>a</p>' }])
    expect(file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['publish/read-back-failed', false]])
  })

  it('`publish` against the emulator warns about the <style> a theme plugin writes', async () => {
    emu = await createEmulator({ clock: '2027-04-01T00:00:00Z' })
    const root = leakySite()
    const { site, summary } = await runPublish({ root, emu, now: '2027-04-01T07:00:00+08:00' })
    expect(summary.failed).toBe(0)
    const article = site.articles.find((a) => a.slug === 'styled')!
    const stripped = article.file.messages.filter((m) => m.ruleId === 'publish/stripped')
    expect(stripped.map((m) => m.reason)).toEqual(['WeChat removed from `styled`: elements <style> ×1'])
    expect(stripped[0]!.fatal).toBe(false)
  })
})

describe('wxpress publish (CLI) reads the draft back', () => {
  it('prints publish/stripped for the <style> a theme writes', async () => {
    emu = await createEmulator({ clock: '2027-04-01T00:00:00Z' })
    const root = leakySite()
    const env = {
      WECHAT_API_BASE: emu.url,
      WECHAT_APP_ID: 'wx0000000000emulator',
      WECHAT_APP_SECRET: 'emulator-secret',
    }
    const run = await runCli(['publish', '--now=2027-04-01T07:00:00+08:00'], root, env)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(
      /warning\s+WeChat removed from `styled`: elements <style> ×1\s+publish\/stripped/,
    )
  })
})
