/**
 * What the GitHub Action (`action.yml`) runs for its `command` input: a short list of CLI runs. The
 * ledger commands wrap the ones that read or write it: `due` pulls the `wxpress-state` branch first,
 * `publish` and `stats` pull it, run, and push it back even when the run found errors (a sent push is
 * recorded whatever else failed). Values go into argv as `--name=value`, so no input can become an
 * option of its own, and nothing passes through a shell.
 */

/** The commands the Action accepts. */
export const ACTION_COMMANDS = ['pr-check', 'pr-report', 'publish', 'stats', 'check', 'due'] as const
export type ActionCommand = (typeof ACTION_COMMANDS)[number]

export interface ActionInputs {
  command: string
  /** The pull-request artifact folder (pr-check writes it, pr-report reads it). */
  artifact: string
  dryRun: boolean
  /** publish: only this slug. */
  only: string
  /** A clock override (ISO 8601), passed to the commands that take `--now`. */
  now: string
  /** Pull (and after publish/stats push) the ledger branch around the run. */
  state: boolean
}

export interface ActionStep {
  argv: string[]
  /** `ok`: only when every earlier step exited 0; `ran`: when the step before it ran, whatever its code. */
  when: 'ok' | 'ran'
  /** The step's stdout (`true`/`false`) is the Action's `due` output. */
  output?: 'due'
}

export type ActionPlan =
  | { ok: true; command: ActionCommand; steps: ActionStep[] }
  | { ok: false; message: string }

/** Reads the inputs that action.yml passes as `WXPRESS_ACTION_*` variables. */
export function readActionInputs(env: Record<string, string | undefined>): ActionInputs {
  const text = (name: string, fallback = ''): string => (env[`WXPRESS_ACTION_${name}`] ?? fallback).trim()
  return {
    command: text('COMMAND'),
    artifact: text('ARTIFACT', 'wxpress-pr') || 'wxpress-pr',
    dryRun: text('DRY_RUN').toLowerCase() === 'true',
    only: text('ONLY'),
    now: text('NOW'),
    state: text('STATE', 'true').toLowerCase() !== 'false',
  }
}

function isCommand(command: string): command is ActionCommand {
  return (ACTION_COMMANDS as readonly string[]).includes(command)
}

/** The CLI runs for `inputs`, or why there are none. */
export function actionPlan(inputs: ActionInputs): ActionPlan {
  const { command } = inputs
  if (!isCommand(command)) {
    const given = command === '' ? 'no command' : `unknown command "${command}"`
    const valid = ACTION_COMMANDS.join(', ')
    return { ok: false, message: `wxpress action: ${given}; set the input \`command\` to one of ${valid}` }
  }
  const now = inputs.now ? [`--now=${inputs.now}`] : []
  const pull: ActionStep[] = inputs.state ? [{ argv: ['state', 'pull'], when: 'ok' }] : []
  const push: ActionStep[] = inputs.state ? [{ argv: ['state', 'push'], when: 'ran' }] : []
  const artifact = `--artifact=${inputs.artifact}`
  const plans: Record<ActionCommand, () => ActionStep[]> = {
    'pr-check': () => [{ argv: ['pr-check', artifact, ...now], when: 'ok' }],
    'pr-report': () => [{ argv: ['pr-report', artifact], when: 'ok' }],
    check: () => [{ argv: ['check', '--format=github', ...now], when: 'ok' }],
    due: () => [...pull, { argv: ['due', ...now], when: 'ok', output: 'due' }],
    publish: () => {
      const flags = [
        ...(inputs.dryRun ? ['--dry-run'] : []),
        ...(inputs.only ? [`--only=${inputs.only}`] : []),
        ...(inputs.dryRun ? [] : ['--alert']),
        ...now,
      ]
      // a dry run writes no ledger: nothing to push
      return [...pull, { argv: ['publish', ...flags], when: 'ok' }, ...(inputs.dryRun ? [] : push)]
    },
    stats: () => [...pull, { argv: ['stats', '--post'], when: 'ok' }, ...push],
  }
  return { ok: true, command, steps: plans[command]() }
}

export interface StepResult {
  code: number
  stdout: string
}

/** Runs a CLI step: argv → exit code and the text it printed on stdout. */
export type StepRunner = (argv: string[]) => Promise<StepResult>

export interface ActionOutcome {
  /** The highest exit code of the steps that ran. */
  code: number
  /** The `due` output, for the `due` command. */
  due?: 'true' | 'false'
  /** Each step's argv and code (`undefined`: skipped). */
  ran: { argv: string[]; code: number | undefined }[]
}

/**
 * Runs the steps in order. `due` never fails the Action: when the ledger cannot be pulled or the
 * answer is not a plain `true`/`false`, the answer is `true`, so the publish step runs and reports
 * the problem where it shows.
 */
export async function runActionSteps(
  plan: Extract<ActionPlan, { ok: true }>,
  runStep: StepRunner,
): Promise<ActionOutcome> {
  const outcome: ActionOutcome = { code: 0, ran: [] }
  let previousRan = true
  for (const step of plan.steps) {
    const go = step.when === 'ran' ? previousRan : outcome.code === 0
    if (!go) {
      outcome.ran.push({ argv: step.argv, code: undefined })
      previousRan = false
      continue
    }
    const result = await runStep(step.argv)
    outcome.ran.push({ argv: step.argv, code: result.code })
    previousRan = true
    outcome.code = Math.max(outcome.code, result.code)
    if (step.output === 'due') {
      outcome.due = result.code === 0 && result.stdout.trim() === 'false' ? 'false' : 'true'
    }
  }
  if (plan.command === 'due') {
    outcome.due ??= 'true'
    outcome.code = 0
  }
  return outcome
}
