import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { RULE_IDS } from '../../src/config/rule-ids.js'
import { RULES } from '../../src/lint/rules/index.js'
import { runCli } from '../helpers/run-cli.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const NOW = '--now=2027-01-01T00:00:00Z'

/** A site with `config` as wxpress.config.json and one article per body. */
function site(config: string, bodies: string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-unknown-rule-'))
  writeFileSync(path.join(root, 'wxpress.config.json'), config)
  const front = `${readFileSync(path.join(here, 'sloppy.md'), 'utf8').split('\n---\n')[0]}\n---\n`
  bodies.forEach((body, i) => {
    const dir = path.join(root, 'content', `a${i}`)
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'index.md'), `${front}\n${body}`)
    copyFileSync(
      path.join(here, '..', 'content', 'fixtures', 'valid', 'cover.png'),
      path.join(dir, 'cover.png'),
    )
  })
  return root
}

interface Diagnostic {
  file: string
  line: number
  column: number
  ruleId: string
  value?: string
  hint?: string
  message: string
}

async function check(root: string): Promise<Diagnostic[]> {
  const r = await runCli(['check', NOW, '--no-cache', '--format', 'json'], root)
  return (JSON.parse(r.stdout) as { diagnostics: Diagnostic[] }).diagnostics.filter(
    (d) => d.ruleId === 'lint/unknown-rule',
  )
}

describe('lint/unknown-rule', () => {
  it('RULE_IDS (read by the config loader) lists every rule', () => {
    expect([...RULE_IDS].sort()).toEqual(RULES.map((r) => r.id).sort())
  })

  it('reports an unknown id of the config once, at the config file, with a did-you-mean (QA #15)', async () => {
    const root = site('{\n  "rules": {\n    "typograpy/quotes": "off"\n  }\n}\n', [
      '正文一。',
      '正文二。',
      '正文三。',
    ])
    const found = await check(root)
    expect(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.value} ${d.hint}`)).toEqual([
      'wxpress.config.json:3:25 typograpy/quotes Did you mean `typography/quotes`?',
    ])
  })

  it('reports an unknown id of front-matter `lint:` once, on that article', async () => {
    const root = site('{}\n', ['正文一。', '正文二。'])
    const file = path.join(root, 'content', 'a1', 'index.md')
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'cover: cover.png\n',
        'cover: cover.png\nlint:\n  typography/quote: off\n',
      ),
    )
    const found = await check(root)
    expect(found.map((d) => `${d.file} ${d.value} ${d.hint}`)).toEqual([
      'content/a1/index.md typography/quote Did you mean `typography/quotes`?',
    ])
  })
})
