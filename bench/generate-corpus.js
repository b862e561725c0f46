// Writes a site of `count` realistic articles (front-matter, prose, code, tables, lists, images) for
// benchmarks. Slots are spread over distinct days so the schedule is valid.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

// Tiny real PNGs (47×20) as covers keep the corpus small; the renderer still reads and hashes them.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d494844520000002f00000014080200000092f8f3950000000970485973000003e8000003e801' +
    'b57b526b0000003a494441544889ed95410d00400cc2e60b7788eefb5cdcf668820042a04cca1dcdba83e806b3a9bd899b42de749fc2f119309bda9bb829bef1e60138b93d9f29c133420000000049454e44ae426082',
  'hex',
)

const PARAGRAPHS = [
  '在这篇文章里，我们用 TypeScript 重写了内容流水线，构建时间从 40 秒降到 6 秒。团队的每一位作者都可以在本地预览，评审人在 PR 里直接看到渲染结果。',
  '山海实验室每个月都会举办一次线下分享，主题涵盖前端工程、数据可视化和开源协作。欢迎在评论区告诉我们你想听的话题。',
  '我们把发布流程拆成五个阶段：检查、渲染、排期、发布和统计。每个阶段都只做一件事，出了问题也能准确定位到文件和行号。',
  '这次升级之后，图片会自动压缩到 1 MB 以内，超长的代码行可以横向滚动，表格在手机上也能完整显示。',
  '如果你在使用过程中遇到问题，可以在 GitHub 上提交 issue，我们通常会在 2 个工作日内回复。',
]

function article(i) {
  const day = new Date(Date.UTC(2027, 2, 2) + i * 86_400_000)
  const date = day.toISOString().slice(0, 10)
  const body = []
  for (let s = 0; s < 6; s++) {
    body.push(`## 第 ${s + 1} 部分`, '')
    for (let p = 0; p < 4; p++) body.push(PARAGRAPHS[(i + s + p) % PARAGRAPHS.length], '')
    if (s === 1)
      body.push(
        '```ts',
        'export function add(a: number, b: number): number {',
        '\treturn a + b',
        '}',
        '```',
        '',
      )
    if (s === 2) body.push('| 指标 | 数值 |', '| --- | ---: |', '| 阅读量 | 12,345 |', '| 分享 | 678 |', '')
    if (s === 3) body.push('- 第一项', '- 第二项', '  - 嵌套项', '- 第三项', '')
    if (s === 4) body.push('![示意图](images/figure.png)', '', '*图：流水线示意*', '')
    if (s === 5) body.push('> 好的工具让人专注于内容本身。', '')
  }
  return [
    '---',
    `title: 内容流水线实践第 ${i + 1} 篇`,
    'topic: 技术',
    `slot: ${date}T20:00:00+08:00`,
    'audience: 全部粉丝',
    'author: 小山',
    'digest: 我们如何把公众号文章当作代码来管理。',
    'cover: cover.png',
    '---',
    '',
    ...body,
  ].join('\n')
}

/** Writes `count` articles under `<root>/content/`. */
export function generateCorpus(root, count) {
  for (let i = 0; i < count; i++) {
    const dir = path.join(root, 'content', `post-${String(i + 1).padStart(4, '0')}`)
    mkdirSync(path.join(dir, 'images'), { recursive: true })
    writeFileSync(path.join(dir, 'index.md'), article(i))
    writeFileSync(path.join(dir, 'cover.png'), PNG)
    writeFileSync(path.join(dir, 'images', 'figure.png'), PNG)
  }
  writeFileSync(
    path.join(root, 'wxpress.config.json'),
    JSON.stringify({ timezone: 'Asia/Shanghai', schedule: { horizonDays: 3650 } }, null, 2),
  )
}
