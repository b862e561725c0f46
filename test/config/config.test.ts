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
    const root = site({ 'wxpress.config.ts': `interface C { timezone: string; theme: string }\nconst config: C = { timezone: 'America/New_York', theme: 'tech' }\nexport default config\n` })
    const r = await loadConfig(root)
    expect(r.failed).toBe(false)
    expect(r.path).toBe('wxpress.config.ts')
    expect([r.config.timezone, r.config.theme]).toEqual(['America/New_York', 'tech'])
  })

  it('loads an .mjs config with unified plugins', async () => {
    const root = site({ 'wxpress.config.mjs': `const plugin = () => () => {}\nexport default { markdown: { remarkPlugins: [plugin] }, rules: { 'typography/quotes': ['warn', { style: 'corner' }] } }\n` })
    const r = await loadConfig(root)
    expect(r.failed).toBe(false)
    expect(r.config.markdown.remarkPlugins).toHaveLength(1)
    expect(r.config.rules['typography/quotes']).toEqual(['warn', { style: 'corner' }])
  })

  it('reports JSON syntax errors and bad values with their line', async () => {
    const bad = await loadConfig(site({ 'wxpress.config.json': '{\n  "timezone": "Asia/Shanghai",\n  "schedule": { "windows": [{ "start": "7:30", "end": "09:00" }] }\n}\n' }))
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
