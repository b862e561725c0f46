/**
 * The only import of `@actions/core`: what wxpress tells the Actions runner when it runs inside a
 * job (`GITHUB_ACTIONS=true`): mask the token, add to the job summary. Outside Actions every call is
 * a no-op, so local runs and tests print nothing extra. Errors are `::error::` lines the command
 * writes itself (to its own stdout, once; the exit code fails the step).
 */
import * as core from '@actions/core'

export interface ActionsRuntime {
  readonly active: boolean
  mask(secret: string | undefined): void
  summary(markdown: string): Promise<void>
}

export function actionsRuntime(env: Readonly<Record<string, string | undefined>>): ActionsRuntime {
  const active = env.GITHUB_ACTIONS === 'true'
  return {
    active,
    mask(secret) {
      if (active && secret) core.setSecret(secret)
    },
    async summary(markdown) {
      if (!active || !env.GITHUB_STEP_SUMMARY) return
      try {
        await core.summary.addRaw(markdown, true).write()
      } catch {
        // the summary is a convenience; the comment and the check run carry the report
      }
    },
  }
}
