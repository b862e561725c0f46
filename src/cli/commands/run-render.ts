/**
 * `wxpress render`: writes every article that parses (errors or not, reviewers must see it),
 * its prepared images under assets/, and a manifest of planned uploads.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { collectDiagnostics, summarize } from '../../diagnostics/diagnostic.js'
import { reportJson } from '../../diagnostics/report-json.js'
import { reportPretty } from '../../diagnostics/report-pretty.js'
import { loadSite } from '../../site/load-site.js'
import { renderSite } from '../../site/render-site.js'
import { EXIT, useColor, type CliIO } from '../io.js'
import { reportUsage } from '../report-usage.js'
import { packageVersion } from '../version.js'
import type { RenderFlags } from './render.js'
import type { PlannedImage } from '../../render/planned-image.js'

export async function runRender(io: CliIO, slugs: string[], flags: RenderFlags): Promise<number> {
  const site = await loadSite({ root: io.cwd, config: flags.config, content: flags.content, slugs, cacheVersion: flags.cache ? packageVersion() : undefined })
  if (reportUsage(io, site)) return EXIT.usage
  if (flags.theme) {
    const { listThemes } = await import('../../themes/load-theme.js')
    const ids = await listThemes({ root: site.root, themeDirs: site.config.themeDirs })
    if (!ids.includes(flags.theme)) {
      io.stderr.write(`wxpress: theme \`${flags.theme}\` not found\nhint: available themes: ${ids.join(', ')}\n`)
      return EXIT.usage
    }
  }
  const { results, themeFiles } = await renderSite(site, { themeId: flags.theme, noCache: !flags.cache, version: packageVersion() })
  const out = path.resolve(io.cwd, flags.out)
  await mkdir(path.join(out, 'assets'), { recursive: true })
  const manifest: unknown[] = []
  for (const article of site.selected) {
    const result = results.get(article.slug)
    if (!result || !result.html) continue
    await writeFile(path.join(out, `${article.slug}.html`), result.html)
    for (const image of [...result.images, ...(result.cover ? [result.cover] : [])]) {
      await writeFile(path.join(out, image.file), image.data)
    }
    const strip = ({ data: _d, ...rest }: PlannedImage) => rest
    manifest.push({
      slug: article.slug, file: `${article.slug}.html`, source: article.path, theme: result.theme, contentHash: result.contentHash,
      images: result.images.map(strip), cover: result.cover ? strip(result.cover) : null,
    })
  }
  await writeFile(path.join(out, 'manifest.json'), JSON.stringify({ version: 1, articles: manifest }, null, 2) + '\n')
  const files = [...site.selected.map((a) => ({ file: a.file, path: a.path })), ...themeFiles.map((f) => ({ file: f, path: f.path }))]
  if (site.loadedConfig.file && site.loadedConfig.path) files.push({ file: site.loadedConfig.file, path: site.loadedConfig.path })
  const diagnostics = collectDiagnostics(files)
  const summary = summarize(diagnostics, site.selected.length)
  if (flags.format === 'json') {
    io.stdout.write(reportJson(site.selected.map((a) => ({ file: a.path, slug: a.slug, errors: 0, warnings: 0 })), diagnostics, summary))
  } else {
    io.stdout.write(reportPretty(diagnostics, summary, { color: useColor(io), quiet: true }))
    io.stdout.write(`Rendered ${manifest.length} of ${site.selected.length} article(s) into ${path.relative(io.cwd, out) || '.'}/\n`)
  }
  if (site.loadedConfig.failed) return EXIT.usage
  return summary.errors > 0 ? EXIT.errors : EXIT.ok
}
