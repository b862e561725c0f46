/**
 * A send's line in the publish log says how late it went out (准时 / 晚了 N 分钟) and, when WeChat
 * gives it (freepublish's article_url; sendall returns none), the article URL.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { emu, start } from './publish-emulator.js'
import { makeSite } from './publish-site.js'

afterEach(async () => emu?.close())

const SLOT = '2027-04-15T20:00:00+08:00'
const env = () => ({
  WECHAT_API_BASE: emu.url,
  WECHAT_APP_ID: 'wx0000000000emulator',
  WECHAT_APP_SECRET: 'emulator-secret',
})

describe('the sent line', () => {
  it('a mass send 35 minutes late: 晚了 35 分钟 after the msg_id', async () => {
    const at = '2027-04-15T20:35:00+08:00'
    await start(at)
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    const run = await runCli(['publish', `--now=${at}`, '--locale=zh-CN'], root, env())
    expect(run.code, run.stdout).toBe(0)
    expect(run.stdout).toMatch(/已群发（msg_id \d+），晚了 35 分钟$/m)
  })

  it('on time, with the URL WeChat gave (mode publish)', async () => {
    const at = '2027-04-15T20:00:00+08:00'
    await start(at)
    const root = makeSite([{ slug: 'one', slot: SLOT }], {
      accounts: { main: { kind: 'subscription', mode: 'publish', tags: ['技术读者'] } },
    })
    const run = await runCli(['publish', `--now=${at}`], root, env())
    expect(run.code, run.stdout).toBe(0)
    expect(run.stdout).toMatch(/published \(article_id \S+\), on time: https?:\/\/\S+$/m)
  })
})
