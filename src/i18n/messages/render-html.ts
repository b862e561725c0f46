/** Messages of the WeChat sanitiser: removed elements, attributes and links; inline SVG (styles: render-style). */
import { defineMessages, m } from '../message.js'

export const renderHtmlMessages = defineMessages('renderHtml', {
  javascriptUrl: m(
    (p: { value: string }) => `A \`javascript:\` link is never clickable and is removed: ${p.value}`,
    (p) => `\`javascript:\` 链接永远点不开，已删除：${p.value}`,
  ),
  unsafeUrl: m(
    (p: { scheme: string; value: string }) =>
      `A \`${p.scheme}:\` link is unsafe and is removed (its text is kept): ${p.value}`,
    (p) => `\`${p.scheme}:\` 链接不安全，已删除（保留链接文字）：${p.value}`,
  ),
  removeLink: m(
    () => 'Remove the link.',
    () => '删掉这个链接。',
  ),
  unusableScheme: m(
    (p: { scheme: string; value: string }) =>
      `A \`${p.scheme}:\` link cannot be opened from a WeChat article; it is removed (its text is kept): ` +
      `${p.value}`,
    (p) => `微信文章里打不开 \`${p.scheme}:\` 链接，已删除（保留链接文字）：${p.value}`,
  ),
  unusableSchemeHint: m(
    () => 'Link to an `https://` page instead, or write the address out as text.',
    () => '改为链接到 `https://` 页面，或把地址直接写成文字。',
  ),
  noUrl: m(
    (p: { text: string }) => `Link \`${p.text}\` has no URL; only its text is shown`,
    (p) => `链接 \`${p.text}\` 没有网址；只显示它的文字`,
  ),
  miniProgramLink: m(
    (p: { text: string }) =>
      `Mini-program link \`${p.text}\` cannot be written through the API; only its text is shown`,
    (p) => `小程序链接 \`${p.text}\` 不能通过接口写入；现在只显示文字`,
  ),
  miniProgramLinkHint: m(
    () =>
      'After the draft is created, insert it in the mp.weixin.qq.com editor with 小程序 (Mini Program); the mini program must be linked to the account.',
    () => '草稿创建后，请在公众号后台用「小程序」插入（小程序须已关联本公众号）。',
  ),
  detailsOpen: m(
    (p: { title: string }) =>
      `\`<details>\`${p.title ? ` \`${p.title}\`` : ''} is shown as an always-open box: WeChat is not known to keep or fold it`,
    (p) =>
      `\`<details>\`${p.title ? ` \`${p.title}\`` : ''} 显示为始终展开的方框：没有证据表明微信会保留它或能折叠`,
  ),
  detailsOpenHint: m(
    () =>
      'Readers see everything inside it; to keep the article short, move long content to a linked article.',
    () => '读者会看到里面的全部内容；内容太长的话，可以挪到另一篇文章里再链接过去。',
  ),
  noUrlHtmlHint: m(
    () => 'Put the URL in the tag (`<a href="https://…">`), or remove the `<a>` tag.',
    () => '在标签里写上网址（`<a href="https://…">`），或去掉 `<a>` 标签。',
  ),
  noUrlHint: m(
    () => 'Write the URL in the parentheses, or remove the brackets.',
    () => '在圆括号里写上网址，或去掉方括号。',
  ),
  inPageLink: m(
    (p: { href: string }) =>
      `In-page link \`${p.href}\` does not work in WeChat articles; only its text is shown`,
    (p) => `页内链接 \`${p.href}\` 在微信文章里不起作用；只显示它的文字`,
  ),
  inPageLinkHint: m(
    () => 'Refer to the section by its heading instead, or remove the link.',
    () => '改为用小标题指明是哪一节，或删掉链接。',
  ),
  relativeLink: m(
    (p: { href: string }) =>
      `Relative link \`${p.href}\` cannot be opened from a WeChat article; only its text is shown`,
    (p) => `微信文章里打不开相对链接 \`${p.href}\`；只显示它的文字`,
  ),
  relativeLinkHint: m(
    () => 'Link to the published article (`https://mp.weixin.qq.com/s/…`) or to a full `https://` URL.',
    () => '链接到已发布的文章（`https://mp.weixin.qq.com/s/…`）或完整的 `https://` 网址。',
  ),
  input: m(
    () => '`<input>` is removed: WeChat does not allow form fields in articles',
    () => '已删除 `<input>`：微信文章里不允许表单控件',
  ),
  removeFromMarkdown: m(
    () => 'Remove it from the Markdown.',
    () => '把它从 Markdown 里删掉。',
  ),
  element: m(
    (p: { tag: string }) => `\`<${p.tag}>\` is removed: WeChat does not allow it in articles`,
    (p) => `已删除 \`<${p.tag}>\`：微信文章里不允许使用它`,
  ),
  iframeHint: m(
    () => 'Link to the page instead, or insert the video at mp.weixin.qq.com after the draft is created.',
    () => '改为链接到该页面，或在草稿创建后到公众号后台插入视频。',
  ),
  videoHint: m(
    () =>
      'Delete the tag, and after the draft is created insert the video at mp.weixin.qq.com (WeChat plays only videos inserted in its editor).',
    () => '删掉这个标签，草稿创建后到公众号后台插入视频（微信只播放在编辑器里插入的视频）。',
  ),
  audioHint: m(
    () =>
      'Delete the tag, and after the draft is created insert the audio at mp.weixin.qq.com (WeChat plays only audio inserted in its editor).',
    () => '删掉这个标签，草稿创建后到公众号后台插入音频（微信只播放在编辑器里插入的音频）。',
  ),
  eventHandler: m(
    (p: { key: string; tag: string }) => `Event handler \`${p.key}\` on \`<${p.tag}>\` is removed`,
    (p) => `已删除 \`<${p.tag}>\` 上的事件处理属性 \`${p.key}\``,
  ),
  eventHandlerHint: m(
    () => 'WeChat removes scripts; delete the attribute.',
    () => '微信会去掉脚本；删掉这个属性。',
  ),
  math: m(
    () => 'Inline `<math>` (MathML) is removed',
    () => '已删除内联的 `<math>`（MathML）',
  ),
  mathHint: m(
    () => 'Write the formula in TeX between `$…$` or `$$…$$`: it is rendered as SVG.',
    () => '用 TeX 把公式写在 `$…$` 或 `$$…$$` 之间：它会渲染成 SVG。',
  ),
  srcset: m(
    () => '`srcset` on `<img>` is removed: WeChat shows the `src` image only',
    () => '已删除 `<img>` 上的 `srcset`：微信只显示 `src` 指定的图片',
  ),
  srcsetHint: m(
    () => 'Delete the attribute; `src` is the image that is uploaded.',
    () => '删掉这个属性；上传的是 `src` 指定的图片。',
  ),
  svgReference: m(
    (p: { key: string; tag: string }) =>
      `\`${p.key}\` on SVG \`<${p.tag}>\` is removed: WeChat strips ids, so an SVG cannot refer to anything`,
    (p) => `已删除 SVG \`<${p.tag}>\` 上的 \`${p.key}\`：微信会去掉 id，SVG 无法引用任何东西`,
  ),
  svgReferenceHint: m(
    () => 'Draw the shape with its own fill and stroke; no references or links.',
    () => '图形直接写自己的填充和描边；不要用引用或链接。',
  ),
  svgElement: m(
    (p: { tag: string }) =>
      `\`<${p.tag}>\` is removed from an inline SVG: only shapes and text are kept (WeChat strips ids, ` +
      `scripts and styles)`,
    (p) => `已从内联 SVG 中删除 \`<${p.tag}>\`：只保留图形和文字（微信会去掉 id、脚本和样式）`,
  ),
  svgElementHint: m(
    () =>
      'Keep the SVG self-contained: paths, shapes and text with their own attributes, ' +
      'no <use>, <defs>, <style>, <foreignObject> or <image>.',
    () =>
      '让 SVG 自成一体：路径、图形和文字都带上自己的属性，' +
      '不要用 <use>、<defs>、<style>、<foreignObject> 或 <image>。',
  ),
})
