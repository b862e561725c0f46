/** Worker of `warmCache`: lints and/or renders a share of the articles into the cache. */
import { workerData } from 'node:worker_threads'
import { loadSite } from './load-site.js'
import { siteLinter } from './lint-site.js'
import { renderSite } from './render-site.js'

const data = workerData as { root: string; config?: string; content: string; slugs: string[]; cacheDir: string; version: string; lint: boolean; themeId?: string }
const site = await loadSite({ root: data.root, config: data.config, content: data.content, slugs: data.slugs, onlySlugs: true, cacheVersion: data.version })
const before = data.lint ? siteLinter(site, { cacheDir: data.cacheDir, version: data.version }) : undefined
await renderSite(site, { version: data.version, themeId: data.themeId, jobs: 1, imageData: false, before })
