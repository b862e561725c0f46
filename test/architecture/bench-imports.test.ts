import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

// The bench scripts import compiled modules by path (`dist('site/check-site.js')`): nothing else
// would notice when a refactor moves or renames one of them, so each import is checked here against
// the source module it is compiled from.
const repo = path.resolve(import.meta.dirname, '..', '..')
const bench = path.join(repo, 'bench')
const IMPORT = /const \{([^}]+)\} = await dist\('([^']+)\.js'\)/g

const imports = readdirSync(bench)
  .filter((name) => name.endsWith('.js'))
  .flatMap((name) =>
    [...readFileSync(path.join(bench, name), 'utf8').matchAll(IMPORT)].map((m) => ({
      script: name,
      module: m[2] as string,
      names: (m[1] as string).split(',').map((s) => s.trim().split(':')[0]?.trim() ?? ''),
    })),
  )

describe('bench scripts', () => {
  it('import compiled modules (found some)', () => {
    expect(imports.length).toBeGreaterThan(3)
  })

  it.each(imports)('$script imports $names from $module', ({ module, names }) => {
    const source = readFileSync(path.join(repo, 'src', `${module}.ts`), 'utf8')
    for (const name of names) {
      expect(source, `${module}.ts exports ${name}`).toMatch(
        new RegExp(`export (async )?(function|const|class|let) ${name}\\b`),
      )
    }
  })
})
