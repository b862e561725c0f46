/**
 * HTTP(S) proxies for WeChat calls (the only undici import). WeChat answers only whitelisted IPs
 * (40164) and Node's built-in `fetch` ignores `HTTPS_PROXY`, so the WeChat client gets a `fetch`
 * whose dispatcher is undici's `EnvHttpProxyAgent`: https targets go through `httpsProxy`, http
 * targets through `httpProxy`, hosts in `noProxy` directly. The values come from the CLI (never
 * read from the environment here). undici (≈ 1 MB of code) is loaded by the first proxied call, never
 * by a run without a proxy.
 */
import type * as Undici from 'undici'
import { renderText } from '../i18n/catalogue.js'
import type { Message } from '../i18n/message.js'
import { publishCliMessages } from '../i18n/messages/publish-cli.js'

export interface ProxySettings {
  httpsProxy?: string | undefined
  httpProxy?: string | undefined
  noProxy?: string | undefined
}

export type ProxyFetch =
  | { ok: true; fetch: typeof fetch | undefined; via: string | undefined }
  /** `error`: the English text of `message`. */
  | { ok: false; error: string; message: Message }

/** A proxy URL for messages: credentials in it are never shown. */
export function redactProxy(value: string): string {
  try {
    const url = new URL(value)
    if (url.username || url.password) {
      url.username = '***'
      url.password = ''
    }
    return url.toString().replace(/\/$/, '')
  } catch {
    return '(not a URL)'
  }
}

function checkUrl(name: string, value: string | undefined): Message | undefined {
  const { msg } = publishCliMessages
  if (!value) return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return msg.proxyNotUrl({ name })
  }
  return url.protocol === 'http:' || url.protocol === 'https:'
    ? undefined
    : msg.proxyNotHttp({ name, protocol: url.protocol })
}

/** `fetch` through the proxies, or `fetch: undefined` (the built-in one) when none is set. */
export function createProxyFetch(settings: ProxySettings): ProxyFetch {
  const problem = checkUrl('HTTPS_PROXY', settings.httpsProxy) ?? checkUrl('HTTP_PROXY', settings.httpProxy)
  if (problem) return { ok: false, error: renderText(problem), message: problem }
  if (!settings.httpsProxy && !settings.httpProxy) return { ok: true, fetch: undefined, via: undefined }
  // every value is passed explicitly ('' = none) so that undici never falls back to process.env
  const proxy = {
    httpsProxy: settings.httpsProxy ?? '',
    httpProxy: settings.httpProxy ?? '',
    noProxy: settings.noProxy ?? '',
  }
  let loaded: Promise<{ undici: typeof Undici; agent: Undici.Dispatcher }> | undefined
  const proxied = async (input: Parameters<typeof fetch>[0], init: RequestInit = {}) => {
    loaded ??= import('undici').then((undici) => ({ undici, agent: new undici.EnvHttpProxyAgent(proxy) }))
    const { undici, agent } = await loaded
    const body = init.body instanceof FormData ? asUndiciForm(undici, init.body) : init.body
    return undici.fetch(
      input as Parameters<typeof undici.fetch>[0],
      { ...(init as object), body, dispatcher: agent } as Parameters<typeof undici.fetch>[1],
    )
  }
  const via = redactProxy((settings.httpsProxy || settings.httpProxy)!)
  return { ok: true, fetch: proxied as unknown as typeof fetch, via }
}

/** undici's own fetch serialises only its own FormData class: copy the built-in one's fields over. */
function asUndiciForm(undici: typeof Undici, form: FormData): Undici.FormData {
  const copy = new undici.FormData()
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') copy.append(name, value)
    else copy.append(name, value, value.name)
  }
  return copy
}
