/** A small site and a one-call publish runner for the publisher tests (real emulator, real HTTP). */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Emulator } from '../../src/emulator/create-emulator.js'
import { createLedger } from '../../src/publish/ledger.js'
import { publishPlan } from '../../src/publish/publish-plan.js'
import { createWechatClient, type WechatClient } from '../../src/publish/wechat-client.js'
import { checkSite } from '../../src/site/check-site.js'
import { loadSite } from '../../src/site/load-site.js'

const cover = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'content',
  'fixtures',
  'valid',
  'cover.png',
)

export interface ArticleSpec {
  slug: string
  slot: string
  audience?: string
  order?: number
  extra?: string
  body?: string
}

export function makeSite(articles: ArticleSpec[], config: Record<string, unknown> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-publish-'))
  for (const a of articles) {
    const dir = path.join(root, 'content', a.slug)
    mkdirSync(path.join(dir, 'images'), { recursive: true })
    copyFileSync(cover, path.join(dir, 'cover.png'))
    copyFileSync(cover, path.join(dir, 'images', 'figure.png'))
    writeFileSync(
      path.join(dir, 'index.md'),
      [
        '---',
        `title: 文章 ${a.slug}`,
        'topic: 测试',
        `slot: ${a.slot}`,
        `audience: ${a.audience ?? '全部粉丝'}`,
        'author: 小山',
        'digest: 一句话摘要。',
        'cover: cover.png',
        ...(a.order ? [`order: ${a.order}`] : []),
        ...(a.extra ? [a.extra] : []),
        '---',
        '',
        a.body ?? '正文第一段。\n\n![示意图](images/figure.png)\n',
        '',
      ].join('\n'),
    )
  }
  writeFileSync(
    path.join(root, 'wxpress.config.json'),
    JSON.stringify({
      accounts: { main: { kind: 'subscription', mode: 'broadcast', tags: ['技术读者'] } },
      schedule: { windows: [{ start: '00:00', end: '23:59' }] },
      ...config,
    }),
  )
  return root
}

export interface RunOptions {
  root: string
  emu: Emulator
  now: string
  client?: WechatClient
  /** Throw (simulating a killed process) right after the Nth completed remote call. */
  crashAfter?: number
  mode?: 'draft' | 'publish' | 'broadcast'
}

/** A client on the emulator's clock (or, with `ownClock`, on the real clock: it then learns of expiry from 42001). */
export function clientFor(emu: Emulator, afterCall?: (path: string) => void, ownClock = false): WechatClient {
  return createWechatClient({
    baseUrl: emu.url,
    appId: 'wx0000000000emulator',
    appSecret: 'emulator-secret',
    now: ownClock ? Date.now : () => emu.now(),
    sleep: async () => undefined,
    ...(afterCall ? { afterCall } : {}),
  })
}

export async function runPublish(options: RunOptions) {
  const site = await loadSite({ root: options.root })
  const nowMs = Date.parse(options.now)
  const result = await checkSite(site, { nowMs, publishing: true, noCache: true })
  let calls = 0
  const client =
    options.client ??
    clientFor(options.emu, () => {
      calls++
      if (options.crashAfter !== undefined && calls >= options.crashAfter)
        throw new Error(`simulated crash after call ${calls}`)
    })
  const log: string[] = []
  const summary = await publishPlan({
    plan: result.plan,
    articles: site.articles,
    renders: result.renders,
    config: site.config,
    clientFor: () => client,
    ledger: createLedger(path.join(options.root, '.wxpress', 'state')),
    nowMs,
    dryRun: false,
    mode: options.mode,
    sleep: async () => undefined,
    log: (l) => log.push(l),
  })
  return { summary, log, site, result, calls: () => calls }
}
