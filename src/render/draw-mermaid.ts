/**
 * Mermaid diagrams drawn in headless Chromium (the only module that loads the `mermaid` package,
 * as a script into the page): flattened SVG as hast, kept through the SVG allowlist. Sources asked
 * for while a batch runs wait for the next one, so a run starts the browser once or a few times,
 * never per diagram. Without a browser every diagram answers why; nothing throws.
 */
import { createRequire } from 'node:module'
import type { Element, ElementContent } from 'hast'
import { VFile } from '../core/vfile.js'
import type { BrowserResult } from '../browser/launch-browser.js'
import { MERMAID_PAGE_SCRIPT } from './mermaid-page-script.js'
import { cleanSvg, svgPropertyName } from './svg-allowlist.js'

export type Diagram =
  | { ok: true; svg: Element }
  | { ok: false; kind: 'error' | 'no-browser' | 'off' | 'deferred'; reason: string }

export interface MermaidDrawer {
  /** Part of the cache key of every drawing. */
  version: string
  draw(sources: readonly string[]): Promise<Map<string, Diagram>>
}

interface PageTree {
  t: string
  a: Record<string, string>
  c: (PageTree | string)[]
}

type PageResult = { ok: true; tree: PageTree } | { ok: false; message: string }

const require = createRequire(import.meta.url)
/** A batch that takes longer than this (plus 2 s a diagram) is given up: the blocks stay code. */
const TIMEOUT_MS = 30_000

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`mermaid did not finish within ${ms / 1000} s`)), ms).unref()
  })
}

function toHast(tree: PageTree): Element {
  const properties: Record<string, string> = {}
  for (const [name, value] of Object.entries(tree.a)) properties[svgPropertyName(name)] = value
  const children: ElementContent[] = tree.c.map((c) =>
    typeof c === 'string' ? { type: 'text', value: c } : toHast(c),
  )
  return { type: 'element', tagName: tree.t, properties, children }
}

async function drawAll(
  launch: () => Promise<BrowserResult>,
  sources: string[],
): Promise<Map<string, Diagram>> {
  const out = new Map<string, Diagram>()
  const opened = await launch()
  if (!opened.ok) {
    for (const s of sources) out.set(s, { ok: false, kind: 'no-browser', reason: opened.reason })
    return out
  }
  try {
    const page = await opened.value.browser.newPage()
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>')
    await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') })
    const drawing = page.evaluate(`(${MERMAID_PAGE_SCRIPT})(${JSON.stringify(sources)})`)
    const results = (await Promise.race([
      drawing,
      timeout(TIMEOUT_MS + 2_000 * sources.length),
    ])) as PageResult[]
    sources.forEach((source, i) => {
      const r = results[i]
      if (!r?.ok) {
        out.set(source, { ok: false, kind: 'error', reason: r?.message ?? 'no answer from mermaid' })
        return
      }
      const svg = toHast(r.tree)
      cleanSvg(svg, new VFile()) // the allowlist decides, whatever mermaid wrote
      out.set(source, { ok: true, svg })
    })
  } catch (error) {
    const reason = `the browser failed: ${String((error as Error).message ?? error).split('\n')[0]}`
    for (const s of sources) if (!out.has(s)) out.set(s, { ok: false, kind: 'no-browser', reason })
  } finally {
    await opened.value.close()
  }
  return out
}

export function createMermaidDrawer(launch: () => Promise<BrowserResult>): MermaidDrawer {
  let queue: { sources: readonly string[]; resolve: (m: Map<string, Diagram>) => void }[] = []
  let running: Promise<void> | undefined
  const run = async () => {
    await new Promise((resolve) => setImmediate(resolve)) // gather what the other articles ask for
    while (queue.length > 0) {
      const batch = queue
      queue = []
      const results = await drawAll(launch, [...new Set(batch.flatMap((b) => b.sources))])
      for (const b of batch) b.resolve(new Map(b.sources.map((s) => [s, results.get(s)!])))
    }
    running = undefined
  }
  return {
    version: (require('mermaid/package.json') as { version: string }).version,
    draw(sources) {
      return new Promise((resolve) => {
        queue.push({ sources, resolve })
        if (running === undefined) running = run()
      })
    },
  }
}

/** The drawer a renderer uses unless told otherwise: Debian's Chromium through `launchBrowser`. */
export async function defaultMermaidDrawer(executablePath?: string): Promise<MermaidDrawer> {
  const { launchBrowser } = await import('../browser/launch-browser.js')
  return createMermaidDrawer(() => launchBrowser(executablePath ? { executablePath } : {}))
}
