/**
 * `sameReport` sets aside exactly what changes between runs that report the same thing: the relative
 * times `commentBody` writes (compact rows, article facts, deleted-article notes) and the run id of
 * the artifact link; anything else is a change.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { commentBody } from '../../src/pr/report/comment-body.js'
import { sameReport } from '../../src/pr/report/comment-stable.js'
import { commentInput, NOW } from './comment-input.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const RUN = 'https://github.com/shanhai/site/actions/runs/'
const HOUR = 3_600_000

describe('sameReport', () => {
  it('ignores the relative times and the run id, nothing else', async () => {
    const input = await commentInput(path.join(here, 'fixtures', 'artifact'), { artifactUrl: `${RUN}42` })
    input.report.deleted = [
      { slug: 'winter', file: 'content/winter/index.md', title: '冬天', slot: '2027-04-15T20:00:00+08:00' },
    ]
    const first = commentBody(input)
    for (const ms of [NOW + 2 * HOUR, NOW + 7 * HOUR, NOW + 8 * HOUR, NOW + 9 * HOUR, NOW + 5 * 24 * HOUR]) {
      const later = commentBody({ ...input, nowMs: ms })
      expect(later).not.toBe(first)
      expect(sameReport(first, later)).toBe(true)
    }
    const rerun = commentBody({ ...input, imagesNote: `见[构建产物](${RUN}42)。`, artifactUrl: `${RUN}43` })
    const noted = commentBody({ ...input, imagesNote: `见[构建产物](${RUN}43)。`, artifactUrl: `${RUN}44` })
    expect(sameReport(rerun, noted)).toBe(true)
    expect(sameReport(first, commentBody({ ...input, artifactUrl: `${RUN}43` }))).toBe(true)
    // the note says it is now, then that it has passed: the same report, a later time
    expect(commentBody({ ...input, nowMs: NOW + 8 * HOUR })).toContain('推送（现在）')
    expect(commentBody({ ...input, nowMs: NOW + 9 * HOUR })).toContain('推送（1 小时前）')

    expect(sameReport(first, commentBody({ ...input, artifactUrl: undefined }))).toBe(false)
    expect(sameReport(first, commentBody({ ...input, imagesNote: '预览图未能发布。' }))).toBe(false)
    expect(sameReport(first, commentBody({ ...input, suggestions: 2 }))).toBe(false)
    const [spring] = input.report.articles
    const moved = { ...spring!, slot: '2027-04-19T20:00:00+08:00' }
    const report = { ...input.report, articles: [moved, ...input.report.articles.slice(1)] }
    expect(sameReport(first, commentBody({ ...input, report }))).toBe(false)
    const link = { ...input.links, checkRunUrl: 'https://github.com/shanhai/site/runs/1001' }
    expect(sameReport(first, commentBody({ ...input, links: link }))).toBe(false)
  })
})
