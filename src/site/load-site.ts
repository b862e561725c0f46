/**
 * A site = root folder + config + articles. Loads the config and every article; the optional slug
 * filter only narrows what later stages look at (schedule checks still see every article).
 */
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { VFile } from '../core/vfile.js'
import { createCache, type Cache } from '../cache/create-cache.js'
import { loadConfig, type LoadedConfig } from '../config/load-config.js'
import type { Config } from '../config/schema.js'
import type { Article } from '../content/article.js'
import { listArticles, type MisnamedIndex } from '../content/list-articles.js'
import { misnamedIndexFiles, reportUnknownSlug } from '../content/misnamed-index.js'
import { loadArticles } from '../content/load-articles.js'
import { report } from '../diagnostics/diagnostic.js'
import { didYouMean } from '../diagnostics/did-you-mean.js'
import { startHelpers, threadsFor, type HelperWork, type Helpers } from './start-helpers.js'
import { configMessages } from '../i18n/messages/config.js'

export interface SiteOptions {
  root: string
  /** `--config` path, relative to root. */
  config?: string | undefined
  /** `--content` folder, relative to root (default: config `content`). */
  content?: string | undefined
  /** Only these slugs are checked/rendered (others still count for the schedule). */
  slugs?: readonly string[] | undefined
  /** Cache the text-only content work under `.wxpress/cache/`, keyed with this wxpress version. */
  cacheVersion?: string | undefined
  /**
   * The selected articles will be linted and/or rendered with the cache like this: helper threads
   * start on them at once when nothing is cached yet (see `startHelpers`), else `renderSite` starts
   * them when enough articles are uncached.
   */
  helpers?: HelperWork | undefined
}

export interface Site {
  root: string
  contentDir: string
  config: Config
  loadedConfig: LoadedConfig
  /** Every article, in slug order. */
  articles: Article[]
  /** The articles selected by `slugs` (all when none given). */
  selected: Article[]
  /** Article files named in other letter case (`index.MD`), with their warning; none when slugs are given. */
  misnamed?: VFile[]
  /** Problems with the command line itself (unknown slugs, missing content folder). */
  usage: VFile
  cacheDir: string
  /** `.wxpress/cache/`, shared by every stage so that its new entries are flushed as one pack. */
  cache: Cache
  /** Helper threads already working on the selected articles (taken in by `renderSite`). */
  helpers: Helpers | undefined
  /** How `renderSite` may start helpers when many selected articles are uncached (`SiteOptions.helpers`). */
  helperWork?: HelperWork | undefined
}

/** The site's cache when `cacheDir` is its folder (undefined: no cache). */
export function siteCache(site: Site, cacheDir: string | undefined): Cache {
  return cacheDir === undefined
    ? createCache(undefined)
    : path.resolve(cacheDir) === site.cacheDir
      ? site.cache
      : createCache(cacheDir)
}

export async function loadSite(options: SiteOptions): Promise<Site> {
  const root = path.resolve(options.root)
  const cacheDir = path.join(root, '.wxpress', 'cache')
  const store = createCache(cacheDir, { build: options.cacheVersion })
  const memo = options.cacheVersion ? { cache: store, version: options.cacheVersion } : undefined
  const loadedConfig = await loadConfig(root, options.config, memo)
  const config = loadedConfig.config
  const contentDir = path.resolve(root, options.content ?? config.content)
  const cache = options.cacheVersion ? { store, salt: options.cacheVersion } : undefined
  const usage = new VFile({ path: '(command line)', cwd: root })
  if (!loadedConfig.failed)
    checkContentDir(usage, root, contentDir, options.content === undefined ? 'config' : 'flag')
  const misnamed: MisnamedIndex[] = []
  const refs =
    loadedConfig.failed || usage.messages.length > 0 ? [] : await listArticles(contentDir, misnamed)
  let chosen = refs
  if (options.slugs && options.slugs.length > 0 && usage.messages.length === 0) {
    const bySlug = new Map(refs.map((r) => [r.slug, r]))
    chosen = []
    for (const slug of options.slugs) {
      const clean = slug
        .replace(/\/+$/, '')
        .replace(/^.*\/([^/]+)\/index\.md$/, '$1')
        .replace(/^content\//, '')
      const ref = bySlug.get(clean)
      if (ref) chosen.push(ref)
      else reportUnknownSlug(usage, root, contentDir, clean, bySlug.keys(), misnamed)
    }
  }
  // With nothing cached yet every article is new: helper threads start at once, before this thread
  // reads the articles (otherwise `renderSite` starts them if enough articles turn out uncached).
  const wanted =
    options.helpers && usage.messages.length === 0 ? threadsFor(chosen.length, options.helpers.jobs) : 0
  const helpers =
    wanted > 0 && store.empty()
      ? startHelpers(
          { ...options.helpers!, root, configPath: loadedConfig.path, cacheDir, items: chosen },
          wanted,
        )
      : undefined
  const articles = await loadArticles({ root, contentDir, config, cache, refs })
  // the helpers take the parsed front matter from the cache rather than parsing it again
  if (helpers) await store.flush()
  const bySlug = new Map(articles.map((a) => [a.slug, a]))
  const selected =
    options.slugs && options.slugs.length > 0 ? chosen.map((r) => bySlug.get(r.slug)!) : articles
  return {
    root,
    contentDir,
    config,
    loadedConfig,
    articles,
    selected,
    misnamed: options.slugs?.length ? [] : misnamedIndexFiles(root, contentDir, misnamed),
    usage,
    cache: store,
    cacheDir,
    helpers,
    helperWork: usage.messages.length === 0 ? options.helpers : undefined,
  }
}

/**
 * A content folder that does not exist (a typo in `--content` or config `content`, or a command run
 * outside the site) is a usage error: otherwise a CI run would pass green over zero articles.
 */
function checkContentDir(usage: VFile, root: string, contentDir: string, from: 'flag' | 'config'): void {
  let isDir = false
  try {
    isDir = statSync(contentDir).isDirectory()
  } catch {
    // missing or unreadable: reported below
  }
  const shown = (path.relative(root, contentDir) || '.').split(path.sep).join('/')
  if (isDir && (shown === '..' || shown.startsWith('../') || path.isAbsolute(shown))) {
    // its articles would each be "a link out of the site": say what is really the matter, once
    const { msg } = configMessages
    report(usage, 'error', 'cli/content-outside', 'content', msg.contentOutside({ dir: shown }), {
      value: shown,
      hint: msg.contentOutsideHint(),
    })
    return
  }
  if (isDir) return
  let siblings: string[] = []
  try {
    siblings = readdirSync(path.dirname(contentDir), { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => e.name)
  } catch {
    // the parent is missing too
  }
  const s = didYouMean(path.basename(contentDir), siblings)
  const { msg } = configMessages
  const hint = s
    ? msg.missingContentSuggest({ dir: path.posix.join(path.posix.dirname(shown), s) })
    : msg.missingContentHint({ flag: from === 'flag' ? 1 : 0 })
  report(
    usage,
    'error',
    'cli/missing-content',
    'content',
    msg.missingContent({ dir: shown, file: existsAsFile(contentDir) ? 1 : 0 }),
    { value: shown, hint },
  )
}

function existsAsFile(file: string): boolean {
  try {
    return statSync(file).isFile()
  } catch {
    return false
  }
}
