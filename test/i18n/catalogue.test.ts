import { describe, expect, it } from 'vitest'
import { messageIds, renderText } from '../../src/i18n/catalogue.js'
import type { Params } from '../../src/i18n/message.js'

/** Parameters of any name: a number-like text works both as a count and as a name. */
const ANY = new Proxy(
  {},
  {
    get: (_, key) =>
      typeof key === 'string'
        ? key === 'where' || key === 'unit' || key === 'kind' || key === 'why'
          ? ''
          : '2'
        : undefined,
  },
) as Params

describe('message catalogue', () => {
  it('writes every message in English and in Chinese', () => {
    const ids = messageIds()
    expect(ids.length).toBeGreaterThan(150)
    for (const id of ids) {
      const en = renderText({ id, params: ANY }, 'en')
      const zh = renderText({ id, params: ANY }, 'zh-CN')
      expect(en, id).not.toBe('')
      expect(zh, id).toMatch(/[\u4e00-\u9fff]/)
      expect(zh, id).not.toMatch(/undefined/)
      expect(en, id).not.toMatch(/undefined/)
    }
  })

  it('passes plain text through unchanged, in any locale', () => {
    expect(renderText('Plain English from a stage', 'zh-CN')).toBe('Plain English from a stage')
  })

  it('falls back to the recorded text for an id it does not know', () => {
    expect(renderText({ id: 'gone.away', params: {} }, 'zh-CN', 'the text')).toBe('the text')
  })
})
