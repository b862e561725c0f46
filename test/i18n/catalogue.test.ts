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

describe('image conversion notes', () => {
  it('a conversion left to render reads as future in both languages, an animation once bracketed', async () => {
    const { renderImageMessages } = await import('../../src/i18n/messages/render-images.js')
    const note = 'GIF 1.2 MB → JPEG/PNG ≤ 1 MB on render (first frame of an animation)'
    const message = renderImageMessages.msg.converted({ ref: 'a.gif', note })
    expect(renderText(message, 'en')).toBe(`Image a.gif will be converted for WeChat: ${note}`)
    expect(renderText(message, 'zh-CN')).toBe(
      '图片 a.gif 将为微信转换：GIF 1.2 MB → JPEG/PNG ≤ 1 MB（在渲染和发布时，取动画的第一帧）',
    )
  })
})

describe('image wording in Chinese (t18 m12)', () => {
  it('writes the image facts the Chinese way: JPEG，4000×3000，5.3 MB', async () => {
    const { renderImageMessages } = await import('../../src/i18n/messages/render-images.js')
    const later = renderImageMessages.msg.converted({
      ref: 'big.jpg',
      note: 'jpeg 4000×3000, 5466 KB → JPEG/PNG ≤ 1 MB on render',
    })
    expect(renderText(later, 'zh-CN')).toBe(
      '图片 big.jpg 将为微信转换：JPEG，4000×3000，5.3 MB → JPEG/PNG ≤ 1 MB（在渲染和发布时）',
    )
    const done = renderImageMessages.msg.converted({
      ref: 'a.webp',
      note: 'webp 2000×1500, 820 KB → JPEG 1920×1440, 731 KB',
    })
    expect(renderText(done, 'zh-CN')).toBe(
      '图片 a.webp 已为微信转换：WebP，2000×1500，820 KB → JPEG，1920×1440，731 KB',
    )
    expect(renderText(later, 'en')).toContain('jpeg 4000×3000, 5466 KB')
  })

  it('shows the image’s own path in the alt-text hint, in the syntax it was written in', async () => {
    const { renderImageMessages } = await import('../../src/i18n/messages/render-images.js')
    const md = renderImageMessages.msg.missingAltHint({ src: 'pics/a.jpg', html: 0 })
    expect(renderText(md, 'zh-CN')).toBe(
      '在方括号里用一句话说明图片的内容：`![图片内容](pics/a.jpg)`（例如「一碗热汤面」）。',
    )
    const html = renderImageMessages.msg.missingAltHint({ src: 'pics/a.jpg', html: 1 })
    expect(renderText(html, 'zh-CN')).toContain('`<img src="pics/a.jpg" alt="图片内容">`')
  })
})

describe('lists in Chinese hints', () => {
  it('joins allowed values and known keys with 、', async () => {
    const { commonMessages } = await import('../../src/i18n/messages/common.js')
    const { contentMessages } = await import('../../src/i18n/messages/content.js')
    const oneOf = commonMessages.msg.useOneOf({ list: 'draft, publish, broadcast' })
    expect(renderText(oneOf, 'zh-CN')).toBe('可选值：draft、publish、broadcast。')
    expect(renderText(oneOf, 'en')).toBe('Use one of: draft, publish, broadcast.')
    expect(renderText(contentMessages.msg.knownKeys({ list: 'title, topic' }), 'zh-CN')).toBe(
      '可用的键：title、topic。',
    )
  })
})
