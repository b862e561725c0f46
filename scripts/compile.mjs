/**
 * The build's one import of esbuild: the CLI bundle, shared by the package's build (`scripts/build.mjs`:
 * `dist/bundle/`) and the Action's (`scripts/build-action.mjs`: `action/bundle/`), and the package's
 * modules transpiled one by one (`dist/`).
 */
import { readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'

/**
 * Straight from `src/`: the CLI entry and the helper thread, chunks shared. Native or heavy packages stay
 * outside (sharp, playwright-core, autocorrect-node, jiti); cheerio is its slim build (htmlparser2 only).
 * Bundles `main` (a path under the repository, e.g. `src/cli/main.ts`) as `main.js` and the helper
 * thread as `helper-worker.js` into `outdir` (emptied first).
 */
export async function bundleCli(repo, main, outdir) {
  rmSync(outdir, { recursive: true, force: true })
  await build({
    absWorkingDir: repo,
    entryPoints: [
      { in: main, out: 'main' },
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
}

/** Transpiles every module of `src/` (`.ts`, declarations aside) into `outdir`, at the same paths. */
export async function transpileModules(repo, outdir) {
  const modules = readdirSync(path.join(repo, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => path.join('src', file))
  await build({
    absWorkingDir: repo,
    entryPoints: modules,
    outdir,
    outbase: 'src',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  })
}
