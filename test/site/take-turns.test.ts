import { describe, expect, it } from 'vitest'
import { createTurns } from '../../src/site/take-turns.js'

const tick = () => new Promise<void>((resolve) => setImmediate(resolve))

describe('turns', () => {
  it('lets one worker run at a time, and others go on while one waits for the network', async () => {
    const turns = createTurns()
    let running = 0
    let most = 0
    const log: string[] = []
    const worker = async (name: string, download: boolean) => {
      await turns.take()
      try {
        running++
        most = Math.max(most, running)
        await tick()
        if (download) {
          running--
          await turns.away(async () => {
            log.push(`${name} downloads`)
            for (let i = 0; i < 10; i++) await tick()
            log.push(`${name} downloaded`)
          })
          running++
        }
        log.push(`${name} done`)
        running--
      } finally {
        turns.give()
      }
    }
    await Promise.all([worker('a', true), worker('b', false), worker('c', true)])
    expect(most).toBe(1)
    // b and c ran while a was downloading; the two downloads overlapped
    expect(log.indexOf('b done')).toBeLessThan(log.indexOf('a downloaded'))
    expect(log.indexOf('c downloads')).toBeLessThan(log.indexOf('a downloaded'))
    expect(log.filter((l) => l.endsWith('done'))).toHaveLength(3)
  })
})
