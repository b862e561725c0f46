import { defineLintRule } from '../define-lint-rule.js'
import { reportMatches } from '../prose-matches.js'
import { lintMessages } from '../../i18n/messages/lint.js'
const { msg } = lintMessages

/** Correct spellings; matched case-insensitively as whole words. Extend with config `terms`. */
export const PRODUCT_NAMES = [
  'GitHub',
  'GitLab',
  'JavaScript',
  'TypeScript',
  'Node.js',
  'WeChat',
  'iOS',
  'macOS',
  'iPadOS',
  'iPhone',
  'iPad',
  'npm',
  'Android',
  'Markdown',
  'PostgreSQL',
  'MySQL',
  'Redis',
  'Docker',
  'Kubernetes',
  'Python',
  'Rust',
  'Go',
  'Java',
  'HTML',
  'CSS',
  'JSON',
  'YAML',
  'API',
  'HTTP',
  'HTTPS',
  'URL',
  'Linux',
  'Windows',
  'VS Code',
  'ChatGPT',
  'OpenAI',
  'Vue.js',
  'React',
  'Vite',
  'Wi-Fi',
  'USB-C',
]

/** Other spellings of a name that its letters alone do not match (`nodejs`, `wifi`). */
const ALIASES: Record<string, string> = { nodejs: 'Node.js', wifi: 'Wi-Fi' }

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A lowercase module or package name (`json 模块`, `http module`, `import json`, `require('url')`): spelled as the code spells it. */
function isModuleName(word: string, before: string, after: string): boolean {
  if (word !== word.toLowerCase()) return false
  return (
    /^\s?(?:模块|标准库|库|包|module|package|lib|crate)/i.test(after) ||
    /(?:\bimport|\bfrom|\brequire\(\s*['"]?)\s*$/.test(before)
  )
}

/**
 * Whether the word stands in English text rather than in Chinese context: the nearest letter on
 * either side (across spaces and ASCII punctuation) is a Latin letter, as in `broken windows theory`
 * or `We don't react to incidents`. There a lowercase (or all-caps) word is an ordinary English word.
 */
function inEnglishRun(before: string, after: string): boolean {
  // a list of lowercase names (`vue、typescript、react+typescript`) is a list of identifiers
  const left = /([A-Za-z])[\s,;:'"’!?.()\-、+]*$/.test(before)
  const right = /^[\s,;:'"’!?.()\-、+]*[A-Za-z]/.test(after)
  return left || right
}

/**
 * A lowercase word the same paragraph also writes in a list of lowercase identifiers
 * (`vue、typescript、react+typescript 规则 … airbnb 的 vue 和 typescript`): there it names a package or
 * config as code spells it, and so it does at every other place in the paragraph.
 */
function namedAsIdentifier(word: string, text: string): boolean {
  if (word !== word.toLowerCase()) return false
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    const before = text.slice(Math.max(0, i - 40), i)
    const after = text.slice(i + word.length, i + word.length + 40)
    if (/[A-Za-z0-9_]$/.test(before) || /^[A-Za-z0-9_]/.test(after)) continue
    if (inEnglishRun(before, after)) return true
  }
  return false
}

function isOrdinaryEnglish(word: string, before: string, after: string): boolean {
  return (word === word.toLowerCase() || word === word.toUpperCase()) && inEnglishRun(before, after)
}

export const productName = defineLintRule({
  id: 'typography/product-name',
  severity: 'warning',
  fixable: true,
  docs: {
    description:
      'Product and technology names are spelled as their owners spell them (GitHub, JavaScript, iOS, npm, Wi-Fi, USB-C …; `IOS`, `nodejs` and `wifi` too). Lowercase module names (`json 模块`, `import json`) and lowercase words inside English text (`broken windows theory`) are left alone.',
    rationale: '「Github」 or 「Javascript」 in a published article looks careless to technical readers.',
    bad: '在 Github 上用 Javascript',
    good: '在 GitHub 上用 JavaScript',
  },
  check: (context) => {
    const extra = Array.isArray(context.options.terms) ? (context.options.terms as string[]) : []
    const names = [...PRODUCT_NAMES, ...extra].filter((n) => n.length > 2 || n === 'Go')
    const canonical = new Map([
      ...Object.entries(ALIASES),
      ...names.map((n) => [n.toLowerCase(), n] as [string, string]),
    ])
    const pattern = new RegExp(
      `(?<![A-Za-z0-9_./@#-])(?:${[...names, ...Object.keys(ALIASES)]
        .map(escapeRegExp)
        .sort((a, b) => b.length - a.length)
        .join('|')})(?![A-Za-z0-9_/@-]|\\.[A-Za-z])`,
      'gi',
    )
    reportMatches(context, {
      pattern,
      skip: (m, segment) => {
        const word = m[0]
        if (canonical.get(word.toLowerCase()) === word || word.toLowerCase() === 'go') return true
        const right = canonical.get(word.toLowerCase()) ?? ''
        // a short word in capitals (`NPM`, `JAVA`) is left, but not `IOS` for a name cased like iOS
        if (
          /^[A-Z]+$/.test(word) &&
          word.length <= 4 &&
          right !== word.toUpperCase() &&
          !/^[a-z]+[A-Z]/.test(right)
        )
          return true
        // `url`, `json`, `html` in lower case usually name the property, file type or tag as code writes them
        if (word === word.toLowerCase() && /^[A-Z]+$/.test(right)) return true
        const before = segment.text.slice(Math.max(0, m.index - 40), m.index)
        const after = segment.text.slice(m.index + word.length, m.index + word.length + 40)
        // a lowercase word alone in its text (an API table's `| url |` cell) names a property, as code does
        const alone = word === word.toLowerCase() && segment.text.trim() === word
        return (
          alone ||
          isModuleName(word, before, after) ||
          isOrdinaryEnglish(word, before, after) ||
          namedAsIdentifier(word, segment.text)
        )
      },
      message: (m) => msg.productName({ value: m[0], right: canonical.get(m[0].toLowerCase()) ?? m[0] }),
      replace: (m) => canonical.get(m[0].toLowerCase()) ?? m[0],
    })
  },
})
