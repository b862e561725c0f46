/**
 * Renders the selected articles of a site (cache under `.wxpress/cache/`), returning each result;
 * messages land on the articles' VFiles and the theme files.
 */
import path from 'node:path'
import type { VFile } from 'vfile'
import { createRenderer, type RenderResult } from '../render/create-renderer.js'
import type { Site } from './load-site.js'

export interface RenderSiteOptions {
  themeId?: string | undefined
  /** Disable the cache (`--no-cache`). */
  noCache?: boolean | undefined
  version?: string | undefined
  fetchRemote?: ((url: string) => Promise<Uint8Array>) | undefined
  /** Load image bytes from the cache (render and publish need them; check does not). */
  imageData?: boolean | undefined
}

export interface RenderedSite {
  results: Map<string, RenderResult>
  themeFiles: VFile[]
}

export async function renderSite(site: Site, options: RenderSiteOptions = {}): Promise<RenderedSite> {
  const renderer = await createRenderer({
    root: site.root,
    config: site.config,
    themeId: options.themeId,
    cacheDir: options.noCache ? undefined : path.join(site.root, '.wxpress', 'cache'),
    version: options.version ?? '0',
    fetchRemote: options.fetchRemote,
  })
  const results = new Map<string, RenderResult>()
  const queue = site.selected.filter((a) => a.readable)
  const workers = Array.from({ length: 12 }, async () => {
    for (let a = queue.shift(); a; a = queue.shift()) results.set(a.slug, await renderer.render(a, { imageData: options.imageData !== false }))
  })
  await Promise.all(workers)
  return { results, themeFiles: renderer.themeFiles() }
}
