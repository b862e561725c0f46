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
import { rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { copyVendor } from './copy-vendor.mjs'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const flag = process.argv.indexOf('--outdir')
const root = flag > 0 ? path.resolve(process.argv[flag + 1] ?? '') : path.join(repo, 'action')
const outdir = path.join(root, 'bundle')

rmSync(outdir, { recursive: true, force: true })
await build({
  absWorkingDir: repo,
  entryPoints: [
    { in: 'src/cli/action-main.ts', out: 'main' },
    { in: 'src/site/helper-worker.ts', out: 'helper-worker' },
  ],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  external: ['sharp', 'playwright-core', 'autocorrect-node', 'jiti'],
  alias: { cheerio: 'cheerio/slim' },
  banner: {
    js:
      "import { createRequire as __wxRequire } from 'node:module'; " +
      'const require = __wxRequire(import.meta.url);',
  },
})
copyVendor(path.join(root, 'vendor'))
