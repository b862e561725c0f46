// The Markdown of one realistic benchmark article: 800–6,000 字 of prose built from varied sentences,
// headings, code in several languages, tables, footnotes, raw HTML blocks, lists, quotes, images, and
// the mistakes writers make (no space between Chinese and English, half-width punctuation in Chinese,
// Github for GitHub, long titles, images without alt text).

const SUBJECTS = [
  '我们团队',
  '这个项目',
  '新版本的渲染器',
  '运营同学',
  '后端服务',
  '编辑部',
  '每一位作者',
  '评审人',
  '这套工作流',
  '社区志愿者',
]
const VERBS = [
  '重写了',
  '优化了',
  '梳理了',
  '拆分了',
  '验证了',
  '记录了',
  '讨论了',
  '迁移了',
  '简化了',
  '重新设计了',
]
const OBJECTS = [
  '内容发布流程',
  '图片压缩策略',
  '排期规则',
  '代码高亮主题',
  '表格在手机上的显示',
  '脚注的编号方式',
  '封面裁剪逻辑',
  '草稿箱同步',
  '数据统计面板',
  '评论区的运营方式',
]
const TAILS = [
  '，效果比预期好得多。',
  '，整个过程花了大约两周。',
  '，也踩了不少坑。',
  '，读者的反馈非常积极。',
  '，后面还会继续迭代。',
  '，具体细节见下文。',
  '，这让协作顺畅了很多。',
  '，并且写了完整的测试。',
]
const TECH = [
  'TypeScript',
  'Node.js',
  'GitHub Actions',
  'Markdown',
  'WeChat',
  'Docker',
  'PostgreSQL',
  'Redis',
  'Vue',
  'React',
  'Python',
  'Go',
]
const MISTAKES = [
  (t) => `我们用${t}重写了整个工具链,构建时间从40秒降到6秒.`,
  (t) => `大家可以在 Github 上找到${t}的示例代码!`,
  (t) => `这次升级之后,${t} 的启动速度快了 3 倍。`,
  (t) => `如果你也在用${t}，欢迎留言交流（我们会一一回复)。`,
  (t) => `注意:${t}的配置文件需要放在项目根目录。`,
]
const CODE = {
  ts: [
    'export async function publish(article: Article): Promise<Result> {',
    '  const html = await render(article)',
    '  if (html.length > LIMIT) return { ok: false, reason: "too long" }',
    '  return client.upload(html)',
    '}',
  ],
  python: [
    'def word_count(text: str) -> int:',
    '    """Counts CJK characters and Latin words."""',
    '    cjk = sum(1 for c in text if "\\u4e00" <= c <= "\\u9fff")',
    '    return cjk + len(text.split())',
  ],
  go: [
    'func main() {',
    '\tctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)',
    '\tdefer cancel()',
    '\tif err := run(ctx); err != nil {',
    '\t\tlog.Fatal(err)',
    '\t}',
    '}',
  ],
  bash: [
    '#!/usr/bin/env bash',
    'set -euo pipefail',
    'npx wxpress check --format json > report.json',
    'jq ".summary" report.json',
  ],
  sql: [
    'SELECT slug, COUNT(*) AS reads',
    'FROM article_stats',
    "WHERE day >= DATE '2027-01-01'",
    'GROUP BY slug',
    'ORDER BY reads DESC',
    'LIMIT 10;',
  ],
  json: [
    '{',
    '  "timezone": "Asia/Shanghai",',
    '  "schedule": { "horizonDays": 30 },',
    '  "lint": { "typography/cjk-spacing": "warn" }',
    '}',
  ],
}
const HTML = [
  '<section style="padding: 12px; background: #f6f8fa; border-radius: 6px;">\n<p><strong>编者按：</strong>本文根据现场分享整理，略有删改。</p>\n</section>',
  '<div align="center">\n<img src="IMAGE" width="60%">\n<p style="color: #888; font-size: 13px;">图：现场照片</p>\n</div>',
  '<p style="text-align: right; color: #999;">—— 完 ——</p>',
  '<table>\n<tr><th>版本</th><th>日期</th></tr>\n<tr><td>v1.2</td><td>2027-02-01</td></tr>\n</table>',
]

function sentence(random) {
  if (random.chance(0.08)) return random.pick(MISTAKES)(random.pick(TECH))
  const tech = random.chance(0.3) ? `在 ${random.pick(TECH)} 的帮助下，` : ''
  return `${tech}${random.pick(SUBJECTS)}${random.pick(VERBS)}${random.pick(OBJECTS)}${random.pick(TAILS)}`
}

function paragraph(random) {
  return Array.from({ length: random.int(2, 6) }, () => sentence(random)).join('')
}

const han = (text) => (text.match(/[\u4e00-\u9fff]/g) ?? []).length

/** `images`: names of the body images (relative to the article folder) to place in the text. */
export function articleMarkdown(random, i, { date, images }) {
  const target = random.int(800, 6000)
  const body = []
  let chars = 0
  let section = 0
  let footnotes = 0
  let image = 0
  while (chars < target) {
    section++
    body.push(
      `## ${section}. ${random.pick(OBJECTS)}${random.chance(0.2) ? `与${random.pick(TECH)}` : ''}`,
      '',
    )
    for (let p = random.int(2, 5); p > 0 && chars < target; p--) {
      let text = paragraph(random)
      if (random.chance(0.15)) text += `[^${++footnotes}]`
      if (random.chance(0.1)) text += `详见[官方文档](https://example.com/docs/${i}/${section})。`
      chars += han(text)
      body.push(text, '')
    }
    const extra = random.int(0, 9)
    if (extra === 0) {
      const lang = random.pick(Object.keys(CODE))
      body.push(`\`\`\`${lang}`, ...CODE[lang], '```', '')
    } else if (extra === 1) {
      body.push('| 指标 | 上线前 | 上线后 |', '| --- | ---: | ---: |')
      for (let r = random.int(2, 8); r > 0; r--)
        body.push(`| ${random.pick(OBJECTS)} | ${random.int(10, 999)} ms | ${random.int(1, 99)} ms |`)
      body.push('')
    } else if (extra === 2) {
      const html = random.pick(HTML)
      if (!html.includes('IMAGE') || image < images.length)
        body.push(html.replace('IMAGE', images[image++] ?? ''), '')
    } else if (extra === 3) {
      body.push(...Array.from({ length: random.int(2, 5) }, () => `- ${sentence(random)}`), '')
    } else if (extra === 4) {
      body.push(`> ${paragraph(random)}`, '')
    }
    if (image < images.length && random.chance(0.5)) {
      const alt = random.chance(0.2) ? '' : `${random.pick(OBJECTS)}示意图`
      body.push(`![${alt}](${images[image++]})`, '')
    }
  }
  while (image < images.length) body.push(`![现场照片](${images[image++]})`, '')
  for (let f = 1; f <= footnotes; f++)
    body.push(`[^${f}]: 参考资料 ${f}：${random.pick(OBJECTS)}的设计说明。`, '')
  const long = random.chance(0.1)
  const title = long
    ? `深度复盘：${random.pick(SUBJECTS)}如何在三个月内${random.pick(VERBS)}${random.pick(OBJECTS)}，以及我们从中学到的十件事`
    : `${random.pick(OBJECTS)}实践（第 ${i + 1} 篇）`
  return [
    '---',
    `title: ${title}`,
    `topic: ${random.pick(['技术', '产品', '社区'])}`,
    `slot: ${date}T20:00:00+08:00`,
    'audience: 全部粉丝',
    `author: ${random.pick(['小山', '阿青', '林舟', 'Kevin'])}`,
    ...(random.chance(0.8) ? [`digest: ${random.pick(OBJECTS)}的一次完整复盘。`] : []),
    'cover: cover.jpg',
    '---',
    '',
    ...body,
  ].join('\n')
}
