import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'content', 'fixtures')
const NOW = '--now=2027-04-01T09:00:00+08:00'

/** A site with one valid article whose front-matter gets `extra` lines before the closing `---`. */
function site(extra: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-rules-'))
  const dir = path.join(root, 'content', 'a')
  mkdirSync(dir, { recursive: true })
  cpSync(path.join(fixtures, 'valid'), dir, { recursive: true })
  const text = readFileSync(path.join(dir, 'index.md'), 'utf8')
    .replace(/^digest: .*\n/m, '')
    .replace(/\n---\n/, `\n${extra}---\n`)
  writeFileSync(path.join(dir, 'index.md'), text)
  return root
}

describe('rule settings (QA 14)', () => {
  it('front-matter `lint:`: one diagnostic per bad entry on its own line, allowed values and did-you-mean; good entries still apply', async () => {
    const root = site(
      'lint:\n  typography/nope: off\n  typography/quotes: loud\n  length/word-count: warning\n  length/digest-missing: off\n',
    )
    const doc = JSON.parse((await runCli(['check', NOW, '--format', 'json', '--no-cache'], root)).stdout)
    const mine = doc.diagnostics.filter(
      (d: { ruleId: string }) => d.ruleId === 'frontmatter/invalid-value' || d.ruleId === 'lint/unknown-rule',
    )
    expect(mine).toEqual([
      expect.objectContaining({
        ruleId: 'lint/unknown-rule',
        line: 10,
        column: 3,
        field: 'lint.typography/nope',
        value: 'typography/nope',
        hint: 'Did you mean `typography/typo`?',
      }),
      expect.objectContaining({
        ruleId: 'frontmatter/invalid-value',
        line: 11,
        column: 3,
        field: 'lint.typography/quotes',
        value: 'loud',
        message: expect.stringContaining('"off" | "warn" | "error"'),
      }),
      expect.objectContaining({
        ruleId: 'frontmatter/invalid-value',
        line: 12,
        column: 3,
        field: 'lint.length/word-count',
        value: 'warning',
        hint: expect.stringContaining('Did you mean `warn`?'),
      }),
    ])
    // the good entry `length/digest-missing: off` still applies (the article has no digest)
    expect(doc.diagnostics.some((d: { ruleId: string }) => d.ruleId === 'length/digest-missing')).toBe(false)
  })

  it('config `rules`: one diagnostic per bad entry naming the key path, with the allowed values', async () => {
    const root = site('')
    writeFileSync(
      path.join(root, 'wxpress.config.json'),
      JSON.stringify(
        { rules: { 'typography/quotes': 'loud', 'typography/cjk-spacing': 2, 'typography/typo': 'off' } },
        null,
        2,
      ),
    )
    const r = await runCli(['check', NOW, '--format', 'json'], root)
    expect(r.code).toBe(2)
    expect(JSON.parse(r.stdout).diagnostics).toEqual([
      expect.objectContaining({
        file: 'wxpress.config.json',
        line: 3,
        ruleId: 'config/invalid',
        field: 'rules.typography/quotes',
        value: 'loud',
        message: expect.stringContaining('must be "off" | "warn" | "error"'),
      }),
      expect.objectContaining({
        file: 'wxpress.config.json',
        line: 4,
        ruleId: 'config/invalid',
        field: 'rules.typography/cjk-spacing',
        value: '2',
        hint: expect.stringContaining('Did you mean `"error"`?'),
      }),
    ])
  })
})
