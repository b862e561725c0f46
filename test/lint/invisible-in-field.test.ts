/** An invisible character in a front-matter field is said to be in that field, not "in the body" (tester report N11). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { WxMessage } from '../../src/diagnostics/diagnostic.js'
import { renderText } from '../../src/i18n/catalogue.js'
import { lintFile } from './lint-file.js'

describe('an invisible character', () => {
  it('in the digest names the digest; in the body, the body', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wxpress-invisible-'))
    mkdirSync(path.join(dir, 'a'))
    const file = path.join(dir, 'a', 'index.md')
    writeFileSync(file, '---\ntitle: 标题\ndigest: 一句\u200b话摘要。\n---\n\n正文\u200b里也有。\n')
    const article = await lintFile(file, dir)
    const found = (article.file.messages as WxMessage[]).filter(
      (m) => m.ruleId === 'typography/invisible-characters',
    )
    const zh = found.map((m) => renderText(m.i18n!.message!, 'zh-CN'))
    expect(zh.sort()).toEqual(['`digest` 里有不可见的零宽空格 U+200B', '正文里有不可见的零宽空格 U+200B'])
  })
})
