import type { DiagnosticDoc } from './diagnostic-doc.js'

/** Meaning of the diagnostic ids of themes, in both languages. */
export const THEME_IDS: readonly DiagnosticDoc[] = [
  [
    'theme/not-found',
    'The theme id does not exist (with did-you-mean).',
    '主题 id 不存在（附「是不是想写」建议）。',
  ],
  [
    'theme/outside-root',
    'A site theme file (theme.css, theme.json, plugins.mjs) links out of the site: it is never read.',
    '站点主题文件（theme.css、theme.json、plugins.mjs）链接到站点之外：不会读取它。',
  ],
  [
    'theme/not-regular-file',
    'A site theme file is a pipe, device, socket or folder: it is never opened.',
    '站点主题文件是管道、设备、套接字或文件夹：不会打开它。',
  ],
  ['theme/css-syntax', 'theme.css does not parse (line and column).', 'theme.css 无法解析（附行号和列号）。'],
  ['theme/invalid-meta', 'theme.json is invalid.', 'theme.json 无效。'],
  [
    'theme/nesting',
    'Nested CSS rules (not supported while juice 11 is used).',
    '嵌套的 CSS 规则（使用 juice 11 期间不支持）。',
  ],
  [
    'theme/unsupported-at-rule',
    '@media and other at-rules cannot be inlined.',
    '@media 等 at 规则无法内联。',
  ],
  [
    'theme/state-selector',
    ':hover and other state selectors never apply in WeChat.',
    ':hover 等状态选择器在微信里永远不会生效。',
  ],
  [
    'theme/undefined-variable',
    'A `var(--x)` without definition or fallback (the declaration is dropped).',
    '`var(--x)` 既没有定义也没有后备值（该声明被丢弃）。',
  ],
  [
    'theme/unsafe-value',
    '`javascript:`, `expression()`, `behavior` in theme CSS (dropped).',
    '主题 CSS 里的 `javascript:`、`expression()`、`behavior`（已丢弃）。',
  ],
  [
    'theme/remote-url',
    'A `url()` outside WeChat’s image hosts (mmbiz.qpic.cn): hot-linked or local, dropped.',
    '`url()` 指向微信图片域名（mmbiz.qpic.cn）以外的地址：盗链或本地地址，已丢弃。',
  ],
  [
    'theme/unsupported-property',
    'position, float, transform or animation in theme CSS (WeChat drops them).',
    '主题 CSS 里的 position、float、transform 或 animation（微信会丢弃）。',
  ],
]
