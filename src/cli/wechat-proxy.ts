/**
 * The proxy settings of WeChat calls, read from the environment (HTTPS_PROXY, HTTP_PROXY, NO_PROXY,
 * upper or lower case) and turned into the `fetch` the WeChat client uses.
 */
import { createProxyFetch, type ProxyFetch } from '../publish/proxy-dispatcher.js'
import type { CliIO } from './io.js'

const pick = (env: CliIO['env'], name: string) => env[name] || env[name.toLowerCase()] || undefined

export function wechatProxy(env: CliIO['env']): ProxyFetch {
  return createProxyFetch({
    httpsProxy: pick(env, 'HTTPS_PROXY'),
    httpProxy: pick(env, 'HTTP_PROXY'),
    noProxy: pick(env, 'NO_PROXY'),
  })
}

/** The client options for the proxy (none without one); a bad proxy URL: prints why, returns undefined. */
export function wechatFetchOption(io: CliIO): { fetch?: typeof fetch } | undefined {
  const proxy = wechatProxy(io.env)
  if (!proxy.ok) {
    io.stderr.write(
      `wxpress: ${proxy.error}\nhint: set it to the proxy with the whitelisted egress IP, or unset it.\n`,
    )
    return undefined
  }
  return proxy.fetch ? { fetch: proxy.fetch } : {}
}
