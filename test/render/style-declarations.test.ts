import { describe, expect, it } from 'vitest'
import { parseDeclarations, unsafeDeclaration } from '../../src/themes/style-declarations.js'

const unsafe = (style: string) =>
  parseDeclarations(style)
    .filter((d) => unsafeDeclaration(d))
    .map((d) => d.text)

describe('inline style declarations', () => {
  it('splits on semicolons outside quotes, parentheses and comments', () => {
    expect(
      parseDeclarations(`color:red; font-family:'a;b' ; background:url("x;y.png")/* ; */;width: 10px`).map(
        (d) => [d.property, d.value],
      ),
    ).toEqual([
      ['color', 'red'],
      ['font-family', "'a;b'"],
      ['background', 'url("x;y.png")'],
      ['width', '10px'],
    ])
  })

  it('finds script URLs, expression(), behavior, -moz-binding and url() however they are written', () => {
    expect(unsafe('color:red;background:url(javascript:alert(1))')).toEqual([
      'background:url(javascript:alert(1))',
    ])
    expect(unsafe('color:expr/**/ession(alert(1))')).toEqual(['color:expression(alert(1))'])
    expect(unsafe('BEHAVIOR: url(x.htc); -moz-binding:url(a.xml#x)')).toEqual([
      'BEHAVIOR: url(x.htc)',
      '-moz-binding:url(a.xml#x)',
    ])
    expect(unsafe('b\\61ckground:u\\72l(https://evil.com/t.gif)')).toHaveLength(1)
    expect(unsafe('background-image: URL ( "//evil.com/t.gif" )')).toHaveLength(1)
    expect(unsafe('background:image-set("a.png" 1x)')).toHaveLength(1)
    expect(unsafe('color:#333;border:1px solid red;font-family:"Url Sans"')).toEqual([])
  })

  it('tells a remote image from a local file', () => {
    const [remote, local] = parseDeclarations(
      'background:url(https://a.com/t.gif);background:url(bg.png)',
    ).map(unsafeDeclaration)
    expect(remote?.kind).toBe('remote')
    expect(remote?.reason).toMatch(/hot-linked/)
    expect(local?.kind).toBe('local')
    expect(local?.reason).toMatch(/local file/)
    // WeChat's own image hosts are where editors' templates take their images from
    expect(unsafe('background:url(https://mmbiz.qpic.cn/mmbiz_png/x/0?wx_fmt=png)')).toEqual([])
    expect(unsafe('background:url(https://mmbiz.qpic.cn/a.png), url(https://evil.com/t.gif)')).toHaveLength(1)
  })
})
