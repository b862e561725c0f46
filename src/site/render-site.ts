/**
 * Renders the selected articles of a site (cache under `.wxpress/cache/`), returning each result;
 * messages land on the articles' VFiles and the theme files.
 */
import path from 'node:path'
import type { VFile } from '../core/vfile.js'
import type { Cache } from '../cache/create-cache.js'
import { report } from '../diagnostics/diagnostic.js'
import type { Article } from '../content/article.js'
import { shareParse, type ParsedBody } from '../content/share-parse.js'
import { createRenderer } from '../render/create-renderer.js'
import type { RenderResult } from '../render/renderer.js'
import type { SiteLinter } from './lint-site.js'
import { siteCache, type Site } from './load-site.js'
import { startHelpers, threadsFor, type Helpers } from './start-helpers.js'
import { createTurns } from './take-turns.js'
import { fetchRemoteImage } from '../render/fetch-remote-image.js'
import { renderCliMessages as rc } from '../i18n/messages/render-cli.js'

export interface RenderSiteOptions {
  themeId?: string | undefined
  /** Chromium for mermaid diagrams (`CHROMIUM_PATH`); default: the usual places. */
  chromium?: string | undefined
  /** Disable the cache (`--no-cache`). */
  noCache?: boolean | undefined
  version?: string | undefined
  fetchRemote?: ((url: string) => Promise<Uint8Array>) | undefined
  /** `keep`: never fetch remote images (see `RendererOptions.remoteImages`). */
  remoteImages?: 'fetch' | 'keep' | undefined
  /** Load image bytes from the cache (render and publish need them; check does not). */
  imageData?: boolean | undefined
  /** Return each article's HTML (default true; a check's report does not need it, nor reads it). */
  html?: boolean | undefined
  /** Wait for the cache writes before returning (default true; the check waits later). */
  flush?: boolean | undefined
  /** Lints each article right before it is rendered (the check). */
  lint?: SiteLinter | undefined
  /** Where the articles come from (helper threads); default: the site's selected articles. */
  next?: (() => Promise<Article | undefined>) | undefined
  /** Called with each result as soon as it is ready (e.g. to write it out). */
  onRendered?: ((slug: string, result: RenderResult) => void) | undefined
  /** Keep the image bytes in the returned results (default true); false once `onRendered` wrote them out. */
  keepImageBytes?: boolean | undefined
}

export interface RenderedSite {
  results: Map<string, RenderResult>
  themeFiles: VFile[]
}

export async function renderSite(site: Site, options: RenderSiteOptions = {}): Promise<RenderedSite> {
  const cacheDir = options.noCache ? undefined : site.cacheDir
  const turns = createTurns()
  const renderer = await createRenderer({
    root: site.root,
    config: site.config,
    themeId: options.themeId,
    cache: siteCache(site, cacheDir),
    version: options.version ?? '0',
    configCode: site.loadedConfig.codeHash,
    // another article goes on while one waits for a remote image
    fetchRemote: (url) => turns.away(() => (options.fetchRemote ?? fetchRemoteImage)(url)),
    remoteImages: options.remoteImages,
    chromium: options.chromium,
  })
  const results = new Map<string, RenderResult>()
  // a few in flight, so remote images download while others render; else one at a time (`turns`)
  const run = (next: () => Promise<Article | undefined> | Article | undefined) =>
    Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let a = await next(); a; a = await next()) {
          await turns.take()
          try {
            // one parse per article, made on the first cache miss and shared by lint and render (the
            // Markdown itself may not have been read yet: see `lazy-content.ts`)
            let shared: ParsedBody | undefined
            const parsed: ParsedBody = (parse) => (shared ??= shareParse(a.markdown))(parse)
            await options.lint?.lint(a, parsed)
            const result = await renderer.render(a, {
              imageData: options.imageData !== false,
              parsed,
              html: options.html !== false,
            })
            options.onRendered?.(a.slug, result)
            results.set(a.slug, options.keepImageBytes === false ? withoutBytes(result) : result)
          } catch (error) {
            // one article's failure is an error on it (which blocks its push), never the whole site's
            report(
              a.file,
              'error',
              'render/failed',
              'render',
              `Rendering failed unexpectedly: ${(error as Error).message}`,
              {
                hint: 'This is a bug in wxpress or a site plugin; the other articles went on. Please report it.',
              },
            )
          } finally {
            turns.give()
          }
        }
      }),
    )
  const queue = site.selected.filter((a) => a.readable)
  // injected fetchers (tests) cannot cross into helper threads
  const shareable =
    !options.next && cacheDir !== undefined && cacheDir === site.cacheDir && !options.fetchRemote
  // helpers started by `loadSite` on an empty cache work for this render; else start some here
  // when enough articles are not in the cache
  // the first render takes them (without changing `site`); a later render of the same site starts its own
  let helpers = site.helpers?.claim() ? site.helpers : undefined
  if (shareable && !helpers && site.helperWork) {
    const misses: Article[] = []
    for (const a of queue)
      if (!(await renderer.isCached(a)) || (options.lint && !(await options.lint.isCached(a)))) misses.push(a)
    const threads = threadsFor(misses.length, site.helperWork.jobs)
    if (threads > 0) {
      await renderer.cache.flush() // their front matter, parsed while loading
      const items = misses.map((a) => ({ slug: a.slug, absolutePath: path.join(site.root, a.path) }))
      helpers = startHelpers(
        { ...site.helperWork, root: site.root, configPath: site.loadedConfig.path, cacheDir, items },
        threads,
      )
    }
  }
  if (options.next) await run(options.next)
  else if (helpers && shareable) {
    await share(helpers, queue, run, renderer.cache)
    for (const reason of new Set(helpers.failures)) {
      report(site.usage, 'warning', 'cli/helper-failed', 'render', rc.msg.helperFailed({ reason }), {
        value: reason,
        hint: rc.msg.helperFailedHint(),
      })
    }
  } else {
    await helpers?.stop()
    await run(() => queue.shift())
  }
  if (options.flush !== false) await renderer.cache.flush()
  return { results, themeFiles: renderer.themeFiles() }
}

/**
 * The main thread takes its share of the helpers' articles, renders the others of the queue (cached
 * ones), then replays the helpers' share from the cache as each is finished.
 */
async function share(
  helpers: Helpers,
  queue: Article[],
  run: (next: () => Promise<Article | undefined> | Article | undefined) => Promise<unknown>,
  cache: Cache,
): Promise<void> {
  const bySlug = new Map(queue.map((a) => [a.slug, a]))
  const mine = new Set<number>()
  await run(() => {
    // unreadable articles are in the shared list but have nothing to render
    for (let i = helpers.take(); i !== undefined; i = helpers.take()) {
      mine.add(i)
      const article = bySlug.get(helpers.items[i]!.slug)
      if (article) return article
    }
    return undefined
  })
  const shared = new Set(helpers.items.map((item) => item.slug))
  const others = queue.filter((a) => !shared.has(a.slug))
  await run(() => others.shift())
  const theirs = helpers.items.flatMap((item, i) => (mine.has(i) || !bySlug.has(item.slug) ? [] : [i]))
  await run(async () => {
    const i = theirs.shift()
    if (i === undefined) return undefined
    await helpers.settled(i)
    cache.refresh()
    return bySlug.get(helpers.items[i]!.slug)
  })
}

/** The result without its image bytes (a thousand articles' photos are ≈ 0.6 GB). */
function withoutBytes(result: RenderResult): RenderResult {
  const drop = <T extends { data: Uint8Array }>(image: T): T => ({ ...image, data: new Uint8Array(0) })
  return { ...result, images: result.images.map(drop), cover: result.cover ? drop(result.cover) : undefined }
}
