import { describe, expect, it } from 'vitest'
import { readableUrl } from '../../src/render/readable-url.js'

describe('readableUrl', () => {
  it('decodes percent-escapes of visible non-ASCII characters and shows CJK hosts in Unicode', () => {
    expect(readableUrl('https://%E4%BE%8B%E5%AD%90.%E4%B8%AD%E5%9B%BD/%E8%B7%AF%E5%BE%84')).toBe(
      'https://例子.中国/路径',
    )
    expect(readableUrl('https://zh.wikipedia.org/wiki/Rust_(%E7%BC%96%E7%A8%8B%E8%AF%AD%E8%A8%80)')).toBe(
      'https://zh.wikipedia.org/wiki/Rust_(编程语言)',
    )
    expect(readableUrl('https://u:p@xn--fsqu00a.xn--fiqs8s:8080/%F0%9F%98%80')).toBe(
      'https://u:p@例子.中国:8080/😀',
    )
    expect(readableUrl('mailto:%E5%BC%A0@a.com')).toBe('mailto:张@a.com')
  })

  it('keeps ASCII escapes, invalid UTF-8, hidden characters and homograph hosts encoded', () => {
    expect(readableUrl('https://a.com/a%20b%2F%25%3F')).toBe('https://a.com/a%20b%2F%25%3F')
    expect(readableUrl('https://a.com/%FF%E4%BE')).toBe('https://a.com/%FF%E4%BE')
    expect(readableUrl('https://a.com/%E2%80%AEx%E3%80%80%E2%80%8B')).toBe(
      'https://a.com/%E2%80%AEx%E3%80%80%E2%80%8B',
    )
    expect(readableUrl('https://xn--pple-43d.com/')).toBe('https://xn--pple-43d.com/')
    expect(readableUrl('https://%D0%B0pple.com/')).toBe('https://xn--pple-43d.com/')
    expect(readableUrl('https://EXAMPLE.com/x?y=1#z')).toBe('https://EXAMPLE.com/x?y=1#z')
  })
})
