import { describe, expect, it } from 'vitest'
import { commentBody, PR_REPORT_MARKER } from '../../src/pr/report/comment-body.js'
import { inline, inlineWithCode } from '../../src/pr/report/escape-markdown.js'
import { baseReport, diag, writeArtifact } from './pr-fixture.js'
import { commentInput } from './comment-input.js'

describe('the sticky comment body', () => {
  it('shows the code spans of messages as code, escaped like the rest; an unpaired backtick stays a character', () => {
    const message =
      '中文句子里用了半角标点：`行,地`；值含有 `: ` 或 `#` 要加引号，`<img src=x>` 与 `www.a.cn`，单个 ` 不成对 **粗**'
    expect(inlineWithCode(message)).toBe(
      '中文句子里用了半角标点：<code>行,地</code>；值含有 <code>&#58; </code> 或 <code>&#35;</code> 要加引号，' +
        '<code>&#60;img src&#61;x&#62;</code> 与 <code>www&#8203;.a.cn</code>，单个 &#96; 不成对 &#42;&#42;粗&#42;&#42;',
    )
  })

  it('escapes hostile titles, digests, messages and paths so they cannot break or spoof the comment', async () => {
    const report = baseReport() as {
      articles: Record<string, unknown>[]
      check: { diagnostics: Record<string, unknown>[] }
    }
    const evil =
      '<!-- wxpress:pr-report --> @octocat #1 <img src=https://tracker.example/x.png> [x](javascript:alert(1)) </details> | *b* $x$ :+1: www.evil.example \u202Egnp.exe'
    report.articles[0]!.title = evil
    report.articles[0]!.digest = evil
    report.articles[0]!.topic = '</td></tr></table><script>alert(1)</script>'
    report.check.diagnostics.push(diag('content/spring/index.md', 2, 'error', 'x/y', evil, { hint: evil }))
    const body = commentBody(await commentInput(writeArtifact(report)))
    expect(body.indexOf(PR_REPORT_MARKER)).toBe(0)
    expect(body.split(PR_REPORT_MARKER)).toHaveLength(2)
    for (const bad of [
      '<img src=https://tracker',
      '@octocat',
      '#1 ',
      '](javascript:',
      '<script>',
      '</td></tr>',
      '*b*',
      '$x$',
      ':+1:',
      'www.evil',
      '\u202E',
    ]) {
      expect(body).not.toContain(bad)
    }
    // every <details> opened is closed, in order
    const tags = [...body.matchAll(/<\/?details\b/g)].map((m) => m[0])
    expect(tags.filter((t) => t === '<details').length).toBe(tags.filter((t) => t === '</details').length)
    let depth = 0
    for (const t of tags) {
      depth += t === '<details' ? 1 : -1
      expect(depth).toBeGreaterThanOrEqual(0)
    }
    expect(inline('a|b\nc')).toBe('a&#124;b c')
  })
})
