import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  siteCache
} from "./chunk-S23H6RSW.js";
import {
  recordsSince,
  replayRecords
} from "./chunk-DJXUAFTC.js";
import {
  hashKey
} from "./chunk-A2AXCRP6.js";

// src/site/lint-site.ts
function lintKey(site, article, version, configJson) {
  return hashKey(
    "lint",
    version,
    configJson ?? JSON.stringify(site.config),
    site.loadedConfig.codeHash,
    article.path,
    article.hash
  );
}
function siteLinter(site, options) {
  const cache = siteCache(site, options.cacheDir);
  const configJson = JSON.stringify(site.config);
  const keys = /* @__PURE__ */ new Map();
  const keyOf = (article) => {
    let known = keys.get(article);
    if (known?.hash !== article.hash) {
      known = { hash: article.hash, key: lintKey(site, article, options.version, configJson) };
      keys.set(article, known);
    }
    return known.key;
  };
  let linter;
  const lint = async (article, parsed) => {
    if (!article.readable) return;
    const key = keyOf(article);
    const hit = await cache.get("lint", key);
    if (hit) {
      replayRecords(article.file, hit);
      return;
    }
    linter ??= import("./chunk-ZYDRHRDO.js").then((m) => m.createLinter({ config: site.config }));
    const linted = await linter;
    const before = article.file.messages.length;
    linted.lint(article, parsed);
    await cache.set("lint", key, recordsSince(article.file, before));
  };
  return { lint, isCached: (article) => cache.has("lint", keyOf(article)) };
}

export {
  siteLinter
};
