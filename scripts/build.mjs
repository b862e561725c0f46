#!/usr/bin/env node
/**
 * Builds the package (`npm run build`, run by `npm ci` through `prepare`): `dist/` is emptied, then
 * esbuild writes, side by side, every module of `src/` as JavaScript (`dist/<same path>.js`, one file per
 * module: the helper threads of a test run and `npm run docs` import these) and the CLI bundle
 * (`dist/bundle/`, what `bin/wxpress.js` runs), and mermaid's browser build goes into `dist/vendor/`.
 * Types are checked by `npm run typecheck` (tsc over src/ and test/), not here: transpiling alone
 * takes a second where tsc took five.
 *
 *   node scripts/build.mjs
 */
import { rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundleCli, transpileModules } from './compile.mjs'
import { copyVendor } from './copy-vendor.mjs'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = path.join(repo, 'dist')

rmSync(dist, { recursive: true, force: true })
await Promise.all([
  transpileModules(repo, dist),
  bundleCli(repo, 'src/cli/main.ts', path.join(dist, 'bundle')),
])
copyVendor(path.join(dist, 'vendor'))
