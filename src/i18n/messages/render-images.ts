/** Messages about images in the render stage: sources, paths, conversion and alt text. */
import { defineMessages, m } from '../message.js'
import { imageFactsZh, reasonZh } from './render-reasons-zh.js'

/** A check's note on an image it left for render and publish to convert. */
const later = (note: string) => String(note).includes(' on render')

export const renderImageMessages = defineMessages('renderImage', {
  httpsOnly: m(
    (p: { ref: string }) => `Only \`https://\` images can be fetched: ${p.ref}`,
    (p) => `只能获取 \`https://\` 图片：${p.ref}`,
  ),
  useLocalOrHttps: m(
    () =>
      'Copy the image into the article folder and use a relative path (`images/photo.png`), or an ' +
      '`https://` URL.',
    () => '把图片复制到文章文件夹里，用相对路径（`images/photo.png`）引用，或改用 `https://` 网址。',
  ),
  remoteUnavailable: m(
    (p: { error: string; ref: string }) => `Remote image cannot be fetched (${p.error}): ${p.ref}`,
    (p) => `无法获取远程图片（${p.error}）：${p.ref}`,
  ),
  remoteUnavailableHint: m(
    () =>
      'WeChat never shows hot-linked images, and publish blocks this article (an error there) while the image cannot be fetched: download it into the article folder and reference it by path.',
    () =>
      '微信从不显示盗链图片；发布时如果仍然取不到，这篇文章会被阻止（那时是错误），不会发送：把它下载到文章文件夹里，按路径引用。',
  ),
  dataUri: m(
    () => 'Inline `data:` images cannot be uploaded',
    () => '内联的 `data:` 图片无法上传',
  ),
  dataUriHint: m(
    () => 'Save the image as a file beside the article.',
    () => '把图片另存为文章旁边的文件。',
  ),
  dataUriPathHint: m(
    () => 'Save the image as a file beside the article and reference it by a relative path.',
    () => '把图片另存为文章旁边的文件，用相对路径引用。',
  ),
  outside: m(
    (p: { ref: string }) => `Image path points outside the article folder: ${p.ref}`,
    (p) => `图片路径指向了文章文件夹之外：${p.ref}`,
  ),
  outsideHint: m(
    () => 'Keep images inside the article folder and use a relative path such as `images/photo.jpg`.',
    () => '把图片放在文章文件夹里，用相对路径引用，例如 `images/photo.jpg`。',
  ),
  /** The file the writer most likely meant is in the article folder. */
  outsideMeantHint: m(
    (p: { path: string; rooted: number }) =>
      `Did you mean \`${p.path}\`? Paths are relative to the article folder${p.rooted ? ' and do not start with `/`' : ''}.`,
    (p) => `是不是想写 \`${p.path}\`？路径相对于文章文件夹${p.rooted ? '，不要以 `/` 开头' : ''}。`,
  ),
  link: m(
    (p: { ref: string }) => `Image links to a file outside the article folder: ${p.ref}`,
    (p) => `图片链接到了文章文件夹之外的文件：${p.ref}`,
  ),
  linkHint: m(
    () => 'Replace the symbolic link with a copy of the image.',
    () => '用图片的副本替换这个符号链接。',
  ),
  notRegular: m(
    (p: { type: string; ref: string }) => `Image is ${p.type}, not an image file: ${p.ref}`,
    (p) => `图片路径是${reasonZh(p.type)}，不是图片文件：${p.ref}`,
  ),
  notRegularHint: m(
    () => 'Put a JPEG or PNG file at this path.',
    () => '在这个路径放一个 JPEG 或 PNG 文件。',
  ),
  missing: m(
    (p: { ref: string }) => `Image not found: ${p.ref}`,
    (p) => `找不到图片：${p.ref}`,
  ),
  missingHint: m(
    (p: { source: string; encoded: string }) =>
      `Add the file at ${p.source} or fix the path (relative to the article folder)` +
      `${p.encoded ? `; it is written percent-encoded as \`${p.encoded}\`` : ''}.`,
    (p) =>
      `在 ${p.source} 放好文件，或改正路径（路径相对于文章文件夹）` +
      `${p.encoded ? `；它以百分号编码写成了 \`${p.encoded}\`` : ''}。`,
  ),
  unusable: m(
    (p: { ref: string; reason: string }) => `Image ${p.ref} is ${p.reason}`,
    (p) => `图片 ${p.ref} ${reasonZh(p.reason)}`,
  ),
  unusableHint: m(
    () => 'Export it as JPEG or PNG under 1 MB.',
    () => '请导出为 1 MB 以内的 JPEG 或 PNG。',
  ),
  /** `zeros`: how many zero bytes pad the file after its data stops (0: it is just short). */
  truncated: m(
    (p: { ref: string; format: string; size: number; zeros: number }) =>
      p.zeros
        ? `Image ${p.ref} is incomplete: the data of the ${p.format} file stops after ${p.size - p.zeros} of its ${p.size} bytes, the rest is zero bytes`
        : `Image ${p.ref} is incomplete: the ${p.format} file (${p.size} bytes) is cut off before its end`,
    (p) =>
      p.zeros
        ? `图片 ${p.ref} 不完整：这个 ${p.format} 文件共 ${p.size} 字节，数据在第 ${p.size - p.zeros} 字节后就断了，后面全是零字节`
        : `图片 ${p.ref} 不完整：这个 ${p.format} 文件（${p.size} 字节）在结尾之前就断了`,
  ),
  truncatedHint: m(
    () =>
      'The image file is incomplete (perhaps a download or copy was interrupted): export or download it again.',
    () => '图片文件不完整（可能下载或复制中断）：重新导出或重新下载这张图片。',
  ),
  converted: m(
    (p: { ref: string; note: string }) =>
      later(p.note)
        ? `Image ${p.ref} will be converted for WeChat: ${p.note}`
        : `Image ${p.ref} converted for WeChat: ${p.note || 'JPEG/PNG ≤ 1 MB'}`,
    (p) =>
      later(p.note)
        ? `图片 ${p.ref} 将为微信转换：${imageFactsZh(reasonZh(p.note))}`
        : `图片 ${p.ref} 已为微信转换：${p.note ? imageFactsZh(reasonZh(p.note)) : 'JPEG/PNG ≤ 1 MB'}`,
  ),
  convertedHint: m(
    () => 'Commit a JPEG or PNG under 1 MB to skip the conversion.',
    () => '提交 1 MB 以内的 JPEG 或 PNG，就不必转换。',
  ),
  animationLost: m(
    (p: { ref: string; note: string }) =>
      `Image ${p.ref} is animated; WeChat body images are JPEG or PNG, so readers see only its first frame: ${p.note}`,
    (p) => `图片 ${p.ref} 是动图；正文图片只能是 JPEG 或 PNG，读者只会看到第一帧：${reasonZh(p.note)}`,
  ),
  animationLostHint: m(
    () =>
      'Only the first frame is kept; if the animation matters, replace this image at mp.weixin.qq.com after the draft is created.',
    () => '动图只会保留第一帧；需要动图，请在草稿创建后到公众号后台替换这张图。',
  ),
  transparencyLost: m(
    (p: { ref: string; note: string; background: string }) =>
      `Image ${p.ref} loses its transparency: even as a smaller palette PNG it is over 1 MB, so it becomes a ` +
      `JPEG with its transparent parts filled with ${p.background}: ${p.note}`,
    (p) =>
      `图片 ${p.ref} 会失去透明背景：压缩成调色板 PNG 并缩小后仍超过 1 MB，只能转成 JPEG，透明部分填成 ` +
      `${p.background === '#ffffff' ? '白色（#ffffff）' : p.background}：${reasonZh(p.note)}`,
  ),
  transparencyLostHint: m(
    () =>
      'On a tinted section or in dark mode it shows as a white box. Export a transparent PNG under 1 MB (smaller, or with fewer colours).',
    () =>
      '放在彩色背景上或在深色模式下会露出白色方框。请导出 1 MB 以内的透明 PNG（尺寸小一些，或颜色少一些）。',
  ),
  spaceInPath: m(
    (p: { target: string; text: string }) =>
      `Image path \`${p.target}\` has a space, so Markdown shows \`${p.text}\` as text`,
    (p) => `图片路径 \`${p.target}\` 含有空格，Markdown 会把 \`${p.text}\` 当作普通文字显示`,
  ),
  linkSpaceInPath: m(
    (p: { target: string; text: string }) =>
      `Link target \`${p.target}\` has a space, so Markdown shows \`${p.text}\` as text`,
    (p) => `链接地址 \`${p.target}\` 含有空格，Markdown 会把 \`${p.text}\` 当作普通文字显示`,
  ),
  spaceInPathHint: m(
    (p: { angle: string; encoded: string; remote: number }) =>
      `Write \`${p.angle}\` or \`${p.encoded}\`${p.remote ? '' : ', or rename the file without spaces'}.`,
    (p) => `写成 \`${p.angle}\` 或 \`${p.encoded}\`${p.remote ? '' : '，或把文件改成不带空格的名字'}。`,
  ),
  missingAlt: m(
    (p: { src: string }) => `Image ${p.src || '(no src)'} has no alt text`,
    (p) => `图片 ${p.src || '（无 src）'} 没有替代文字`,
  ),
  missingAltHint: m(
    (p: { src: string; html: number }) =>
      p.html
        ? `Say what the image shows in \`alt\`: \`<img src="${p.src}" alt="what it shows">\` (e.g. 一碗热汤面).`
        : p.src
          ? `Say in the brackets what the image shows: \`![what it shows](${p.src})\` (e.g. 一碗热汤面).`
          : 'Describe the image in the brackets: `![一碗热汤面](images/noodles.jpg)`.',
    (p) =>
      p.html
        ? `在 \`alt\` 里用一句话说明图片的内容：\`<img src="${p.src}" alt="图片内容">\`（例如「一碗热汤面」）。`
        : p.src
          ? `在方括号里用一句话说明图片的内容：\`![图片内容](${p.src})\`（例如「一碗热汤面」）。`
          : '在方括号里描述图片：`![一碗热汤面](images/noodles.jpg)`。',
  ),
  missingSrc: m(
    () => 'Image has no source; readers would see a placeholder',
    () => '图片没有来源；读者只会看到一个占位框',
  ),
  missingSrcHint: m(
    () => 'Give the image file: `![描述](images/photo.jpg)` or `<img src="images/photo.jpg" alt="描述">`.',
    () => '写上图片文件：`![描述](images/photo.jpg)` 或 `<img src="images/photo.jpg" alt="描述">`。',
  ),
  windowsPath: m(
    (p: { src: string }) => `Image path \`${p.src}\` is an absolute Windows path; it cannot be uploaded`,
    (p) => `图片路径 \`${p.src}\` 是 Windows 绝对路径，无法上传`,
  ),
  unsupportedScheme: m(
    (p: { scheme: string; src: string }) => `\`${p.scheme}:\` images cannot be uploaded to WeChat: ${p.src}`,
    (p) => `\`${p.scheme}:\` 图片无法上传到微信：${p.src}`,
  ),
})
