/**
 * Identifiers and formulas that Markdown silently turns into emphasis, so readers lose characters:
 * `Python 的 __init__ 方法` shows a bold `init`, `a*b*c` and `2*3*4` an italic middle term,
 * `a**2 + b**2` a bold `2 + b`. Reported: emphasis/strong nodes delimited by `_` whose whole
 * content is an ASCII identifier with an underscore or digit, or a known dunder name (`__init__`), and nodes delimited by `*` whose delimiter touches an ASCII letter
 * or digit on its outer side (intraword). Ordinary emphasis (`**注意**`, `这是**重点**内容`,
 * `A **粗体** B`) is left alone. The delimiters are read from the source, never from the tree.
 */
import type { Parent, RootContent } from 'mdast'
import { NOT_PROSE } from '../prose.js'
import { defineLintRule } from '../define-lint-rule.js'
import { lintRuleMessages } from '../../i18n/messages/lint-rules.js'
const { msg } = lintRuleMessages

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/
/** Names written between double underscores in Python and JavaScript prose (`__init__`, `__proto__`). */
const DUNDERS = new Set([
  'init',
  'new',
  'del',
  'name',
  'main',
  'file',
  'doc',
  'dict',
  'slots',
  'class',
  'module',
  'all',
  'call',
  'repr',
  'str',
  'len',
  'iter',
  'next',
  'enter',
  'exit',
  'getitem',
  'setitem',
  'delitem',
  'getattr',
  'setattr',
  'getattribute',
  'contains',
  'eq',
  'ne',
  'lt',
  'le',
  'gt',
  'ge',
  'hash',
  'bool',
  'add',
  'sub',
  'mul',
  'truediv',
  'import',
  'builtins',
  'version',
  'annotations',
  'future',
  'pycache',
  'qualname',
  'mro',
  'bases',
  'subclasses',
  'await',
  'aiter',
  'anext',
  'get',
  'set',
  'format',
  'bytes',
  'int',
  'float',
  'index',
  'reduce',
  'copy',
  'deepcopy',
  'weakref',
  'wrapped',
  'self',
  'proto',
  'defineGetter',
  'esModule',
  'dirname',
  'filename',
])
const ALNUM = /[A-Za-z0-9]/
const MAX_VALUE = 80
const WORD = /[A-Za-z0-9_]/

export const accidentalEmphasis = defineLintRule({
  id: 'markdown/accidental-emphasis',
  severity: 'warning',
  fixable: false,
  docs: {
    description:
      'Identifiers and formulas that Markdown turns into emphasis, so characters vanish: `__init__` (bold `init`), `a*b*c`, `2*3*4`, `a**2 + b**2`.',
    rationale:
      'CommonMark reads `__name__` as bold and `*` between letters or digits as emphasis: readers see `init` in bold or `a` *b* `c` without any asterisk, and the formula or identifier is wrong.',
    bad: 'Python 的 __init__ 方法，a*b*c',
    good: 'Python 的 `__init__` 方法，`a*b*c`',
  },
  check(context) {
    const markdown = context.article.markdown
    if (!markdown.includes('*') && !markdown.includes('_')) return
    const visit = (node: Parent) => {
      for (const child of node.children as RootContent[]) {
        if (NOT_PROSE.has(child.type) || !('children' in child)) continue
        if (child.type === 'emphasis' || child.type === 'strong') {
          const start = child.position?.start.offset
          const end = child.position?.end.offset
          const size = child.type === 'strong' ? 2 : 1
          if (start !== undefined && end !== undefined && end - start > 2 * size) {
            const char = markdown.charAt(start)
            const source = markdown.slice(start, end)
            // the delimiters as written: both ends carry the same run of `*` or `_`
            const delimited =
              (char === '*' || char === '_') &&
              source.startsWith(char.repeat(size)) &&
              source.endsWith(char.repeat(size))
            const inner = source.slice(size, source.length - size)
            // `__init__`, `__PYVENV_LAUNCHER__`, `_private_name_`; not `_斜体_`, `__bold__` or `_word_`, which mean emphasis
            const identifier =
              delimited &&
              char === '_' &&
              IDENTIFIER.test(inner) &&
              (/[_0-9$]/.test(inner) || (size === 2 && DUNDERS.has(inner)))
            const intraword =
              delimited &&
              char === '*' &&
              ALNUM.test(markdown.charAt(start - 1)) &&
              ALNUM.test(markdown.charAt(end))
            if (identifier || intraword) {
              const value = source.length > MAX_VALUE ? `${source.slice(0, MAX_VALUE - 1)}…` : source
              const shown = identifier ? inner : inner.replace(/\s+/g, ' ')
              // the whole formula or word around it: `a*b*c`, `a**2 + b**2`
              let from = start
              let to = end
              while (from > 0 && WORD.test(markdown.charAt(from - 1))) from--
              while (to < markdown.length && WORD.test(markdown.charAt(to))) to++
              const around = markdown.slice(from, to)
              const written = identifier ? source : /^[\x20-\x7e]{1,40}$/.test(around) ? around : undefined
              context.report({
                message: identifier
                  ? msg.identifierEmphasis({ source, kind: size === 2 ? 'bold' : 'italic', shown })
                  : msg.intrawordEmphasis({
                      marker: char.repeat(size),
                      kind: size === 2 ? 'bold' : 'italic',
                      value,
                    }),
                place: child.position,
                value,
                hint: identifier
                  ? msg.identifierEmphasisHint({ source, escaped: source.replace(/_/g, '\\_') })
                  : msg.intrawordEmphasisHint({ written: written ?? '' }),
              })
              continue // one report per run of text, not one per nested node
            }
          }
        }
        visit(child as Parent)
      }
    }
    visit(context.tree)
  },
})
