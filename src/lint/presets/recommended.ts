/**
 * The `recommended` preset: every rule at its default severity, with the reason it is on.
 * Sites change any entry in `rules` of their config.
 */
import type { RuleSetting } from '../../config/schema.js'

export const recommended: Record<string, RuleSetting> = {
  // Chat lists cut long titles; the reader decides on the first line.
  'title/max-length': 'warn',
  // 「！！！」 titles read as spam.
  'title/punctuation': 'warn',
  // WeChat penalises 标题党.
  'title/clickbait': 'warn',
  // Advertising Law article 9: no superlatives in promotional content.
  'title/absolute-terms': 'warn',
  // The same terms in the body: warnings, with the same allow-contexts.
  'body/absolute-terms': 'warn',
  'body/clickbait': 'warn',
  'body/wrong-date': 'warn',
  // Editors like to see 字数 and reading time in review.
  'length/word-count': 'info',
  // The draft API rejects bodies over 20,000 characters.
  'length/character-limit': 'error',
  // Many images make an article slow on mobile networks.
  'length/image-count': 'warn',
  // A written digest beats the first 54 characters.
  'length/digest-missing': 'info',
  // The share card shows about 54 characters of the digest.
  'length/digest-length': 'warn',
  // The core of Chinese typography: spacing and punctuation width (autocorrect).
  'typography/cjk-spacing': 'warn',
  'typography/punctuation-width': 'warn',
  // Shortcut marks that look careless in print.
  'typography/ellipsis': 'warn',
  'typography/repeated-punctuation': 'warn',
  'typography/quotes': 'warn',
  'typography/brackets': 'warn',
  'typography/space-around-fullwidth': 'warn',
  // Technical readers notice 「Github」 at once.
  'typography/product-name': 'warn',
  // 登陆 for 登录 and friends.
  'typography/typo': 'warn',
  // Pasted zero-width spaces and control characters break search and copying.
  'typography/invisible-characters': 'warn',
  // `这是__加粗__文字` shows its underscores to readers.
  'markdown/unparsed-emphasis': 'warn',
  // `__init__` and `a*b*c` lose their underscores and asterisks to emphasis.
  'markdown/accidental-emphasis': 'warn',
  // `**标签**⏎说明` and poems written line by line run together on the reader's phone.
  'markdown/soft-break': 'warn',
  'markdown/highlight': 'warn',
  // `\t这一段…` (首行缩进) shows as a grey code box.
  'markdown/indented-prose': 'warn',
  // `##` then `####`, and `#### 目标：`: an outline a reader can follow.
  'markdown/heading-skip': 'info',
  'markdown/heading-colon': 'info',
}
