/** Messages of the inline-style checks: unsafe declarations, and layout WeChat cannot be trusted with. */
import { defineMessages, m } from '../message.js'
import { reasonZh } from './render-reasons-zh.js'

const zhCodes = (list: string) => list.split('`, `').join('`、`')

export const renderStyleMessages = defineMessages('renderStyle', {
  unsafeStyle: m(
    (p: { text: string; tag: string; reason: string }) =>
      `\`${p.text}\` is removed from the inline style of \`<${p.tag}>\`: ${p.reason}`,
    (p) => `已从 \`<${p.tag}>\` 的行内样式中删除 \`${p.text}\`：${reasonZh(p.reason)}`,
  ),
  unsafeStyleLightText: m(
    (p: { text: string; tag: string; reason: string; colour: string }) =>
      `\`${p.text}\` is removed from the inline style of \`<${p.tag}>\`: ${p.reason}; the light text ` +
      `colour \`${p.colour}\` is dropped too: it would be invisible on WeChat's white page`,
    (p) =>
      `已从 \`<${p.tag}>\` 的行内样式中删除 \`${p.text}\`：${reasonZh(p.reason)}；浅色文字颜色 ` +
      `\`${p.colour}\` 也一并删除，否则文字在微信的白色页面上会看不见`,
  ),
  unsafeStyleScript: m(
    () => 'Delete the declaration: WeChat never runs scripts in articles.',
    () => '删掉这条声明：微信从不执行文章里的脚本。',
  ),
  unsafeStyleRemote: m(
    () =>
      'Delete the declaration; put images in the article with `![alt](file.png)`, ' +
      'or use an image uploaded to WeChat (`https://mmbiz.qpic.cn/…`).',
    () =>
      '删掉这条声明；用 `![alt](file.png)` 在文章里插入图片，或使用已上传到微信的图片（`https://mmbiz.qpic.cn/…`）。',
  ),
  unsafeStyleData: m(
    () =>
      'Delete the declaration; save the image as a file beside the article and put it in with ' +
      '`![alt](file.png)`.',
    () => '删掉这条声明；把图片另存为文章旁边的文件，再用 `![alt](file.png)` 插入。',
  ),
  unsafeStyleLocal: m(
    () => 'Delete the declaration; put images in the article with `![alt](file.png)`.',
    () => '删掉这条声明；用 `![alt](file.png)` 在文章里插入图片。',
  ),
  unsupportedStyle: m(
    (p: { list: string; offsets: string; tag: string }) =>
      `wxpress removes \`${p.list}\`${p.offsets ? ` (and \`${p.offsets}\`, which mean nothing without it)` : ''} ` +
      `from the inline style of \`<${p.tag}>\`: WeChat stores such styles as written, but they may look ` +
      `different on some phones or be lost when the article is saved again in WeChat's editor`,
    (p) =>
      `已从 \`<${p.tag}>\` 的行内样式中删除 \`${zhCodes(p.list)}\`` +
      `${p.offsets ? `（以及随之失去作用的 \`${zhCodes(p.offsets)}\`）` : ''}：微信会原样保存这类样式，` +
      `但在部分手机上可能显示得不一样，在公众号编辑器里再次保存后也可能丢失`,
  ),
  unsupportedStyleHint: m(
    () => 'Lay the content out without positioning, floats, transforms or animations.',
    () => '排版时不要用定位、浮动、变换或动画。',
  ),
})
