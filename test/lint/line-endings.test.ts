/** `check --fix` changes only the lines it fixes: each keeps its line ending (tester report N15). */
import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { withLineEndings } from '../../src/lint/line-endings.js'
import { runCli } from '../helpers/run-cli.js'
import { NOW, siteWith } from './sloppy-site.js'

describe('line endings after a fix', () => {
  it('are each line’s own; with lines added or removed, the most common one', () => {
    expect(withLineEndings('a\r\nb\nc\r\n', 'A\nb\nC\n')).toBe('A\r\nb\nC\r\n')
    expect(withLineEndings('a\rb\rc', 'A\nb\nc')).toBe('A\rb\rc')
    expect(withLineEndings('a\nb\n', 'A\nB\n')).toBe('A\nB\n')
    expect(withLineEndings('a\r\nb\r\nc\n', 'a\nb\n')).toBe('a\r\nb\r\n')
  })

  it('leave a file with lone CRs as it was, but for the fixed line', async () => {
    const { root, file } = siteWith('第一段。\n\n我们用Go写代码。\n\n最后一段。\n')
    const lf = readFileSync(file, 'utf8')
    writeFileSync(file, lf.replace(/\n/g, '\r'))
    await runCli(['check', '--fix', NOW], root)
    const fixed = readFileSync(file, 'utf8')
    expect(fixed).toContain('我们用 Go 写代码。\r')
    expect(fixed).not.toContain('\n')
    expect(fixed.split('\r').length).toBe(lf.split('\n').length)
  })
})
