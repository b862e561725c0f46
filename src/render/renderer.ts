/** What `createRenderer` takes and gives: its options, a render's result, and the renderer itself. */
import type { VFile } from '../core/vfile.js'
import type { Cache } from '../cache/create-cache.js'
import type { Config } from '../config/schema.js'
import type { Article } from '../content/article.js'
import type { ParsedBody } from '../content/share-parse.js'
import type { PlannedImage } from './planned-image.js'
import type { ArticleSize } from './check-size.js'
import type { MermaidDrawer } from './draw-mermaid.js'

export interface RendererOptions {
  root: string
  config: Config
  /** Overrides the config and front-matter theme. */
  themeId?: string | undefined
  /** Cache folder (`.wxpress/cache`); none when undefined. */
  cacheDir?: string | undefined
  /** An open cache (instead of `cacheDir`). */
  cache?: Cache | undefined
  fetchRemote?: ((url: string) => Promise<Uint8Array>) | undefined
  /** wxpress version, part of every cache key. */
  version?: string
  /** The config's code (plugins), part of every cache key: see `LoadedConfig.codeHash`. */
  configCode?: string | undefined
  /** `keep`: remote images are not fetched and stay remote URLs (the untrusted PR check). Default `fetch`. */
  remoteImages?: 'fetch' | 'keep' | undefined
  /** Chromium for the default mermaid drawer (`CHROMIUM_PATH`); default: the usual places. */
  chromium?: string | undefined
  /** Draws mermaid diagrams; `false` leaves them as code; default: headless Chromium, when found. */
  mermaid?: MermaidDrawer | false | undefined
}

export interface RenderResult {
  html: string
  images: PlannedImage[]
  cover: PlannedImage | undefined
  theme: string
  contentHash: string
  /** Visible text and HTML size (`render` prints it; manifest.json lists it). */
  size: ArticleSize
  /** Served from the cache. */
  cached: boolean
}

export interface RenderCallOptions {
  /** Keep the prepared image bytes (false for checks, which need only findings and sizes: `data` empty). */
  imageData?: boolean
  /** The article's shared parse (`shareParse`), used when no site remark plugin changes the syntax. */
  parsed?: ParsedBody | undefined
  /** Return the HTML (default true; false: `html` is `''`, and a cache hit does not read it). */
  html?: boolean
}

export interface Renderer {
  render(article: Article, options?: RenderCallOptions): Promise<RenderResult>
  /** Whether a render of this article is in the cache (no read). */
  isCached(article: Article): Promise<boolean>
  /** Theme problems (theme.json / theme.css files). */
  themeFiles(): VFile[]
  readonly cache: Cache
}
