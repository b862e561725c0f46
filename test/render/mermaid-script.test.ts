/**
 * Mermaid's browser build: the vendored copy beside the compiled code (dist/vendor/, action/vendor/),
 * else the mermaid devDependency when running from the sources; without either, no browser is started
 * and every diagram says why.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createMermaidDrawer } from '../../src/render/draw-mermaid.js'
import { findMermaidScript } from '../../src/render/mermaid-script.js'
import { repoRoot } from '../init/repo-root.js'

const folderUrl = (dir: string) => pathToFileURL(`${dir}${path.sep}`)
const installed = createRequire(import.meta.url)('mermaid/package.json') as { version: string }

describe('mermaid browser build', () => {
  it('is the vendored copy when there is one, with the version it was copied from', () => {
    const vendor = mkdtempSync(path.join(tmpdir(), 'wxpress-vendor-'))
    writeFileSync(path.join(vendor, 'mermaid.min.js'), '/* mermaid */')
    writeFileSync(path.join(vendor, 'mermaid.json'), '{"name":"mermaid","version":"11.0.0-test"}\n')
    expect(findMermaidScript(folderUrl(vendor))).toEqual({
      path: path.join(vendor, 'mermaid.min.js'),
      version: '11.0.0-test',
    })
  })

  it('is the one `npm run build` copied into dist/vendor/ (the version of the installed package)', () => {
    const script = findMermaidScript(folderUrl(path.join(repoRoot, 'dist', 'vendor')))
    expect(script).toEqual({
      path: path.join(repoRoot, 'dist', 'vendor', 'mermaid.min.js'),
      version: installed.version,
    })
  })

  it('comes from the mermaid package when no copy is beside the code (running from the sources)', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'wxpress-vendor-'))
    const script = findMermaidScript(folderUrl(empty))
    expect(script?.version).toBe(installed.version)
    expect(script?.path).toMatch(/node_modules[\\/]mermaid[\\/]dist[\\/]mermaid\.min\.js$/)
  })

  it('without one, starts no browser and every diagram says to reinstall', async () => {
    let launched = 0
    const drawer = createMermaidDrawer(async () => {
      launched++
      return { ok: false, reason: 'x' }
    }, null)
    expect(drawer.version).toBe('missing')
    const drawn = await drawer.draw(['graph TD\n  A --> B'])
    expect(launched).toBe(0)
    expect(drawn.get('graph TD\n  A --> B')).toEqual({
      ok: false,
      kind: 'no-browser',
      reason: "mermaid's browser build is missing (dist/vendor/mermaid.min.js): reinstall wxpress",
    })
  })
})
