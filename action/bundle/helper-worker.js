import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  siteLinter
} from "./chunk-N2467WQW.js";
import {
  renderSite
} from "./chunk-LVMNPJUU.js";
import {
  DONE,
  NEXT,
  WAITING,
  createCache,
  loadArticle
} from "./chunk-S23H6RSW.js";
import "./chunk-QGBYRSYB.js";
import "./chunk-BRDAFRXC.js";
import "./chunk-DJXUAFTC.js";
import "./chunk-F522ZLBN.js";
import "./chunk-UHZN63ZL.js";
import {
  loadConfig
} from "./chunk-A2AXCRP6.js";
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
import "./chunk-HD5MTZOP.js";
import "./chunk-ATHEYLYN.js";
import "./chunk-OWIXN4P4.js";
import "./chunk-W666XFH3.js";
import "./chunk-6YQ3DZCD.js";
import "./chunk-S4VC6IKX.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-EP4KRDZC.js";

// src/site/helper-worker.ts
import { workerData } from "node:worker_threads";
var data = workerData;
var state = new Int32Array(data.shared);
var loadedConfig = await loadConfig(data.root, data.configPath);
var cache = createCache(data.cacheDir, { compact: false, saveFiles: false, build: data.version });
var site = {
  root: data.root,
  contentDir: "",
  config: loadedConfig.config,
  loadedConfig,
  articles: [],
  selected: [],
  usage: new VFile(),
  cacheDir: data.cacheDir,
  cache,
  helpers: void 0
};
var taken = /* @__PURE__ */ new Map();
var primed = false;
var next = async () => {
  const i = Atomics.add(state, NEXT, 1);
  if (i >= data.items.length) return void 0;
  const { slug, absolutePath, sameAs } = data.items[i];
  taken.set(slug, i);
  if (!primed) primed = cache.refresh();
  return loadArticle({
    root: data.root,
    absolutePath,
    slug,
    sameAs,
    config: site.config,
    cache: { store: cache, salt: data.version }
  });
};
var BATCH = 64;
var unflushed = [];
var publish = async () => {
  const done = unflushed.splice(0);
  await cache.flush();
  for (const i of done) {
    Atomics.store(state, DONE + i, 1);
    Atomics.notify(state, DONE + i);
  }
};
var finished = (slug) => {
  unflushed.push(taken.get(slug));
  if (unflushed.length >= BATCH || Atomics.load(state, WAITING) === 1) void publish();
};
var lint = data.lint ? siteLinter(site, { cacheDir: data.cacheDir, version: data.version }) : void 0;
await renderSite(site, {
  version: data.version,
  themeId: data.themeId,
  chromium: data.chromium,
  imageData: false,
  // no HTML returned: image conversions are deferred to the main thread (once per photo and run)
  html: false,
  lint,
  next,
  onRendered: finished
});
await publish();
