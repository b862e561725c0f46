import { describe, expect, it } from 'vitest'
import { displayWidth, wrapCjk } from '../../src/cli/cjk-wrap.js'

describe('wrapping help text with Chinese in it', () => {
  it('counts a CJK character or full-width mark as two columns', () => {
    expect(displayWidth('发布台账')).toBe(8)
    expect(displayWidth('（默认：content/）')).toBe(8 + 8 + 2)
    expect(displayWidth('\u001b[1m用法\u001b[22m')).toBe(4)
  })

  it('breaks between CJK characters or at spaces, never inside a flag, path or word', () => {
    const text = '内容文件夹，每篇文章是其中的 <slug>/index.md（默认：content/）'
    expect(wrapCjk(text, 20)).toBe('内容文件夹，每篇文章\n是其中的\n<slug>/index.md（默\n认：content/）')
  })

  it('keeps closing marks on the line before, opening marks on the line after', () => {
    for (const line of wrapCjk(
      '把文章渲染成微信可用的 HTML：<out>/<slug>.html、<out>/assets/（见说明）。',
      24,
    ).split('\n')) {
      expect(line).not.toMatch(/^[，。、；：）]/)
      expect(line).not.toMatch(/（$/)
      expect(displayWidth(line)).toBeLessThanOrEqual(24)
    }
  })

  it('never leaves one character alone on the last line', () => {
    expect(wrapCjk('上传图片，新建或更新草稿', 22)).toBe('上传图片，新建或更新\n草稿')
  })

  it('leaves lines that start with a space (commands to copy) as they are', () => {
    const command =
      '  if [ "$(npx --no-install wxpress due)" = true ]; then npx --no-install wxpress publish; fi'
    expect(wrapCjk(`说明：\n${command}`, 40)).toBe(`说明：\n${command}`)
  })
})
