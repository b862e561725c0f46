/** A site for `wxpress render --out`: the bundled spring-meetup article and one with image errors. */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export function renderSite(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-render-cli-'))
  cpSync(path.join(repo, 'content', 'spring-meetup'), path.join(root, 'content', 'spring-meetup'), {
    recursive: true,
  })
  mkdirSync(path.join(root, 'content', 'broken'), { recursive: true })
  writeFileSync(
    path.join(root, 'content', 'broken', 'index.md'),
    [
      '---',
      'title: 有问题的文章',
      'topic: 技术',
      'slot: 2027-03-10T20:00:00+08:00',
      'audience: 全部粉丝',
      'cover: cover.png',
      '---',
      '',
      '图一 ![丢失](images/missing.png)，图二 ![越界](../spring-meetup/cover.png)。',
      '',
    ].join('\n'),
  )
  return root
}
