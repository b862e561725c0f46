import { afterEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { createProxyFetch } from '../../src/publish/proxy-dispatcher.js'
import { createWechatClient } from '../../src/publish/wechat-client.js'
import { WechatApiError } from '../../src/publish/wechat-errors.js'
import { runCli } from '../helpers/run-cli.js'
import { PNG } from '../helpers/emulator-http.js'
import { startCountingProxy, type CountingProxy } from './counting-proxy.js'
import { makeSite } from './publish-site.js'

let emu: Emulator | undefined
let proxy: CountingProxy | undefined
afterEach(async () => {
  await emu?.close()
  await proxy?.close()
})

const CREDENTIALS = { WECHAT_APP_ID: 'wx0000000000emulator', WECHAT_APP_SECRET: 'emulator-secret' }
const wechatCalls = (e: Emulator) => (e.state() as { calls: unknown[] }).calls.length

describe('WeChat calls through HTTP(S)_PROXY', () => {
  it('publish sends every WeChat call through the proxy (token, uploads, draft, send)', async () => {
    emu = await createEmulator({ clock: '2027-04-15T20:05:00+08:00', settings: { publishDelayMs: 0 } })
    proxy = await startCountingProxy()
    const root = makeSite([{ slug: 'one', slot: '2027-04-15T20:00:00+08:00' }])
    const r = await runCli(['publish', '--now=2027-04-15T20:05:00+08:00'], root, {
      WECHAT_API_BASE: emu.url,
      ...CREDENTIALS,
      HTTP_PROXY: proxy.url,
    })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('1 sent')
    expect(wechatCalls(emu)).toBeGreaterThanOrEqual(4)
    // one tunnel or forwarded request per call (the emulator closes every connection)
    expect(proxy.seen.length).toBe(wechatCalls(emu))
    expect(
      proxy.seen.every(
        (s) =>
          s === `CONNECT 127.0.0.1:${emu!.port}` ||
          s.startsWith(`POST ${emu!.url}`) ||
          s.startsWith(`GET ${emu!.url}`),
      ),
    ).toBe(true)
  })

  it('NO_PROXY bypasses the proxy', async () => {
    emu = await createEmulator({ clock: '2027-04-15T20:05:00+08:00', settings: { publishDelayMs: 0 } })
    proxy = await startCountingProxy()
    const root = makeSite([{ slug: 'one', slot: '2027-04-15T20:00:00+08:00' }])
    const env = {
      WECHAT_API_BASE: emu.url,
      ...CREDENTIALS,
      HTTP_PROXY: proxy.url,
      HTTPS_PROXY: proxy.url,
      NO_PROXY: 'localhost,127.0.0.1',
    }
    const r = await runCli(['publish', '--now=2027-04-15T20:05:00+08:00'], root, env)
    expect(r.code).toBe(0)
    expect(wechatCalls(emu)).toBeGreaterThanOrEqual(4)
    expect(proxy.seen).toEqual([])
  })

  it('multipart uploads and JSON calls work through the proxy at the client level', async () => {
    emu = await createEmulator()
    proxy = await startCountingProxy()
    const proxied = createProxyFetch({ httpProxy: proxy.url })
    if (!proxied.ok) throw new Error(proxied.error)
    const client = createWechatClient({
      baseUrl: emu.url,
      appId: CREDENTIALS.WECHAT_APP_ID,
      appSecret: CREDENTIALS.WECHAT_APP_SECRET,
      fetch: proxied.fetch!,
    })
    expect((await client.uploadImage(PNG, 'image/png', 'a.png')).url).toMatch(/^http/)
    expect((await client.tagsGet()).tags.length).toBeGreaterThan(0)
    expect(proxy.seen).toHaveLength(3)
  })

  it('HTTPS_PROXY carries https calls (api.weixin.qq.com is tunnelled with CONNECT, never reached directly)', async () => {
    proxy = await startCountingProxy()
    const proxied = createProxyFetch({ httpsProxy: proxy.url })
    if (!proxied.ok) throw new Error(proxied.error)
    const client = createWechatClient({
      baseUrl: 'https://api.weixin.qq.com',
      appId: 'wx1',
      appSecret: 's',
      fetch: proxied.fetch!,
      retries: 0,
    })
    const error = await client.token().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WechatApiError)
    expect(proxy.seen).toEqual(['CONNECT api.weixin.qq.com:443'])
  })

  it('a bad proxy URL is a usage error that never shows its credentials', async () => {
    const root = makeSite([{ slug: 'one', slot: '2027-04-15T20:00:00+08:00' }])
    const r = await runCli(['publish', '--now=2027-04-15T20:05:00+08:00'], root, {
      ...CREDENTIALS,
      HTTPS_PROXY: 'socks5://user:hunter2@proxy:1080',
    })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('HTTPS_PROXY must be an http:// or https:// URL, got socks5:')
    expect(r.stderr + r.stdout).not.toContain('hunter2')
  })
})
