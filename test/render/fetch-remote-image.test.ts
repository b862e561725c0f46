import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  checkedLookup,
  fetchRemoteImage,
  isPublicAddress,
  refuseUrl,
} from '../../src/render/fetch-remote-image.js'

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fc00::1',
    'fd12::1',
    'fe80::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    'not-an-ip',
  ])('refuses %s', (address) => expect(isPublicAddress(address)).toBe(false))
  it.each(['1.1.1.1', '203.0.114.1', '2606:4700:4700::1111', '::ffff:1.1.1.1'])('allows %s', (a) =>
    expect(isPublicAddress(a)).toBe(true),
  )
})

describe('refuseUrl', () => {
  it.each([
    'http://localhost/x.png',
    'http://api.localhost/x.png',
    'http://LocalHost./x.png',
    'http://0x7f.1/x.png',
    'http://2130706433/x.png',
    'http://017700000001/x.png',
    'http://127.1/x.png',
    'http://[::1]/x.png',
    'http://[::ffff:7f00:1]/x.png',
    'http://169.254.169.254/latest/meta-data',
    'file:///etc/passwd',
    'ftp://example.com/x.png',
    'http://user:pw@example.com/x.png',
  ])('refuses %s before connecting', (url) => {
    expect(refuseUrl(new URL(url), isPublicAddress)).toBeDefined()
  })
  it('lets a public name through to the DNS check', () =>
    expect(refuseUrl(new URL('https://mmbiz.qpic.cn/a.png'), isPublicAddress)).toBeUndefined())
})

describe('fetchRemoteImage', () => {
  let server: Server
  let base = ''
  let hits: string[] = []
  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? '')
      const url = new URL(req.url ?? '/', 'http://x')
      if (url.pathname === '/ok.png') return void res.end(Buffer.from('89504e470d0a1a0a', 'hex'))
      if (url.pathname === '/to-private')
        return void res.writeHead(302, { location: 'http://10.0.0.1/admin' }).end()
      if (url.pathname === '/to-localhost')
        return void res.writeHead(301, { location: 'http://localhost/admin' }).end()
      if (url.pathname === '/loop')
        return void res
          .writeHead(302, { location: `/loop?n=${Number(url.searchParams.get('n') ?? 0) + 1}` })
          .end()
      if (url.pathname === '/huge') {
        // never ends on its own: the reader must stop at the cap
        res.writeHead(200, { 'content-type': 'image/png' })
        const chunk = Buffer.alloc(64 * 1024, 1)
        const pump = () => {
          while (res.write(chunk));
        }
        res.on('drain', pump)
        pump()
        req.on('close', () => res.destroy())
        return
      }
      if (url.pathname === '/declared')
        return void res.writeHead(200, { 'content-length': String(50 * 1024 * 1024) }).end()
      if (url.pathname === '/slow') return // never answers
      res.writeHead(404).end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => {
    server.closeAllConnections()
    server.close()
  })
  // the test server is on loopback: allow exactly that address, as a public host would be
  const allowLoopback = { allowAddress: (a: string) => a === '127.0.0.1' }

  it('refuses loopback by default without connecting', async () => {
    hits = []
    await expect(fetchRemoteImage(`${base}/ok.png`)).rejects.toThrow(/not a public address/)
    expect(hits).toEqual([])
  })

  it('refuses a name that resolves to loopback (the resolved address is checked)', async () => {
    const port = new URL(base).port
    await expect(fetchRemoteImage(`http://LOCALHOST.:${port}/ok.png`)).rejects.toThrow(/this machine/)
    // the lookup the connection uses: `localhost` resolves (from /etc/hosts) to loopback, which is refused
    const answer = await new Promise<{ error: Error | null; address: unknown }>((resolve) =>
      checkedLookup(isPublicAddress)('localhost', { all: true }, (error, address) =>
        resolve({ error, address }),
      ),
    )
    expect(answer.error?.message).toMatch(/localhost resolves to (127\.0\.0\.1|::1), not a public address/)
    const allowed = await new Promise<{ error: Error | null; address: unknown }>((resolve) =>
      checkedLookup(() => true)('localhost', {}, (error, address) => resolve({ error, address })),
    )
    expect(allowed).toMatchObject({ error: null, address: expect.stringMatching(/^(127\.0\.0\.1|::1)$/) })
  })

  it('fetches an allowed host and re-checks every redirect', async () => {
    expect((await fetchRemoteImage(`${base}/ok.png`, allowLoopback)).byteLength).toBe(8)
    hits = []
    await expect(fetchRemoteImage(`${base}/to-private`, allowLoopback)).rejects.toThrow(
      /10\.0\.0\.1 is not a public address/,
    )
    await expect(fetchRemoteImage(`${base}/to-localhost`, allowLoopback)).rejects.toThrow(/this machine/)
    expect(hits).toEqual(['/to-private', '/to-localhost'])
    hits = []
    await expect(fetchRemoteImage(`${base}/loop`, allowLoopback)).rejects.toThrow(/more than 3 redirects/)
    expect(hits).toHaveLength(4)
  })

  it('stops reading above the size cap and gives up after the timeout', async () => {
    await expect(
      fetchRemoteImage(`${base}/huge`, { ...allowLoopback, maxBytes: 1024 * 1024 }),
    ).rejects.toThrow(/larger than 1 MB/)
    await expect(fetchRemoteImage(`${base}/declared`, allowLoopback)).rejects.toThrow(/larger than 10 MB/)
    await expect(fetchRemoteImage(`${base}/slow`, { ...allowLoopback, timeoutMs: 300 })).rejects.toThrow(
      /timed out|abort/i,
    )
  })
})
