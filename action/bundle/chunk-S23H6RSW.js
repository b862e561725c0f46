import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  fieldPosition
} from "./chunk-QGBYRSYB.js";
import {
  recordsSince,
  replayRecords
} from "./chunk-DJXUAFTC.js";
import {
  resolveAsset,
  staysInside
} from "./chunk-UHZN63ZL.js";
import {
  hashKey,
  loadConfig
} from "./chunk-A2AXCRP6.js";
import {
  inspectFile
} from "./chunk-OYTPAMKN.js";
import {
  LINE1,
  blankArticle
} from "./chunk-2DVWRVNC.js";
import {
  VFile
} from "./chunk-2LHYGFIJ.js";
import {
  didYouMean
} from "./chunk-HD5MTZOP.js";
import {
  report
} from "./chunk-ATHEYLYN.js";
import {
  cliMiscMessages,
  commonMessages,
  configMessages,
  contentMessages,
  imageFileMessages,
  renderImageMessages
} from "./chunk-OWIXN4P4.js";

// src/cache/create-cache.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { existsSync as existsSync3, readdirSync, unlinkSync as unlinkSync2 } from "node:fs";
import path3 from "node:path";

// src/cache/blob-reader.ts
import { existsSync, readFileSync } from "node:fs";
var BUDGET = 64 * 1024 * 1024;
function blobReader(fileOf, budget = BUDGET) {
  const kept = /* @__PURE__ */ new Map();
  let chars = 0;
  return (id) => {
    const file = fileOf(id);
    let text = kept.get(id);
    if (text !== void 0) return existsSync(file) ? text : void 0;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      return void 0;
    }
    if (chars + text.length <= budget) {
      kept.set(id, text);
      chars += text.length;
    }
    return text;
  };
}

// src/cache/file-hashes.ts
import { createHash } from "node:crypto";
import { existsSync as existsSync2, readFileSync as readFileSync3, statSync } from "node:fs";
import path2 from "node:path";

// src/cache/pack-file.ts
import { isAscii } from "node:buffer";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync as readFileSync2, renameSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
var HEADER = "wxpress-cache 1\n";
var BUILD = "@build	";
function packText(lines, build) {
  return HEADER + (build ? `${BUILD}${build}
` : "") + lines.join("");
}
var decodePack = (bytes) => bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
function readPackFile(file) {
  try {
    return decodePack(readFileSync2(file));
  } catch {
    return void 0;
  }
}
function packBuild(text) {
  if (!text.startsWith(HEADER + BUILD)) return void 0;
  const from = HEADER.length + BUILD.length;
  return text.slice(from, text.indexOf("\n", from));
}
function indexPack(text, into, stale = false) {
  if (!text.startsWith(HEADER)) return;
  for (let at = HEADER.length, end = text.indexOf("\n", at); end > 0; at = end + 1, end = text.indexOf("\n", at)) {
    const tab = text.indexOf("	", text.indexOf("	", at) + 1);
    if (tab < 0 || tab > end) continue;
    const id = text.slice(at, tab);
    if (!into.has(id))
      into.set(id, stale ? { text, start: tab + 1, end, stale } : { text, start: tab + 1, end });
  }
}
function asciiJson(json) {
  return NON_ASCII.test(json) ? json.replace(NON_ASCII_RUNS, escapeRun) : json;
}
var NON_ASCII = /[^\x00-\x7f]/;
var NON_ASCII_RUNS = /[^\x00-\x7f]+/g;
function escapeRun(run) {
  let out = "";
  for (let i = 0; i < run.length; i++) out += `\\u${run.charCodeAt(i).toString(16).padStart(4, "0")}`;
  return out;
}
function writeWhole(file, data) {
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${randomBytes(4).toString("hex")}.tmp`
  );
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, data);
    renameSync(temporary, file);
    return true;
  } catch {
    attempt(() => unlinkSync(temporary));
    return false;
  }
}
function attempt(action) {
  try {
    action();
  } catch {
  }
}

// src/cache/file-hashes.ts
var HEADER2 = "wxpress-files 1";
var RACY_MS = 1e3;
var sha256 = (data) => createHash("sha256").update(data).digest("hex");
function createFileHashes(dir, options = {}) {
  const startMs = options.startMs ?? Date.now();
  const stats = { known: 0, hashed: 0 };
  const file = dir && path2.join(dir, "files.json");
  const entries = load(file);
  const seen = /* @__PURE__ */ new Set();
  let changed = false;
  const settled = (info) => Math.max(info.mtimeMs, info.ctimeMs) < startMs - RACY_MS;
  const record = (name, info, bytes, given) => {
    if (given === void 0) stats.hashed++;
    const hash = given ?? sha256(bytes);
    const key = path2.resolve(name);
    seen.add(key);
    if (settled(info)) {
      entries.set(key, [info.size, info.mtimeMs, info.ctimeMs, info.ino, hash]);
      changed = true;
    } else if (entries.delete(key)) changed = true;
    return hash;
  };
  const known = (name, info) => {
    const key = path2.resolve(name);
    seen.add(key);
    const entry = entries.get(key);
    if (!entry || !info.isFile() || entry[0] !== info.size || entry[1] !== info.mtimeMs || entry[2] !== info.ctimeMs || entry[3] !== info.ino)
      return void 0;
    stats.known++;
    return entry[4];
  };
  return {
    stats,
    known,
    record,
    settled,
    hash(name) {
      try {
        const info = statSync(name);
        if (!info.isFile()) return void 0;
        return known(name, info) ?? record(name, info, readFileSync3(name));
      } catch {
        return void 0;
      }
    },
    save() {
      if (!file || !changed || options.readOnly) return;
      for (const key of entries.keys()) if (!seen.has(key) && !existsSync2(key)) entries.delete(key);
      const lines = [...entries].map(([key, entry]) => JSON.stringify([key, ...entry]));
      if (writeWhole(file, `${HEADER2}
${lines.join("\n")}
`)) changed = false;
    }
  };
}
function load(file) {
  const entries = /* @__PURE__ */ new Map();
  let text;
  try {
    text = file ? readFileSync3(file, "utf8") : "";
  } catch {
    return entries;
  }
  const lines = text.split("\n");
  if (lines[0] !== HEADER2) return entries;
  for (const line of lines.slice(1)) {
    try {
      const [key, size, mtime, ctime, ino, hash] = JSON.parse(line);
      if (typeof key === "string" && typeof hash === "string" && [size, mtime, ctime, ino].every(isNumber))
        entries.set(key, [size, mtime, ctime, ino, hash]);
    } catch {
    }
  }
  return entries;
}
var isNumber = (value) => typeof value === "number";

// src/cache/create-cache.ts
var MAX_PACKS = 16;
var BLOB_SIZE = 64 * 1024;
var BLOB = "@";
var MAX_BYTES = 256 * 1024 * 1024;
var LASTING = /* @__PURE__ */ new Set(["asset", "image", "diagram"]);
function createCache(dir, options = {}) {
  const stats = { hits: 0, misses: 0, writes: 0, packChars: 0 };
  const shelves = /* @__PURE__ */ new Map();
  const entries = /* @__PURE__ */ new Map();
  const pending = /* @__PURE__ */ new Map();
  const used = /* @__PURE__ */ new Set();
  const packs = /* @__PURE__ */ new Set();
  let scanned = false;
  let stalePacks = 0;
  let files;
  const fileHashes = () => files ??= createFileHashes(options.lazy ? void 0 : dir, { readOnly: options.saveFiles === false });
  const scan = () => {
    scanned = true;
    let names;
    try {
      names = readdirSync(dir);
    } catch {
      return false;
    }
    const before = packs.size;
    for (const name of names) if (name.endsWith(".pack") && !packs.has(name)) readPack(name);
    return packs.size > before;
  };
  const readPack = (name) => {
    const text = readPackFile(path3.join(dir, name));
    if (text !== void 0) addPack(name, text);
  };
  const addPack = (name, text) => {
    packs.add(name);
    stats.packChars += text.length;
    const stale = options.build !== void 0 && packBuild(text) !== options.build;
    if (stale) stalePacks++;
    indexPack(text, entries, stale);
  };
  const blobFile = (id) => path3.join(dir, "blobs", `${id.replace("	", "-")}.json`);
  const packed = (id) => {
    if (!scanned) scan();
    const entry = entries.get(id);
    return pending.get(id) ?? entry?.text.slice(entry.start, entry.end);
  };
  const readBlob = blobReader(blobFile);
  const lookup = (id) => {
    const text = packed(id);
    return text === BLOB ? readBlob(id) : text;
  };
  const writePack = (lines) => {
    const name = `${Date.now().toString(36)}-${randomBytes2(6).toString("hex")}.pack`;
    const text = packText(lines, options.build);
    if (!writeWhole(path3.join(dir, name), text)) return false;
    addPack(name, text);
    return true;
  };
  const merge = () => {
    scan();
    let bytes = 0;
    for (const entry of entries.values()) bytes += entry.end - entry.start;
    const keep = [...entries].filter(
      ([id, e]) => used.has(id) || bytes <= MAX_BYTES && (!e.stale || LASTING.has(id.slice(0, id.indexOf("	"))))
    );
    const lines = keep.map(([id, e]) => `${id}	${e.text.slice(e.start, e.end)}
`);
    const old = [...packs];
    const before = new Map(entries);
    entries.clear();
    if (!writePack(lines)) {
      for (const [id, entry] of before) entries.set(id, entry);
      return;
    }
    for (const name of old) {
      attempt(() => unlinkSync2(path3.join(dir, name)));
      packs.delete(name);
    }
    stalePacks = 0;
  };
  return {
    stats,
    get files() {
      return fileHashes();
    },
    async get(namespace, key) {
      const id = `${namespace}	${key}`;
      const text = dir ? lookup(id) : void 0;
      try {
        if (text !== void 0) {
          const value = JSON.parse(text);
          stats.hits++;
          used.add(id);
          return value;
        }
      } catch {
      }
      stats.misses++;
      return void 0;
    },
    async has(namespace, key) {
      if (!dir) return false;
      const id = `${namespace}	${key}`;
      const text = packed(id);
      return text === BLOB ? existsSync3(blobFile(id)) : text !== void 0;
    },
    async set(namespace, key, value) {
      if (!dir) return;
      const id = `${namespace}	${key}`;
      const text = JSON.stringify(value);
      if (text === void 0) return;
      const json = options.ascii === false ? text : asciiJson(text);
      if (json.length <= BLOB_SIZE) pending.set(id, json);
      else if (writeWhole(blobFile(id), json)) pending.set(id, BLOB);
      used.add(id);
    },
    async flush() {
      for (const shelf of shelves.values()) await shelf.flush();
      files?.save();
      if (!dir || pending.size === 0) return;
      if (!scanned) scan();
      const written = [...pending];
      pending.clear();
      if (!writePack(written.map(([id, json]) => `${id}	${json}
`))) return;
      stats.writes += written.length;
      if (options.compact !== false && (packs.size > MAX_PACKS || stalePacks > 0)) merge();
    },
    refresh() {
      let found = false;
      for (const shelf of shelves.values()) found = shelf.refresh() || found;
      return dir && (scanned || !options.lazy) ? scan() || found : found;
    },
    shelf(name) {
      let shelf = shelves.get(name);
      const lazy2 = { ...options, lazy: true, ascii: false };
      if (!shelf) shelves.set(name, shelf = createCache(dir && path3.join(dir, name), lazy2));
      return shelf;
    },
    empty() {
      if (!dir) return true;
      if (!scanned) scan();
      return packs.size === 0;
    }
  };
}

// src/content/load-article.ts
import { lstatSync, readFileSync as readFileSync5 } from "node:fs";
import path8 from "node:path";

// src/content/cached-content.ts
function packContent(article, text, records) {
  const { markdown, frontmatter, fields, block, slot, readable } = article;
  const fieldsOnly = { frontmatter, fields, block, slot, readable };
  if (article.brokenFrontmatter) fieldsOnly.brokenFrontmatter = true;
  const body = bodyOf(markdown, text);
  return body ? { article: fieldsOnly, body, records } : { article: { ...fieldsOnly, markdown }, records };
}
function unpackContent(record, text) {
  if (!record.body) return typeof record.article.markdown === "string" ? record.article : void 0;
  const { lines, from } = record.body;
  return { ...record.article, markdown: "\n".repeat(lines) + text.slice(from) };
}
function bodyOf(markdown, text) {
  let lines = 0;
  while (lines < markdown.length && markdown.charCodeAt(lines) === 10) lines++;
  const rest = markdown.length - lines;
  if (rest > text.length) return void 0;
  const from = text.length - rest;
  return text.endsWith(markdown.slice(lines)) ? { lines, from } : void 0;
}

// src/content/lazy-content.ts
import { readFileSync as readFileSync4 } from "node:fs";

// src/content/decode-source.ts
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
function decodeSource(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) {
    return { ok: false, reason: "the file is UTF-16 encoded" };
  }
  try {
    const text = utf8.decode(bytes);
    return { ok: true, text: text.replace(/\r\n?/g, "\n") };
  } catch {
    return { ok: false, reason: "the file is not valid UTF-8 (GBK or another legacy encoding?)" };
  }
}

// src/content/lazy-content.ts
async function replayContent(article, store, key, absolutePath, hash) {
  const hit = await store.get("content", key);
  if (!hit || !hit.body && typeof hit.article?.markdown !== "string" || !Array.isArray(hit.records))
    return false;
  let text;
  const source = () => {
    if (text !== void 0) return text;
    const bytes = readFileSync4(absolutePath);
    const decoded = sha256(bytes) === hash ? decodeSource(bytes) : void 0;
    if (!decoded?.ok) throw new Error(`${article.path} changed while wxpress was running`);
    text = decoded.text;
    return text;
  };
  let markdown;
  const { markdown: _stored, ...fields } = hit.article;
  Object.assign(article, fields);
  lazy(article, "markdown", () => markdown ??= unpackContent(hit, source()).markdown);
  lazy(article.file, "value", source);
  replayRecords(article.file, hit.records);
  return true;
}
function lazy(object, key, get) {
  Object.defineProperty(object, key, {
    configurable: true,
    enumerable: true,
    get,
    set(value) {
      Object.defineProperty(object, key, { configurable: true, enumerable: true, writable: true, value });
    }
  });
}

// src/core/case-twin.ts
import { readdirSync as readdirSync2 } from "node:fs";
import path4 from "node:path";
function caseTwin(absolute) {
  const name = path4.basename(absolute);
  try {
    return readdirSync2(path4.dirname(absolute)).find(
      (n) => n !== name && n.toLowerCase() === name.toLowerCase()
    );
  } catch {
    return void 0;
  }
}

// src/content/check-cover.ts
import path5 from "node:path";

// src/content/inside-suggestion.ts
import { statSync as statSync2 } from "node:fs";
function insideSuggestion(dir, ref) {
  const slashed = ref.trim().replace(/[?#].*$/, "").replace(/\\/g, "/");
  const rooted = slashed.replace(/^(?:file:\/*|[a-z]:\/|\/+)/i, "").replace(/^(?:\.\.?\/)+/, "");
  const name = slashed.split("/").pop() ?? "";
  for (const candidate of [rooted, name]) {
    if (!candidate) continue;
    const resolved = resolveAsset(dir, candidate);
    if (!resolved.ok) continue;
    try {
      if (statSync2(resolved.absolute).isFile() && staysInside(dir, resolved.absolute)) return candidate;
    } catch {
    }
  }
  return void 0;
}

// src/content/check-cover.ts
var { msg } = contentMessages;
async function checkCover(article, cover) {
  const place = fieldPosition(article, "cover");
  const resolved = resolveAsset(article.dir, cover);
  if (!resolved.ok) {
    const remote = resolved.reason === "remote" || resolved.reason === "data";
    report(
      article.file,
      "error",
      remote ? "image/remote" : "image/outside-root",
      "content",
      remote ? msg.coverRemote({ cover }) : msg.coverOutside({ cover }),
      {
        place,
        field: "cover",
        value: cover,
        hint: remote ? msg.coverRemoteHint() : coverOutsideHint(article.dir, cover)
      }
    );
    return void 0;
  }
  const problem = inspectFile(resolved.absolute, article.dir);
  if (problem?.kind === "missing") {
    report(article.file, "error", "image/missing", "content", msg.coverMissing({ cover }), {
      place,
      field: "cover",
      value: cover,
      hint: twinOf(resolved.absolute) ?? msg.coverMissingHint({ path: `${path5.posix.dirname(article.path)}/${resolved.relative}` })
    });
    return void 0;
  }
  if (problem?.kind === "outside") {
    report(article.file, "error", "image/outside-root", "content", msg.coverLink({ cover }), {
      place,
      field: "cover",
      value: cover,
      hint: msg.coverLinkHint()
    });
    return void 0;
  }
  if (problem) {
    report(
      article.file,
      "error",
      "image/not-regular-file",
      "content",
      cliMiscMessages.msg.coverNotRegular({ type: problem.type, cover }),
      {
        place,
        field: "cover",
        value: cover,
        hint: cliMiscMessages.msg.coverNotRegularHint()
      }
    );
    return void 0;
  }
  return resolved.absolute;
}
function coverOutsideHint(dir, cover) {
  const meant = insideSuggestion(dir, cover);
  const rooted = /^[\\/]/.test(cover.trim()) ? 1 : 0;
  return meant ? renderImageMessages.msg.outsideMeantHint({ path: meant, rooted }) : msg.coverOutsideHint();
}
function twinOf(absolute) {
  const twin = caseTwin(absolute);
  return twin ? imageFileMessages.msg.caseTwinHint({ twin }) : void 0;
}

// src/content/check-folder-name.ts
import path6 from "node:path";
var NAME_MAX = 255;
var LONGEST_SUFFIX = ".json.00000000.tmp".length;
var FOLDER_NAME_MAX = NAME_MAX - LONGEST_SUFFIX;
function checkFolderName(article) {
  const bytes = Buffer.byteLength(article.slug, "utf8");
  if (bytes <= FOLDER_NAME_MAX) return;
  const { msg: msg5 } = contentMessages;
  const folder = path6.posix.dirname(article.path);
  const max = FOLDER_NAME_MAX;
  report(
    article.file,
    "error",
    "content/folder-name-too-long",
    "content",
    msg5.folderTooLong({ folder, bytes, max }),
    {
      place: LINE1,
      value: article.slug,
      hint: msg5.folderTooLongHint({ max, chars: Math.floor(max / 3) })
    }
  );
}

// src/content/report-same-folder.ts
import { realpathSync } from "node:fs";
import path7 from "node:path";
var { msg: msg2 } = cliMiscMessages;
function reportSameFolder(file, root, absolutePath, sameAs) {
  const link = path7.dirname(absolutePath);
  const shown = (p) => p.split(path7.sep).join("/");
  const linkRel = shown(path7.relative(root, link));
  const other = path7.posix.join(path7.posix.dirname(linkRel), sameAs);
  let target = other;
  try {
    target = shown(path7.relative(realpathSync(root), realpathSync(link)));
  } catch {
  }
  report(
    file,
    "error",
    "content/duplicate-folder",
    "content",
    msg2.articleFolderTwice({ path: linkRel, target, other }),
    { place: LINE1, value: linkRel, hint: msg2.articleFolderTwiceHint({ path: linkRel }) }
  );
}

// src/content/load-article.ts
var { msg: msg3 } = contentMessages;
async function loadArticle(input) {
  const { root, absolutePath, slug, config } = input;
  const rel = path8.relative(root, absolutePath).split(path8.sep).join("/");
  const file = new VFile({ path: rel, cwd: root, value: "" });
  const article = blankArticle({ slug, path: rel, dir: path8.dirname(absolutePath), file });
  let stats;
  const problem = inspectFile(absolutePath, root, (regular) => {
    stats = regular;
  });
  if (problem && problem.kind !== "missing") {
    const outside = problem.kind === "outside";
    const folder = outside && isLink(path8.dirname(absolutePath));
    report(
      file,
      "error",
      outside ? "content/outside-root" : "content/not-regular-file",
      "content",
      folder ? cliMiscMessages.msg.articleFolderLink({ path: path8.posix.dirname(rel) }) : outside ? cliMiscMessages.msg.articleLink({ path: rel }) : cliMiscMessages.msg.articleNotRegular({ type: problem.type, path: rel }),
      {
        place: LINE1,
        value: rel,
        hint: folder ? cliMiscMessages.msg.articleFolderLinkHint() : outside ? cliMiscMessages.msg.articleLinkHint() : cliMiscMessages.msg.articleNotRegularHint()
      }
    );
    return article;
  }
  if (input.sameAs !== void 0) {
    reportSameFolder(file, root, absolutePath, input.sameAs);
    return article;
  }
  const files = input.cache?.store.files;
  const known = stats && files?.known(absolutePath, stats);
  const keyOf = (hash) => input.cache && hashKey("content", input.cache.salt, input.configJson?.() ?? JSON.stringify(config), rel, hash);
  if (known && await replayContent(article, input.cache.store, keyOf(known), absolutePath, known)) {
    article.hash = known;
  } else {
    const text = readText(
      article,
      absolutePath,
      (bytes) => stats && files ? files.record(absolutePath, stats, bytes) : sha256(bytes)
    );
    if (text === void 0) return article;
    file.value = text;
    const key = keyOf(article.hash);
    const hit = key ? await input.cache?.store.get("content", key) : void 0;
    const cached = hit && unpackContent(hit, text);
    if (hit && cached) {
      Object.assign(article, cached);
      replayRecords(file, hit.records);
    } else {
      const { parseSource } = await import("./chunk-TZJRF7MB.js");
      parseSource(article, text, config);
      const record = key ? packContent(article, text, recordsSince(file, 0)) : void 0;
      if (key) await input.cache?.store.set("content", key, record);
    }
  }
  checkFolderName(article);
  if (article.frontmatter.cover !== void 0)
    article.coverPath = await checkCover(article, article.frontmatter.cover);
  return article;
}
function readText(article, absolutePath, hashOf) {
  const { file } = article;
  let bytes;
  try {
    bytes = readFileSync5(absolutePath);
  } catch (error) {
    report(
      file,
      "error",
      "content/unreadable",
      "content",
      msg3.unreadable({ error: error.message }),
      {
        place: LINE1,
        hint: msg3.unreadableHint()
      }
    );
    return void 0;
  }
  article.hash = hashOf(bytes);
  const decoded = decodeSource(bytes);
  if (!decoded.ok) {
    report(
      file,
      "error",
      "content/encoding",
      "content",
      msg3.encoding({ utf16: decoded.reason.includes("UTF-16") ? 1 : 0 }),
      {
        place: LINE1,
        hint: msg3.encodingHint()
      }
    );
    return void 0;
  }
  return decoded.text;
}
function isLink(folder) {
  try {
    return lstatSync(folder).isSymbolicLink();
  } catch {
    return false;
  }
}

// src/site/start-helpers.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
var AUTO_MIN_ARTICLES = 400;
var MAX_THREADS = 4;
var NEXT = 0;
var WAITING = 1;
var DONE = 2;
function threadsFor(count, jobs) {
  if (count < 2 || !import.meta.url.endsWith(".js")) return 0;
  const threads = jobs ?? (count >= AUTO_MIN_ARTICLES ? Math.min(availableParallelism(), MAX_THREADS) : 1);
  return Math.max(0, Math.min(threads, count) - 1);
}
function startHelpers(data, helpers) {
  const shared = new SharedArrayBuffer(4 * (DONE + data.items.length));
  const state = new Int32Array(shared);
  const workerUrl = new URL("./helper-worker.js", import.meta.url);
  const workers = Array.from(
    { length: helpers },
    () => new Worker(workerUrl, {
      workerData: { ...data, shared },
      // a roomier young generation: parsing and rendering make many short-lived objects
      resourceLimits: { maxYoungGenerationSizeMb: 96 }
    })
  );
  const failures = [];
  let claimed = false;
  const stopped = Promise.all(
    workers.map(
      (worker) => new Promise((resolve) => {
        worker.once("error", (error) => {
          failures.push(error.message);
          resolve();
        });
        worker.once("exit", () => resolve());
      })
    )
  ).then(() => void 0);
  return {
    items: data.items,
    failures,
    take: () => {
      const i = Atomics.add(state, NEXT, 1);
      return i < data.items.length ? i : void 0;
    },
    async settled(i) {
      Atomics.store(state, WAITING, 1);
      const wait = Atomics.waitAsync(state, DONE + i, 0);
      if (wait.async) await Promise.race([wait.value, stopped]);
    },
    async stop() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
    claim: () => !claimed && (claimed = true)
  };
}

// src/site/load-site.ts
import { readdirSync as readdirSync4, statSync as statSync4 } from "node:fs";
import path13 from "node:path";

// src/content/list-articles.ts
import { lstatSync as lstatSync2, readdirSync as readdirSync3, realpathSync as realpathSync2, statSync as statSync3 } from "node:fs";
import { readdir } from "node:fs/promises";
import path9 from "node:path";
async function listArticles(contentDir, misnamed) {
  let entries;
  try {
    entries = await readdir(contentDir, { withFileTypes: true });
  } catch {
    return [];
  }
  const refs = [];
  const links = /* @__PURE__ */ new Set();
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const link = entry.isSymbolicLink();
    if (!entry.isDirectory() && !(link && linksToFolder(path9.join(contentDir, entry.name)))) continue;
    const absolutePath = path9.join(contentDir, entry.name, "index.md");
    try {
      lstatSync2(absolutePath);
      refs.push({ slug: entry.name, absolutePath });
      if (link) links.add(entry.name);
    } catch {
      const name = misnamed && caseVariant(path9.join(contentDir, entry.name));
      if (name) misnamed.push({ slug: entry.name, name });
    }
  }
  refs.sort((a, b) => a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
  if (links.size > 0) markSameFolders(contentDir, refs, links);
  return refs;
}
function markSameFolders(contentDir, refs, links) {
  const real = (folder) => {
    try {
      return realpathSync2(folder);
    } catch {
      return void 0;
    }
  };
  const realContent = real(contentDir) ?? contentDir;
  const kept = /* @__PURE__ */ new Map();
  for (const ref of refs) if (!links.has(ref.slug)) kept.set(path9.join(realContent, ref.slug), ref.slug);
  for (const ref of refs) {
    if (!links.has(ref.slug)) continue;
    const target = real(path9.join(contentDir, ref.slug));
    if (target === void 0) continue;
    const first = kept.get(target);
    if (first === void 0) kept.set(target, ref.slug);
    else ref.sameAs = first;
  }
}
function linksToFolder(link) {
  try {
    return statSync3(link).isDirectory();
  } catch {
    return false;
  }
}
function caseVariant(folder) {
  try {
    return readdirSync3(folder).find((name) => name !== "index.md" && name.toLowerCase() === "index.md");
  } catch {
    return void 0;
  }
}

// src/content/misnamed-index.ts
import path10 from "node:path";
var { msg: msg4 } = configMessages;
function paths(root, contentDir, { slug, name }) {
  const folder = path10.relative(root, path10.join(contentDir, slug)).split(path10.sep).join("/");
  return { file: `${folder}/${name}`, to: `${folder}/index.md` };
}
function misnamedIndexFiles(root, contentDir, misnamed) {
  return [...misnamed].sort((a, b) => a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0).map((m) => {
    const { file, to } = paths(root, contentDir, m);
    const vfile = new VFile({ path: file, cwd: root, value: "" });
    report(vfile, "warning", "content/index-name", "content", msg4.indexName({ file, name: m.name }), {
      place: LINE1,
      value: m.name,
      hint: msg4.indexNameHint({ file, to })
    });
    return vfile;
  });
}
function reportUnknownSlug(usage, root, contentDir, slug, slugs, misnamed) {
  const dir = path10.relative(root, contentDir) || ".";
  const variant = misnamed.find((m) => m.slug === slug);
  if (variant) {
    const { file, to } = paths(root, contentDir, variant);
    report(usage, "error", "cli/unknown-slug", "content", msg4.unknownSlugMisnamed({ slug, dir, file }), {
      value: slug,
      hint: msg4.indexNameHint({ file, to })
    });
    return;
  }
  const s = didYouMean(slug, slugs);
  report(usage, "error", "cli/unknown-slug", "content", msg4.unknownSlug({ slug, dir }), {
    value: slug,
    hint: s ? commonMessages.msg.didYouMean({ s }) : msg4.runPlan()
  });
}

// src/content/load-articles.ts
import path12 from "node:path";

// src/content/failed-article.ts
import path11 from "node:path";
function failedArticle(root, absolutePath, slug, error) {
  const rel = path11.relative(root, absolutePath).split(path11.sep).join("/");
  const file = new VFile({ path: rel, cwd: root, value: "" });
  const line1 = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  const message = error instanceof Error ? error.message : String(error);
  report(
    file,
    "error",
    "content/internal",
    "content",
    `Loading the article failed unexpectedly: ${message}`,
    {
      place: line1,
      hint: "This is a bug in wxpress or input it did not foresee; the other articles went on. Please report it."
    }
  );
  return {
    slug,
    path: rel,
    dir: path11.dirname(absolutePath),
    file,
    markdown: "",
    frontmatter: {},
    fields: [],
    block: line1,
    slot: void 0,
    coverPath: void 0,
    hash: "",
    readable: false
  };
}

// src/content/load-articles.ts
async function loadArticles(input) {
  const refs = input.refs ?? await listArticles(input.contentDir);
  const out = [];
  let json;
  const configJson = () => json ??= JSON.stringify(input.config);
  const batch = 128;
  for (let i = 0; i < refs.length; i += batch) {
    const loaded = await Promise.all(
      refs.slice(i, i + batch).map((ref) => {
        const absolutePath = path12.resolve(ref.absolutePath);
        return loadArticle({
          root: input.root,
          absolutePath,
          slug: ref.slug,
          sameAs: ref.sameAs,
          config: input.config,
          configJson,
          cache: input.cache
        }).catch((error) => failedArticle(input.root, absolutePath, ref.slug, error));
      })
    );
    out.push(...loaded);
  }
  return out;
}

// src/site/load-site.ts
function siteCache(site, cacheDir) {
  return cacheDir === void 0 ? createCache(void 0) : path13.resolve(cacheDir) === site.cacheDir ? site.cache : createCache(cacheDir);
}
async function loadSite(options) {
  const root = path13.resolve(options.root);
  const cacheDir = path13.join(root, ".wxpress", "cache");
  const store = createCache(cacheDir, { build: options.cacheVersion });
  const memo = options.cacheVersion ? { cache: store, version: options.cacheVersion } : void 0;
  const loadedConfig = await loadConfig(root, options.config, memo);
  const config = loadedConfig.config;
  const contentDir = path13.resolve(root, options.content ?? config.content);
  const cache = options.cacheVersion ? { store, salt: options.cacheVersion } : void 0;
  const usage = new VFile({ path: "(command line)", cwd: root });
  if (!loadedConfig.failed)
    checkContentDir(usage, root, contentDir, options.content === void 0 ? "config" : "flag");
  const misnamed = [];
  const refs = loadedConfig.failed || usage.messages.length > 0 ? [] : await listArticles(contentDir, misnamed);
  let chosen = refs;
  if (options.slugs && options.slugs.length > 0 && usage.messages.length === 0) {
    const bySlug2 = new Map(refs.map((r) => [r.slug, r]));
    chosen = [];
    for (const slug of options.slugs) {
      const clean = slug.replace(/\/+$/, "").replace(/^.*\/([^/]+)\/index\.md$/, "$1").replace(/^content\//, "");
      const ref = bySlug2.get(clean);
      if (ref) chosen.push(ref);
      else reportUnknownSlug(usage, root, contentDir, clean, bySlug2.keys(), misnamed);
    }
  }
  const wanted = options.helpers && usage.messages.length === 0 ? threadsFor(chosen.length, options.helpers.jobs) : 0;
  const helpers = wanted > 0 && store.empty() ? startHelpers(
    { ...options.helpers, root, configPath: loadedConfig.path, cacheDir, items: chosen },
    wanted
  ) : void 0;
  const articles = await loadArticles({ root, contentDir, config, cache, refs });
  if (helpers) await store.flush();
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const selected = options.slugs && options.slugs.length > 0 ? chosen.map((r) => bySlug.get(r.slug)) : articles;
  return {
    root,
    contentDir,
    config,
    loadedConfig,
    articles,
    selected,
    misnamed: options.slugs?.length ? [] : misnamedIndexFiles(root, contentDir, misnamed),
    usage,
    cache: store,
    cacheDir,
    helpers,
    helperWork: usage.messages.length === 0 ? options.helpers : void 0
  };
}
function checkContentDir(usage, root, contentDir, from) {
  let isDir = false;
  try {
    isDir = statSync4(contentDir).isDirectory();
  } catch {
  }
  const shown = (path13.relative(root, contentDir) || ".").split(path13.sep).join("/");
  if (isDir && (shown === ".." || shown.startsWith("../") || path13.isAbsolute(shown))) {
    const { msg: msg6 } = configMessages;
    report(usage, "error", "cli/content-outside", "content", msg6.contentOutside({ dir: shown }), {
      value: shown,
      hint: msg6.contentOutsideHint()
    });
    return;
  }
  if (isDir) return;
  let siblings = [];
  try {
    siblings = readdirSync4(path13.dirname(contentDir), { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith(".")).map((e) => e.name);
  } catch {
  }
  const s = didYouMean(path13.basename(contentDir), siblings);
  const { msg: msg5 } = configMessages;
  const hint = s ? msg5.missingContentSuggest({ dir: path13.posix.join(path13.posix.dirname(shown), s) }) : msg5.missingContentHint({ flag: from === "flag" ? 1 : 0 });
  report(
    usage,
    "error",
    "cli/missing-content",
    "content",
    msg5.missingContent({ dir: shown, file: existsAsFile(contentDir) ? 1 : 0 }),
    { value: shown, hint }
  );
}
function existsAsFile(file) {
  try {
    return statSync4(file).isFile();
  } catch {
    return false;
  }
}

export {
  sha256,
  createCache,
  caseTwin,
  insideSuggestion,
  loadArticle,
  NEXT,
  WAITING,
  DONE,
  threadsFor,
  startHelpers,
  siteCache,
  loadSite
};
