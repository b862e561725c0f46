/**
 * What `wxpress publish` needs from the environment before it may act: a valid `WECHAT_API_BASE`
 * (shown redacted) and one WeChat client per account (the publish locks: `lock-accounts.ts`).
 */
import type { Config } from '../../config/schema.js'
import { t } from '../../i18n/catalogue.js'
import type { Locale, Message } from '../../i18n/message.js'
import { publishCliMessages } from '../../i18n/messages/publish-cli.js'
import { createDryRunClient } from '../../publish/dry-run-client.js'
import { redactUrl } from '../../publish/redact-url.js'
import { createWechatClient, type WechatClient } from '../../publish/wechat-client.js'
import type { CliIO } from '../io.js'
import { accountConfig } from '../../config/account-config.js'

const { msg } = publishCliMessages

export function apiBase(io: CliIO): { ok: true; base: string } | { ok: false; message: Message } {
  const raw = io.env.WECHAT_API_BASE || 'https://api.weixin.qq.com'
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return { ok: false, message: msg.apiBaseNotUrl({ url: redactUrl(raw) }) }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: msg.apiBaseNotHttp({ protocol: url.protocol, url: redactUrl(raw) }) }
  }
  if (url.username || url.password) {
    return { ok: false, message: msg.apiBaseCredentials({ url: redactUrl(raw) }) }
  }
  return { ok: true, base: raw }
}

/** `WXPRESS_TEST_KILL_AFTER_CALL=n`: SIGKILL this process after its n-th answered WeChat call (crash tests). */
function killHook(io: CliIO): ((path: string) => void) | undefined {
  const n = Number(io.env.WXPRESS_TEST_KILL_AFTER_CALL)
  if (!Number.isInteger(n) || n < 1) return undefined
  let calls = 0
  return () => {
    if (++calls >= n) process.kill(process.pid, 'SIGKILL')
  }
}

export function createClients(
  io: CliIO,
  config: Config,
  base: string,
  dryRun: boolean,
  proxy: { fetch?: typeof fetch } = {},
  locale: Locale = 'en',
) {
  const clients = new Map<string, WechatClient>()
  const missing: Message[] = []
  const afterCall = killHook(io)
  const clientFor = (account: string): WechatClient => {
    let client = clients.get(account)
    if (client) return client
    if (dryRun) {
      client = createDryRunClient((call) => io.stdout.write(`${t(locale, msg.wouldCall({ call }))}\n`))
    } else {
      const cfg = accountConfig(config, account)
      const appId = io.env[cfg?.appIdEnv ?? 'WECHAT_APP_ID']
      const appSecret = io.env[cfg?.appSecretEnv ?? 'WECHAT_APP_SECRET']
      if (!appId || !appSecret) {
        const names = `${cfg?.appIdEnv ?? 'WECHAT_APP_ID'}/${cfg?.appSecretEnv ?? 'WECHAT_APP_SECRET'}`
        missing.push(msg.credentialsOf({ names, account }))
        client = createDryRunClient(() => undefined)
      } else {
        client = createWechatClient({
          baseUrl: base,
          appId,
          appSecret,
          ...proxy,
          ...(afterCall ? { afterCall } : {}),
        })
      }
    }
    clients.set(account, client)
    return client
  }
  return { clientFor, missing }
}
