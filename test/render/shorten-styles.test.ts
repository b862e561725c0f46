import { describe, expect, it } from 'vitest'
import { shortenColors, shortenStyles } from '../../src/render/shorten-styles.js'

describe('shortenStyles', () => {
  it('drops inherited declarations that repeat the parent, never on the root', () => {
    const html =
      '<section style="color: #333333; font-size: 16px; margin: 0;"><p style="color: #333; margin: 0;">a' +
      '<span style="color: rgb(51, 51, 51); font-size: 16px;">b</span></p></section>'
    expect(shortenStyles(html)).toBe(
      '<section style="color: #333; font-size: 16px; margin: 0;"><p style="margin: 0;">a<span>b</span></p></section>',
    )
  })

  it('keeps what only looks repeated: relative units, browser defaults, !important, siblings and SVG', () => {
    const html =
      '<section style="font-size: 0.9em; color: #333; text-align: left;">' +
      '<p style="font-size: 0.9em;">nested em</p>' +
      '<a style="color: #333;">link</a><h2 style="font-size: 0.9em;">h</h2><th style="text-align: left;">t</th>' +
      '<p style="color: #333 !important;">i</p>' +
      '<svg style="color: #333;"><text style="color: #333;">s</text></svg>' +
      '<img style="color: #333;"><br><p style="color: #333;">after void</p></section>'
    expect(shortenStyles(html)).toBe(
      '<section style="font-size: 0.9em; color: #333; text-align: left;">' +
        '<p style="font-size: 0.9em;">nested em</p>' +
        '<a style="color: #333;">link</a><h2 style="font-size: 0.9em;">h</h2><th style="text-align: left;">t</th>' +
        '<p style="color: #333 !important;">i</p>' +
        '<svg style="color: #333;"><text style="color: #333;">s</text></svg>' +
        '<img><br><p>after void</p></section>',
    )
  })

  it('follows the nesting: a child that changes a value passes the new one on', () => {
    const html =
      '<section style="color: #333;"><blockquote style="color: #999;"><p style="color: #999;">x</p></blockquote>' +
      '<p style="color: #999;">y</p></section>'
    expect(shortenStyles(html)).toBe(
      '<section style="color: #333;"><blockquote style="color: #999;"><p>x</p></blockquote><p style="color: #999;">y</p></section>',
    )
  })

  it('keeps entities in styles and skips the text of a <style>', () => {
    const html =
      '<section style="font-family: &quot;A;B&quot;, serif; color: #FFFFFF;"><style>p{color:#ffffff}</style>' +
      '<p style="font-family: &quot;A;B&quot;, serif;">x</p></section>'
    expect(shortenStyles(html)).toBe(
      '<section style="font-family: &quot;A;B&quot;, serif; color: #fff;"><style>p{color:#ffffff}</style><p>x</p></section>',
    )
  })
})

describe('shortenColors', () => {
  it('writes the shortest equal colour', () => {
    expect(shortenColors('#FFFFFF')).toBe('#fff')
    expect(shortenColors('1px solid #aabbcc')).toBe('1px solid #abc')
    expect(shortenColors('#abcdef')).toBe('#abcdef')
    expect(shortenColors('rgb(255, 0, 0)')).toBe('#f00')
    expect(shortenColors('rgba(0,0,0,1)')).toBe('#000')
    expect(shortenColors('rgba(0,0,0,.5)')).toBe('rgba(0,0,0,.5)')
    expect(shortenColors('url("#ffffff")')).toBe('url("#ffffff")')
  })
})
