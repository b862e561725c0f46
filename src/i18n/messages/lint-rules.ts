/** Messages of the title, length and Markdown lint rules. */
import { defineMessages, m, num } from '../message.js'

const KIND: Record<string, [string, string]> = {
  bold: ['bold', '粗体'],
  italic: ['italic', '斜体'],
  'bold italic': ['bold italic', '粗斜体'],
}
const kind = (k: string, i: 0 | 1) => KIND[k]?.[i] ?? k
const WHERE: Record<string, string> = { title: '标题', digest: '摘要', body: '正文', slogan: '结束语' }

export const lintRuleMessages = defineMessages('lintRules', {
  titleLength: m(
    (p: { n: number; max: number }) => `Title has ${p.n} characters; chat lists cut it after about ${p.max}`,
    (p) => `标题有 ${p.n} 个字符，聊天列表里大约显示 ${p.max} 个就会截断`,
  ),
  titleLengthHint: m(
    (p: { max: number }) => `Put the key words in the first ${p.max} characters.`,
    (p) => `把关键词放在前 ${p.max} 个字符内。`,
  ),
  titlePunct: m(
    (p: { value: string; repeated: number }) =>
      `Title ${p.repeated ? 'repeats punctuation' : 'ends with a full stop'}: \`${p.value}\``,
    (p) => `${p.repeated ? '标题里标点重复' : '标题以句号结尾'}：\`${p.value}\``,
  ),
  titlePunctHint: m(
    () => 'Keep at most one ！ or ？, and no full stop at the end.',
    () => '最多保留一个！或？，结尾不用句号。',
  ),
  clickbait: m(
    (p: { value: string; where: string }) => `Clickbait wording in the ${p.where}: \`${p.value}\``,
    (p) => `${WHERE[p.where] ?? p.where}里有标题党用语：\`${p.value}\``,
  ),
  clickbaitHint: m(
    () => 'Say what the article is about; WeChat penalises 标题党.',
    () => '直接说清文章讲什么；微信会处罚标题党。',
  ),
  absoluteTerm: m(
    (p: { value: string }) => `Absolute term \`${p.value}\` (restricted by the Advertising Law)`,
    (p) => `绝对化用语 \`${p.value}\`（《广告法》限制使用）`,
  ),
  absoluteHint: m(
    (p: { rule: string }) =>
      p.rule === 'title/absolute-terms'
        ? `State a fact that can be checked instead (\`续航 12 小时\`); if the article advertises nothing, write \`lint: { ${p.rule}: off }\` in its front-matter.`
        : `When promoting a product, state a fact that can be checked instead (\`续航 12 小时\`); in a story, interview or technical text that advertises nothing, put \`<!-- wxpress-disable-next-line ${p.rule} -- 不是广告 -->\` above the line, or \`lint: { ${p.rule}: off }\` in the front-matter for the whole article.`,
    (p) =>
      p.rule === 'title/absolute-terms'
        ? `改为可以证实的具体事实（如 \`续航 12 小时\`）；如果这篇文章并不在做广告，在 front-matter 里写 \`lint: { ${p.rule}: off }\`。`
        : `如果是在宣传产品，改为可以证实的具体事实（如 \`续航 12 小时\`）；如果是新闻、访谈或技术文章，并不在做广告，在这一行上面加 \`<!-- wxpress-disable-next-line ${p.rule} -- 不是广告 -->\`，或在 front-matter 里写 \`lint: { ${p.rule}: off }\` 关闭整篇。`,
  ),
  wordCount: m(
    (p: { n: number; minutes: number }) => `${num(p.n)} 字, about ${p.minutes} min to read`,
    (p) => `共 ${num(p.n)} 字，阅读约需 ${p.minutes} 分钟`,
  ),
  wordsFew: m(
    (p: { n: number; min: number }) => `The body has ${p.n} 字, fewer than ${p.min}`,
    (p) => `正文只有 ${p.n} 字，少于 ${p.min} 字`,
  ),
  wordsFewHint: m(
    () =>
      'Short posts are often better as a message than an article; or lower the `min` of `length/word-count`.',
    () => '这么短的内容更适合发消息而不是文章；或调整 `length/word-count` 的 min。',
  ),
  wordsMany: m(
    (p: { n: number; max: number }) => `The body has ${num(p.n)} 字, more than ${num(p.max)}`,
    (p) => `正文有 ${num(p.n)} 字，超过 ${num(p.max)} 字`,
  ),
  wordsManyHint: m(
    () => 'Consider splitting it into a series.',
    () => '可以考虑拆成系列文章。',
  ),
  characterLimit: m(
    (p: { n: number; max: number }) =>
      `The body has ${num(p.n)} characters; this site allows at most ${num(p.max)} (length/character-limit max)`,
    (p) => `正文有 ${num(p.n)} 个字符，本站设定最多 ${num(p.max)} 个（length/character-limit 的 max）`,
  ),
  splitArticle: m(
    () => 'Split the article.',
    () => '请拆分文章。',
  ),
  imageCount: m(
    (p: { n: number; max: number }) => `${p.n} images, more than ${p.max}`,
    (p) => `共 ${p.n} 张图片，超过 ${p.max} 张`,
  ),
  imageCountHint: m(
    () => 'Keep the images that carry the story.',
    () => '只保留对内容有帮助的图片。',
  ),
  digestMissing: m(
    (p: { preview: string }) => `No \`digest\`: WeChat will show the first 54 characters: ${p.preview}`,
    (p) => `没有 \`digest\`：微信会显示正文前 54 个字符：${p.preview}`,
  ),
  digestMissingHint: m(
    () => 'Add `digest:` with one sentence (≤ 54 characters).',
    () => '加一行 `digest:`，用一句话概括全文（不超过 54 个字符）。',
  ),
  digestBlank: m(
    (p: { preview: string }) =>
      `\`digest\` is left blank, so WeChat will show the first 54 characters: ${p.preview}`,
    (p) => `\`digest\` 是空的，微信会显示正文前 54 个字符：${p.preview}`,
  ),
  digestBlankHint: m(
    () => 'Remove the line, or write one sentence (≤ 54 characters) that sums up the article.',
    () => '删掉这一行，或写一句话概括全文（不超过 54 个字符）。',
  ),
  digestLength: m(
    (p: { n: number; max: number }) =>
      `The digest has ${p.n} characters; the share card shows about ${p.max}`,
    (p) => `摘要有 ${p.n} 个字符，分享卡片上大约只显示 ${p.max} 个`,
  ),
  digestLengthHint: m(
    (p: { max: number }) => `Say it in at most ${p.max} characters; WeChat's own limit is 120.`,
    (p) => `尽量控制在 ${p.max} 个字符内；微信本身的上限是 120。`,
  ),
  identifierEmphasis: m(
    (p: { source: string; kind: string; shown: string }) =>
      `\`${p.source}\` is shown as ${kind(p.kind, 0)} \`${p.shown}\`: the underscores disappear`,
    (p) => `\`${p.source}\` 会显示成${kind(p.kind, 1)}的 \`${p.shown}\`，下划线不见了`,
  ),
  identifierEmphasisHint: m(
    (p: { source: string; escaped: string }) =>
      `Write it as code (\`\` \`${p.source}\` \`\`), or escape the underscores (\`${p.escaped}\`).`,
    (p) => `写成代码（\`\` \`${p.source}\` \`\`），或转义下划线（\`${p.escaped}\`）。`,
  ),
  intrawordEmphasis: m(
    (p: { marker: string; kind: string; value: string }) =>
      `\`${p.marker}\` between letters or digits makes ${kind(p.kind, 0)} text, the asterisks disappear: \`${p.value}\``,
    (p) => `字母或数字之间的 \`${p.marker}\` 会变成${kind(p.kind, 1)}，星号不见了：\`${p.value}\``,
  ),
  intrawordEmphasisHint: m(
    (p: { written: string }) =>
      `Write the formula or identifier as code (${p.written ? `\`\` \`${p.written}\` \`\`` : 'in backticks'}), or escape the asterisks (\`\\*\`).`,
    (p) =>
      `把公式或标识符写成代码（${p.written ? `\`\` \`${p.written}\` \`\`` : '用反引号括起'}），或转义星号（\`\\*\`）。`,
  ),
  unparsedEmphasis: m(
    (p: { marker: string; kind: string; value: string }) =>
      `\`${p.marker}\` is shown as literal text, not as ${kind(p.kind, 0)}: \`${p.value}\``,
    (p) => `\`${p.marker}\` 会原样显示，不会变成${kind(p.kind, 1)}：\`${p.value}\``,
  ),
  unparsedUnderscoreHint: m(
    (p: { kind: string; star: string; escaped: string }) =>
      `Underscores inside a word never make emphasis. If ${p.kind === 'bold' ? 'bold is' : p.kind === 'italic' ? 'italics are' : 'bold italics is'} meant, write \`${p.star}\`; if they are meant literally, readers already see them: escape them (\`${p.escaped}\`) to keep this warning away.`,
    (p) =>
      `词内的下划线不会变成强调。想要${kind(p.kind, 1)}就写 \`${p.star}\`；如果本来就要显示下划线，请转义（\`${p.escaped}\`）以消除此警告。`,
  ),
  unparsedAfterHint: m(
    (p: { marker: string }) =>
      `Markdown does not read \`${p.marker}\` here as emphasis; put a space after the closing \`${p.marker}\`, or write the text without \`${p.marker}\`.`,
    (p) =>
      `Markdown 不会把这里的 \`${p.marker}\` 当作强调；在后一个 \`${p.marker}\` 后加空格，或去掉 \`${p.marker}\`。`,
  ),
  unparsedBeforeHint: m(
    (p: { marker: string; spaced: string }) =>
      `Markdown does not read \`${p.marker}\` here as emphasis; put a space before the opening \`${p.marker}\` (\`${p.spaced}\`), or write the text without \`${p.marker}\`.`,
    (p) =>
      `Markdown 不会把这里的 \`${p.marker}\` 当作强调；在前一个 \`${p.marker}\` 前加空格（\`${p.spaced}\`），或去掉 \`${p.marker}\`。`,
  ),
  twoMarks: m(
    () => 'Keep only the mark you mean (`，` or `。`).',
    () => '只保留想用的那一个标点（`，` 或 `。`）。',
  ),
  singleDash: m(
    () => 'A Chinese dash is two em dashes (`——`), not one (`—`)',
    () => '中文破折号要写两个 `—`（`——`），不是一个（`—`）',
  ),
  /** A half-width period between two Chinese characters: a sentence's end, or a foreign name's 间隔号. */
  dotBetweenHan: m(
    (p: { before: string }) => `Half-width period between Chinese characters: \`${p.before}\``,
    (p) => `中文之间的半角句点：\`${p.before}\``,
  ),
  dotBetweenHanHint: m(
    (p: { stop: string; dot: string }) =>
      `Write \`${p.stop}\` where the sentence ends, or \`${p.dot}\` (the 间隔号) in a foreign name such as 狄兰·托马斯; not fixed automatically.`,
    (p) =>
      `句子在这里结束就改为 \`${p.stop}\`；外国人名（如 狄兰·托马斯）用间隔号，改为 \`${p.dot}\`。不会自动修正。`,
  ),
  /** A full-width `，` or `。` inside a number (`1，028.6`, `7。0836`). */
  markInNumber: m(
    (p: { mark: string }) => `Full-width \`${p.mark}\` inside a number`,
    (p) => `数字里用了全角的 \`${p.mark}\``,
  ),
  /** Chinese touching a link whose text starts or ends with Latin (`写的[Git 工作流](…)`). */
  linkSpacing: m(
    (p: { seen: string }) =>
      `Missing space between Chinese and a link's Latin text: readers see \`${p.seen}\``,
    (p) => `中文与链接里的英文、数字之间缺少空格：读者看到的是 \`${p.seen}\``,
  ),
  linkSpacingHint: m(
    (p: { write: string }) => `Put the space outside the link: \`${p.write}\`.`,
    (p) => `在链接外面加空格：\`${p.write}\`。`,
  ),
  hyphenDash: m(
    (p: { value: string }) => `A Chinese dash is two em dashes (\`——\`), not hyphens (\`${p.value}\`)`,
    (p) => `中文破折号要写两个 \`—\`（\`——\`），不是连字符（\`${p.value}\`）`,
  ),
})
