// A folder name too long for the files named after it (trial-1 #5): `check` says so before the
// slot, and the ledger's ENAMETOOLONG is never "restore it from git history".
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js'
import type { Article } from '../../src/content/article.js'
import { t } from '../../src/i18n/catalogue.js'
import { publishMessages } from '../../src/i18n/messages/publish.js'
import { createLedger } from '../../src/publish/ledger.js'
import { ledgerHint } from '../../src/publish/ledger-diagnostic.js'
import { runCli } from '../helpers/run-cli.js'
import { makeSite } from '../publish/publish-site.js'
import { AT_SLOT, calls, emu, ENV, SLOT, start } from '../publish/ledger-emulator.js'

afterEach(async () => emu?.close())

const LONG = '长'.repeat(84) // 252 bytes: the folder can exist, `<slug>.json` (257 bytes) cannot
const FIT = '长'.repeat(79) // 237 bytes: `<slug>.json.<8 hex>.tmp` is 255

describe('a folder name too long for its ledger', () => {
  it('is an error of check on the article, naming the folder and its byte count', async () => {
    const root = makeSite(
      [
        { slug: LONG, slot: SLOT },
        { slug: FIT, slot: '2027-04-16T20:00:00+08:00' },
      ],
      { locale: 'zh-CN' },
    )
    const r = await runCli(['check', '--now=2027-04-01T09:00:00+08:00', '--format=json'], root)
    expect(r.code).toBe(1)
    const { diagnostics } = JSON.parse(r.stdout) as { diagnostics: Diagnostic[] }
    const found = diagnostics.filter((d) => d.ruleId === 'content/folder-name-too-long')
    expect(found).toMatchObject([
      {
        file: `content/${LONG}/index.md`,
        severity: 'error',
        line: 1,
        value: LONG,
        message: expect.stringContaining(`content/${LONG} 的文件夹名按 UTF-8 有 252 字节（最多 237 字节）`),
        hint: '缩短文件夹名：最多 237 字节（79 个汉字）。',
      },
    ])
    const plan = JSON.parse(
      (await runCli(['plan', '--now=2027-04-01T09:00:00+08:00', '--format=json'], root)).stdout,
    )
    expect(plan.pushes[0]).toMatchObject({ articles: [LONG], blocked: true })
    expect(plan.pushes[1]).toMatchObject({ articles: [FIT] })
    // (its title, made from the slug, is too long: that is another finding)
    const rules = (push: { blockedBy: { ruleId: string }[] }) => push.blockedBy.map((b) => b.ruleId)
    expect(rules(plan.pushes[0])).toContain('content/folder-name-too-long')
    expect(rules(plan.pushes[1])).not.toContain('content/folder-name-too-long')
  })

  it('blocks its push at the slot; the ledger hint says to shorten the folder name, not to restore it', async () => {
    await start()
    const root = makeSite([{ slug: LONG, slot: SLOT }])
    mkdirSync(path.join(root, '.wxpress', 'state'), { recursive: true })
    const r = await runCli(['publish', `--now=${AT_SLOT}`], root, ENV())
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('content/folder-name-too-long')
    expect(r.stdout).not.toMatch(/history/)
    expect(calls('/cgi-bin/draft/add')).toBe(0)
  })

  it('a ledger read that fails with ENAMETOOLONG: shorten the folder name, nothing to restore', async () => {
    const dir = path.join(makeSite([]), '.wxpress', 'state')
    mkdirSync(dir, { recursive: true })
    const found = await createLedger(dir).inspect(LONG)
    expect(found).toMatchObject({ status: 'unreadable', tooLong: true })
    if (found.status !== 'unreadable') return
    const article = { path: `content/${LONG}/index.md` } as Article
    for (const locale of ['en', 'zh-CN'] as const) {
      const hint = t(locale, ledgerHint(article, found))
      expect(hint).toContain(`content/${LONG}`)
      expect(hint).not.toMatch(/git|history|历史/)
    }
    expect(t('zh-CN', ledgerHint(article, found))).toMatch(/^缩短 content\/长+ 的文件夹名/)
    expect(t('zh-CN', publishMessages.msg.ledgerUnreadable(found))).toContain(
      '文件名超出了长度上限（ENAMETOOLONG）',
    )
  })
})
