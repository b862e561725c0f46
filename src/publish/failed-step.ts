/** Which step of a push a WeChat call belongs to, for the log line of a failed push (`— FAILED: the send`). */
export type FailedStep =
  | 'token'
  | 'upload'
  | 'draft'
  | 'preview'
  | 'tags'
  | 'send'
  | 'publish'
  | 'lookup'
  | ''

const STEPS: [RegExp, FailedStep][] = [
  [/\/(stable_)?token$/, 'token'],
  [/\/(material\/add_material|media\/uploadimg)$/, 'upload'],
  [/\/draft\/(add|update|get|batchget)$/, 'draft'],
  [/\/message\/mass\/preview$/, 'preview'],
  [/\/tags\/get$/, 'tags'],
  [/\/message\/mass\/sendall$/, 'send'],
  [/\/freepublish\/submit$/, 'publish'],
  [/\/(freepublish\/(get|batchget|getarticle)|message\/mass\/get)$/, 'lookup'],
]

export function failedStep(path: string | undefined): FailedStep {
  if (!path) return ''
  return STEPS.find(([pattern]) => pattern.test(path))?.[1] ?? ''
}
