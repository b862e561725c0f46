import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The CLI entry a user runs: it starts the bundle that the globalSetup (test/setup/build-once.ts) built. */
export const cliBin = path.join(repoRoot, 'bin', 'wxpress.js')
