// A replayed finding read straight from its record gives the diagnostic its message would give,
// and the message is made only when `file.messages` is read.
import { describe, expect, it } from 'vitest'
import { VFile } from '../../src/core/vfile.js'
import { collectDiagnostics, fromMessage } from '../../src/diagnostics/collect-diagnostics.js'
import { report } from '../../src/diagnostics/diagnostic.js'
import { pendingOf } from '../../src/diagnostics/add-message.js'
import {
  fromRecord,
  replayRecords,
  toRecord,
  type MessageRecord,
} from '../../src/diagnostics/message-records.js'
import { lintMessages } from '../../src/i18n/messages/lint.js'
import { LOCALES } from '../../src/i18n/message.js'

const hint = { id: 'lint.write', params: { text: '找到 Go 的' } }
const records: MessageRecord[] = [
  [
    'warning',
    'typography/cjk-spacing',
    'lint',
    { id: 'lint.phrase', params: { phrase: '找到Go的', fixed: '找到 Go 的' } },
    [37, 150, 1496, 37, 152, 1498],
    hint,
    0,
    '找到Go的',
    [37, 150, 37, 152, ' Go '],
  ],
  [
    'info',
    'length/word-count',
    'lint',
    { id: 'lintRules.wordCount', params: { n: 4054, minutes: 10 } },
    [1, 1, null, 9, 4, null],
    0,
    0,
    '4054',
  ],
  ['error', 'frontmatter/required', 'content', 'Plain English text', [2, 3, 4], 'A plain hint', 'title'],
  ['warning', 'x/y', 'render', 'Same start and end', [5, 6, null, 5, 6, null]],
  ['info', 'x/z', 'schedule', { id: 'no.such.id', params: {} }, 0, { id: 'no.such.hint', params: {} }],
  ['error', '', '', 'No rule, no source'],
  ['warning', 'x/empty-hint', 'lint', 'Empty hint', [0, 0, null], ''],
  ['warning', 'x/value', 'lint', 'A numeric value', [3, 1, null], 0, 0, 12 as unknown as string],
]

describe('fromRecord', () => {
  it.each(LOCALES)('gives what fromMessage gives of the replayed message (%s)', (locale) => {
    for (const record of records) {
      const file = new VFile({ path: 'content/a/index.md' })
      replayRecords(file, [record])
      const direct = fromRecord(record, 'content/a/index.md', locale)
      const [message] = file.messages
      expect(JSON.stringify(direct)).toBe(JSON.stringify(fromMessage(message!, 'content/a/index.md', locale)))
    }
  })

  it('round-trips what report() wrote', () => {
    const file = new VFile({ path: 'content/a/index.md' })
    report(
      file,
      'warning',
      'lint/repeated-punctuation',
      'lint',
      lintMessages.msg.phrase({ phrase: '!!', fixed: '!' }),
      {
        place: { start: { line: 1, column: 2, offset: 1 }, end: { line: 1, column: 4, offset: 3 } },
        hint: lintMessages.msg.write({ text: '!' }),
        value: '!!',
        fix: { line: 1, column: 2, endLine: 1, endColumn: 4, text: '!' },
      },
    )
    const record = toRecord(file.messages[0]!)
    for (const locale of LOCALES)
      expect(fromRecord(record, 'p', locale)).toEqual(fromMessage(file.messages[0]!, 'p', locale))
  })
})

describe('replayed findings', () => {
  it('stay records until file.messages is read, in the order they were replayed and reported', () => {
    const file = new VFile({ path: 'content/a/index.md' })
    report(file, 'error', 'content/first', 'content', 'Reported before')
    replayRecords(file, records.slice(0, 2))
    report(file, 'warning', 'schedule/later', 'schedule', 'Reported after the replay')
    replayRecords(file, records.slice(2, 4))
    expect(pendingOf(file)?.entries).toHaveLength(5)
    const direct = collectDiagnostics([{ file, path: 'p' }], 'zh-CN')
    const kept = collectDiagnostics([{ file, path: 'p' }], 'en', (source) => source === 'schedule')
    expect(kept.map((d) => d.ruleId)).toEqual(['schedule/later'])
    expect(pendingOf(file)).toBeDefined() // collecting made no message
    const ids = file.messages.map((m) => m.ruleId)
    expect(pendingOf(file)).toBeUndefined()
    expect(ids).toEqual([
      'content/first',
      'typography/cjk-spacing',
      'length/word-count',
      'schedule/later',
      'frontmatter/required',
      'x/y',
    ])
    expect(collectDiagnostics([{ file, path: 'p' }], 'zh-CN')).toEqual(direct)
    // a plain array again
    file.messages = []
    expect(file.messages).toEqual([])
  })
})
