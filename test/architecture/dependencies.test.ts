/**
 * package.json lists exactly what the code imports, and each third-party library is imported by one
 * module of src/ (its wrapper), so a library can be swapped or upgraded in one place. The package runs
 * its bundle (dist/bundle/): the runtime dependencies are exactly the packages the bundle leaves outside
 * (`EXTERNAL` in scripts/compile.mjs); every other library src/ imports is inside it, a devDependency.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../..')
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
  scripts: Record<string, string>
}

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ext.test(e.name) && !e.parentPath.includes('fixtures'))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)))
}

/** package → files importing it, split by value and type-only imports. */
function importsIn(list: string[]) {
  const value = new Map<string, Set<string>>()
  const types = new Map<string, Set<string>>()
  const spec = /(import\s+type\s[^'"]*?from\s*|from\s*|import\s*\(\s*|import\s+)['"]([^'"./][^'"]*)['"]/g
  for (const file of list) {
    for (const m of readFileSync(path.join(ROOT, file), 'utf8').matchAll(spec)) {
      const name = m[2]!
      if (name.startsWith('node:')) continue
      const parts = name.split('/')
      const base = name.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!
      const into = m[1]!.startsWith('import type') ? types : value
      into.set(base, (into.get(base) ?? new Set()).add(file))
    }
  }
  return { value, types }
}

/** The bundle's external packages, as scripts/compile.mjs lists them. */
const EXTERNAL = JSON.parse(
  /export const EXTERNAL = (\[[^\]]*\])/
    .exec(readFileSync(path.join(ROOT, 'scripts', 'compile.mjs'), 'utf8'))![1]!
    .replaceAll("'", '"'),
) as string[]

const src = importsIn([...files('src', /(?<!\.d)\.ts$/), ...files('plugins', /\.(ts|mjs|js)$/)])

describe('dependencies', () => {
  it('the runtime dependencies are the bundle’s externals; everything src/ imports is declared', () => {
    const runtime = Object.keys(pkg.dependencies)
    expect(runtime.sort()).toEqual([...EXTERNAL].sort())
    expect(runtime.filter((d) => !src.value.has(d))).toEqual([])
    const declared = new Set([...runtime, ...Object.keys(pkg.devDependencies)])
    const typesOnly = (name: string) => declared.has(`@types/${name}`)
    const undeclared = [...src.value.keys(), ...src.types.keys()].filter(
      (d) => !declared.has(d) && !typesOnly(d),
    )
    expect([...new Set(undeclared)]).toEqual([])
    // a library in both lists would be installed for nothing (the bundle has it)
    expect(runtime.filter((d) => d in pkg.devDependencies)).toEqual([])
  })

  it('has no script npm runs when a team installs the package (npm 11 asks to approve those)', () => {
    // `prepare` too: npm runs it for a tarball or git install; the package is built when packed
    const install = ['preinstall', 'install', 'postinstall', 'prepare']
    expect(install.filter((name) => name in pkg.scripts)).toEqual([])
    expect(pkg.scripts.prepack).toMatch(/npm run build/)
  })

  it('each third-party library is imported (for its values) by one module of src/', () => {
    const several = [...src.value]
      .filter(([name, where]) => where.size > 1 && !name.startsWith('@types/'))
      .map(([name, where]) => `${name}: ${[...where].sort().join(', ')}`)
    expect(several).toEqual([])
  })

  it('every devDependency is used by tests, benchmarks, scripts or a tool', () => {
    const TOOLS = new Set(['typescript', '@biomejs/biome', 'vitest', 'esbuild'])
    // resolved as files by the build: scripts/copy-vendor.mjs copies mermaid's browser build into dist/vendor/
    const copied = readFileSync(path.join(ROOT, 'scripts', 'copy-vendor.mjs'), 'utf8')
    const FILES = new Set(
      [...copied.matchAll(/require\.resolve\('([\w@/.-]+?)\/[\w/.-]+'\)/g)].map((m) => m[1]!),
    )
    const other = importsIn([
      ...files('test', /\.ts$/),
      ...files('bench', /\.(js|mjs|ts)$/),
      ...files('scripts', /\.(js|mjs|ts)$/),
    ])
    const used = (d: string) =>
      TOOLS.has(d) ||
      FILES.has(d) ||
      d.startsWith('@types/') ||
      [src, other].some((g) => g.value.has(d) || g.types.has(d))
    expect(Object.keys(pkg.devDependencies).filter((d) => !used(d))).toEqual([])
  })
})
