/**
 * The proxy settings of WeChat calls, read from the environment (HTTPS_PROXY, HTTP_PROXY, NO_PROXY,
 * upper or lower case) and turned into the `fetch` the WeChat client uses.
 */
import { createProxyFetch, type ProxyFetch } from '../publish/proxy-dispatcher.js'
import type { CliIO } from './io.js'
import { t } from '../i18n/catalogue.js'
import type { Locale } from '../i18n/message.js'
import { publishCliMessages } from '../i18n/messages/publish-cli.js'

const pick = (env: CliIO['env'], name: string) => env[name] || env[name.toLowerCase()] || undefined

export function wechatProxy(env: CliIO['env']): ProxyFetch {
  return createProxyFetch({
    httpsProxy: pick(env, 'HTTPS_PROXY'),
    httpProxy: pick(env, 'HTTP_PROXY'),
    noProxy: pick(env, 'NO_PROXY'),
  })
}

/** The client options for the proxy (none without one); a bad proxy URL: prints why, returns undefined. */
export function wechatFetchOption(io: CliIO, locale: Locale = 'en'): { fetch?: typeof fetch } | undefined {
  const proxy = wechatProxy(io.env)
  if (!proxy.ok) {
    const { msg } = publishCliMessages
    io.stderr.write(`${t(locale, msg.proxyBad({ error: t(locale, proxy.message) }))}\n`)
    return undefined
  }
  return proxy.fetch ? { fetch: proxy.fetch } : {}
}
