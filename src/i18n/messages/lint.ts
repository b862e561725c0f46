/** Messages of the lint engine and the typography rules. */
import { defineMessages, m } from '../message.js'

const CHAR_NAMES: Record<string, string> = {
  null: '空字符',
  'vertical tab': '垂直制表符',
  'form feed': '换页符',
  escape: '转义符',
  delete: '删除符',
  'zero-width space': '零宽空格',
  'zero-width non-joiner': '零宽不连字',
  'zero-width joiner': '零宽连字',
  'line separator': '行分隔符',
  'paragraph separator': '段落分隔符',
  'word joiner': '词连接符',
  'zero-width no-break space (BOM)': '零宽不换行空格（BOM）',
  'control character': '控制字符',
}
const FIELD_ZH: Record<string, string> = { title: '标题', digest: '摘要', author: '作者', slogan: '结束语' }
const IN: Record<string, [string, string]> = {
  lint: [' in `lint:`', '（front-matter `lint:` 中）'],
  comment: [' in a disable comment', '（禁用注释中）'],
  rules: [' in `rules`', '（配置 `rules` 中）'],
  '': ['', ''],
}

export const lintMessages = defineMessages('lint', {
  write: m(
    (p: { text: string }) => `Write \`${p.text}\`.`,
    (p) => `改为 \`${p.text}\`。`,
  ),
  unknownRule: m(
    (p: { id: string; where: string }) => `Unknown lint rule \`${p.id}\`${IN[p.where]?.[0] ?? ''}`,
    (p) => `未知的规则 \`${p.id}\`${IN[p.where]?.[1] ?? ''}`,
  ),
  ruleCrashed: m(
    (p: { id: string; error: string }) => `Rule ${p.id} failed: ${p.error}`,
    (p) => `规则 ${p.id} 运行出错：${p.error}`,
  ),
  ruleCrashedHint: m(
    () => 'This is a bug in the rule; disable it in the config and report it.',
    () => '这是该规则的缺陷：请先在配置中关闭它，并报告问题。',
  ),
  unusedDisable: m(
    (p: { rules: string }) => `Unused disable directive for ${p.rules || 'all rules'}`,
    (p) => `禁用注释没有用处：${p.rules || '所有规则'}在它覆盖的行上没有发现问题`,
  ),
  unusedDisableHint: m(
    () => 'Remove the comment: nothing on the lines it covers is reported.',
    () => '删掉这条注释：它覆盖的行上没有任何问题。',
  ),
  phrase: m(
    (p: { phrase: string; fixed: string }) => `\`${p.phrase}\` should be \`${p.fixed}\``,
    (p) => `\`${p.phrase}\` 应写作 \`${p.fixed}\``,
  ),
  spacingMissing: m(
    (p: { before: string }) => `Missing space between Chinese and Latin text or digits: \`${p.before}\``,
    (p) => `中文与英文、数字之间缺少空格：\`${p.before}\``,
  ),
  spacingUnexpected: m(
    (p: { before: string }) => `Unexpected space between Chinese and Latin text or digits: \`${p.before}\``,
    (p) => `中文与英文、数字之间多了空格：\`${p.before}\``,
  ),
  spacingMark: m(
    (p: { before: string; mark: string }) =>
      `Missing space between Chinese text and \`${p.mark}\`: \`${p.before}\``,
    (p) => `中文与 \`${p.mark}\` 之间缺少空格：\`${p.before}\``,
  ),
  spacingUnit: m(
    (p: { before: string }) => `Unexpected space between a number and its unit sign: \`${p.before}\``,
    (p) => `数字与单位符号之间多了空格：\`${p.before}\``,
  ),
  fullwidthAlnum: m(
    (p: { before: string }) => `Full-width letters or digits: \`${p.before}\``,
    (p) => `全角字母或数字：\`${p.before}\``,
  ),
  halfWidthPunct: m(
    (p: { before: string }) => `Half-width punctuation in a Chinese sentence: \`${p.before}\``,
    (p) => `中文句子里用了半角标点：\`${p.before}\``,
  ),
  twinMark: m(
    (p: { before: string }) => `A half-width mark next to the same full-width one: \`${p.before}\``,
    (p) => `半角标点和全角标点重复了：\`${p.before}\``,
  ),
  bracketsHalf: m(
    (p: { value: string }) => `Half-width brackets around Chinese text: \`${p.value}\``,
    (p) => `包着中文的括号用了半角：\`${p.value}\``,
  ),
  bracketsUnspaced: m(
    (p: { value: string }) => `Half-width brackets without spaces outside: \`${p.value}\``,
    (p) => `半角括号外侧缺少空格：\`${p.value}\``,
  ),
  bracketsMismatched: m(
    (p: { value: string }) => `Mismatched brackets (one full-width, one half-width): \`${p.value}\``,
    (p) => `括号前后不配套（一个全角、一个半角）：\`${p.value}\``,
  ),
  bracketsMinority: m(
    (p: { value: string; style: string }) =>
      `\`${p.value}\`: this file writes brackets around Chinese ${p.style === 'full-width' ? 'full-width `（…）`' : 'half-width with spaces ` (…) `'}`,
    (p) =>
      `\`${p.value}\`：本文的括号统一用${p.style === 'full-width' ? '全角 `（…）`' : '带空格的半角 ` (…) `'}`,
  ),
  ellipsis: m(
    (p: { value: string }) => `\`${p.value}\` is not a Chinese ellipsis`,
    (p) => `\`${p.value}\` 不是中文省略号`,
  ),
  ellipsisTokenHint: m(
    () => 'Write `……`, or put the `...` in backticks if it is code.',
    () => '写作 `……`；如果是代码，请用反引号括起 `...`。',
  ),
  repeated: m(
    (p: { value: string }) => `Repeated punctuation \`${p.value}\``,
    (p) => `标点重复：\`${p.value}\``,
  ),
  spaceFullwidth: m(
    (p: { n: number; text: string }) =>
      `Space next to full-width punctuation (${p.n} character${p.n > 1 ? 's' : ''}): \`${p.text}\``,
    (p) => `全角标点旁多了 ${p.n} 个空格：\`${p.text}\``,
  ),
  removeSpace: m(
    () => 'Remove the space.',
    () => '删掉空格。',
  ),
  productName: m(
    (p: { value: string; right: string }) => `\`${p.value}\` is spelled \`${p.right}\``,
    (p) => `\`${p.value}\` 的正确写法是 \`${p.right}\``,
  ),
  typo: m(
    (p: { wrong: string; right: string }) => `\`${p.wrong}\` is usually a typo for \`${p.right}\``,
    (p) => `\`${p.wrong}\` 多半是 \`${p.right}\` 的错别字`,
  ),
  quotesStraight: m(
    (p: { value: string }) => `Straight quotes around Chinese text: \`${p.value}\``,
    (p) => `包着中文的引号用了直引号：\`${p.value}\``,
  ),
  quotesMixed: m(
    (p: { odd: string; other: string; n: number }) =>
      `Two quote styles in one article: ${p.odd} here, ${p.other} ${p.n} time${p.n > 1 ? 's' : ''} elsewhere`,
    (p) => `一篇文章里混用了两种引号：这里用${p.odd}，别处用了 ${p.n} 次${p.other}`,
  ),
  quotesMixedHint: m(
    (p: { other: string }) => `Use one style in the whole article, e.g. ${p.other} here too.`,
    (p) => `全文统一用一种引号，比如这里也用${p.other}。`,
  ),
  quotesUnpairable: m(
    (p: { why: string; n: number; unit: string }) => {
      const unit = p.unit === 'value' ? 'value' : 'paragraph'
      return p.why === 'nested'
        ? `Ambiguous straight quotes: the straight quotes in one ${unit} look nested (a quote inside a quote), so they cannot be paired safely`
        : p.why === 'marks'
          ? `Ambiguous straight quotes: a \`"\` after a digit (an inch or seconds mark?) or inside an HTML tag in one ${unit}, so the others cannot be paired safely`
          : `Unbalanced straight quotes: ${p.n} \`"\` in one ${unit}, so they cannot be paired`
    },
    (p) => {
      const unit = p.unit === 'value' ? '这个值' : '这一段'
      return p.why === 'nested'
        ? `直引号有歧义：${unit}的直引号像是嵌套的（引号里还有引号），无法安全配对`
        : p.why === 'marks'
          ? `直引号有歧义：${unit}有数字后的 \`"\`（英寸或秒？）或 HTML 标签里的引号，其余引号无法安全配对`
          : `直引号不成对：${unit}有 ${p.n} 个 \`"\`，无法配对`
    },
  ),
  quotesHint: m(
    (p: { open: string; close: string; nested: string; marks: number }) =>
      `Write the opening quote as \`${p.open}\` and the closing one as \`${p.close}\` by hand${p.nested ? ` (a quote inside a quote as \`${p.nested}\`)` : ''}${p.marks ? '; leave inch marks (`6.1"`) as they are' : ''}.`,
    (p) =>
      `请手动把前引号改为 \`${p.open}\`、后引号改为 \`${p.close}\`${p.nested ? `（引号内的引号用 \`${p.nested}\`）` : ''}${p.marks ? '；英寸符号（`6.1"`）保持不变' : ''}。`,
  ),
  /** `field`: the front-matter key the characters are in; absent in the body. */
  invisible: m(
    (p: { name: string; code: string; times: number; field?: string }) =>
      `Invisible ${p.name} ${p.code}${p.times > 1 ? ` × ${p.times}` : ''} in ${p.field ? `\`${p.field}\`` : 'the text'}`,
    (p) =>
      `${p.field ? `\`${p.field}\` 里` : '正文里'}有不可见的${CHAR_NAMES[p.name] ?? p.name} ${p.code}${p.times > 1 ? ` × ${p.times}` : ''}`,
  ),
  invisibleMixed: m(
    (p: { n: number; codes: string; field?: string }) =>
      `${p.n} invisible characters in ${p.field ? `\`${p.field}\`` : 'the text'} (${p.codes})`,
    (p) => `${p.field ? `\`${p.field}\` 里` : '正文里'}有 ${p.n} 个不可见字符（${p.codes}）`,
  ),
  invisibleHint: m(
    (p: { n: number }) =>
      `Remove ${p.n > 1 ? 'them: readers cannot see them, but they break' : 'it: readers cannot see it, but it breaks'} search, copying and line wrapping (usually pasted from another app).`,
    () => '删掉它：读者看不见，但会影响搜索、复制和换行（多半是从别的应用粘贴来的）。',
  ),
  fixWithheld: m(
    (p: { field: string; max: number; fixed: number; text: string }) =>
      `Not fixed automatically: the fixes would make \`${p.field}\` ${p.fixed} characters, over its limit of ${p.max}. Shorten it first, then ${p.text ? `write \`${p.text}\`` : 'fix this by hand'}.`,
    (p) => {
      // a field without a Chinese name is code: spaces around it, none before the full-width comma
      const zh = FIELD_ZH[p.field]
      const name = zh ?? ` \`${p.field}\` `
      const then = p.text ? `再改为 \`${p.text}\`` : '再手动修改'
      return `自动修正会让${name}超过 ${p.max} 个字符（修正后 ${p.fixed} 个），因此不会自动修正：请先缩短${name.trimEnd()}，${then}。`
    },
  ),
})
