// 40007 "draft is being published" on a resubmit (trial-1 #13): the hint says an earlier submit is
// still being processed and the next run reconciles it, never "check the cover"
import { afterEach, describe, expect, it } from 'vitest'
import { t } from '../../src/i18n/catalogue.js'
import { WechatApiError } from '../../src/publish/wechat-errors.js'
import { runPublish } from './publish-site.js'
import { account, AT_SLOT, count, emu, ledger, start, state, twoInOnePush } from './publish-emulator.js'

afterEach(async () => emu?.close())

describe('a resubmit while WeChat still publishes the draft', () => {
  it('is pending with a hint about the earlier submit; the next run confirms it', async () => {
    await start(AT_SLOT, { publishDelayMs: 10 * 60_000 })
    const root = twoInOnePush()
    // find the freepublish/submit call and crash right after WeChat accepted it
    const probe = await runPublish({ root: twoInOnePush(), emu, now: AT_SLOT, mode: 'publish' })
    const submitAt = state().calls.findIndex((c) => c.path === '/cgi-bin/freepublish/submit') + 1
    expect(probe.summary.results[0]?.status).not.toBe('failed')
    await emu.close()
    await start(AT_SLOT, { publishDelayMs: 10 * 60_000 })
    await runPublish({ root, emu, now: AT_SLOT, mode: 'publish', crashAfter: submitAt })
    expect(count('/cgi-bin/freepublish/submit')).toBe(1)
    const again = await runPublish({ root, emu, now: AT_SLOT, mode: 'publish' })
    expect(count('/cgi-bin/freepublish/submit', 40007)).toBe(1)
    const result = again.summary.results[0]!
    expect(result.status).not.toBe('failed')
    const messages = again.site.articles.flatMap((a) => a.file.messages)
    const notes = messages.filter((m) => m.ruleId === 'publish/wechat-40007').map((m) => m.note ?? '')
    expect(notes.length).toBeGreaterThan(0)
    for (const note of notes) {
      expect(note).not.toContain('cover')
      expect(note).toContain('earlier')
    }
    expect(ledger(root, 'head').state).toBe('sending')
    emu.setClock(Date.parse(AT_SLOT) + 11 * 60_000)
    await runPublish({ root, emu, now: '2027-04-15T20:16:00+08:00', mode: 'publish' })
    expect(ledger(root, 'head').state).toBe('sent')
    expect(account().published).toHaveLength(1)
  })

  it('the errmsg alone is enough for the hint, in both languages', () => {
    const error = new WechatApiError(
      '/cgi-bin/freepublish/submit',
      40007,
      'invalid media_id hint: draft is being published rid: x',
    )
    expect(error.hint).toContain('an earlier freepublish/submit')
    expect(t('zh-CN', error.hintMessage)).toContain('之前提交的发表')
    expect(t('zh-CN', error.hintMessage)).not.toContain('封面')
    const cover = new WechatApiError('/cgi-bin/draft/add', 40007, 'invalid media_id')
    expect(t('zh-CN', cover.hintMessage)).toContain('封面')
  })
})
