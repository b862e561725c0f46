import type { Nodes } from 'mdast'
import { describe, expect, it } from 'vitest'
import { createMarkdownParser } from '../../src/content/markdown-parser.js'

const parse = createMarkdownParser()
const links = (node: Nodes): string[] => [
  ...(node.type === 'link' ? [node.url] : []),
  ...('children' in node ? node.children.flatMap(links) : []),
]

describe('createMarkdownParser', () => {
  it('links GFM literals the tokenizer sees', () => {
    expect(links(parse('see www.example.com or https://a.com/x, 写信给 foo@bar.com'))).toEqual([
      'http://www.example.com',
      'https://a.com/x',
      'mailto:foo@bar.com',
    ])
  })

  // these only remark-gfm's autolink pass over text nodes finds, which is skipped for trees without
  // `@`, `://` or `www.` in any text
  it('links literals that character references spell', () => {
    expect(links(parse('写信给 a&#64;b.com'))).toEqual(['mailto:a@b.com'])
    expect(links(parse('*打开* http&#58;//a.com'))).toEqual(['http://a.com'])
    expect(links(parse('> 引用 WWW&#46;example.com'))).toEqual(['http://WWW.example.com'])
  })

  it('leaves text without literals as text', () => {
    expect(links(parse('没有链接的段落，只有 **粗体** 和 `code@x.com`。'))).toEqual([])
  })
})
