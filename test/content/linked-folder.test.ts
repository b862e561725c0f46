/**
 * An article folder that is a symbolic link: to a folder outside the site it is reported like a
 * linked index.md (`content/outside-root`, naming the folder), never silently left out; to a folder
 * inside the site it is followed and checked like any article. A broken link is no article folder.
 */
import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'

const valid = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'valid')

function site() {
  const base = mkdtempSync(path.join(tmpdir(), 'wxpress-linkdir-'))
  const root = path.join(base, 'site')
  mkdirSync(path.join(root, 'content'), { recursive: true })
  cpSync(valid, path.join(root, 'content', 'real'), { recursive: true })
  cpSync(valid, path.join(base, 'outside-article'), { recursive: true })
  cpSync(valid, path.join(root, 'drafts', 'post'), { recursive: true })
  symlinkSync(path.join(base, 'outside-article'), path.join(root, 'content', 'linkdir'))
  symlinkSync(path.join(root, 'drafts', 'post'), path.join(root, 'content', 'inside'))
  symlinkSync(path.join(base, 'gone'), path.join(root, 'content', 'broken'))
  return root
}

type Doc = {
  files: { file: string }[]
  diagnostics: { file: string; ruleId: string; message: string; severity: string }[]
}

describe('a symlinked article folder', () => {
  it('to a folder outside the site: content/outside-root naming the folder, exit 1', async () => {
    const root = site()
    const one = await runCli(['check', 'linkdir', '--format', 'json'], root)
    expect(one.code, one.stdout + one.stderr).toBe(1)
    const doc = JSON.parse(one.stdout) as Doc
    expect(doc.diagnostics).toEqual([
      expect.objectContaining({
        file: 'content/linkdir/index.md',
        ruleId: 'content/outside-root',
        severity: 'error',
        message:
          'The article folder `content/linkdir` is a symbolic link to a folder outside the site; it is not read',
      }),
    ])
    const zh = await runCli(['check', 'linkdir', '--locale', 'zh-CN'], root)
    expect(zh.stdout).toContain('文章文件夹 `content/linkdir` 是指向站点之外文件夹的符号链接，不会读取')
  })

  it('to a folder inside the site: followed and checked; a broken link is no article', async () => {
    const root = site()
    const all = await runCli(['check', '--format', 'json'], root)
    const doc = JSON.parse(all.stdout) as Doc
    expect(doc.files.map((f) => f.file).sort()).toEqual([
      'content/inside/index.md',
      'content/linkdir/index.md',
      'content/real/index.md',
    ])
    const errors = doc.diagnostics.filter((d) => d.severity === 'error')
    expect(errors.map((d) => `${d.file} ${d.ruleId}`)).toEqual([
      'content/linkdir/index.md content/outside-root',
    ])
    const inside = await runCli(['check', 'inside', '--format', 'json'], root)
    expect(inside.code, inside.stdout + inside.stderr).toBe(0)
    expect((JSON.parse(inside.stdout) as Doc).files.map((f) => f.file)).toEqual(['content/inside/index.md'])
  })
})
