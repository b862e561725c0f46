/**
 * The artifact's pages (DESIGN §8): each article's HTML, its cover thumbnail and, with a browser, its
 * phone screenshot (the changed articles first, at most `MAX_SCREENSHOTS`). Sets the entries' `cover`
 * and `screenshot` paths.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { renderText } from '../i18n/catalogue.js'
import type { Locale } from '../i18n/message.js'
import { prCheckMessages } from '../i18n/messages/pr-check.js'
import type { articleEntries } from './article-entries.js'
import { takeScreenshots } from './screenshots.js'

export const COVER_THUMBNAIL_WIDTH = 300
/** Screenshots per run at most (each is 0.5–2 MB and about a second of Chromium). */
export const MAX_SCREENSHOTS = 50

type Entry = ReturnType<typeof articleEntries>[number]

export async function writeArtifactPages(
  dir: string,
  entries: readonly Entry[],
  browser: { executablePath?: string | undefined } | false,
  locale: Locale,
): Promise<{ screenshotsSkipped: string | undefined; noCjkFont: string[] }> {
  // only what an earlier run wrote goes: `--artifact .` must never empty the site
  await Promise.all(
    ['html', 'screenshots', 'covers', 'report.json'].map((d) =>
      rm(path.join(dir, d), { recursive: true, force: true }),
    ),
  )
  await Promise.all(
    ['html', 'screenshots', 'covers'].map((d) => mkdir(path.join(dir, d), { recursive: true })),
  )
  const { thumbnailJpeg } = await import('../render/prepare-image.js')
  for (const { entry, page, cover } of entries) {
    await writeFile(path.join(dir, entry.html), page)
    const thumb =
      cover && cover.data.byteLength > 0 ? await thumbnailJpeg(cover.data, COVER_THUMBNAIL_WIDTH) : undefined
    if (thumb) {
      entry.cover = `covers/${entry.slug}.jpg`
      await writeFile(path.join(dir, entry.cover), thumb)
    }
  }
  let screenshotsSkipped: string | undefined
  let noCjkFont: string[] = []
  if (browser) {
    // a theme change checks every article: the changed ones are shot first, and at most MAX_SCREENSHOTS
    // an article that was not checked (too large, unreadable) has no page worth a screenshot
    const shown = entries.filter((e) => e.entry.checked)
    const shotList = [...shown.filter((e) => e.entry.changed), ...shown.filter((e) => !e.entry.changed)]
    const pages = shotList.slice(0, MAX_SCREENSHOTS).map((e) => ({ slug: e.entry.slug, html: e.page }))
    const shots = await takeScreenshots(pages, browser)
    if (shots.ok) {
      for (const { entry } of entries) {
        const png = shots.shots.get(entry.slug)
        if (!png) continue
        entry.screenshot = `screenshots/${entry.slug}.png`
        await writeFile(path.join(dir, entry.screenshot), png)
      }
      noCjkFont = shots.noCjkFont
    } else screenshotsSkipped = shots.reason
  } else screenshotsSkipped = renderText(prCheckMessages.msg.screenshotsOff(), locale)
  return { screenshotsSkipped, noCjkFont }
}
