/**
 * The folders of src/ form layers: no folder imports, directly or through others, a folder that
 * imports it back. (File-level cycles are Biome's `noImportCycles`, run by `npm run lint`.)
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = path.resolve(import.meta.dirname, '../../src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    if (e.isDirectory()) return sourceFiles(full)
    return e.name.endsWith('.ts') ? [full] : []
  })
}

/** folder → folders it imports (static, dynamic and type imports alike). */
function folderGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>()
  for (const file of sourceFiles(SRC)) {
    const from = path.relative(SRC, file).split(path.sep)[0]!
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(/(?:from|import\()\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = path.relative(SRC, path.resolve(path.dirname(file), m[1]!)).split(path.sep)
      if (target.length < 2 || target[0] === '..' || target[0] === from) continue
      const edges = graph.get(from) ?? new Map<string, string>()
      if (!edges.has(target[0]!)) edges.set(target[0]!, path.relative(SRC, file))
      graph.set(from, edges)
    }
  }
  return graph
}

/** A path of folders from `start` back to `start`, if any. */
function cycleThrough(graph: Map<string, Map<string, string>>, start: string): string[] | undefined {
  const seen = new Set<string>()
  const walk = (node: string, trail: string[]): string[] | undefined => {
    for (const next of graph.get(node)?.keys() ?? []) {
      if (next === start) return [...trail, next]
      if (seen.has(next)) continue
      seen.add(next)
      const found = walk(next, [...trail, next])
      if (found) return found
    }
    return undefined
  }
  return walk(start, [start])
}

describe('folders of src/', () => {
  it('import each other in one direction only', () => {
    const graph = folderGraph()
    const cycles = [...graph.keys()].flatMap((folder) => {
      const cycle = cycleThrough(graph, folder)
      if (!cycle) return []
      const via = cycle
        .slice(0, -1)
        .map((f, i) => `${f} → ${cycle[i + 1]} (${graph.get(f)?.get(cycle[i + 1]!)})`)
      return [via.join(', ')]
    })
    expect(cycles).toEqual([])
  })

  it('finds a cycle when there is one (the check itself works)', () => {
    const graph = new Map([
      ['a', new Map([['b', 'a/x.ts']])],
      ['b', new Map([['a', 'b/y.ts']])],
    ])
    expect(cycleThrough(graph, 'a')).toEqual(['a', 'b', 'a'])
  })
})
