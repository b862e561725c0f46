/**
 * A schema problem of the config in words a writer reads, in English and Chinese: the common zod
 * issues (a value not among the allowed ones, a wrong type, a number out of range) are written out;
 * any other keeps zod's own English text.
 */
import type { ZodIssueLike } from '../core/zod.js'
import { problemZh } from '../i18n/messages/problems-zh.js'

const TYPES_ZH: Record<string, string> = {
  string: '字符串',
  number: '数字',
  boolean: '布尔值（true 或 false）',
  object: '对象（{ … }）',
  array: '列表（[ … ]）',
  int: '整数',
}

const listed = (values: readonly unknown[], or: string) =>
  values.map((v) => JSON.stringify(v)).join(or === '或' ? '、' : ', ')

export function zodProblem(issue: ZodIssueLike): { problem: string; problemZh: string } {
  const i = issue as ZodIssueLike & {
    values?: unknown[]
    expected?: string
    minimum?: number | bigint
    maximum?: number | bigint
    inclusive?: boolean
    origin?: string
  }
  if (i.code === 'invalid_value' && i.values) {
    return {
      problem: `must be one of ${listed(i.values, 'or')}`,
      problemZh: `只能是 ${listed(i.values, '或')} 之一`,
    }
  }
  if (i.code === 'invalid_type' && i.expected) {
    return {
      problem: `must be ${/^[aeiou]/.test(i.expected) ? 'an' : 'a'} ${i.expected}`,
      problemZh: `应为${TYPES_ZH[i.expected] ?? i.expected}`,
    }
  }
  if ((i.code === 'too_small' || i.code === 'too_big') && i.origin === 'number') {
    const small = i.code === 'too_small'
    const bound = String(small ? i.minimum : i.maximum)
    const op = small ? (i.inclusive ? '≥' : '>') : i.inclusive ? '≤' : '<'
    return { problem: `must be ${op} ${bound}`, problemZh: `应 ${op} ${bound}` }
  }
  // the schema's own phrases (`expected HH:MM (24-hour clock)`) have their Chinese in problems-zh
  const zh = problemZh(i.message)
  return { problem: i.message, problemZh: zh.startsWith('不符合要求（') ? i.message : zh }
}
