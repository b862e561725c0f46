/**
 * Chinese for the short English phrases the render stage builds into its messages (why a style,
 * image or diagram is refused, what kind of file a path is); an unknown phrase (a library's own
 * error text) stays as it is.
 */
const PHRASES: Record<string, string> = {
  'it holds a script URL': '其中含有脚本网址',
  'IE `expression()` runs script': 'IE 的 `expression()` 会执行脚本',
  'it binds a script to the element': '它把脚本绑定到元素上',
  'a remote image in a style is hot-linked: WeChat does not show it and it can track readers':
    '样式里的远程图片属于盗链，微信不显示，还可能被用来追踪读者',
  'WeChat does not show `data:` images embedded in a style': '微信不显示嵌在样式里的 `data:` 图片',
  'a style cannot load a local file in WeChat': '在微信里，样式无法加载本地文件',
  'drawing diagrams is turned off for this render': '本次渲染关闭了图表绘制',
  'not drawn during checks': '检查时不绘制',
  'no answer from mermaid': 'mermaid 没有返回结果',
  'not a readable image (unknown or damaged format)': '不是可读取的图片（格式未知或已损坏）',
  'a folder': '文件夹',
  'a named pipe (FIFO)': '命名管道（FIFO）',
  'a socket': '套接字',
  'a device': '设备文件',
  'a symbolic link': '符号链接',
  'not a regular file': '非普通文件',
}

const PATTERNS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^the browser failed: (.*)$/s, (m) => `浏览器出错：${m[1]}`],
  [
    /^no Chromium found \(looked at (.*)\); install it with `apt-get install -y chromium`$/s,
    (m) => `找不到 Chromium（查找了 ${m[1]}）；请用 \`apt-get install -y chromium\` 安装`,
  ],
  [/^Chromium at (.*?) did not start: (.*)$/s, (m) => `${m[1]} 处的 Chromium 没能启动：${m[2]}`],
  [/^cannot be converted: (.*)$/s, (m) => `无法转换：${m[1]}`],
  [/^cannot be made smaller than (\d+) MB$/, (m) => `无法压缩到 ${m[1]} MB 以下`],
  [
    /^(.*) → JPEG\/PNG ≤ 1 MB on render( \(first frame of an animation\))?$/s,
    (m) => `${m[1]} → JPEG/PNG ≤ 1 MB（在渲染和发布时${m[2] ? '，取动画的第一帧' : ''}）`,
  ],
  [/^(.*) \(first frame of an animation\)$/s, (m) => `${reasonZh(m[1]!)}（取动画的第一帧）`],
  [/^(.*) \(transparency flattened onto (#\w+)\)$/s, (m) => `${reasonZh(m[1]!)}（透明部分填成 ${m[2]}）`],
]

export function reasonZh(english: string): string {
  const exact = PHRASES[english]
  if (exact) return exact
  for (const [pattern, zh] of PATTERNS) {
    const match = pattern.exec(english)
    if (match) return zh(match)
  }
  return english
}

const FORMAT_ZH: Record<string, string> = { image: '图片', webp: 'WebP', jpg: 'JPEG' }

/**
 * An image's facts as the image stage writes them (`jpeg 4000×3000, 5466 KB`, `svg 200×100, 238 bytes`:
 * `fileSize`), the Chinese way: `JPEG，4000×3000，5.3 MB`, `SVG，200×100，238 字节` (format in capitals,
 * full-width commas, sizes from 1 MB in MB).
 */
export function imageFactsZh(text: string): string {
  return text.replace(
    /\b(jpeg|jpg|png|webp|gif|bmp|tiff|avif|heif|svg|image) (\d+)×(\d+)(?:, (\d+) (KB|bytes))?/gi,
    (_, format: string, w: string, h: string, kb: string | undefined, unit: string | undefined) => {
      const name = FORMAT_ZH[format.toLowerCase()] ?? format.toUpperCase()
      const n = Number(kb)
      const size =
        kb === undefined
          ? ''
          : unit === 'bytes'
            ? `，${n} 字节`
            : n >= 1024
              ? `，${(n / 1024).toFixed(1)} MB`
              : `，${n} KB`
      return `${name}，${w}×${h}${size}`
    },
  )
}
