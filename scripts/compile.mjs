/**
 * The build's one import of esbuild: the CLI bundle, shared by the package's build (`scripts/build.mjs`:
 * `dist/bundle/`) and the Action's (`scripts/build-action.mjs`: `action/bundle/`), and the package's
 * modules transpiled one by one (`dist/`).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'

/**
 * The packages a bundle leaves outside (native, or loading files of their own at run time): the
 * package's only runtime dependencies. Every other library is inside the bundle (a devDependency).
 */
export const EXTERNAL = ['sharp', 'playwright-core', 'autocorrect-node', 'jiti']

/**
 * Straight from `src/`: the CLI entry and the helper thread, chunks shared; cheerio is its slim build
 * (htmlparser2 only). Bundles `main` (a path under the repository, e.g. `src/cli/main.ts`) as `main.js`
 * and the helper thread as `helper-worker.js` into `outdir` (emptied first), with the licences of the
 * libraries inside (`THIRD-PARTY-LICENSES.md`).
 */
export async function bundleCli(repo, main, outdir) {
  rmSync(outdir, { recursive: true, force: true })
  const { metafile } = await build({
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
    external: EXTERNAL,
    metafile: true,
    alias: { cheerio: 'cheerio/slim' },
    banner: {
      js:
        "import { createRequire as __wxRequire } from 'node:module'; " +
        'const require = __wxRequire(import.meta.url);',
    },
  })
  writeFileSync(path.join(outdir, 'THIRD-PARTY-LICENSES.md'), licences(repo, Object.keys(metafile.inputs)))
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

/** The package folders (`node_modules/…/<name>`) that bundled `inputs` come from, sorted. */
function packageFolders(inputs) {
  const folders = new Set()
  for (const input of inputs) {
    const m = input.match(/^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//)
    if (m) folders.add(m[1])
  }
  return [...folders].sort()
}

/** Name, version, licence and licence text of every library inside the bundle. */
function licences(repo, inputs) {
  const parts = ['# Third-party libraries in this bundle\n']
  for (const folder of packageFolders(inputs)) {
    const dir = path.join(repo, folder)
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))
    const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name))
    const text = file ? readFileSync(path.join(dir, file), 'utf8').trim() : ''
    parts.push(
      `## ${pkg.name}@${pkg.version} (${pkg.license ?? 'see package'})\n\n${text || '(no licence file in the package)'}\n`,
    )
  }
  return `${parts.join('\n')}\n`
}
