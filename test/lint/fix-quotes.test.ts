import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { NOW, siteWith } from './sloppy-site.js'

describe('check --fix', () => {
  it('pairs straight quotes across emphasis and inline code, never across them (QA #5)', async () => {
    const { root, file } = siteWith(
      '他说"*你好*"然后"`npm`"。\n\n**"加粗"**和"*斜体*"以及"`代码`"。\n\n只有一个"引号。\n',
    )
    await runCli(['check', '--fix', NOW], root)
    const out = readFileSync(file, 'utf8')
    expect(out).toContain('他说“*你好*”然后“`npm`”。\n')
    expect(out).toContain('**“加粗”**和“*斜体*”以及“`代码`”。\n')
    expect(out).toContain('只有一个"引号。\n')
    const again = await runCli(['check', NOW, '--format', 'json'], root)
    const quotes = JSON.parse(again.stdout).diagnostics.filter(
      (d: { ruleId: string }) => d.ruleId === 'typography/quotes',
    )
    expect(quotes.map((d: { line: number; value: string }) => `${d.line} ${d.value}`)).toEqual(['13 "'])
  })

  it('never pairs inch marks, nested straight quotes or quotes inside an HTML tag (QA2 N2, N9)', async () => {
    const body =
      '屏幕是 6.1" 的，比 5.8" 的大一点。\n\n他说："我喜欢 "TypeScript" 这门语言"。\n\n他说"你好"，屏幕是 6.1"。\n\n<a href="https://example.com" title="他说"你好"">链接</a>\n\n他说"好"。\n'
    const { root, file } = siteWith(body)
    await runCli(['check', '--fix', NOW], root)
    const out = readFileSync(file, 'utf8')
    expect(out).toContain(`\n${body.replace('他说"好"', '他说“好”')}`)
  })

  it('reports every change it makes next to straight quotes: check counts what one --fix pass changes (reverify 1–3)', async () => {
    const body =
      '他说"你好",然后走了。\n\n她说\'好的\',然后走了。\n\n他说,"你好"。然后"npm",再说,\'好吗\'。\n\n他说"她告诉我\'明天见\'，然后就走了"。\n\n又说“她说\'好\'”。\n'
    const { root, file } = siteWith(body)
    const check = await runCli(['check', NOW], root)
    const fixable = Number(/(\d+) findings? can be fixed/.exec(check.stdout)?.[1])
    expect(fixable).toBeGreaterThan(10)
    const fixed = await runCli(['check', '--fix', NOW], root)
    expect(fixed.stderr.match(/→/g)?.length).toBe(fixable)
    expect(readFileSync(file, 'utf8')).toContain(
      '\n他说“你好”，然后走了。\n\n她说“好的”，然后走了。\n\n他说，“你好”。然后“npm”，再说，“好吗”。\n\n他说“她告诉我‘明天见’，然后就走了”。\n\n又说“她说‘好’”。\n',
    )
    const second = await runCli(['check', NOW], root)
    expect(second.stdout).not.toContain('typography/')
  })
})
