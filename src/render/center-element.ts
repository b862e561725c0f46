/**
 * `<center>` (old editor and forum pastes: `<center>—— 完 ——</center>`, a grey caption in `<font>`) is
 * obsolete HTML, and nothing shows that WeChat keeps it (research/wechat-fidelity.md is silent). Like
 * `<font>` (`convertFont`) and `<details>` (`rehypeDetails`), it becomes a `<section>` saying the same in
 * CSS, `text-align:center`, before any style of its own (which wins, as in browsers); its content stays.
 */
import type { Element } from 'hast'

/** Turns a `<center>` element into a `<section style="text-align:center">` in place. */
export function convertCenter(node: Element): void {
  const own = typeof node.properties.style === 'string' ? node.properties.style.trim() : ''
  node.tagName = 'section'
  node.properties = { ...node.properties, style: own ? `text-align:center;${own}` : 'text-align:center' }
}
