/**
 * Fixture artifacts for pr-report tests, shaped exactly like pr-check writes them (DESIGN §8), and
 * the matching pull request in the GitHub emulator (files with patches, contents at the head sha).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** A 1×1 PNG and a tiny JPEG header (enough for the magic-byte check). */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)
export const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1])

export const SHA1 = 'a1'.repeat(20)
export const SHA2 = 'b2'.repeat(20)

export const SPRING = [
  '---',
  'title: 春天来了',
  'slot: 2027-04-18T20:00:00+08:00',
  'topic: 生活',
  '---',
  '',
  '今天天气很好,我们去公园。',
  '第二行(中文)内容。',
  '第三行没有改动。',
  '',
].join('\n')

export const AUTUMN = ['---', 'title: 秋天', '---', '', '旧的一行,没有改动。', '新的一行,已改动。', ''].join(
  '\n',
)

type Json = Record<string, unknown>

/** A fix replacing `find` (on 1-based `line` of `text`) with `replace`. */
export function fixOf(text: string, line: number, find: string, replace: string) {
  const column = (text.split('\n')[line - 1] ?? '').indexOf(find) + 1
  if (column < 1) throw new Error(`"${find}" not on line ${line}`)
  return { line, column, endLine: line, endColumn: column + find.length, text: replace }
}

export function diag(
  file: string,
  line: number,
  severity: 'error' | 'warning' | 'info',
  ruleId: string,
  message: string,
  extra: Json = {},
) {
  return { file, line, column: 1, severity, ruleId, source: 'lint', message, ...extra }
}

export function baseReport(headSha = SHA1): Json {
  return {
    version: 1,
    pr: { number: 7, headSha, baseRef: 'main' },
    scope: { all: true, reason: '检查全部文章：主题有改动（themes/default/theme.css）。' },
    articles: [
      {
        slug: 'spring',
        file: 'content/spring/index.md',
        title: '春天来了',
        topic: '生活',
        audience: '全部粉丝',
        slot: '2027-04-18T20:00:00+08:00',
        utc: '2027-04-18T12:00:00Z',
        push: {
          slot: '2027-04-18T20:00:00+08:00',
          articles: [
            { slug: 'spring', title: '春天来了' },
            { slug: 'autumn', title: '秋天' },
          ],
        },
        words: 1234,
        readingMinutes: 4,
        digest: '春天的公园，和一杯茶。',
        status: 'error',
        changed: true,
        screenshot: 'screenshots/spring.png',
        cover: 'covers/spring.jpg',
        html: 'html/spring.html',
        changedLines: [[1, 10]],
      },
      {
        slug: 'autumn',
        file: 'content/autumn/index.md',
        title: '秋天',
        topic: '',
        audience: '',
        slot: '2027-04-18T20:00:00+08:00',
        utc: '2027-04-18T12:00:00Z',
        push: null,
        words: 12,
        readingMinutes: 1,
        digest: '',
        status: 'warning',
        changed: true,
        screenshot: 'screenshots/autumn.png',
        html: 'html/autumn.html',
        changedLines: [[6, 6]],
      },
      {
        slug: 'winter',
        file: 'content/winter/index.md',
        title: '冬天',
        topic: '生活',
        audience: '',
        slot: '2027-05-01T08:00:00+08:00',
        utc: '2027-05-01T00:00:00Z',
        push: null,
        words: 800,
        readingMinutes: 3,
        digest: '冬天',
        status: 'ok',
        changed: false,
        html: 'html/winter.html',
        changedLines: [],
      },
    ],
    check: {
      version: 1,
      files: [],
      summary: { files: 3, errors: 1, warnings: 4 },
      diagnostics: [
        diag('content/spring/index.md', 3, 'error', 'schedule/slot-conflict', '与《秋天》同一时段发送', {
          hint: '改一个 slot',
        }),
        diag(
          'content/spring/index.md',
          7,
          'warning',
          'typography/fullwidth-punctuation',
          '中文里用全角逗号',
          { fix: fixOf(SPRING, 7, ',', '，') },
        ),
        diag('content/spring/index.md', 8, 'warning', 'typography/brackets', '中文里用全角括号', {
          fix: fixOf(SPRING, 8, '(中文)', '（中文）'),
        }),
        diag(
          'content/autumn/index.md',
          5,
          'warning',
          'typography/fullwidth-punctuation',
          '中文里用全角逗号',
          { fix: fixOf(AUTUMN, 5, ',', '，') },
        ),
        diag(
          'content/autumn/index.md',
          6,
          'warning',
          'typography/fullwidth-punctuation',
          '中文里用全角逗号',
          { fix: fixOf(AUTUMN, 6, ',', '，') },
        ),
        diag('wxpress.config.json', 2, 'info', 'config/unknown-key', 'unknown key "colour"'),
      ],
    },
  }
}

/** Writes `report` and its images into a fresh artifact folder. */
export function writeArtifact(
  report: Json,
  images: Record<string, Buffer> = {
    'screenshots/spring.png': PNG,
    'screenshots/autumn.png': PNG,
    'covers/spring.jpg': JPEG,
  },
): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wxpress-artifact-'))
  for (const [rel, data] of Object.entries(images)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    writeFileSync(path.join(dir, rel), data)
  }
  mkdirSync(path.join(dir, 'html'), { recursive: true })
  writeFileSync(path.join(dir, 'report.json'), JSON.stringify(report, null, 2))
  return dir
}
