import { describe, expect, it } from 'vitest'
import { captureRetrying } from '../../src/pr/screenshots.js'

const refused = () =>
  new Error('page.screenshot: Protocol error (Page.captureScreenshot): Unable to capture screenshot')

/** A capture that fails `failures` times with `error`, then answers `'png'`; counts calls and pauses. */
function capture(failures: number, error = refused()) {
  const seen = { calls: 0, pauses: [] as number[] }
  return {
    seen,
    take: async () => {
      seen.calls++
      if (seen.calls <= failures) throw error
      return 'png'
    },
    pause: async (ms: number) => {
      seen.pauses.push(ms)
    },
  }
}

describe("Chromium's transient 'Unable to capture screenshot'", () => {
  it('is asked again after a short pause, and the second answer is used', async () => {
    const c = capture(1)
    await expect(captureRetrying(c.take, c.pause)).resolves.toBe('png')
    expect(c.seen).toEqual({ calls: 2, pauses: [250] })
  })

  it('gives up after three attempts with the browser’s own error', async () => {
    const c = capture(5)
    await expect(captureRetrying(c.take, c.pause)).rejects.toThrow(/Unable to capture screenshot/)
    expect(c.seen).toEqual({ calls: 3, pauses: [250, 500] })
  })

  it('any other failure is not retried', async () => {
    const c = capture(1, new Error('page.screenshot: Timeout 30000ms exceeded.'))
    await expect(captureRetrying(c.take, c.pause)).rejects.toThrow(/Timeout/)
    expect(c.seen).toEqual({ calls: 1, pauses: [] })
  })
})
