/**
 * Plugin entries written as paths — `"./plugins/remark-callouts.mjs"` or `["./plugins/x.mjs", { … }]` —
 * are imported here, so that a JSON config can use a site's own plugins from `plugins/`. The path
 * must stay inside the site; the module's default export (or its only function export) is the
 * plugin. Functions given by a code config pass through unchanged.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { importSiteModule } from './import-site-module.js'
import type { Message } from '../i18n/message.js'
import { cliMiscMessages } from '../i18n/messages/cli-misc.js'

const { msg } = cliMiscMessages

export interface PluginProblem {
  /** Where in the config: `markdown.remarkPlugins.0`. */
  at: (string | number)[]
  message: Message
  hint: Message
  value: string
}

async function importPlugin(
  root: string,
  ref: string,
): Promise<{ plugin?: unknown; problem?: Omit<PluginProblem, 'at' | 'value'> }> {
  const absolute = path.resolve(root, ref)
  const rel = path.relative(root, absolute)
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    return { problem: { message: msg.pluginOutside({ ref }), hint: msg.pluginOutsideHint() } }
  }
  if (!existsSync(absolute))
    return { problem: { message: msg.pluginMissing({ ref }), hint: msg.pluginMissingHint() } }
  let mod: Record<string, unknown>
  try {
    mod = await importSiteModule(root, absolute)
  } catch (error) {
    return {
      problem: {
        message: msg.pluginBroken({ ref, error: (error as Error).message }),
        hint: msg.pluginBrokenHint(),
      },
    }
  }
  const functions = Object.values(mod).filter((v) => typeof v === 'function')
  const plugin =
    typeof mod.default === 'function' ? mod.default : functions.length === 1 ? functions[0] : undefined
  if (!plugin) return { problem: { message: msg.pluginNoExport({ ref }), hint: msg.pluginNoExportHint() } }
  return { plugin }
}

/** Replaces path entries by the imported plugins; reports each entry that cannot be used. */
export async function resolvePlugins(
  root: string,
  list: readonly unknown[],
  key: string,
): Promise<{ plugins: unknown[]; problems: PluginProblem[] }> {
  const plugins: unknown[] = []
  const problems: PluginProblem[] = []
  for (const [i, entry] of list.entries()) {
    const tuple = Array.isArray(entry) ? entry : [entry]
    const [head, ...options] = tuple as unknown[]
    if (typeof head !== 'string') {
      plugins.push(entry)
      continue
    }
    const { plugin, problem } = await importPlugin(root, head)
    if (problem) problems.push({ ...problem, at: ['markdown', key, i], value: head })
    else plugins.push([plugin, ...options])
  }
  return { plugins, problems }
}
