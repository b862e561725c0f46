/**
 * A slug folder that is a symbolic link to the folder of another slug (`content/b -> a`, or two links
 * to one folder elsewhere in the site) is one article under two slugs: `content/duplicate-folder` on the
 * link (never on the real folder), and the link is never planned or published. A link no other slug
 * reaches is still followed (test/content/linked-folder.test.ts).
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { cliBin } from '../helpers/cli-bin.js'
import { runCli } from '../helpers/run-cli.js'

const valid = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'valid')
const NOW = '--now=2027-04-01T09:00:00+08:00'

/** An article folder at `dir` (site-relative) with its own slot day. */
function article(root: string, dir: string, day: number) {
  cpSync(valid, path.join(root, dir), { recursive: true })
  const index = path.join(root, dir, 'index.md')
  writeFileSync(index, readFileSync(index, 'utf8').replace('2027-04-15', `2027-04-${day}`))
}

/** content/a, content/b -> a; content/x, y -> drafts/post; content/aa -> zz (the link sorts first); content/solo -> drafts/solo. */
function site() {
  const root = path.join(mkdtempSync(path.join(tmpdir(), 'wxpress-dupslug-')), 'site')
  mkdirSync(path.join(root, 'content'), { recursive: true })
  article(root, 'content/a', 15)
  article(root, 'drafts/post', 16)
  article(root, 'content/zz', 17)
  article(root, 'drafts/solo', 18)
  symlinkSync('a', path.join(root, 'content', 'b'))
  symlinkSync(path.join(root, 'drafts', 'post'), path.join(root, 'content', 'x'))
  symlinkSync('../drafts/post', path.join(root, 'content', 'y'))
  symlinkSync('zz', path.join(root, 'content', 'aa'))
  symlinkSync('../drafts/solo', path.join(root, 'content', 'solo'))
  return root
}

type Diagnostic = Record<string, unknown> & { file: string; ruleId: string; severity: string }
const errorsOf = (stdout: string) =>
  (JSON.parse(stdout) as { diagnostics: Diagnostic[] }).diagnostics.filter((d) => d.severity === 'error')

describe('content/duplicate-folder', () => {
  it('is an error on each link that reaches an already listed folder, with file, line 1, value and hint', async () => {
    const root = site()
    const r = await runCli(['check', '--format', 'json', NOW], root)
    expect(r.code, r.stderr).toBe(1)
    const errors = errorsOf(r.stdout)
    expect(errors.map((d) => `${d.file} ${d.ruleId}`)).toEqual([
      'content/aa/index.md content/duplicate-folder',
      'content/b/index.md content/duplicate-folder',
      'content/y/index.md content/duplicate-folder',
    ])
    expect(errors[1]).toMatchObject({
      line: 1,
      column: 1,
      source: 'content',
      value: 'content/b',
      message:
        'The article folder `content/b` is a symbolic link to the article folder `content/a`: the same article under two slugs would be published twice; the link is not read',
      hint: 'Remove the link `content/b`; if it is meant to be a second article, copy the folder instead (`cp -r`) and edit the copy.',
    })
    expect(errors[2]!.message).toBe(
      'The article folder `content/y` is a symbolic link to `drafts/post`, like the article folder `content/x`: the same article under two slugs would be published twice; the link is not read',
    )
    // the real folders, the first link to drafts/post and a link no other slug reaches are articles
    for (const slug of ['a', 'x', 'zz', 'solo'])
      expect((await runCli(['check', slug, NOW], root)).code, slug).toBe(0)
  })

  it('says so in zh-CN, on the link checked alone', async () => {
    const root = site()
    const r = await runCli(['check', 'b', 'y', '--locale', 'zh-CN', NOW], root)
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      '文章文件夹 `content/b` 是指向文章文件夹 `content/a` 的符号链接：同一篇文章会以两个 slug 发布两次，不会读取这个链接',
    )
    expect(r.stdout).toContain(
      '文章文件夹 `content/y` 是指向 `drafts/post` 的符号链接，文章文件夹 `content/x` 也指向那里',
    )
    expect(r.stdout).toContain(
      '建议：删除链接 `content/b`；如果要写第二篇文章，请改为复制文件夹（`cp -r`），再修改副本。',
    )
    expect(r.stdout).toContain('content/duplicate-folder')
  })

  it('keeps the link slugs out of the plan and out of publish --dry-run', async () => {
    const root = site()
    const plan = await runCli(['plan', '--format', 'json', NOW], root)
    const doc = JSON.parse(plan.stdout) as { pushes: { articles: string[] }[]; unscheduled: string[] }
    expect(doc.pushes.map((p) => p.articles)).toEqual([['a'], ['x'], ['zz'], ['solo']])
    expect(doc.unscheduled).toEqual(['aa', 'b', 'y'])
    const pretty = await runCli(['plan', NOW], root)
    expect(pretty.code).toBe(1)
    expect(pretty.stdout).toMatch(/content\/b\/index\.md\n.*content\/duplicate-folder/)
    const dry = await runCli(['publish', '--dry-run', '--now=2027-04-15T20:05:00+08:00'], root)
    expect(dry.stdout).toMatch(/ a: due/)
    expect(dry.stdout).not.toMatch(/ (b|y|aa)(, \w+)*: /)
    expect(dry.stdout).toContain('draft/add  articles=1 ')
    expect(dry.stdout).not.toContain('articles=2')
  })

  it('is found the same by the built CLI, with a helper thread (--jobs 2)', () => {
    const root = site()
    const run = spawnSync(process.execPath, [cliBin, 'check', '--format', 'json', '--jobs', '2', NOW], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    })
    expect(run.status, run.stderr).toBe(1)
    expect(errorsOf(run.stdout).map((d) => d.file)).toEqual([
      'content/aa/index.md',
      'content/b/index.md',
      'content/y/index.md',
    ])
  })
})
