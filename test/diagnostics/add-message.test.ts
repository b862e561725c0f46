// `addMessage` makes the same message `file.message()` does, without constructing an Error.
import { types } from 'node:util'
import { describe, expect, it } from 'vitest'
import { VFile } from '../../src/core/vfile.js'
import { addMessage } from '../../src/diagnostics/add-message.js'

const places = [
  undefined,
  { line: 3, column: 7 },
  { line: 3, column: 7, offset: 40 },
  { start: { line: 1, column: 1 }, end: { line: 2, column: 5, offset: 9 } },
]

describe('addMessage', () => {
  it.each(places)('equals file.message() field by field (place %j)', (place) => {
    for (const path of ['content/a/index.md', undefined]) {
      const made = new VFile(path === undefined ? {} : { path })
      const expected = made.message('Something is off', { place, ruleId: 'x/y', source: 'lint' })
      const ours = new VFile(path === undefined ? {} : { path })
      const message = addMessage(ours, 'Something is off', place, 'x/y', 'lint')
      expect(ours.messages).toEqual([message])
      expect(Object.keys(message)).toEqual(Object.keys(expected))
      expect({ ...message }).toEqual({ ...expected })
      expect(String(message)).toBe(String(expected))
      expect(message.message).toBe(expected.message)
      expect(types.isNativeError(message)).toBe(false)
    }
  })
})
