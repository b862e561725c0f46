import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  accountOf
} from "./chunk-LIUXQTDM.js";
import {
  countWords
} from "./chunk-YH4FC4WP.js";
import {
  fieldPosition
} from "./chunk-QGBYRSYB.js";
import {
  report
} from "./chunk-ATHEYLYN.js";
import {
  formatLocalIso,
  publishRenamedMessages
} from "./chunk-OWIXN4P4.js";

// src/publish/ledger.ts
import { randomBytes } from "node:crypto";
import { lstat, mkdir, open, readdir, readFile, rename, unlink } from "node:fs/promises";
import path from "node:path";
function emptyEntry(slug) {
  return { version: 1, slug, state: "drafting", uploads: {}, timestamps: {} };
}
var LedgerUnreadableError = class extends Error {
  constructor(slug, file, problem) {
    super(`the publish ledger ${file} is unreadable: ${problem}`);
    this.slug = slug;
    this.file = file;
    this.problem = problem;
  }
  slug;
  file;
  problem;
};
var TOO_LONG = "its name is longer than a file name may be (ENAMETOOLONG)";
async function inspectLedgerFile(absolute, file, slug) {
  let text;
  try {
    const stat = await lstat(absolute);
    if (!stat.isFile()) return { status: "unreadable", file, problem: "it is not a regular file" };
    text = await readFile(absolute, "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") return { status: "missing", file };
    if (code === "ENAMETOOLONG") return { status: "unreadable", file, problem: TOO_LONG, tooLong: true };
    return { status: "unreadable", file, problem: `it cannot be read (${code ?? error.message})` };
  }
  const { parseLedger } = await import("./chunk-S6JVJY7W.js");
  const parsed = parseLedger(text, slug);
  if (!parsed.ok) return { status: "unreadable", file, problem: parsed.problem };
  return { status: "ok", file, entry: parsed.entry };
}
async function writeAtomic(target, data) {
  await mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${randomBytes(4).toString("hex")}.tmp`;
  const handle = await open(temp, "wx");
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => void 0);
    throw error;
  }
  const dir = await open(path.dirname(target), "r").catch(() => void 0);
  if (dir)
    await dir.sync().catch(() => void 0).finally(() => dir.close());
}
function createLedger(dir, shown = ".wxpress/state") {
  const inspect = (slug) => inspectLedgerFile(path.join(dir, `${slug}.json`), `${shown}/${slug}.json`, slug);
  return {
    dir,
    inspect,
    async read(slug) {
      const found = await inspect(slug);
      if (found.status === "unreadable") throw new LedgerUnreadableError(slug, found.file, found.problem);
      return found.status === "ok" ? found.entry : void 0;
    },
    async write(entry) {
      await writeAtomic(path.join(dir, `${entry.slug}.json`), `${JSON.stringify(entry, null, 2)}
`);
    }
  };
}
async function readableLedgers(ledger, skip) {
  const listed = await readdir(ledger.dir, { withFileTypes: true }).catch(() => []);
  const entries = [];
  for (const d of listed.sort((a, b) => a.name.localeCompare(b.name))) {
    const name = d.name;
    if (!d.isFile() || !name.endsWith(".json") || name.startsWith(".") || name.includes(".tmp")) continue;
    const slug = name.slice(0, -".json".length);
    if (skip?.has(slug)) continue;
    const found = await ledger.inspect(slug);
    if (found.status === "ok") entries.push(found.entry);
  }
  return entries;
}
function readOnlyLedger(ledger) {
  const written = /* @__PURE__ */ new Map();
  return {
    dir: ledger.dir,
    inspect: async (slug) => {
      const entry = written.get(slug);
      return entry ? { status: "ok", file: slug, entry: structuredClone(entry) } : ledger.inspect(slug);
    },
    read: async (slug) => {
      const entry = written.get(slug);
      return entry ? structuredClone(entry) : ledger.read(slug);
    },
    write: async (entry) => void written.set(entry.slug, structuredClone(entry))
  };
}

// src/publish/build-draft.ts
import { createHash } from "node:crypto";

// src/render/replace-image-urls.ts
function replaceImageUrls(html, urls) {
  return html.replace(
    /(\ssrc=")assets\/([0-9a-f]{64})\.(?:jpg|png)(")/g,
    (whole, a, hash, b) => {
      const url = urls.get(hash);
      return url ? `${a}${url.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}${b}` : whole;
    }
  );
}

// src/lint/article-facts.ts
var DIGEST_LENGTH = 54;
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
function visibleText(html) {
  return html.replace(/<(style|script)\b[\s\S]*?<\/\1>/gi, " ").replace(/<br\s*\/?>|<\/(p|h[1-6]|li|section|div|tr|figcaption|blockquote|pre)>/gi, " ").replace(/<[^>]*>/g, "").replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 1114111 ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  }).replace(/\s+/g, " ").trim();
}
function articleWords(reported, text) {
  const n = reported === void 0 ? NaN : Number(reported);
  return Number.isInteger(n) && n >= 0 ? n : countWords(text);
}
function effectiveDigest(written, text) {
  if (written !== void 0 && written.trim() !== "") return written;
  return [...text].slice(0, DIGEST_LENGTH).join("");
}
var MARKERS = /<sup\b[^>]*>\s*\[\d+\]\s*<\/sup>/gi;
function digestSource(file, html) {
  const quoted = file.messages.find((m) => m.ruleId === "length/digest-missing")?.value;
  return quoted ?? visibleText(html.replace(MARKERS, ""));
}

// src/publish/build-draft.ts
function centreCrop(width, height, ratio) {
  const r = width / height;
  const f = (n) => String(Math.round(n * 1e6) / 1e6);
  if (r > ratio) {
    const w = ratio / r;
    return `${f((1 - w) / 2)}_0_${f((1 + w) / 2)}_1`;
  }
  const h = r / ratio;
  return `${f(0)}_${f((1 - h) / 2)}_1_${f((1 + h) / 2)}`;
}
function buildDraftArticle(input) {
  const { article, render } = input;
  const fm = article.frontmatter;
  const draft = {
    title: fm.title ?? article.slug,
    content: replaceImageUrls(render.html, input.imageUrls),
    thumb_media_id: input.thumbMediaId,
    need_open_comment: fm.comments === "off" ? 0 : 1,
    only_fans_can_comment: fm.comments === "followers" ? 1 : 0
  };
  if (fm.author) draft.author = fm.author;
  if (input.single) {
    const digest = effectiveDigest(fm.digest, digestSource(article.file, render.html)).trim();
    if (digest) draft.digest = digest;
  }
  if (fm.source_url) draft.content_source_url = fm.source_url;
  if (render.cover) {
    draft.pic_crop_235_1 = centreCrop(render.cover.width, render.cover.height, 2.35);
    draft.pic_crop_1_1 = centreCrop(render.cover.width, render.cover.height, 1);
  }
  const hash = createHash("sha256").update(JSON.stringify({ ...draft, thumb_media_id: render.cover?.hash ?? "", content: render.html })).digest("hex");
  return { draft, hash };
}

// src/publish/renamed-after-send.ts
var { msg } = publishRenamedMessages;
var RENAMED_AFTER_SEND = "publish/renamed-after-send";
var sendAttempted = (e) => e.state === "sending" || e.state === "sent" || e.timestamps.sending !== void 0 || e.timestamps.sent !== void 0;
async function orphanLedgers(ledger, slugs) {
  return (await vanishedLedgers(ledger, slugs)).filter(sendAttempted);
}
async function leftoverDrafts(ledger, slugs) {
  return (await vanishedLedgers(ledger, slugs)).filter(
    (e) => (e.state === "drafted" || e.state === "failed") && e.draftMediaId
  );
}
var vanishedLedgers = (ledger, slugs) => readableLedgers(ledger, slugs);
function sameArticle(article, entry, context) {
  const render = context.renders?.get(article.slug);
  if (entry.contentHash && render?.html) {
    for (const single of [true, false]) {
      const draft = { article, render, imageUrls: /* @__PURE__ */ new Map(), thumbMediaId: "", single };
      if (buildDraftArticle(draft).hash === entry.contentHash) return "content";
    }
  }
  const title = article.frontmatter.title ?? article.slug;
  const titles = entry.draftTitles ?? [];
  const own = entry.draftIndex !== void 0 ? titles[entry.draftIndex] === title : titles.includes(title);
  if (own) return "title";
  const at = entry.pushId?.lastIndexOf("@") ?? -1;
  if (article.slot && entry.pushId && at > 0) {
    const account = entry.pushId.slice(0, at);
    const slotMs = Date.parse(entry.pushId.slice(at + 1));
    if (account === accountOf(article, context.config) && slotMs === article.slot.epochMs) return "slot";
  }
  return void 0;
}
async function reportRenamedAfterSend(ledger, all, unledgered, context) {
  const blocked = /* @__PURE__ */ new Set();
  const candidates = unledgered.filter((a) => a.slot);
  if (candidates.length === 0) return blocked;
  const orphans = await orphanLedgers(ledger, new Set(all.map((a) => a.slug)));
  if (orphans.length === 0) return blocked;
  for (const article of candidates) {
    for (const entry of orphans) {
      const why = sameArticle(article, entry, context);
      if (!why) continue;
      const at = entry.sentAt ?? entry.timestamps.sent ?? entry.timestamps.sending;
      const ms = at ? Date.parse(at) : Number.NaN;
      const when = Number.isNaN(ms) ? "?" : formatLocalIso(ms, context.config.timezone).slice(0, 16).replace("T", " ");
      const file = `.wxpress/state/${entry.slug}.json`;
      report(
        article.file,
        "error",
        RENAMED_AFTER_SEND,
        "publish",
        msg.renamedAfterSend({ old: entry.slug, state: entry.state, when, why, file }),
        {
          place: fieldPosition(article, "slot"),
          value: file,
          hint: msg.renamedAfterSendHint({ old: entry.slug, slug: article.slug })
        }
      );
      blocked.add(article.slug);
      break;
    }
  }
  return blocked;
}

export {
  emptyEntry,
  createLedger,
  readableLedgers,
  readOnlyLedger,
  visibleText,
  articleWords,
  effectiveDigest,
  digestSource,
  buildDraftArticle,
  orphanLedgers,
  leftoverDrafts,
  sameArticle,
  reportRenamedAfterSend
};
