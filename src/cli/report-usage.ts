import type { Site } from '../site/load-site.js'
import type { CliIO } from './io.js'

/** Prints command-line problems found while loading the site (unknown slugs); true when any. */
export function reportUsage(io: CliIO, site: Site): boolean {
  for (const message of site.usage.messages) {
    io.stderr.write(`wxpress: ${message.reason}\n`)
    if (message.note) io.stderr.write(`hint: ${message.note}\n`)
  }
  return site.usage.messages.length > 0
}
