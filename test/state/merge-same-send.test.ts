// Two machines that recorded one send in the same second (one sent it, the other confirmed it by
// 45065) merge into one ledger with the facts of both, instead of a conflict someone must edit by hand.
import { describe, expect, it } from 'vitest'
import { mergeLedgers } from '../../src/state/merge-ledger.js'

const AT = '2027-03-08T12:22:00.000Z'
const base = {
  version: 1,
  slug: 'svc-notice-2',
  state: 'sent',
  clientmsgid: 'wxpress-svc-notice-2',
  timestamps: { drafted: '2027-03-07T02:00:00.000Z', sending: AT, sent: AT },
}
const copy = (extra: Record<string, unknown>) => {
  const json = { ...base, ...extra }
  return [Buffer.from(`${JSON.stringify(json, null, 2)}\n`), json] as const
}

describe('ledger copies written in the same second', () => {
  it('both sent, one send: merged with the facts of both', () => {
    const [localData, local] = copy({ publishId: '2247480014', articleId: 'ARTICLE_2247480014' })
    const [remoteData, remote] = copy({
      articleId: 'ARTICLE_2247480014',
      articleUrl: 'https://mp.weixin.qq.com/s/x',
      confirmedBy: 'freepublish/get',
    })
    const merged = mergeLedgers(localData, remoteData, local, remote)
    expect(merged.result).not.toBe('conflict')
    if (merged.result === 'conflict') return
    const json = JSON.parse(merged.data.toString('utf8'))
    expect(json).toMatchObject({
      state: 'sent',
      publishId: '2247480014',
      articleId: 'ARTICLE_2247480014',
      articleUrl: 'https://mp.weixin.qq.com/s/x',
    })
    expect(merged.doubleSend).toBeUndefined()
  })

  it('both drafted but different: still a conflict (which draft is real is not known)', () => {
    const [localData, local] = copy({ state: 'drafted', draftMediaId: 'DRAFT_4' })
    const [remoteData, remote] = copy({ state: 'drafted', draftMediaId: 'DRAFT_13' })
    expect(mergeLedgers(localData, remoteData, local, remote).result).toBe('conflict')
  })
})
