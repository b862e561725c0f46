import { describe, expect, it } from 'vitest'
import { parseLedger } from '../../src/publish/ledger-schema.js'
import { publishPhraseZh } from '../../src/i18n/messages/publish-phrases-zh.js'

describe('parseLedger: only a well-formed version-1 entry is trusted', () => {
  const good = { version: 1, slug: 'one', state: 'sent', uploads: {}, timestamps: {} }
  it.each([
    [
      'conflict markers',
      `<<<<<<< HEAD\n${JSON.stringify(good)}\n=======\n{}\n>>>>>>> main\n`,
      /git conflict markers \(line 1/,
    ],
    ['broken JSON', '{"version": 1, "slug": "one",', /not valid JSON/],
    [
      'a BOM (tester report N14)',
      `\uFEFF${JSON.stringify(good, null, 2)}`,
      /^it starts with a byte-order mark \(BOM\)/,
    ],
    [
      'broken JSON over lines, quoted on one',
      '{\n  "version": 1,\n  "slug": \n}',
      /^it is not valid JSON \([^\n]*\)$/,
    ],
    ['no version', JSON.stringify({ ...good, version: undefined }), /has no `version`/],
    ['another version', JSON.stringify({ ...good, version: 2 }), /`version` is 2/],
    ['a wrong field', JSON.stringify({ ...good, state: 'posted' }), /`state`/],
    ['a wrong type', JSON.stringify({ ...good, msgId: 'x' }), /`msgId`/],
    ['another article', JSON.stringify({ ...good, slug: 'two' }), /ledger of `two`/],
  ])('%s → unreadable', (_name, text, problem) => {
    const parsed = parseLedger(text, 'one')
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.problem).toMatch(problem)
  })
  it('says what a field may be, in words (retest #14)', () => {
    const parsed = parseLedger(JSON.stringify({ ...good, state: 'SENT' }), 'one')
    expect(parsed.ok ? '' : parsed.problem).toBe(
      '`state`: must be one of "drafting", "drafted", "sending", "sent", "failed"',
    )
    expect(publishPhraseZh(parsed.ok ? '' : parsed.problem)).toBe(
      '`state` 只能是 "drafting"、"drafted"、"sending"、"sent"、"failed" 之一',
    )
  })

  it('keeps fields it does not know', () => {
    const parsed = parseLedger(JSON.stringify({ ...good, stats: { read: 1 }, extra: true }), 'one')
    expect(parsed.ok && parsed.entry.extra).toBe(true)
  })
})
