#!/usr/bin/env node
/**
 * Builds the GitHub Action's committed CLI bundle (`action/bundle/`, run by `action.yml`) straight from
 * `src/` with esbuild: the CLI entry for the Action (`src/cli/action-main.ts` → `main.js`) and the helper
 * thread (`helper-worker.js`), chunks shared. Native or heavy packages stay outside and come from the
 * Action's `npm ci --omit=dev` (sharp, playwright-core, autocorrect-node, jiti). Mermaid's browser
 * build goes into `action/vendor/` (`copy-vendor.mjs`): mermaid is a devDependency, never installed there.
 *
 *   node scripts/build-action.mjs                 # writes action/bundle/ and action/vendor/ (npm run build:action)
 *   node scripts/build-action.mjs --outdir <dir>  # writes <dir>/bundle/ and <dir>/vendor/ (the freshness test compares bytes)
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundleCli } from './compile.mjs'
import { copyVendor } from './copy-vendor.mjs'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const flag = process.argv.indexOf('--outdir')
const root = flag > 0 ? path.resolve(process.argv[flag + 1] ?? '') : path.join(repo, 'action')

await bundleCli(repo, 'src/cli/action-main.ts', path.join(root, 'bundle'))
copyVendor(path.join(root, 'vendor'))
