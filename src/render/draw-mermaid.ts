/**
 * Mermaid diagrams drawn in headless Chromium (the only module that loads mermaid's browser build,
 * `mermaid-script.ts`, as a script into the page): flattened SVG as hast, kept through the SVG allowlist. Sources asked
 * for while a batch runs wait for the next one, so a run starts the browser once or a few times,
 * never per diagram. A left-to-right flowchart whose labels would be too small on a phone is drawn
 * again top down (`diagram-legibility.ts`). Without a browser every diagram answers why; nothing throws.
 */
import type { Element, ElementContent } from 'hast'
import { VFile } from '../core/vfile.js'
import type { BrowserResult } from '../browser/launch-browser.js'
import { MERMAID_PAGE_SCRIPT } from './mermaid-page-script.js'
import { findMermaidScript, type MermaidScript } from './mermaid-script.js'
import { cleanSvg, svgPropertyName } from './svg-allowlist.js'
import { legibility, legible, topDownSource, withWhiteBackground } from './diagram-legibility.js'

export type Diagram =
  /**
   * `font`: label size in px; `relaid`: the direction it was drawn in instead of the source's, and
   * `wideTextPx` how small its labels would have been on a phone as written.
   */
  | { ok: true; svg: Element; font?: number; relaid?: 'TB'; wideTextPx?: number }
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

type PageResult = { ok: true; tree: PageTree; font?: number } | { ok: false; message: string }
type Page = { evaluate(script: string): Promise<unknown> }

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

async function drawIn(page: Page, sources: readonly string[]): Promise<PageResult[]> {
  const drawing = page.evaluate(`(${MERMAID_PAGE_SCRIPT})(${JSON.stringify(sources)})`)
  return (await Promise.race([drawing, timeout(TIMEOUT_MS + 2_000 * sources.length)])) as PageResult[]
}

function toDiagram(r: PageResult): Diagram {
  if (!r.ok) return { ok: false, kind: 'error', reason: r.message }
  const svg = toHast(r.tree)
  cleanSvg(svg, new VFile()) // the allowlist decides, whatever mermaid wrote
  return { ok: true, svg: withWhiteBackground(svg), font: r.font ?? 16 }
}

/** Too small on a phone and laid out left to right: drawn top down, kept when that reads better. */
async function relayOut(page: Page, drawn: Map<string, Diagram>): Promise<void> {
  const textPx = (d: Diagram) => (d.ok ? legibility(d.svg, d.font ?? 16).textPx : 0)
  const wide = [...drawn].flatMap(([source, d]) => {
    const topDown = d.ok && !legible(legibility(d.svg, d.font ?? 16)) ? topDownSource(source) : undefined
    return topDown ? [{ source, topDown }] : []
  })
  if (wide.length === 0) return
  const results = await drawIn(
    page,
    wide.map((w) => w.topDown),
  )
  wide.forEach((w, i) => {
    const again = results[i] ? toDiagram(results[i]) : undefined
    const wide = textPx(drawn.get(w.source)!)
    if (again?.ok && textPx(again) > wide) drawn.set(w.source, { ...again, relaid: 'TB', wideTextPx: wide })
  })
}

async function drawAll(
  launch: () => Promise<BrowserResult>,
  script: MermaidScript | null,
  sources: string[],
): Promise<Map<string, Diagram>> {
  const out = new Map<string, Diagram>()
  if (!script) {
    const reason = "mermaid's browser build is missing (dist/vendor/mermaid.min.js): reinstall wxpress"
    for (const s of sources) out.set(s, { ok: false, kind: 'no-browser', reason })
    return out
  }
  const opened = await launch()
  if (!opened.ok) {
    for (const s of sources) out.set(s, { ok: false, kind: 'no-browser', reason: opened.reason })
    return out
  }
  try {
    const page = await opened.value.browser.newPage()
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>')
    await page.addScriptTag({ path: script.path })
    const results = await drawIn(page, sources)
    sources.forEach((source, i) => {
      const r = results[i]
      out.set(source, r ? toDiagram(r) : { ok: false, kind: 'error', reason: 'no answer from mermaid' })
    })
    await relayOut(page, out)
  } catch (error) {
    const reason = `the browser failed: ${String((error as Error).message ?? error).split('\n')[0]}`
    for (const s of sources) if (!out.has(s)) out.set(s, { ok: false, kind: 'no-browser', reason })
  } finally {
    await opened.value.close()
  }
  return out
}

/** `script`: mermaid's browser build (default: `findMermaidScript()`; `null`: none, nothing is drawn). */
export function createMermaidDrawer(
  launch: () => Promise<BrowserResult>,
  script: MermaidScript | null = findMermaidScript() ?? null,
): MermaidDrawer {
  let queue: { sources: readonly string[]; resolve: (m: Map<string, Diagram>) => void }[] = []
  let running: Promise<void> | undefined
  const run = async () => {
    await new Promise((resolve) => setImmediate(resolve)) // gather what the other articles ask for
    while (queue.length > 0) {
      const batch = queue
      queue = []
      const results = await drawAll(launch, script, [...new Set(batch.flatMap((b) => b.sources))])
      for (const b of batch) b.resolve(new Map(b.sources.map((s) => [s, results.get(s)!])))
    }
    running = undefined
  }
  return {
    version: script?.version ?? 'missing',
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
