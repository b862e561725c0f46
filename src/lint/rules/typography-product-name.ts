import { defineLintRule } from '../define-lint-rule.js'
import { reportMatches } from '../prose-matches.js'

/** Correct spellings; matched case-insensitively as whole words. Extend with config `terms`. */
export const PRODUCT_NAMES = [
  'GitHub', 'GitLab', 'JavaScript', 'TypeScript', 'Node.js', 'WeChat', 'iOS', 'macOS', 'iPadOS', 'iPhone', 'iPad', 'npm',
  'Android', 'Markdown', 'PostgreSQL', 'MySQL', 'Redis', 'Docker', 'Kubernetes', 'Python', 'Rust', 'Go', 'Java', 'HTML', 'CSS',
  'JSON', 'YAML', 'API', 'HTTP', 'HTTPS', 'URL', 'Linux', 'Windows', 'VS Code', 'ChatGPT', 'OpenAI', 'Vue.js', 'React', 'Vite',
]

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export const productName = defineLintRule({
  id: 'typography/product-name', severity: 'warning', fixable: true,
  docs: {
    description: 'Product and technology names are spelled as their owners spell them (GitHub, JavaScript, iOS, npm …).',
    rationale: '「Github」 or 「Javascript」 in a published article looks careless to technical readers.',
    bad: '在 Github 上用 Javascript', good: '在 GitHub 上用 JavaScript',
  },
  check: (context) => {
    const extra = Array.isArray(context.options.terms) ? (context.options.terms as string[]) : []
    const names = [...PRODUCT_NAMES, ...extra].filter((n) => n.length > 2 || n === 'Go')
    const canonical = new Map(names.map((n) => [n.toLowerCase(), n]))
    const pattern = new RegExp(`(?<![A-Za-z0-9_./@#-])(?:${names.map(escape).sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z0-9_/@-]|\\.[A-Za-z])`, 'gi')
    reportMatches(context, {
      pattern,
      skip: (m) => canonical.get(m[0].toLowerCase()) === m[0] || m[0].toLowerCase() === 'go' || /^[A-Z]+$/.test(m[0]) && m[0].length <= 4 && canonical.get(m[0].toLowerCase()) !== m[0].toUpperCase(),
      message: (m) => `\`${m[0]}\` is spelled \`${canonical.get(m[0].toLowerCase())}\``,
      replace: (m) => canonical.get(m[0].toLowerCase()) ?? m[0],
    })
  },
})
