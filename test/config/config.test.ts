import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config/load-config.js'

function site(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-config-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, name), text)
  return root
}

describe('loadConfig', () => {
  it('uses the defaults without a config file', async () => {
    const r = await loadConfig(site({}))
    expect(r.path).toBeUndefined()
    expect(r.config.timezone).toBe('Asia/Shanghai')
    expect(r.config.schedule.windows).toHaveLength(2)
  })

  it('loads a TypeScript config (Node 20 cannot import .ts by itself)', async () => {
    const root = site({
      'wxpress.config.ts': `interface C { timezone: string; theme: string }\nconst config: C = { timezone: 'America/New_York', theme: 'tech' }\nexport default config\n`,
    })
    const r = await loadConfig(root)
    expect(r.failed).toBe(false)
    expect(r.path).toBe('wxpress.config.ts')
    expect([r.config.timezone, r.config.theme]).toEqual(['America/New_York', 'tech'])
  })

  it('loads an .mjs config with unified plugins', async () => {
    const root = site({
      'wxpress.config.mjs': `const plugin = () => () => {}\nexport default { markdown: { remarkPlugins: [plugin] }, rules: { 'typography/quotes': ['warn', { style: 'corner' }] } }\n`,
    })
    const r = await loadConfig(root)
    expect(r.failed).toBe(false)
    expect(r.config.markdown.remarkPlugins).toHaveLength(1)
    expect(r.config.rules['typography/quotes']).toEqual(['warn', { style: 'corner' }])
  })

  it('reports JSON syntax errors and bad values with their line', async () => {
    const bad = await loadConfig(
      site({
        'wxpress.config.json':
          '{\n  "timezone": "Asia/Shanghai",\n  "schedule": { "windows": [{ "start": "7:30", "end": "09:00" }] }\n}\n',
      }),
    )
    expect(bad.failed).toBe(true)
    expect(bad.file?.messages[0]?.line).toBe(3)
    expect(bad.file?.messages[0]?.reason).toMatch(/schedule\.windows\.0\.start/)
    const broken = await loadConfig(site({ 'wxpress.config.json': '{\n  "timezone": \n}\n' }))
    expect(broken.failed).toBe(true)
    expect(broken.file?.messages[0]?.ruleId).toBe('config/invalid')
  })

  it('reports a config that throws', async () => {
    const r = await loadConfig(site({ 'wxpress.config.mjs': `throw new Error('boom')\n` }))
    expect(r.failed).toBe(true)
    expect(r.file?.messages[0]?.reason).toMatch(/boom/)
  })
})

describe('docs/config.schema.json', () => {
  it('is generated from the config schema (run `npm run docs` after changing it) and accepts the bundled config', async () => {
    const { readFileSync } = await import('node:fs')
    const { fileURLToPath } = await import('node:url')
    const { configJsonSchema } = await import('../../src/config/schema.js')
    const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
    const onDisk = JSON.parse(readFileSync(path.join(repo, 'docs', 'config.schema.json'), 'utf8'))
    expect(onDisk).toEqual(configJsonSchema())
    const bundled = JSON.parse(readFileSync(path.join(repo, 'wxpress.config.json'), 'utf8'))
    expect(bundled.$schema).toBe('./docs/config.schema.json')
    // every top-level key of the bundled config is described
    expect(Object.keys(bundled).filter((k) => !(k in (onDisk.properties as object)))).toEqual([])
    expect(onDisk.additionalProperties).toBe(false)
  })
})
