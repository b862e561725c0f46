// The Markdown of one realistic benchmark article: 800–6,000 字 of prose built from varied sentences,
// headings, code in several languages, tables, footnotes, raw HTML blocks, lists, quotes, images, and
// the mistakes writers make (no space between Chinese and English, half-width punctuation in Chinese,
// Github for GitHub, long titles, images without alt text).

import { CODE, HTML, OBJECTS, SUBJECTS, TECH, VERBS, paragraph, sentence } from './corpus-phrases.js'

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
