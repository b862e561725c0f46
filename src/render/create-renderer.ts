/**
 * `createRenderer(options).render(article)`: Markdown → themed, juice-inlined, WeChat-safe HTML with
 * images as planned uploads. Reports onto `article.file`, never throws for user input. Results are
 * cached by content hash (article, images, theme, config, wxpress version).
 */
import path from 'node:path'
import type { VFile } from '../core/vfile.js'
import { createCache, hashKey } from '../cache/create-cache.js'
import type { Article } from '../content/article.js'
import { finishParse } from '../content/finish-parse.js'
import { recordsSince } from '../diagnostics/message-records.js'
import { report } from '../diagnostics/diagnostic.js'
import { loadTheme } from '../themes/load-theme.js'
import { cssFor, treeTokens } from '../themes/css-for.js'
import type { Theme } from '../themes/theme.js'
import { checkFootnotes } from './check-footnotes.js'
import { checkEmptyOutput } from './check-empty-output.js'
import { checkSpacedTargets } from './check-spaced-targets.js'
import { createImageLoader, type ImageStore } from './image-loader.js'
import { restoreRender, storeRender } from './cached-render.js'
import { hasUnfetched } from './unfetched-images.js'
import type { PlannedImage } from './planned-image.js'
import type { RenderProcessor } from './create-processor.js'
import { checkSize, measure } from './check-size.js'
import { applyRuleSettings } from './apply-rule-settings.js'
import { shortenStyles } from './shorten-styles.js'
import { prepareDiagrams } from './prepare-diagrams.js'
import type { MermaidDrawer } from './draw-mermaid.js'
import type { RenderCallOptions, Renderer, RendererOptions, RenderResult } from './renderer.js'
import { refuseTooDeep, reportRenderFailure } from './render-failure.js'
import { themeMessages as tm } from '../i18n/messages/theme.js'
import type { Message } from '../i18n/message.js'

export async function createRenderer(options: RendererOptions): Promise<Renderer> {
  const cache = options.cache ?? createCache(options.cacheDir)
  const store: ImageStore = createImageLoader({ cache, root: options.root, fetchRemote: options.fetchRemote })
  const themes = new Map<
    string,
    {
      theme: Theme | undefined
      files: VFile[]
      notFoundHint?: Message
      processor: RenderProcessor | undefined
    }
  >()
  let inline: ReturnType<typeof import('./inline-css.js').createCssInliner> | undefined
  let drawer: Promise<MermaidDrawer | false> | undefined
  const mermaid = () =>
    (drawer ??=
      options.mermaid !== undefined
        ? Promise.resolve(options.mermaid)
        : import('./draw-mermaid.js').then((m) => m.defaultMermaidDrawer(options.chromium)))
  const configHash = hashKey(
    JSON.stringify(options.config),
    options.version ?? '0',
    options.configCode ?? '',
    options.remoteImages ?? 'fetch',
  )

  async function themeFor(id: string) {
    let entry = themes.get(id)
    if (!entry) {
      const loaded = await loadTheme({
        root: options.root,
        id,
        themeDirs: options.config.themeDirs,
        cache: { store: cache, version: options.version ?? '0' },
      })
      entry = { ...loaded, processor: undefined }
      themes.set(id, entry)
    }
    return entry
  }

  async function render(article: Article, callOptions: RenderCallOptions = {}): Promise<RenderResult> {
    const id = options.themeId ?? article.frontmatter.theme ?? options.config.theme
    const entry = await themeFor(id)
    const { theme, notFoundHint } = entry
    const empty = {
      html: '',
      images: [],
      cover: undefined,
      theme: id,
      contentHash: article.hash,
      size: measure(''),
      cached: false,
    }
    if (!theme) {
      report(article.file, 'error', 'theme/not-found', 'render', tm.msg.notFound({ id }), {
        place: article.fields.find((f) => f.key === 'theme')?.valuePosition,
        value: id,
        hint: notFoundHint ?? tm.msg.notFoundHint(),
      })
      return empty
    }
    if (!article.readable) return empty
    const key = keyOf(theme, article)
    const wantHtml = callOptions.html !== false
    const restoreOptions = { imageData: callOptions.imageData !== false, html: wantHtml }
    const hit = await restoreRender(cache, store, key, article.dir, article.file, restoreOptions)
    // the same result as a miss
    if (hit) return { ...hit, theme: id, contentHash: article.hash, cached: true }
    // the pipeline modules load on the first cache miss: a warm run never pays for them
    const { createProcessor } = await import('./create-processor.js')
    inline ??= (await import('./inline-css.js')).createCssInliner()
    const processor = (entry.processor ??= createProcessor(options.config.markdown, {
      rehypePlugins: theme.rehypePlugins,
    }))
    const before = article.file.messages.length
    // a check that reads neither HTML nor image bytes needs no conversions
    const loader = store.forArticle(article, callOptions.imageData === false && !wantHtml)
    const file = article.file
    file.data.render = {
      article,
      images: [],
      references: new Map(),
      loadImage: loader.load,
      keepRemote: options.remoteImages === 'keep',
    }
    const parse = (markdown: string) => finishParse(processor.parse(markdown), markdown)
    // the parse lint made is shared when no site plugin could have changed the syntax
    const shared = options.config.markdown.remarkPlugins.length === 0 ? callOptions.parsed : undefined
    const tree = shared ? shared(parse) : parse(article.markdown)
    const drawings = await prepareDiagrams(tree, cache, mermaid, callOptions.imageData !== false)
    file.data.render.diagrams = drawings.diagrams
    let html = ''
    try {
      const refused = refuseTooDeep(file, tree, article.markdown)
      if (refused !== undefined) html = refused
      else {
        checkFootnotes(tree, file)
        checkSpacedTargets(tree, file, article.markdown)
        const hast = await processor.run(tree, file)
        checkEmptyOutput(hast, tree, article.markdown, file)
        // juice gets the tree rehype-stringify would write (as a DOM): no serialising and parsing again
        html = shortenStyles(inline(hast, cssFor(theme.rules, treeTokens(hast))))
      }
    } catch (error) {
      html = reportRenderFailure(file, error, tree, article.markdown)
    } finally {
      delete file.data.render
    }
    const size = checkSize(html, file, options.config.limits)
    applyRuleSettings(file, before, options.config.rules, article.frontmatter.lint)
    const cover = article.coverPath
      ? await loader.load(
          path.relative(article.dir, article.coverPath).split(path.sep).join('/'),
          article.fields.find((f) => f.key === 'cover')?.valuePosition,
          'cover',
        )
      : undefined
    const images = dedupe(loader.images().filter((i) => i.kind === 'body'))
    const strip = ({ data: _data, ...rest }: PlannedImage) => rest
    // a render that lacks a drawing or a remote image a later run may get is not kept
    if (drawings.complete && !hasUnfetched(file, before))
      await storeRender(cache, key, html, {
        images: images.map(strip),
        cover: cover ? strip(cover) : null,
        deps: loader.deps(),
        messages: recordsSince(file, before),
        size,
      })
    // as on a cache hit: a check keeps no image bytes (a thousand articles' photos are ≈ 0.6 GB)
    const kept = (i: PlannedImage) =>
      callOptions.imageData === false ? { ...i, data: new Uint8Array(0) } : i
    const shown = wantHtml ? html : ''
    const result = { html: shown, images: images.map(kept), cover: cover ? kept(cover) : undefined }
    return { ...result, theme: id, contentHash: article.hash, size, cached: false }
  }

  const keyOf = (theme: Theme, article: Article) =>
    hashKey(configHash, theme.hash, article.hash, article.path)

  async function isCached(article: Article): Promise<boolean> {
    const { theme } = await themeFor(options.themeId ?? article.frontmatter.theme ?? options.config.theme)
    return theme !== undefined && article.readable && (await cache.has('render', keyOf(theme, article)))
  }

  return {
    render,
    isCached,
    cache,
    themeFiles: () => [...themes.values()].flatMap((t) => t.files),
  }
}

function dedupe(images: PlannedImage[]): PlannedImage[] {
  const seen = new Set<string>()
  return images.filter((i) => {
    if (seen.has(i.hash)) return false
    seen.add(i.hash)
    return true
  })
}
