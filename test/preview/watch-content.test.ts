/**
 * The preview's content watch survives an `error` of Node's recursive watch (a folder removed while
 * walked, as in a `git checkout`; trial P #8): it reports a change and watches again, instead of the
 * unhandled error killing the server.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { watchContent } from '../../src/preview/watch-content.js'

const waitFor = async (ok: () => boolean) => {
  for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 20))
  return ok()
}

describe('the preview content watch', () => {
  it('restarts after an error and keeps reporting changes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wxpress-watch-'))
    mkdirSync(path.join(dir, 'a'))
    let changes = 0
    const watching = watchContent(dir, () => changes++, 50)
    const first = watching.current
    expect(first).toBeDefined()
    // what Node emits when a folder vanishes during its walk: unhandled, it would throw
    first!.emit('error', Object.assign(new Error('ENOENT: scandir'), { code: 'ENOENT' }))
    expect(changes).toBe(1)
    expect(await waitFor(() => watching.current !== undefined && watching.current !== first)).toBe(true)
    const before = changes
    writeFileSync(path.join(dir, 'a', 'index.md'), '正文。\n')
    expect(await waitFor(() => changes > before)).toBe(true)
    watching.close()
  })
})
