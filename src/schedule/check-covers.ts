import { fieldPosition } from '../content/article.js'
import { report } from '../diagnostics/diagnostic.js'
import type { Draft } from './group-pushes.js'
import { scheduleMessages } from '../i18n/messages/schedule.js'
const { msg } = scheduleMessages

/** Covers far from WeChat's shapes: 2.35:1 for the head article, square for the others. */
export function checkCovers(
  d: Draft,
  coverSizes: ReadonlyMap<string, { width: number; height: number }>,
): void {
  d.articles.forEach((a, i) => {
    const size = coverSizes.get(a.slug)
    if (!size) return
    const ratio = size.width / size.height
    const want = i === 0 ? 2.35 : 1
    if (Math.abs(ratio - want) / want > 0.15) {
      const message = msg.coverRatio({
        w: size.width,
        h: size.height,
        ratio: ratio.toFixed(2),
        position: i + 1,
        head: i === 0 ? 1 : 0,
      })
      report(a.file, 'warning', 'schedule/cover-ratio', 'schedule', message, {
        place: fieldPosition(a, 'cover'),
        field: 'cover',
        value: a.frontmatter.cover,
        hint: msg.coverRatioHint(),
      })
    }
  })
}
