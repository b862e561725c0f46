/**
 * `wxpress render`: writes every article that parses (errors or not, reviewers must see it),
 * its prepared images under assets/, and a manifest of planned uploads.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { VFile } from '../../core/vfile.js'
import { collectDiagnostics } from '../../diagnostics/collect-diagnostics.js'
import { summarize } from '../../diagnostics/summarize.js'
import { reportJson } from '../../diagnostics/report-json.js'
import { PRETTY_PER_RULE, reportPretty } from '../../diagnostics/report-pretty.js'
import { loadSite } from '../../site/load-site.js'
import { renderSite } from '../../site/render-site.js'
import { EXIT, useColor, type CliIO } from '../io.js'
import { checkUsageJson, reportUsage } from '../report-usage.js'
import { report } from '../../diagnostics/diagnostic.js'
import { didYouMean } from '../../diagnostics/did-you-mean.js'
import { buildVersion } from '../version.js'
import type { RenderFlags } from './flags.js'
import { mergeManifest, readPreviousManifest, removeFiles, type ManifestEntry } from './stale-assets.js'
import { createRenderWriter } from './create-render-writer.js'
import type { PlannedImage } from '../../render/planned-image.js'
import type { RenderResult } from '../../render/renderer.js'
import { t } from '../../i18n/catalogue.js'
import type { Locale, Message } from '../../i18n/message.js'
import { renderCliMessages as rc } from '../../i18n/messages/render-cli.js'
import { themeMessages as tm } from '../../i18n/messages/theme.js'

export async function runRender(io: CliIO, slugs: string[], flags: RenderFlags): Promise<number> {
  const version = buildVersion()
  const chromium = io.env.CHROMIUM_PATH || undefined
  const site = await loadSite({
    root: io.cwd,
    config: flags.config,
    content: flags.content,
    slugs,
    cacheVersion: flags.cache ? version : undefined,
    // many uncached articles: helper threads render some of them
    helpers: flags.cache
      ? { lint: false, themeId: flags.theme, version, jobs: flags.jobs, chromium }
      : undefined,
  })
  const json = flags.format === 'json' ? checkUsageJson : undefined
  if (flags.theme && site.usage.messages.length === 0) {
    const { listThemes } = await import('../../themes/load-theme.js')
    const ids = await listThemes({ root: site.root, themeDirs: site.config.themeDirs })
    if (!ids.includes(flags.theme)) {
      const s = didYouMean(flags.theme, ids)
      report(site.usage, 'error', 'cli/unknown-theme', 'theme', tm.msg.notFound({ id: flags.theme }), {
        value: flags.theme,
        hint: tm.msg.availableFlag({ s: s ?? '', list: ids.join(', ') }),
      })
    }
  }
  const locale = flags.locale ?? site.config.locale
  if (reportUsage(io, site, json, locale)) {
    await site.helpers?.stop()
    return EXIT.usage
  }
  const out = path.resolve(io.cwd, flags.out)
  try {
    mkdirSync(path.join(out, 'assets'), { recursive: true })
  } catch (error) {
    const cannot = rc.msg.cannotCreate({ out: flags.out, error: (error as Error).message })
    io.stderr.write(`${t(locale, cannot)}\n`)
    await site.helpers?.stop()
    return EXIT.usage
  }
  // what an earlier render wrote (the only files a render may delete)
  const previous = readPreviousManifest(out)
  const { write, onRendered, failure, overwritten } = createRenderWriter(
    out,
    previous,
    flags.cache ? site.cache.files : undefined,
  )
  const { results, themeFiles } = await renderSite(site, {
    themeId: flags.theme,
    chromium,
    noCache: !flags.cache,
    version,
    onRendered,
    keepImageBytes: false,
  })
  reportUsage(io, site, undefined, locale) // a helper thread that failed
  const current: ManifestEntry[] = []
  for (const article of site.selected) {
    const result = results.get(article.slug)
    if (!result?.html) continue
    const strip = ({ data: _d, ...rest }: PlannedImage) => rest
    current.push({
      slug: article.slug,
      file: `${article.slug}.html`,
      source: article.path,
      theme: result.theme,
      contentHash: result.contentHash,
      images: result.images.map(strip),
      cover: result.cover ? strip(result.cover) : null,
      size: { text: result.size.text, htmlBytes: result.size.htmlBytes },
    })
  }
  // the articles not rendered this time keep their entries; pages and images of the previous manifest
  // that the new one no longer lists are stale
  const merged = mergeManifest(
    out,
    previous,
    current,
    new Set(site.selected.map((a) => a.slug)),
    new Set(site.articles.map((a) => a.slug)),
  )
  write('manifest.json', `${JSON.stringify({ version: 1, articles: merged.articles }, null, 2)}\n`)
  if (flags.cache) await site.cache.flush() // the hashes of the images found unchanged in <out>/
  const failed = failure()
  if (failed) {
    io.stderr.write(`${t(locale, rc.msg.cannotWrite({ out: flags.out, error: failed.message }))}\n`)
    return EXIT.usage
  }
  const removedPages = removeFiles(out, merged.stale.pages)
  const removed = removeFiles(out, merged.stale.assets)
  const files = [
    ...site.selected.map((a) => ({ file: a.file, path: a.path })),
    ...themeFiles.map((f) => ({ file: f, path: f.path })),
  ]
  const shownOut = path.relative(site.root, out).split(path.sep).join('/') || '.'
  for (const name of overwritten) {
    const shown = `${shownOut}/${name}`
    const slug = name.endsWith('.html') ? name.slice(0, -'.html'.length) : undefined
    const file = new VFile({ path: shown, cwd: site.root })
    report(file, 'warning', 'cli/overwrote-file', 'render', rc.msg.overwrote({ shown, out: shownOut }), {
      value: shown,
      hint: rc.msg.overwroteHint({ slug: slug ?? '', shown, out: shownOut }),
    })
    files.push({ file, path: shown })
  }
  if (site.loadedConfig.file && site.loadedConfig.path)
    files.push({ file: site.loadedConfig.file, path: site.loadedConfig.path })
  const diagnostics = collectDiagnostics(files, locale)
  const summary = summarize(diagnostics, site.selected.length)
  if (flags.format === 'json') {
    io.stdout.write(
      reportJson(
        site.selected.map((a) => ({ file: a.path, slug: a.slug, errors: 0, warnings: 0 })),
        diagnostics,
        summary,
      ),
    )
  } else {
    const say = (message: Message) => io.stdout.write(`${t(locale, message)}\n`)
    io.stdout.write(
      reportPretty(diagnostics, summary, {
        color: useColor(io),
        // infos stay hidden, but for a diagram left as code: the output differs from what was asked
        quiet: { keep: ['render/mermaid-skipped'] },
        locale,
        perRule: PRETTY_PER_RULE,
      }),
    )
    for (const entry of current) {
      io.stdout.write(`  ${entry.slug}: ${sizeLine(results.get(entry.slug)!.size, locale)}\n`)
    }
    const shownDir = path.relative(io.cwd, out) || '.'
    say(rc.msg.renderedCount({ n: current.length, of: site.selected.length, out: shownDir }))
    if (removedPages.length > 0) {
      say(rc.msg.removedPages({ n: removedPages.length, list: removedPages.join(', ') }))
    }
    const assetsDir = path.relative(io.cwd, path.join(out, 'assets')) || '.'
    if (removed.length > 0) say(rc.msg.removedImages({ n: removed.length, dir: assetsDir }))
  }
  if (site.loadedConfig.failed) return EXIT.usage
  return summary.errors > 0 ? EXIT.errors : EXIT.ok
}

/** `1,234 characters of text, 56.7 KB of HTML`. */
function sizeLine(size: RenderResult['size'], locale: Locale): string {
  return t(locale, rc.msg.sizeLine({ text: size.text, kb: (size.htmlBytes / 1024).toFixed(1) }))
}
