/** A key indented under the value of the line before: one problem, at its own line (tester report 4). */
import { describe, expect, it } from 'vitest'
import { parseYaml } from '../../src/config/parse-yaml.js'
import { yamlErrorZh } from '../../src/i18n/messages/yaml-errors-zh.js'

const problems = (text: string) =>
  parseYaml(text, 1).errors.map((e) => `${e.code} ${e.position.start.line}:${e.position.start.column}`)

describe('an over-indented key', () => {
  it('is one INDENTED_KEY at the indented line, not two errors at the line before', () => {
    const { errors } = parseYaml('title: Rust 所有权\ncover: cover.jpg\n  digest: 摘要写在这里\n', 1)
    expect(errors.map((e) => [e.code, e.position.start.line, e.position.start.column, e.key])).toEqual([
      ['INDENTED_KEY', 4, 3, 'digest'],
    ])
    expect(errors[0]?.position.end).toMatchObject({ line: 4, column: 17 })
    expect(yamlErrorZh('INDENTED_KEY', errors[0]!.message)).toBe(
      '这一行比上一行多缩进了，YAML 把 `digest` 读成了 `cover` 的值的一部分',
    )
  })

  it('is found below a continuation line, in a nested mapping and with CRLF', () => {
    expect(problems('cover: cover.jpg\n  more text\n  digest: x\n')).toEqual(['INDENTED_KEY 4:3'])
    expect(problems('a: 1\nlint:\n  x: warn\n   y: off\n')).toEqual(['INDENTED_KEY 5:4'])
    expect(problems('title: t\r\ncover: c\r\n    digest: x\r\n')).toEqual(['INDENTED_KEY 4:5'])
  })

  it('leaves the other errors as the parser gives them', () => {
    expect(problems('title: a: b\ncover: c\n')).toEqual(['BLOCK_AS_IMPLICIT_KEY 2:8'])
    expect(problems('cover: "c.jpg"\n  digest: x\n')).toEqual(['BAD_INDENT 3:1'])
  })
})
