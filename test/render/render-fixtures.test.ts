import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/schema.js'
import { listCases, prettyText } from '../helpers/site-fixture.js'
import { assertWechatSafe, caseRenderer } from './case-renderer.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const fixtures = path.join(here, 'fixtures')
const config = defaultConfig()
const { renderCase } = await caseRenderer(config)

describe('render fixtures', () => {
  for (const name of listCases(fixtures)) {
    it(`renders ${name}`, async () => {
      const { article, result } = await renderCase(name)
      assertWechatSafe(result.html)
      await expect(`${result.html.replace(/></g, '>\n<')}\n`).toMatchFileSnapshot(
        path.join(fixtures, name, 'output.html'),
      )
      await expect(prettyText([{ file: article.file, path: article.path }])).toMatchFileSnapshot(
        path.join(fixtures, name, 'diagnostics.txt'),
      )
    })
  }
})
