/** `wxpress plan` on a zh-CN site: weekday, relative time, status and the Markdown calendar in Chinese. */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const NOW = '--now=2026-12-10T10:00:00+08:00'

function site(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-plan-locale-'))
  mkdirSync(path.join(root, 'content', 'camp'), { recursive: true })
  const front = [
    '---',
    'title: 冬令营报名',
    'topic: 活动',
    'slot: 2026-12-20T20:00:00+08:00',
    'audience: 全部粉丝',
    'digest: 冬令营开始报名。',
    'cover: cover.png',
    '---',
    '',
    '![合影](photo.jpg)',
    '',
  ]
  writeFileSync(path.join(root, 'content', 'camp', 'index.md'), front.join('\n'))
  copyFileSync(
    path.join(here, '..', 'content', 'fixtures', 'valid', 'cover.png'),
    path.join(root, 'content', 'camp', 'cover.png'),
  )
  writeFileSync(path.join(root, 'wxpress.config.json'), JSON.stringify({ locale: 'zh-CN' }))
  return root
}

describe('plan in Chinese', () => {
  it('names the weekday, the distance and the status in Chinese; English with --locale en', async () => {
    const root = site()
    const zh = await runCli(['plan', NOW], root)
    expect(zh.stdout).toContain('2026-12-20 20:00 周日  （2026-12-20T12:00:00Z，10 天后）')
    expect(zh.stdout).toContain('【受阻】')
    expect(zh.stdout).toContain('草稿 → 全部粉丝  【受阻】')
    expect(zh.stdout).toContain('  头条  camp  冬令营报名')
    expect(zh.stdout).toContain('受阻：content/camp/index.md：')
    expect(zh.stdout).not.toMatch(/\b(?:BLOCKED|head|in 10 days|Sun)\b/)
    const en = await runCli(['plan', NOW, '--locale', 'en'], root)
    expect(en.stdout).toContain('2026-12-20 20:00 Sun  (2026-12-20T12:00:00Z, in 10 days)')
    expect(en.stdout).toContain('draft → 全部粉丝  [BLOCKED]')
    expect(zh.code).toBe(en.code)
  })

  it('counts days by the calendar and joins the unscheduled with 、', async () => {
    const root = site()
    // 47 hours ahead, but the day after tomorrow: "2 days", in both languages
    const soon = path.join(root, 'content', 'soon')
    mkdirSync(soon)
    writeFileSync(
      path.join(soon, 'index.md'),
      '---\ntitle: 周六早报\nslot: 2026-12-12T09:00:00+08:00\naudience: 全部粉丝\n---\n\n正文。\n',
    )
    for (const slug of ['draft-a', 'draft-b']) {
      mkdirSync(path.join(root, 'content', slug))
      writeFileSync(path.join(root, 'content', slug, 'index.md'), '---\ntitle: 草稿\n---\n\n正文。\n')
    }
    const zh = await runCli(['plan', NOW], root)
    expect(zh.stdout).toContain('2026-12-12 09:00 周六  （2026-12-12T01:00:00Z，2 天后）')
    expect(zh.stdout).toContain('未排期（没有 slot）：draft-a、draft-b')
    const en = await runCli(['plan', NOW, '--locale', 'en'], root)
    expect(en.stdout).toContain('2026-12-12 09:00 Sat  (2026-12-12T01:00:00Z, in 2 days)')
    expect(en.stdout).toContain('Unscheduled (no slot): draft-a, draft-b')
  })

  it('lists an article whose front-matter cannot be read apart from the unscheduled, and counts its errors (t18 m4)', async () => {
    const root = site()
    mkdirSync(path.join(root, 'content', 'rust'))
    writeFileSync(
      path.join(root, 'content', 'rust', 'index.md'),
      '---\ntitle: 日志解析器\nslot: 2026-12-20T20:00:00+08:00\nlint:\n\ttypography/quotes: warn\n---\n\n正文。\n',
    )
    const zh = await runCli(['plan', NOW], root)
    expect(zh.stdout).toContain('front-matter 有错误，读不出 slot（见 `wxpress check`）：rust')
    expect(zh.stdout).not.toContain('未排期（')
    expect(zh.stdout).toContain('共 1 次推送，1 次受阻，0 篇未排期，1 篇 front-matter 有错误')
    expect(zh.stdout).toContain('建议：把第 5 行开头的 Tab 换成空格')
    expect(zh.stdout).not.toMatch(/：0 个错误/)
    expect(zh.code).toBe(1)
    const md = await runCli(['plan', NOW, '--format', 'markdown'], root)
    expect(md.stdout).toContain('front-matter 有错误，读不出 slot（见 `wxpress check`）：rust')
    // the JSON plan keeps its shape: the article is among the unscheduled
    const json = JSON.parse((await runCli(['plan', NOW, '--format', 'json'], root)).stdout)
    expect(json.unscheduled).toEqual(['rust'])
  })

  it('lists an article with an invalid slot apart from one without, quoting the value and the reason; JSON unchanged (tester report 3)', async () => {
    const root = site()
    for (const [slug, slot] of [
      ['k8s-migration', 'slot: 2027-03-03\n'],
      ['hello-wxpress', ''],
    ]) {
      mkdirSync(path.join(root, 'content', slug!))
      writeFileSync(path.join(root, 'content', slug!, 'index.md'), `---\ntitle: 草稿\n${slot}---\n\n正文。\n`)
    }
    const zh = await runCli(['plan', NOW], root)
    expect(zh.stdout).toContain(
      '未排期，slot 无效（改正后才会排期）：\n  k8s-migration  slot: 2027-03-03（content/k8s-migration/index.md 第 3 行）  `slot` 只有日期，没有具体时间：2027-03-03  frontmatter/invalid-slot\n',
    )
    expect(zh.stdout).toContain('未排期（没有 slot）：hello-wxpress\n')
    expect(zh.stdout).toContain('共 1 次推送，1 次受阻，2 篇未排期')
    const en = await runCli(['plan', NOW, '--locale', 'en'], root)
    expect(en.stdout).toContain(
      'Unscheduled, the slot is invalid (fix it to schedule the article):\n  k8s-migration  slot: 2027-03-03  (content/k8s-migration/index.md:3)  `slot` is a date without a time of day: 2027-03-03  frontmatter/invalid-slot\n',
    )
    expect(en.stdout).toContain('Unscheduled (no slot): hello-wxpress\n')
    // the Markdown calendar (the PR comment's and the step summary's) says the same
    const md = await runCli(['plan', NOW, '--format', 'markdown'], root)
    expect(md.stdout).toContain('未排期，slot 无效（改正后才会排期）：\n- k8s-migration  slot: 2027-03-03')
    expect(md.stdout).toContain('未排期（没有 slot）：hello-wxpress\n')
    const json = JSON.parse((await runCli(['plan', NOW, '--format', 'json'], root)).stdout)
    expect(Object.keys(json)).toEqual(['version', 'timezone', 'pushes', 'unscheduled', 'diagnostics'])
    expect(json.unscheduled).toEqual(['hello-wxpress', 'k8s-migration'])
  })

  it('writes the Markdown calendar in Chinese', async () => {
    const md = await runCli(['plan', NOW, '--format', 'markdown'], site())
    expect(md.stdout).toContain('### 推送日历（Asia/Shanghai）')
    expect(md.stdout).toContain('| 日期 | 时间 | 受众 | 方式 | 文章（头条在前） | 状态 |')
    expect(md.stdout).toContain(
      '| 2026-12-20 | 20:00 | 全部粉丝 | 草稿 | 冬令营报名 | ⛔ 受阻：找不到图片：photo.jpg（`image/missing`） |',
    )
    expect(md.stdout).toContain('⛔ 受阻')
  })
})
