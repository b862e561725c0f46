/** Testers' reports on Chinese punctuation: `select!` macros, sentence-ending marks after Latin words, `C#`, marks after a space, currency. */
import { describe, expect, it } from 'vitest'
import { typographyPass } from './lint-helpers.js'

const { fixOnce } = typographyPass()

describe('sentence-ending marks', () => {
  it.each([
    // a Rust macro glued to Chinese stays half-width, spaced (never `select！ 使用`)
    ['配合select!使用', '配合 select! 使用'],
    [
      '| 宏 | 说明 |\n| --- | --- |\n| x | 配合select!使用 |',
      '| 宏 | 说明 |\n| --- | --- |\n| x | 配合 select! 使用 |',
    ],
    ['用println!打印', '用 println! 打印'],
    // a mark after a whole word ending the Chinese sentence
    ['我喜欢 Vue!', '我喜欢 Vue！'],
    ['我喜欢Vue!', '我喜欢 Vue！'],
    ['你用Vue?我用 React', '你用 Vue？我用 React'],
    // `!` after a number or a capitalised name, before Chinese, ends the clause (not a macro)
    ['我喜欢 Vue 3!我们都用它。', '我喜欢 Vue 3！我们都用它。'],
    ['试试 React!真好用。', '试试 React！真好用。'],
    // a colon ending the line after a bracket closing Chinese text
    ['用的是一种配置语言（别问为什么）:\n\n正文。', '用的是一种配置语言（别问为什么）：\n\n正文。'],
    // a comma between two book titles, or after a full-width bracket before a number
    ['我读了《文心》,《风格感觉》两本书。', '我读了《文心》，《风格感觉》两本书。'],
    ['有两个版本（128GB）,256GB 的更贵。', '有两个版本（128GB），256GB 的更贵。'],
    // a percent ending the Chinese paragraph
    ['本月营收同比下降，降幅约 4%.', '本月营收同比下降，降幅约 4%。'],
    // hyphens typed for a Chinese dash
    ['一个念头--我不想回去。', '一个念头——我不想回去。'],
    // full-width marks typed inside a number
    ['营收为 1，028.6 亿元。', '营收为 1,028.6 亿元。'],
    ['总额 12，000，000 元。', '总额 12,000,000 元。'],
    ['中间价为 7。0836，较上日上涨。', '中间价为 7.0836，较上日上涨。'],
    // a question mark between spaces after a sentence-final particle
    ['真的吗 ? 我不信。', '真的吗？我不信。'],
    ['好吧 ! 我们走。', '好吧！我们走。'],
    ['大约60%.但收益', '大约 60%。但收益'],
    ['## 运行时：谁来调用poll?', '## 运行时：谁来调用 poll？'],
    ['没有注册Waker.', '没有注册 Waker。'],
    ['到了Rust.迁', '到了 Rust。迁'],
    ['## async/await只是语法糖', '## async/await 只是语法糖'],
    ['TCP/IP协议', 'TCP/IP 协议'],
    // `C#` no longer hides the rest of the sentence from autocorrect
    ['使用C#写代码,很好。', '使用 C# 写代码，很好。'],
    ['我会 C# 和 F#,很好。', '我会 C# 和 F#，很好。'],
    ['我会 C++,很好。', '我会 C++，很好。'],
    // a mark after a space ending the paragraph
    ['为什么是白屏 ?', '为什么是白屏？'],
    ['真的吗 !', '真的吗！'],
    ['1. 第一\n2. 第二\n3. 为什么我的页面是白屏 ?', '1. 第一\n2. 第二\n3. 为什么我的页面是白屏？'],
    // a colon before a currency sign
    ['价格:¥100', '价格：¥100'],
    ['单价:$5', '单价：$5'],
  ])('%s → %s in one pass, nothing left', (body, expected) => {
    const r = fixOnce(body)
    expect(r.findings.length).toBeGreaterThan(0)
    expect(r.fixed).toBe(expected)
    expect(r.left).toEqual([])
  })

  it.each([
    '我们用 Vue 3.4 开发。',
    '编辑 index.md 文件。',
    '比如 e.g. 这样。',
    '我会 C++ 编程。',
    '需要 Node.js 20 以上。',
    '达到 100% 的覆盖。',
    '运行 `println!("hi")` 即可。',
    '在 TypeScript 里用 ? 表示可选属性。',
    '截至 2025。2026 年将继续增长。',
    '第 1，2 名都来了。',
    '配置见 README (see docs):\n\n正文。',
    '这个值是 a ? b : c 的结果。',
    '他说 Wait... 然后走了。',
    '访问 https://example.com/a#b 看看。',
    '打开 https://example.com/docs/index.md',
    '详见 example.com.',
    '文件在 src/lib 目录。',
    '支持 C# 语言。',
    '版本 v1.2.',
    '苹果、香蕉 etc.',
    '用 a/b/c 路径',
    '配合 select! 使用',
  ])('leaves %s alone', (body) => {
    expect(fixOnce(body).findings).toEqual([])
  })
})

describe('a half-width period between Chinese characters', () => {
  const { fixOnce } = typographyPass()
  it.each(['英国诗人狄兰.托马斯有一句诗。', '作者：约翰.斯坦贝克、玛丽.雪莱。'])(
    '%s: a finding naming both readings (。 or the 间隔号 ·), never fixed',
    (body) => {
      const r = fixOnce(body)
      const dots = r.findings.filter((f) => JSON.stringify(f.message).includes('dotBetweenHan'))
      expect(dots.length).toBeGreaterThan(0)
      for (const f of dots) expect(f.fix).toBeUndefined()
      expect(r.fixed).toBe(body)
    },
  )

  it('after a sentence-final particle it ends the sentence: fixed to 。', () => {
    expect(fixOnce('今天下雨了.我们不出门。').fixed).toBe('今天下雨了。我们不出门。')
  })
})
