/**
 * "第 N 行" links of the sticky comment: GitHub renders a Markdown blob, where `#L13` leads nowhere;
 * `?plain=1#L13` opens the file's lines at that line. Other files keep the plain anchor.
 */
import { describe, expect, it } from 'vitest'
import { commentBody } from '../../src/pr/report/comment-body.js'
import { lineUrl } from '../../src/pr/report/comment-parts.js'
import { baseReport, SHA1, writeArtifact } from './pr-fixture.js'
import { commentInput } from './comment-input.js'

const links = { web: 'https://github.com/shanhai/site', headSha: SHA1 }

describe('line links in the sticky comment', () => {
  it('open a Markdown file as plain text at the line', () => {
    expect(lineUrl(links, 'content/a/index.md', 13)).toBe(
      `https://github.com/shanhai/site/blob/${SHA1}/content/a/index.md?plain=1#L13`,
    )
    expect(lineUrl(links, 'content/a/NOTES.markdown', 2)).toMatch(/\.markdown\?plain=1#L2$/)
  })

  it('keep a plain anchor for other files and no anchor for the file itself', () => {
    expect(lineUrl(links, 'wxpress.config.json', 6)).toMatch(/wxpress\.config\.json#L6$/)
    expect(lineUrl(links, 'content/a/index.md', 0)).toMatch(/content\/a\/index\.md$/)
  })

  it('every finding of an article links to its line with ?plain=1', async () => {
    const body = commentBody(await commentInput(writeArtifact(baseReport())))
    const lines = [...body.matchAll(/\[第 (\d+) 行\]\(([^)]+\/index\.md[^)]*)\)/g)]
    expect(lines.length).toBeGreaterThan(3)
    for (const [, n, url] of lines) expect(url).toMatch(new RegExp(`/index\\.md\\?plain=1#L${n}$`))
  })
})
