import { afterEach, describe, expect, it } from 'vitest'
import { runPublish } from './publish-site.js'
import { account, AT_SLOT, count, emu, ledger, start, twoInOnePush } from './publish-emulator.js'

afterEach(async () => emu?.close())

describe('crash safety', () => {
  it('after a crash following any remote call, reruns make exactly one draft and at most one send', async () => {
    await start()
    const total = (await runPublish({ root: twoInOnePush(), emu, now: AT_SLOT })).calls()
    await emu.close()
    expect(total).toBe(6) // token, uploadimg, add_material, draft/add, draft/get (read-back), sendall
    for (let n = 1; n <= total; n++) {
      await start()
      const root = twoInOnePush()
      const crashed = await runPublish({ root, emu, now: AT_SLOT, crashAfter: n })
      expect(crashed.summary.results[0]).toMatchObject({
        status: 'failed',
        message: { id: 'publish.internal', params: { message: expect.stringMatching(/simulated crash/) } },
      })
      const again = await runPublish({ root, emu, now: AT_SLOT })
      await runPublish({ root, emu, now: AT_SLOT })
      expect(count('/cgi-bin/draft/add'), `crash after call ${n}`).toBe(1)
      expect(account().massSends, `crash after call ${n}`).toHaveLength(1)
      expect(ledger(root, 'head').state, `crash after call ${n}`).toBe('sent')
      expect(again.summary.failed).toBe(0)
      await emu.close()
    }
  })
})

describe('crash safety in publish mode', () => {
  it('never submits a push twice and ends published', async () => {
    await start()
    const total = (await runPublish({ root: twoInOnePush(), emu, now: AT_SLOT, mode: 'publish' })).calls()
    await emu.close()
    for (let n = 1; n <= total; n++) {
      await start()
      const root = twoInOnePush()
      const crashed = await runPublish({ root, emu, now: AT_SLOT, mode: 'publish', crashAfter: n })
      expect(crashed.summary.results[0]?.status).toBe('failed')
      await runPublish({ root, emu, now: AT_SLOT, mode: 'publish' })
      await runPublish({ root, emu, now: AT_SLOT, mode: 'publish' })
      expect(count('/cgi-bin/draft/add'), `crash after call ${n}`).toBe(1)
      expect(count('/cgi-bin/freepublish/submit'), `crash after call ${n}`).toBe(1)
      expect(ledger(root, 'second').state, `crash after call ${n}`).toBe('sent')
      await emu.close()
    }
  })
})
