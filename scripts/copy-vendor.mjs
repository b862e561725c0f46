#!/usr/bin/env node
/**
 * Copies mermaid's browser build (the one file of the `mermaid` devDependency wxpress uses, loaded
 * into Chromium) with its version and licence into a `vendor/` folder beside the compiled code:
 * `dist/vendor/` for the package (`npm run build`), `action/vendor/` for the Action
 * (`scripts/build-action.mjs`). See src/render/mermaid-script.ts.
 *
 *   node scripts/copy-vendor.mjs <vendor folder>
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/** Writes mermaid.min.js, mermaid.json ({ version }) and mermaid.LICENSE into `dir` (emptied first). */
export function copyVendor(dir) {
  const require = createRequire(import.meta.url)
  const manifest = require.resolve('mermaid/package.json')
  const { version, license } = JSON.parse(readFileSync(manifest, 'utf8'))
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  copyFileSync(require.resolve('mermaid/dist/mermaid.min.js'), path.join(dir, 'mermaid.min.js'))
  copyFileSync(path.join(path.dirname(manifest), 'LICENSE'), path.join(dir, 'mermaid.LICENSE'))
  writeFileSync(path.join(dir, 'mermaid.json'), `${JSON.stringify({ name: 'mermaid', version, license })}\n`)
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const dir = process.argv[2]
  if (!dir) {
    process.stderr.write('usage: node scripts/copy-vendor.mjs <vendor folder>\n')
    process.exit(2)
  }
  copyVendor(path.resolve(dir))
}
