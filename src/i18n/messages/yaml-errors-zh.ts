/**
 * Chinese for the YAML parser's errors a writer meets in front-matter, by the parser's error code
 * (its English text names the grammar, not the mistake); an unknown code keeps the parser's text.
 */
const BY_CODE: Record<string, string | ((error: string) => string)> = {
  TAB_AS_INDENT: '缩进用了 Tab 键，YAML 只认空格缩进',
  BLOCK_AS_IMPLICIT_KEY: '值里有“冒号加空格”（`: `），或这一行比上一行多缩进了，YAML 把它读成了嵌套的键',
  INDENTED_KEY: (error) => {
    const [key, parent] = [...error.matchAll(/`([^`]+)`/g)].map((m) => m[1])
    return key && parent
      ? `这一行比上一行多缩进了，YAML 把 \`${key}\` 读成了 \`${parent}\` 的值的一部分`
      : '这一行比上一行多缩进了，YAML 把它读成了上一个值的一部分'
  },
  MULTILINE_IMPLICIT_KEY: '一个键跨了多行（多半是上一行的缩进或引号有误）',
  MISSING_CHAR: (error) =>
    /quote/i.test(error)
      ? '引号没有配对：开头有引号，结尾却没有'
      : /map values/i.test(error)
        ? '键后面缺少冒号和值'
        : '缺少配对的符号（引号、括号或冒号）',
  UNEXPECTED_TOKEN: "引号里的值后面还有多余的文字（单引号值里的单引号要写成两个：`''`）",
  BAD_SCALAR_START: (error) => {
    const char = /character (.)$/.exec(error)?.[1]
    return `值以 YAML 的保留字符${char ? ` \`${char}\` ` : ''}开头，需要给整个值加引号`
  },
  BAD_INDENT: '缩进不对（方括号 `[ ]` 或花括号 `{ }` 没有闭合，或续行缩进不够）',
  BAD_DQ_ESCAPE: '双引号里的反斜杠转义无效：改用单引号，或把 `\\` 写成 `\\\\`',
  BLOCK_IN_FLOW: '方括号或花括号里不能再换行写列表或键值',
  MULTIPLE_DOCS: 'front-matter 里出现了第二个 `---`',
  TOO_DEEP: '方括号、花括号或缩进嵌套了成千上万层',
  ALIAS_COUNT: '别名（`*name`）展开出的值太多',
}

/** The Chinese explanation of a YAML error (`code` from the parser), or the parser's own text. */
export function yamlErrorZh(code: string | undefined, error: string): string {
  const entry = code ? BY_CODE[code] : undefined
  if (entry === undefined) return error
  return typeof entry === 'string' ? entry : entry(error)
}
