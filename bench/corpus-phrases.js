// The building blocks of the realistic benchmark articles (corpus-text.js): varied Chinese sentences
// with the mistakes writers make (no space between Chinese and English, half-width punctuation in
// Chinese, Github for GitHub), code in several languages and raw HTML blocks.

export const SUBJECTS = [
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
export const VERBS = [
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
export const OBJECTS = [
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
export const TECH = [
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
export const CODE = {
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
export const HTML = [
  '<section style="padding: 12px; background: #f6f8fa; border-radius: 6px;">\n<p><strong>编者按：</strong>本文根据现场分享整理，略有删改。</p>\n</section>',
  '<div align="center">\n<img src="IMAGE" width="60%">\n<p style="color: #888; font-size: 13px;">图：现场照片</p>\n</div>',
  '<p style="text-align: right; color: #999;">—— 完 ——</p>',
  '<table>\n<tr><th>版本</th><th>日期</th></tr>\n<tr><td>v1.2</td><td>2027-02-01</td></tr>\n</table>',
]

export function sentence(random) {
  if (random.chance(0.08)) return random.pick(MISTAKES)(random.pick(TECH))
  const tech = random.chance(0.3) ? `在 ${random.pick(TECH)} 的帮助下，` : ''
  return `${tech}${random.pick(SUBJECTS)}${random.pick(VERBS)}${random.pick(OBJECTS)}${random.pick(TAILS)}`
}

export function paragraph(random) {
  return Array.from({ length: random.int(2, 6) }, () => sentence(random)).join('')
}
