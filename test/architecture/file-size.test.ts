/**
 * Small modules: every source file of src/, plugins/, scripts/ and bench/ is under 200 lines (as
 * formatted by Biome), and file names are kebab-case.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../..')
const CODE = /\.(ts|mjs|js)$/

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && CODE.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)))
    .filter((f) => !f.split(path.sep).includes('node_modules'))
}

const files = ['src', 'plugins', 'scripts', 'bench'].flatMap(sourceFiles)

describe('file size and names', () => {
  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(300)
  })

  it('keeps every source file under 200 lines', () => {
    const long = files
      .map((f) => [f, readFileSync(path.join(ROOT, f), 'utf8').split('\n').length - 1] as const)
      .filter(([, lines]) => lines >= 200)
    expect(long).toEqual([])
  })

  it('names files in kebab-case', () => {
    const named = files.map((f) => path.basename(f).replace(CODE, ''))
    expect(named.filter((n) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(n))).toEqual([])
  })
})
