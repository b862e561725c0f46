/**
 * Chinese for the English phrases wxpress itself writes into publish diagnostics as parameters:
 * why a ledger is unreadable, transport failures and freepublish statuses. WeChat's own errmsg and
 * an unknown phrase stay as they are.
 */
const EXACT: Record<string, string> = {
  'it is not a regular file': '它不是普通文件',
  'its name is longer than a file name may be (ENAMETOOLONG)': '文件名超出了长度上限（ENAMETOOLONG）',
  'it has no `version`': '它没有 `version`',
  'original-content check failed (原创校验)': '原创校验未通过',
  'publishing failed': '发表失败',
  'rejected by platform review': '未通过平台审核',
  'published, then deleted by the account': '发表后已被账号删除',
  'published, then banned by the platform': '发表后已被平台封禁',
  'unknown status': '未知状态',
  'it is not valid JSON (a merge conflict?)': '它不是有效的 JSON（也许有合并冲突？）',
  'not valid JSON (a merge conflict?)': '不是有效的 JSON（也许有合并冲突？）',
  'it starts with a byte-order mark (BOM), which some editors add: save it as UTF-8 without BOM':
    '文件开头有字节顺序标记（BOM，有些编辑器会加上）：请另存为不带 BOM 的 UTF-8',
}

const PATTERNS: [RegExp, (...m: string[]) => string][] = [
  [
    /^it holds git conflict markers \(line (\d+): (`.*`)\)$/,
    (line, marker) => `其中有 git 冲突标记（第 ${line} 行：${marker}）`,
  ],
  [/^it is not valid JSON \((.*)\)$/s, (why) => `它不是有效的 JSON（${why}）`],
  [
    /^its `version` is (.*); this wxpress reads version 1$/,
    (v) => `它的 \`version\` 是 ${v}；这个版本的 wxpress 只读取版本 1`,
  ],
  [/^it is the ledger of (`.*`), not of (`.*`)$/, (a, b) => `这是 ${a} 的台账，不是 ${b} 的`],
  [/^(`[^`]+`): must be one of (.*)$/, (k, v) => `${k} 只能是 ${v.replace(/, /g, '、')} 之一`],
  [
    /^(`[^`]+`): must be an? (\w+)$/,
    (k, type) =>
      `${k} 应为${{ string: '字符串', number: '数字', boolean: '布尔值', object: '对象', array: '列表' }[type] ?? type}`,
  ],
  [/^it cannot be read \((.*)\)$/, (why) => `无法读取（${why}）`],
  [/^cannot read it \((.*)\)$/, (why) => `无法读取（${why}）`],
  [
    /^unknown version (.*) \(this wxpress reads version 1\)$/,
    (v) => `未知的版本 ${v}（这个版本的 wxpress 只读取版本 1）`,
  ],
  [/^no answer within (\d+) ms$/, (ms) => `${ms} 毫秒内没有应答`],
  [/^HTTP (\d+) with a body that is not JSON$/, (s) => `HTTP ${s}，且响应体不是 JSON`],
  [/^publish_status (\d+): (.*)$/, (n, why) => `publish_status ${n}：${publishPhraseZh(why)}`],
]

export function publishPhraseZh(english: string): string {
  const exact = EXACT[english]
  if (exact) return exact
  for (const [pattern, zh] of PATTERNS) {
    const m = pattern.exec(english)
    if (m) return zh(...m.slice(1))
  }
  return english
}
