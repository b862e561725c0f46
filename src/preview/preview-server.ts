/**
 * `wxpress preview`: a local server showing every article as WeChat will, in a phone-width frame,
 * with its findings beside it, reloading when a file under the content folder changes.
 */
import { watchContent } from './watch-content.js'
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { collectDiagnostics } from '../diagnostics/collect-diagnostics.js'
import { checkSite } from '../site/check-site.js'
import { loadSite, type SiteOptions } from '../site/load-site.js'
import { renderPage, renderIndex } from './preview-pages.js'
import { t } from '../i18n/catalogue.js'
import type { Locale } from '../i18n/message.js'
import { previewMessages } from '../i18n/messages/preview.js'

const { msg } = previewMessages

export interface PreviewOptions extends SiteOptions {
  port?: number
  host?: string
  /** Ports tried after a busy `port` (port+1, port+2 …); 0 = fail at once. Default 10. */
  portTries?: number
  nowMs: () => number
  version: string
  /** Language of the pages and findings (default: config `locale`). */
  locale?: Locale | undefined
}

export interface PreviewServer {
  url: string
  port: number
  /** The port asked for, when it was busy and the next free one was taken instead. */
  busyPort?: number | undefined
  /** Language of the CLI lines: `--locale`, else config `locale`. */
  locale: Locale
  close(): Promise<void>
}

export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const clients = new Set<ServerResponse>()
  const assets = new Map<string, { data: Uint8Array; mime: string }>()

  async function load() {
    const site = await loadSite(options)
    const locale = options.locale ?? site.config.locale
    // the findings and counts of `check` at the same clock (not publishing: a past slot is an
    // error, a remote image is not), with the HTML and image bytes the pages show
    const result = await checkSite(site, {
      nowMs: options.nowMs(),
      version: options.version,
      imageData: true,
      locale,
    })
    for (const r of result.renders.values())
      for (const i of [...r.images, ...(r.cover ? [r.cover] : [])])
        assets.set(i.file.replace('assets/', ''), { data: i.data, mime: i.mime })
    return { site, result, locale }
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    try {
      if (url.pathname === '/events') {
        res.writeHead(200, {
          'content-type': 'text/event-stream',
          'cache-control': 'no-cache',
          connection: 'keep-alive',
        })
        res.write(': connected\n\n')
        clients.add(res)
        req.on('close', () => clients.delete(res))
        return
      }
      if (url.pathname.startsWith('/assets/')) {
        const asset = assets.get(url.pathname.slice('/assets/'.length))
        if (!asset) return void res.writeHead(404).end('not found')
        res.writeHead(200, { 'content-type': asset.mime })
        return void res.end(asset.data)
      }
      const { site, result, locale } = await load()
      const html = (body: string) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        res.end(body)
      }
      if (url.pathname === '/') return html(renderIndex(site, result, locale))
      const slug = decodeURIComponent(url.pathname.replace(/^\/a\//, '').replace(/\/$/, ''))
      const article = site.articles.find((a) => a.slug === slug)
      if (!article)
        return void res
          .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
          .end(t(locale, msg.noArticle({ slug })))
      const diagnostics = collectDiagnostics([{ file: article.file, path: article.path }], locale)
      return html(renderPage(article, result.renders.get(slug), diagnostics, site.config, locale))
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
      res.end(t(options.locale ?? 'en', msg.failed({ error: (error as Error).message })))
    }
  })
  const host = options.host ?? '127.0.0.1'
  const wanted = options.port ?? 4321
  const port = await listenOnFreePort(server, wanted, host, wanted === 0 ? 0 : (options.portTries ?? 10))
  const site = await loadSite(options)
  let timer: NodeJS.Timeout | undefined
  const reload = () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      for (const c of clients) c.write('event: reload\ndata: changed\n\n')
    }, 80)
  }
  const watching = watchContent(site.contentDir, reload)
  return {
    url: `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    busyPort: port !== wanted && wanted !== 0 ? wanted : undefined,
    locale: options.locale ?? site.config.locale,
    close: () =>
      new Promise<void>((resolve) => {
        watching.close()
        for (const c of clients) c.end()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/**
 * Listens on `port`, or on the next free one when it is taken (at most `tries` more); other errors
 * (no permission, unknown address) and the last busy port are thrown with their `code`.
 */
async function listenOnFreePort(server: Server, port: number, host: string, tries: number): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    const candidate = port === 0 ? 0 : port + attempt
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(candidate, host, () => {
          server.off('error', reject)
          resolve()
        })
      })
      return (server.address() as AddressInfo).port
    } catch (error) {
      const busy = (error as { code?: string }).code === 'EADDRINUSE'
      if (!busy || attempt >= tries || candidate >= 65535) {
        if (busy) Object.assign(error as object, { port })
        throw error
      }
    }
  }
}
