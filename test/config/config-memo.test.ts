// A JSON config validated without findings is remembered in the cache: an unchanged run neither parses
// it with positions (yaml) nor validates it (zod) again; anything else goes the full way every time.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createCache } from '../../src/cache/create-cache.js'
import { loadConfig } from '../../src/config/load-config.js'
import { parseYaml } from '../../src/config/parse-yaml.js'
import { parseConfig } from '../../src/config/parse-config.js'

vi.mock('../../src/config/parse-yaml.js', async (original) => {
  const m = await original<typeof import('../../src/config/parse-yaml.js')>()
  return { ...m, parseYaml: vi.fn(m.parseYaml) }
})
vi.mock('../../src/config/parse-config.js', async (original) => {
  const m = await original<typeof import('../../src/config/parse-config.js')>()
  return { ...m, parseConfig: vi.fn(m.parseConfig) }
})

const work = () => ({
  yaml: vi.mocked(parseYaml).mock.calls.length,
  zod: vi.mocked(parseConfig).mock.calls.length,
})

function site(text: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-config-memo-'))
  writeFileSync(path.join(root, 'wxpress.config.json'), text)
  return root
}

/** One run: a fresh cache over the site's folder (as each `wxpress` process has), flushed at the end. */
async function load(root: string, version = 'test') {
  const cache = createCache(path.join(root, '.wxpress', 'cache'), { build: version })
  const before = work()
  const loaded = await loadConfig(root, undefined, { cache, version })
  await cache.flush()
  const after = work()
  return { loaded, yaml: after.yaml - before.yaml, zod: after.zod - before.zod }
}

const findings = (r: Awaited<ReturnType<typeof load>>) =>
  r.loaded.file?.messages.map((m) => [m.ruleId, m.reason, m.line, m.column])

describe('a remembered config', () => {
  it('is taken from the cache when unchanged: no parse with positions, no validation, the same config', async () => {
    const root = site(
      '{\n  "timezone": "Asia/Tokyo",\n  "rules": { "typography/quotes": ["warn", { "style": "corner" }] }\n}\n',
    )
    const cold = await load(root)
    expect([cold.yaml, cold.zod, cold.loaded.failed]).toEqual([1, 1, false])
    const warm = await load(root)
    expect([warm.yaml, warm.zod]).toEqual([0, 0])
    expect(warm.loaded).toEqual(cold.loaded)
    expect(warm.loaded.file?.value).toBe(cold.loaded.file?.value)
  })

  it('is checked again when its text or the wxpress build changes', async () => {
    const root = site('{ "timezone": "Asia/Tokyo" }\n')
    await load(root)
    const other = await load(root, 'another build')
    expect([other.yaml, other.zod]).toEqual([1, 1])
    writeFileSync(path.join(root, 'wxpress.config.json'), '{ "timezone": "Europe/Paris" }\n')
    const edited = await load(root)
    expect([edited.yaml, edited.zod]).toEqual([1, 1])
    expect(edited.loaded.config.timezone).toBe('Europe/Paris')
  })

  it('is never a config with findings: errors and warnings are reported, with their place, on every run', async () => {
    for (const text of [
      '{\n  "timezone": "Mars/Olympus"\n}\n',
      '{\n  "rules": { "typography/quotez": "warn" }\n}\n',
      '{\n  "schedule": { "windows": [{ "start": "7:30", "end": "09:00" }] }\n}\n',
      '{\n  "timezone": "Asia/Tokyo",\n  "timezone": "Asia/Tokyo"\n}\n',
      '{\n  "timezone": \n}\n',
    ]) {
      const root = site(text)
      const cold = await load(root)
      expect(cold.loaded.file?.messages.length).toBeGreaterThan(0)
      const warm = await load(root)
      expect(warm.yaml).toBe(1)
      expect(findings(warm)).toEqual(findings(cold))
      expect(warm.loaded.failed).toBe(cold.loaded.failed)
    }
  })
})
