/**
 * The diagrams of one article, before its pipeline runs (which never starts a browser): mermaid
 * sources are looked up in the cache by hash; missing ones are drawn in the drawer's next batch, or
 * left as code when drawing is off, deferred (checks need no drawings) or impossible (no browser).
 * `complete` is false when a later run could draw what this one could not: that render is not cached.
 */
import type { Root } from 'mdast'
import { hashKey, type Cache } from '../cache/create-cache.js'
import type { Diagram, MermaidDrawer } from './draw-mermaid.js'

export interface PreparedDiagrams {
  diagrams: Map<string, Diagram>
  complete: boolean
}

function mermaidSources(tree: Root): string[] {
  const out = new Set<string>()
  const walk = (node: { type: string; lang?: string | null; value?: string; children?: unknown[] }) => {
    if (node.type === 'code' && node.lang?.toLowerCase() === 'mermaid' && typeof node.value === 'string')
      out.add(node.value)
    for (const child of node.children ?? []) walk(child as typeof node)
  }
  walk(tree)
  return [...out]
}

export async function prepareDiagrams(
  tree: Root,
  cache: Cache,
  drawerFor: () => Promise<MermaidDrawer | false>,
  draw: boolean,
): Promise<PreparedDiagrams> {
  const diagrams = new Map<string, Diagram>()
  const sources = mermaidSources(tree)
  if (sources.length === 0) return { diagrams, complete: true }
  const drawer = await drawerFor()
  if (!drawer) {
    for (const s of sources)
      diagrams.set(s, { ok: false, kind: 'off', reason: 'drawing diagrams is turned off for this render' })
    return { diagrams, complete: true }
  }
  // `phone-2`: drawings made before they had a background, a label size and the top-down retry
  const key = (source: string) => hashKey('mermaid', drawer.version, 'phone-2', source)
  const missing: string[] = []
  for (const s of sources) {
    const hit = await cache.get<Diagram>('diagram', key(s))
    if (hit) diagrams.set(s, hit)
    else missing.push(s)
  }
  if (missing.length === 0) return { diagrams, complete: true }
  if (!draw) {
    for (const s of missing)
      diagrams.set(s, { ok: false, kind: 'deferred', reason: 'not drawn during checks' })
    return { diagrams, complete: false }
  }
  let complete = true
  for (const [source, diagram] of await drawer.draw(missing)) {
    diagrams.set(source, diagram)
    if (diagram.ok || diagram.kind === 'error') await cache.set('diagram', key(source), diagram)
    else complete = false
  }
  return { diagrams, complete }
}
