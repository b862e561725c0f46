/** The Action's action.yml, as text and parsed (the fields the tests read). */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from './repo-root.js'

export const actionText = readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')
interface ActionStep {
  uses?: string
  run?: string
  id?: string
  if?: string
  env?: Record<string, string>
  with?: Record<string, string>
}
export const action = parse(actionText) as {
  inputs: Record<string, { default?: string; required?: boolean }>
  outputs: Record<string, { value: string }>
  runs: { using: string; steps: ActionStep[] }
}
