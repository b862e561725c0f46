import type { DiagnosticDoc } from './diagnostic-doc.js'

/** Meaning of the diagnostic ids of the lint engine and the config file, in both languages. */
export const CONFIG_IDS: readonly DiagnosticDoc[] = [
  [
    'lint/unknown-rule',
    'A rule id in the config (reported once, on the config file), in front-matter `lint:` or in a disable comment does not exist (with did-you-mean).',
    '配置里（只在配置文件上报告一次）、front-matter `lint:` 里或禁用注释里的规则 id 不存在（附「是不是想写」建议）。',
  ],
  ['lint/unused-disable', 'A disable directive covers nothing.', '禁用注释没有覆盖到任何问题。'],
  [
    'lint/rule-crashed',
    'A rule threw (a bug); the other rules still ran.',
    '规则抛出了异常（缺陷）；其他规则照常运行。',
  ],
  [
    'config/invalid',
    'The config file is invalid (with its line for JSON).',
    '配置文件无效（JSON 配置会给出行号）。',
  ],
  [
    'config/not-strict-json',
    'A `.json` config with a trailing comma (`,` before `}` or `]`): wxpress reads it, editors and other JSON tools refuse it. Any other text that is not JSON is a `config/invalid` error.',
    '`.json` 配置里多了结尾的逗号（`}` 或 `]` 前的 `,`）：wxpress 能读，编辑器和其他 JSON 工具会报错。其他不是合法 JSON 的写法是 `config/invalid` 错误。',
  ],
  [
    'config/unknown-key',
    'An unknown config key, with a did-you-mean.',
    '未知的配置项，附「是不是想写」建议。',
  ],
]
