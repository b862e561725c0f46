/**
 * Entry of the GitHub Action's bundle (`action/bundle/main.js`, built by `npm run build:action`):
 * reads the inputs action.yml passes as `WXPRESS_ACTION_*` variables, runs the CLI steps of
 * `actionPlan` in this process, and writes the `due` output. Secrets reach the CLI only through the
 * environment the workflow gives the step.
 */
import { appendFileSync } from 'node:fs'
import { run } from './main.js'
import { actionPlan, readActionInputs, runActionSteps, type StepResult } from './action-plan.js'

async function runStep(argv: string[]): Promise<StepResult> {
  let stdout = ''
  const tee = {
    write: (text: string): boolean => {
      stdout += text
      return process.stdout.write(text)
    },
  }
  process.stdout.write(`\n$ wxpress ${argv.join(' ')}\n`)
  const code = await run(argv, { stdout: tee })
  return { code, stdout }
}

async function main(): Promise<number> {
  const plan = actionPlan(readActionInputs(process.env))
  if (!plan.ok) {
    process.stderr.write(`${plan.message}\n`)
    return 2
  }
  const outcome = await runActionSteps(plan, runStep)
  if (outcome.due !== undefined) {
    process.stdout.write(`wxpress: due=${outcome.due}\n`)
    const file = process.env.GITHUB_OUTPUT
    if (file) appendFileSync(file, `due=${outcome.due}\n`)
  }
  return outcome.code
}

process.exitCode = await main()
