import { describe, expect, it } from 'vitest'
import { renderText } from '../../src/i18n/catalogue.js'
import { parseYaml } from '../../src/config/parse-yaml.js'
import { contentMessages } from '../../src/i18n/messages/content.js'
import { scheduleMessages } from '../../src/i18n/messages/schedule.js'
import { renderStyleMessages } from '../../src/i18n/messages/render-style.js'

/** The zh-CN text of the front-matter error for `yaml`, as `check` prints it. */
function yamlErrorZh(yaml: string): string {
  const [error] = parseYaml(yaml).errors
  if (!error) throw new Error(`no error for ${yaml}`)
  return renderText(contentMessages.msg.yamlSyntax({ error: error.message, code: error.code }), 'zh-CN')
}

describe('Chinese for the YAML mistakes writers make', () => {
  it.each([
    ['title: a\n\tdigest: b', '缩进用了 Tab 键'],
    ['title: Vue 3.5 发布: 新特性一览', '值里有“冒号加空格”'],
    ['title: "没写完\ndigest: x', '引号没有配对'],
    ["title: 'it's'", '单引号值里的单引号要写成两个'],
    ['title: @张三', '保留字符 `@` 开头'],
    ['title: "a\\q"', '反斜杠转义无效'],
  ])('%j', (yaml, expected) => {
    const text = yamlErrorZh(yaml)
    expect(text).toContain(expected)
    expect(text.replace('front-matter 不是合法的 YAML：', '')).not.toMatch(/[A-Za-z]{5,}/)
  })

  it('keeps the English text in en, and the parser text for a code it does not know', () => {
    const message = contentMessages.msg.yamlSyntax({ error: 'Odd thing', code: 'IMPOSSIBLE' })
    expect(renderText(message, 'zh-CN')).toBe('front-matter 不是合法的 YAML：Odd thing')
    expect(renderText(message, 'en')).toBe('Front-matter is not valid YAML: Odd thing')
  })
})

describe('lists inside Chinese sentences', () => {
  it('are joined with 、', () => {
    const names = 'content/a/index.md, content/b/index.md'
    const sameDay = scheduleMessages.msg.sameDay({ n: 3, date: '2027-03-01', zone: 'Asia/Shanghai', names })
    expect(renderText(sameDay, 'zh-CN')).toContain('另有 content/a/index.md、content/b/index.md；')
    expect(renderText(sameDay, 'en')).toContain(`also ${names};`)
    const style = renderStyleMessages.msg.unsupportedStyle({
      list: 'position`, `float',
      offsets: 'top`, `z-index',
      tag: 'div',
    })
    expect(renderText(style, 'zh-CN')).toMatch(
      /^已从 `<div>` 的行内样式中删除 `position`、`float`（以及随之失去作用的 `top`、`z-index`）：/,
    )
  })
})
