/** A card without a cover says so in its grey box, so a reviewer does not take it for a design (tester report L7). */
import { describe, expect, it } from 'vitest'
import { phoneFramePage } from '../../src/preview/phone-frame.js'

const base = { title: '年终回顾', digest: '这一年。', contentHtml: '<p>正文</p>' }

describe('the chat-list card', () => {
  it('names a missing cover in the box; a card with a cover shows only the picture', () => {
    const without = phoneFramePage({ ...base, noCover: '没有可用的封面：发布时会被阻止' })
    expect(without).toContain('<div class="wx-card-nocover">没有可用的封面：发布时会被阻止</div>')
    const withCover = phoneFramePage({ ...base, cover: '/assets/c.jpg', noCover: '没有可用的封面' })
    expect(withCover).not.toContain('wx-card-nocover">')
  })
})
