#!/usr/bin/env node
// Entry point: runs the compiled CLI from dist/ (built by `npm run build`: `npm start`, `npm test` and
// `npm pack` run it):
// the bundle (dist/bundle/, a few files: Node starts it ≈ 0.1–0.3 s sooner than hundreds of modules)
// when present, else the plain compiled modules.
import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

const bundled = fileURLToPath(new URL('../dist/bundle/main.js', import.meta.url))
const main = existsSync(bundled) ? bundled : fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
if (!existsSync(main)) {
  process.stderr.write(
    'wxpress: the compiled CLI is missing (dist/). Run `npm run build` in the wxpress folder.\n',
  )
  process.exit(2)
}
// `wxpress … | head` closes the pipe early: that is not an error
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}
const { run } = await import(pathToFileURL(main).href)
process.exitCode = await run(process.argv.slice(2))
