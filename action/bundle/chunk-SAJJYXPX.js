import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  hashKey,
  siteCache
} from "./chunk-MAAVQ6YI.js";
import {
  recordsSince,
  replayRecords
} from "./chunk-P4KCHI4V.js";

// src/site/lint-site.ts
function lintKey(site, article, version) {
  return hashKey(
    "lint",
    version,
    JSON.stringify(site.config),
    site.loadedConfig.codeHash,
    article.path,
    article.hash
  );
}
function siteLinter(site, options) {
  const cache = siteCache(site, options.cacheDir);
  let linter;
  const lint = async (article, parsed) => {
    if (!article.readable) return;
    const key = lintKey(site, article, options.version);
    const hit = await cache.get("lint", key);
    if (hit) {
      replayRecords(article.file, hit);
      return;
    }
    linter ??= import("./chunk-6JGTQFS6.js").then((m) => m.createLinter({ config: site.config }));
    const linted = await linter;
    const before = article.file.messages.length;
    linted.lint(article, parsed);
    await cache.set("lint", key, recordsSince(article.file, before));
  };
  return { lint, isCached: (article) => cache.has("lint", lintKey(site, article, options.version)) };
}

export {
  siteLinter
};
