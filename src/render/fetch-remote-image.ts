/**
 * Fetches a remote image for upload without letting an article reach the machine's own network
 * (SSRF from CI): only http(s); the host must resolve to public addresses only (no loopback, private,
 * link-local, multicast, carrier-grade NAT, IPv6 unique-local, IPv4-mapped tricks …), checked on the
 * address actually connected to (a custom `lookup`, so DNS cannot answer differently the second
 * time); redirects are followed by hand (at most 3) and each target is checked again; the body is
 * streamed and aborted above a size cap; the whole fetch has a deadline. The only ipaddr.js import.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import { isIP, type LookupFunction } from 'node:net'
import ipaddr from 'ipaddr.js'

export interface RemoteFetchOptions {
  timeoutMs?: number
  maxBytes?: number
  maxRedirects?: number
  /** Which addresses may be connected to (default: public unicast only). Tests widen it. */
  allowAddress?: (address: string) => boolean
}

export const REMOTE_IMAGE_MAX_BYTES = 10 * 1024 * 1024
const DEFAULTS = { timeoutMs: 10_000, maxBytes: REMOTE_IMAGE_MAX_BYTES, maxRedirects: 3 }

/** Whether `address` (IPv4 or IPv6 text) is a public unicast address. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false
  let parsed = ipaddr.parse(address)
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
    parsed = (parsed as ipaddr.IPv6).toIPv4Address()
  return parsed.range() === 'unicast'
}

/** Why `url` may not be fetched before any connection, or undefined. */
export function refuseUrl(url: URL, allow: (address: string) => boolean): string | undefined {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `only http(s) images are fetched, not ${url.protocol}`
  if (url.username || url.password) return 'URLs with credentials are not fetched'
  const host = url.hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.+$/, '')
    .toLowerCase()
  if (host === 'localhost' || host.endsWith('.localhost')) return `${host} is this machine`
  // the WHATWG parser already turned `0x7f.1` and `2130706433` into 127.0.0.1
  if (isIP(host) && !allow(host)) return `${host} is not a public address`
  return undefined
}

export async function fetchRemoteImage(url: string, options: RemoteFetchOptions = {}): Promise<Uint8Array> {
  const { timeoutMs, maxBytes, maxRedirects } = { ...DEFAULTS, ...options }
  const allow = options.allowAddress ?? isPublicAddress
  const deadline = AbortSignal.timeout(timeoutMs)
  let current = new URL(url)
  for (let hop = 0; ; hop++) {
    const refused = refuseUrl(current, allow)
    if (refused) throw new Error(refused)
    const answer = await get(current, allow, maxBytes, deadline)
    if ('location' in answer) {
      if (hop >= maxRedirects) throw new Error(`more than ${maxRedirects} redirects`)
      current = new URL(answer.location, current)
      continue
    }
    return answer.body
  }
}

/** A DNS lookup that fails when any address the name resolves to is not allowed. */
export function checkedLookup(allow: (address: string) => boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0)
      const bad = addresses.find((a) => !allow(a.address))
      if (bad || addresses.length === 0) {
        const refused = Object.assign(
          new Error(`${hostname} resolves to ${bad?.address ?? 'nothing'}, not a public address`),
          { code: 'EREFUSED' },
        )
        return callback(refused, '', 0)
      }
      if ((options as { all?: boolean }).all)
        return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses)
      callback(null, addresses[0]!.address, addresses[0]!.family)
    })
  }
}

type Answer = { location: string } | { body: Uint8Array }

function get(
  url: URL,
  allow: (address: string) => boolean,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Answer> {
  const client = url.protocol === 'https:' ? https : http
  return new Promise<Answer>((resolve, reject) => {
    const request = client.get(
      url,
      { lookup: checkedLookup(allow), signal, headers: { accept: 'image/*' } },
      (response) => {
        const status = response.statusCode ?? 0
        if (status >= 300 && status < 400 && response.headers.location) {
          response.resume()
          return resolve({ location: response.headers.location })
        }
        if (status < 200 || status >= 300) {
          response.resume()
          return reject(new Error(`HTTP ${status}`))
        }
        const declared = Number(response.headers['content-length'] ?? NaN)
        if (declared > maxBytes) {
          request.destroy()
          return reject(new Error(`the image is larger than ${maxBytes / 1024 / 1024} MB`))
        }
        const chunks: Buffer[] = []
        let size = 0
        response.on('data', (chunk: Buffer) => {
          size += chunk.byteLength
          if (size > maxBytes) {
            request.destroy()
            reject(new Error(`the image is larger than ${maxBytes / 1024 / 1024} MB`))
            return
          }
          chunks.push(chunk)
        })
        response.on('end', () => resolve({ body: new Uint8Array(Buffer.concat(chunks)) }))
        response.on('error', reject)
      },
    )
    request.on('error', (error) => reject(signal.aborted ? new Error('timed out') : error))
  })
}
