import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  checkUsageJson,
  reportJson,
  reportUsage
} from "./chunk-KH524RKI.js";
import {
  PRETTY_PER_RULE,
  reportPretty
} from "./chunk-F4KFEKCB.js";
import {
  summarize
} from "./chunk-RBPDBETO.js";
import {
  collectDiagnostics
} from "./chunk-DAW4CLPE.js";
import "./chunk-72RZ5Q3G.js";
import {
  EXIT,
  useColor
} from "./chunk-5BTLSYB3.js";
import {
  renderSite
} from "./chunk-LVMNPJUU.js";
import {
  loadSite
} from "./chunk-S23H6RSW.js";
import "./chunk-QGBYRSYB.js";
import "./chunk-BRDAFRXC.js";
import "./chunk-DJXUAFTC.js";
import "./chunk-F522ZLBN.js";
import "./chunk-UHZN63ZL.js";
import "./chunk-A2AXCRP6.js";
import "./chunk-ARZ2MO6U.js";
import "./chunk-OYTPAMKN.js";
import "./chunk-YDLX56YM.js";
import "./chunk-SUMJWZ6U.js";
import "./chunk-2DVWRVNC.js";
import "./chunk-V5G7W6GZ.js";
import "./chunk-LDYINIK6.js";
import "./chunk-4L3TKDER.js";
import {
  VFile
} from "./chunk-2LHYGFIJ.js";
import "./chunk-7M4XFPZV.js";
import "./chunk-UM7H22DT.js";
import {
  buildVersion
} from "./chunk-YSZOIMHP.js";
import {
  didYouMean
} from "./chunk-HD5MTZOP.js";
import {
  report
} from "./chunk-ATHEYLYN.js";
import {
  renderCliMessages,
  t,
  themeMessages
} from "./chunk-OWIXN4P4.js";
import "./chunk-W666XFH3.js";
import "./chunk-6YQ3DZCD.js";
import "./chunk-S4VC6IKX.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-EP4KRDZC.js";

// src/cli/commands/run-render.ts
import { mkdirSync } from "node:fs";
import path3 from "node:path";

// src/cli/commands/stale-assets.ts
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
var ASSET = /^assets\/[0-9a-f]{64}\.(?:jpg|png)$/;
var isPage = (slug, file) => slug.length > 0 && !/[/\\]/.test(slug) && slug !== "." && slug !== ".." && file === `${slug}.html`;
var entryAssets = (entry) => [...entry.images, ...entry.cover ? [entry.cover] : []].map((i) => i.file);
function readPreviousManifest(outDir) {
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(path.join(outDir, "manifest.json"), "utf8"));
  } catch {
    return [];
  }
  if (!isObject(parsed) || parsed.version !== 1 || !Array.isArray(parsed.articles)) return [];
  const entries = [];
  const seen = /* @__PURE__ */ new Set();
  for (const raw of parsed.articles) {
    if (!isObject(raw)) continue;
    const { slug, file, images, cover } = raw;
    if (typeof slug !== "string" || typeof file !== "string" || !isPage(slug, file) || seen.has(slug))
      continue;
    if (!Array.isArray(images) || !images.every(isImage) || !(cover === null || cover === void 0 || isImage(cover)))
      continue;
    seen.add(slug);
    entries.push({ ...raw, slug, file, images, cover: cover ?? null });
  }
  return entries;
}
function mergeManifest(outDir, previous, current, rendered, existing) {
  const bySlug = /* @__PURE__ */ new Map();
  for (const entry of previous) {
    if (rendered.has(entry.slug) || !existing.has(entry.slug)) continue;
    if ([entry.file, ...entryAssets(entry)].every((f) => existsSync(path.join(outDir, f))))
      bySlug.set(entry.slug, entry);
  }
  for (const entry of current) bySlug.set(entry.slug, entry);
  const articles = [...bySlug.values()].sort((a, b) => a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
  const listedPages = new Set(articles.map((a) => a.file));
  const listedAssets = new Set(articles.flatMap(entryAssets));
  const pages = /* @__PURE__ */ new Set();
  const assets = /* @__PURE__ */ new Set();
  for (const entry of previous) {
    if (!listedPages.has(entry.file)) pages.add(entry.file);
    for (const file of entryAssets(entry)) if (!listedAssets.has(file)) assets.add(file);
  }
  return { articles, stale: { pages: [...pages].sort(), assets: [...assets].sort() } };
}
function removeFiles(outDir, files) {
  const removed = [];
  for (const file of files) {
    const target = path.join(outDir, file);
    if (!existsSync(target)) continue;
    try {
      rmSync(target);
      removed.push(file);
    } catch {
    }
  }
  return removed;
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isImage = (v) => isObject(v) && typeof v.file === "string" && ASSET.test(v.file);

// src/cli/commands/create-render-writer.ts
import { readFileSync as readFileSync2, statSync, writeFileSync } from "node:fs";
import path2 from "node:path";
function createRenderWriter(out, previous, files) {
  let failure;
  const ours = /* @__PURE__ */ new Set(["manifest.json", ...previous.flatMap((e) => [e.file, ...entryAssets(e)])]);
  const overwritten = [];
  const write = (file, data, hash) => {
    const target = path2.join(out, file);
    try {
      if (failure) return;
      const stats = statOf(target);
      if (hash !== void 0 && stats && files?.known(target, stats) === hash) return;
      const bytes = typeof data === "function" ? data() : data;
      const found = holds(target, bytes);
      if (found === "same") {
        if (hash !== void 0 && stats) files?.record(target, stats, Buffer.alloc(0), hash);
        return;
      }
      if (found === "other" && !ours.has(file)) overwritten.push(file);
      writeFileSync(target, bytes);
    } catch (error) {
      failure = error;
    }
  };
  const assets = /* @__PURE__ */ new Set();
  const onRendered = (slug, result) => {
    if (!result.html) return;
    write(`${slug}.html`, result.html);
    for (const image of [...result.images, ...result.cover ? [result.cover] : []]) {
      if (assets.has(image.file)) continue;
      assets.add(image.file);
      write(image.file, () => image.data, image.hash);
    }
  };
  return { write, onRendered, failure: () => failure, overwritten };
}
function holds(target, data) {
  let existing;
  try {
    existing = readFileSync2(target);
  } catch {
    return "absent";
  }
  const bytes = typeof data === "string" ? Buffer.from(data) : data;
  return existing.equals(bytes) ? "same" : "other";
}
function statOf(target) {
  try {
    return statSync(target);
  } catch {
    return void 0;
  }
}

// src/cli/commands/run-render.ts
async function runRender(io, slugs, flags) {
  const version = buildVersion();
  const chromium = io.env.CHROMIUM_PATH || void 0;
  const site = await loadSite({
    root: io.cwd,
    config: flags.config,
    content: flags.content,
    slugs,
    cacheVersion: flags.cache ? version : void 0,
    // many uncached articles: helper threads render some of them
    helpers: flags.cache ? { lint: false, themeId: flags.theme, version, jobs: flags.jobs, chromium } : void 0
  });
  const json = flags.format === "json" ? checkUsageJson : void 0;
  if (flags.theme && site.usage.messages.length === 0) {
    const { listThemes } = await import("./chunk-JUJGTJZM.js");
    const ids = await listThemes({ root: site.root, themeDirs: site.config.themeDirs });
    if (!ids.includes(flags.theme)) {
      const s = didYouMean(flags.theme, ids);
      report(site.usage, "error", "cli/unknown-theme", "theme", themeMessages.msg.notFound({ id: flags.theme }), {
        value: flags.theme,
        hint: themeMessages.msg.availableFlag({ s: s ?? "", list: ids.join(", ") })
      });
    }
  }
  const locale = flags.locale ?? site.config.locale;
  if (reportUsage(io, site, json, locale)) {
    await site.helpers?.stop();
    return EXIT.usage;
  }
  const out = path3.resolve(io.cwd, flags.out);
  try {
    mkdirSync(path3.join(out, "assets"), { recursive: true });
  } catch (error) {
    const cannot = renderCliMessages.msg.cannotCreate({ out: flags.out, error: error.message });
    io.stderr.write(`${t(locale, cannot)}
`);
    await site.helpers?.stop();
    return EXIT.usage;
  }
  const previous = readPreviousManifest(out);
  const { write, onRendered, failure, overwritten } = createRenderWriter(
    out,
    previous,
    flags.cache ? site.cache.files : void 0
  );
  const { results, themeFiles } = await renderSite(site, {
    themeId: flags.theme,
    chromium,
    noCache: !flags.cache,
    version,
    onRendered,
    keepImageBytes: false
  });
  reportUsage(io, site, void 0, locale);
  const current = [];
  for (const article of site.selected) {
    const result = results.get(article.slug);
    if (!result?.html) continue;
    const strip = ({ data: _d, ...rest }) => rest;
    current.push({
      slug: article.slug,
      file: `${article.slug}.html`,
      source: article.path,
      theme: result.theme,
      contentHash: result.contentHash,
      images: result.images.map(strip),
      cover: result.cover ? strip(result.cover) : null,
      size: { text: result.size.text, htmlBytes: result.size.htmlBytes }
    });
  }
  const merged = mergeManifest(
    out,
    previous,
    current,
    new Set(site.selected.map((a) => a.slug)),
    new Set(site.articles.map((a) => a.slug))
  );
  write("manifest.json", `${JSON.stringify({ version: 1, articles: merged.articles }, null, 2)}
`);
  if (flags.cache) await site.cache.flush();
  const failed = failure();
  if (failed) {
    io.stderr.write(`${t(locale, renderCliMessages.msg.cannotWrite({ out: flags.out, error: failed.message }))}
`);
    return EXIT.usage;
  }
  const removedPages = removeFiles(out, merged.stale.pages);
  const removed = removeFiles(out, merged.stale.assets);
  const files = [
    ...site.selected.map((a) => ({ file: a.file, path: a.path })),
    ...themeFiles.map((f) => ({ file: f, path: f.path }))
  ];
  const shownOut = path3.relative(site.root, out).split(path3.sep).join("/") || ".";
  for (const name of overwritten) {
    const shown = `${shownOut}/${name}`;
    const slug = name.endsWith(".html") ? name.slice(0, -".html".length) : void 0;
    const file = new VFile({ path: shown, cwd: site.root });
    report(file, "warning", "cli/overwrote-file", "render", renderCliMessages.msg.overwrote({ shown, out: shownOut }), {
      value: shown,
      hint: renderCliMessages.msg.overwroteHint({ slug: slug ?? "", shown, out: shownOut })
    });
    files.push({ file, path: shown });
  }
  if (site.loadedConfig.file && site.loadedConfig.path)
    files.push({ file: site.loadedConfig.file, path: site.loadedConfig.path });
  const diagnostics = collectDiagnostics(files, locale);
  const summary = summarize(diagnostics, site.selected.length);
  if (flags.format === "json") {
    io.stdout.write(
      reportJson(
        site.selected.map((a) => ({ file: a.path, slug: a.slug, errors: 0, warnings: 0 })),
        diagnostics,
        summary
      )
    );
  } else {
    const say = (message) => io.stdout.write(`${t(locale, message)}
`);
    io.stdout.write(
      reportPretty(diagnostics, summary, {
        color: useColor(io),
        // infos stay hidden, but for a diagram left as code: the output differs from what was asked
        quiet: { keep: ["render/mermaid-skipped"] },
        locale,
        perRule: PRETTY_PER_RULE
      })
    );
    for (const entry of current) {
      io.stdout.write(`  ${entry.slug}: ${sizeLine(results.get(entry.slug).size, locale)}
`);
    }
    const shownDir = path3.relative(io.cwd, out) || ".";
    say(renderCliMessages.msg.renderedCount({ n: current.length, of: site.selected.length, out: shownDir }));
    if (removedPages.length > 0) {
      say(renderCliMessages.msg.removedPages({ n: removedPages.length, list: removedPages.join(", ") }));
    }
    const assetsDir = path3.relative(io.cwd, path3.join(out, "assets")) || ".";
    if (removed.length > 0) say(renderCliMessages.msg.removedImages({ n: removed.length, dir: assetsDir }));
  }
  if (site.loadedConfig.failed) return EXIT.usage;
  return summary.errors > 0 ? EXIT.errors : EXIT.ok;
}
function sizeLine(size, locale) {
  return t(locale, renderCliMessages.msg.sizeLine({ text: size.text, kb: (size.htmlBytes / 1024).toFixed(1) }));
}
export {
  runRender
};
