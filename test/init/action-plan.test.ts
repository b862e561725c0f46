/** The GitHub Action's command: the CLI runs each command plans, its inputs, and how the steps end. */
import { describe, expect, it } from 'vitest'
import {
  actionPlan,
  readActionInputs,
  runActionSteps,
  type ActionInputs,
  type StepResult,
} from '../../src/cli/action-plan.js'
import { action } from './action-manifest.js'

const inputs = (over: Partial<ActionInputs>): ActionInputs => ({
  command: 'check',
  artifact: 'wxpress-pr',
  dryRun: false,
  only: '',
  now: '',
  state: true,
  ...over,
})
const argvs = (over: Partial<ActionInputs>): string[] => {
  const plan = actionPlan(inputs(over))
  return plan.ok ? plan.steps.map((s) => s.argv.join(' ')) : [plan.message]
}

describe('actionPlan', () => {
  it('maps each command to CLI runs, values as --name=value', () => {
    expect(argvs({ command: 'pr-check' })).toEqual(['pr-check --artifact=wxpress-pr'])
    expect(argvs({ command: 'pr-report', artifact: 'a b' })).toEqual(['pr-report --artifact=a b'])
    expect(argvs({ command: 'check', now: '2027-01-01T08:00:00+08:00' })).toEqual([
      'check --format=github --now=2027-01-01T08:00:00+08:00',
    ])
    expect(argvs({ command: 'due' })).toEqual(['state pull', 'due'])
    expect(argvs({ command: 'publish', only: '--dry-run' })).toEqual([
      'state pull',
      'publish --only=--dry-run --alert',
      'state push',
    ])
    expect(argvs({ command: 'publish', dryRun: true })).toEqual(['state pull', 'publish --dry-run'])
    expect(argvs({ command: 'stats' })).toEqual(['state pull', 'stats --post', 'state push'])
    expect(argvs({ command: 'stats', state: false })).toEqual(['stats --post'])
    expect(argvs({ command: 'deploy' })[0]).toContain(
      'unknown command "deploy"; set the input `command` to one of pr-check',
    )
    expect(argvs({ command: '' })[0]).toContain('no command')
  })

  it('reads the inputs from WXPRESS_ACTION_* variables with the defaults of action.yml', () => {
    const env = {
      WXPRESS_ACTION_COMMAND: ' publish ',
      WXPRESS_ACTION_DRY_RUN: 'TRUE',
      WXPRESS_ACTION_STATE: 'false',
    }
    expect(readActionInputs(env)).toEqual({
      command: 'publish',
      artifact: 'wxpress-pr',
      dryRun: true,
      only: '',
      now: '',
      state: false,
    })
    expect(action.inputs.artifact!.default).toBe('wxpress-pr')
    expect(action.inputs.state!.default).toBe('true')
  })

  const fake = (codes: Record<string, StepResult>) => {
    const calls: string[] = []
    return {
      calls,
      runner: async (argv: string[]): Promise<StepResult> => {
        calls.push(argv.join(' '))
        return codes[argv[0] === 'state' ? argv.join(' ') : argv[0]!] ?? { code: 0, stdout: '' }
      },
    }
  }
  const plan = (over: Partial<ActionInputs>) => {
    const p = actionPlan(inputs(over))
    if (!p.ok) throw new Error(p.message)
    return p
  }

  it('publish: the ledger is pushed even when publish found errors, never after a failed pull', async () => {
    const failed = fake({ publish: { code: 1, stdout: '' } })
    expect(await runActionSteps(plan({ command: 'publish' }), failed.runner)).toMatchObject({ code: 1 })
    expect(failed.calls).toEqual(['state pull', 'publish --alert', 'state push'])
    const noPull = fake({ 'state pull': { code: 2, stdout: '' } })
    expect(await runActionSteps(plan({ command: 'publish' }), noPull.runner)).toMatchObject({ code: 2 })
    expect(noPull.calls).toEqual(['state pull'])
    const pushFails = fake({ 'state push': { code: 1, stdout: '' } })
    expect((await runActionSteps(plan({ command: 'stats' }), pushFails.runner)).code).toBe(1)
  })

  it('due: true or false as printed; true (and no failure) when it cannot tell', async () => {
    const answer = async (codes: Record<string, StepResult>) =>
      runActionSteps(plan({ command: 'due' }), fake(codes).runner)
    expect(await answer({ due: { code: 0, stdout: 'false\n' } })).toMatchObject({ code: 0, due: 'false' })
    expect(await answer({ due: { code: 0, stdout: 'true\n' } })).toMatchObject({ code: 0, due: 'true' })
    expect(await answer({ due: { code: 2, stdout: 'false\n' } })).toMatchObject({ code: 0, due: 'true' })
    expect(await answer({ 'state pull': { code: 1, stdout: '' } })).toMatchObject({ code: 0, due: 'true' })
  })
})
