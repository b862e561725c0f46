import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  external_exports
} from "./chunk-L5CD6X34.js";

// src/emulator/create-emulator.ts
import { createServer } from "node:http";

// src/emulator/errcodes.ts
import { randomBytes } from "node:crypto";
var ERR = {
  system: [-1, "system error"],
  invalidCredential: [
    40001,
    "invalid credential, access_token is invalid or not latest, could get access_token by getStableAccessToken, more details at https://mmbizurl.cn/s/JtxxFh33r"
  ],
  invalidGrantType: [40002, "invalid grant_type"],
  invalidMediaType: [40004, "invalid media type"],
  invalidFileType: [40005, "invalid file type"],
  invalidMediaId: [40007, "invalid media_id"],
  invalidMessageType: [40008, "invalid message type"],
  invalidFileSize: [40009, "invalid image size"],
  invalidThumbSize: [40012, "invalid thumb size"],
  invalidAppid: [40013, "invalid appid"],
  invalidToken: [40014, "invalid access_token"],
  invalidMsgId: [40059, "invalid msg id"],
  invalidUrl: [40066, "invalid url"],
  invalidCardId: [40073, "invalid card id"],
  invalidSecret: [40125, "invalid appsecret"],
  ipNotWhitelisted: [40164, "invalid ip"],
  missingToken: [41001, "access_token missing"],
  missingAppid: [41002, "appid missing"],
  missingSecret: [41004, "appsecret missing"],
  missingMedia: [41005, "media data missing"],
  expiredToken: [42001, "access_token expired"],
  requireGet: [43001, "require GET method"],
  requirePost: [43002, "require POST method"],
  emptyPostData: [44002, "empty post data"],
  emptyNews: [44003, "empty news data"],
  emptyContent: [44004, "empty content"],
  contentTooLong: [45002, "content size out of limit"],
  titleTooLong: [45003, "title size out of limit"],
  digestTooLong: [45004, "description size out of limit"],
  urlTooLong: [45005, "url size out of limit"],
  tooManyArticles: [45008, "article size out of limit"],
  // WeChat documents no errcode for a newspic `image_info.image_list` of more than 20 pictures: the
  // emulator answers with the count-over-limit code of the same 45xxx "size out of limit" family (45008)
  tooManyImages: [45008, "article size out of limit"],
  quota: [45009, "reach max api daily quota limit"],
  tokenQuota: [
    45009,
    "reach max api daily quota limit, could get access_token by getStableAccessToken, more details at https://mmbizurl.cn/s/JtxxFh33r"
  ],
  tooFrequent: [45011, "api minute-quota reach limit  mustslower  retry next minute"],
  noMassQuota: [45028, "has no masssend quota"],
  clientMsgIdExists: [45065, "clientmsgid exist"],
  clientMsgIdTooLong: [45067, "clientmsgid size out of limit"],
  authorTooLong: [45110, "author size out of limit"],
  tagNameInvalid: [45157, "invalid tag name"],
  tagNameTooLong: [45158, "tag name too long"],
  invalidTag: [45159, "invalid tag id"],
  badJson: [47001, "data format error"],
  apiOffline: [47009, "this api is offline, please use the new api"],
  unauthorized: [48001, "api unauthorized"],
  invalidPublishId: [61451, "invalid parameter"],
  dateFormat: [61500, "date format error"],
  dateRange: [61501, "date range error"]
};
var WechatError = class extends Error {
  constructor(errcode, errmsg, extra = {}) {
    super(errmsg);
    this.errcode = errcode;
    this.errmsg = errmsg;
    this.extra = extra;
  }
  errcode;
  errmsg;
  extra;
};
var rid = () => ` rid: ${Math.floor(Date.now() / 1e3).toString(16).padStart(8, "0").slice(-8)}-${randomBytes(4).toString("hex")}-${randomBytes(4).toString("hex")}`;
var ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
function hintToken() {
  const bytes = randomBytes(13);
  const letters = [...bytes.subarray(0, 6)].map((b) => ALNUM[b % ALNUM.length]).join("");
  const digits = [...bytes.subarray(6, 12)].map((b) => String(b % 10)).join("");
  return `hint: [${letters}${digits}-${(bytes[12] ?? 0) % 2}]`;
}
function wechatError(key, detail2 = "", extra = {}) {
  const [code, msg] = ERR[key];
  return new WechatError(code, `${msg}${detail2 ? ` ${detail2}` : ""}${rid()}`, extra);
}
function fail(key, detail2 = "", extra = {}) {
  throw wechatError(key, detail2, extra);
}
function errorForCode(errcode) {
  const known = Object.values(ERR).find(([c]) => c === errcode);
  return { errcode, errmsg: `${known ? known[1] : `emulated error ${errcode}`}${rid()}` };
}

// src/emulator/faults.ts
function createFaults() {
  return { delayMs: 0, failNext: [], dropNext: [], answerLost: [] };
}
var FIELDS = ["delayMs", "failNext", "dropNext", "answerLost", "publishDelayMs"];
function rules(field2, list, withErrcode) {
  const shape = withErrcode ? '{"path": string, "errcode": integer \u2260 0, "times"?: integer \u2265 1}' : '{"path": string, "times"?: integer \u2265 1}';
  if (!Array.isArray(list)) return `${field2} must be an array of ${shape}, got ${JSON.stringify(list)}`;
  const out = [];
  for (const [i, r] of list.entries()) {
    const rule = r;
    const bad = (what) => `${field2}[${i}].${what} (expected ${shape}), got ${JSON.stringify(r)}`;
    if (!rule || typeof rule !== "object" || Array.isArray(rule))
      return `${field2}[${i}] must be an object ${shape}, got ${JSON.stringify(r)}`;
    if (typeof rule.path !== "string" || rule.path === "") return bad("path must be a non-empty string");
    if (withErrcode && (!Number.isInteger(rule.errcode) || rule.errcode === 0))
      return bad("errcode must be an integer other than 0");
    const times = rule.times ?? 1;
    if (!Number.isInteger(times) || times < 1) return bad("times must be an integer \u2265 1");
    out.push({
      path: rule.path,
      times,
      ...withErrcode ? { errcode: rule.errcode } : {}
    });
  }
  return out;
}
function applyFaults(faults, body, setPublishDelay) {
  if (!body || typeof body !== "object" || Array.isArray(body))
    return `the body must be a JSON object with ${FIELDS.join(", ")}`;
  const json = body;
  const unknown = Object.keys(json).filter((k) => !FIELDS.includes(k));
  if (unknown.length) return `unknown field ${unknown.join(", ")}; expected ${FIELDS.join(", ")}`;
  for (const key of ["delayMs", "publishDelayMs"]) {
    const v = json[key];
    if (v !== void 0 && (typeof v !== "number" || !Number.isFinite(v) || v < 0))
      return `${key} must be a number \u2265 0 (milliseconds), got ${JSON.stringify(v)}`;
  }
  const lists = {
    failNext: json.failNext === void 0 ? [] : rules("failNext", json.failNext, true),
    dropNext: json.dropNext === void 0 ? [] : rules("dropNext", json.dropNext, false),
    answerLost: json.answerLost === void 0 ? [] : rules("answerLost", json.answerLost, false)
  };
  for (const list of Object.values(lists)) if (typeof list === "string") return list;
  if (typeof json.delayMs === "number") faults.delayMs = json.delayMs;
  faults.failNext.push(...lists.failNext);
  faults.dropNext.push(...lists.dropNext);
  faults.answerLost.push(...lists.answerLost);
  if (typeof json.publishDelayMs === "number") setPublishDelay(json.publishDelayMs);
  return void 0;
}
var matches = (rule, path) => {
  const bare = rule.replace(/^\/?(cgi-bin\/)?/, "");
  return rule === path || `/cgi-bin/${bare}` === path || bare.startsWith("datacube/") && `/${bare}` === path;
};
function take(list, path) {
  const i = list.findIndex((r) => r.times > 0 && matches(r.path, path));
  const rule = list[i];
  if (!rule) return void 0;
  rule.times--;
  if (rule.times <= 0) list.splice(i, 1);
  return rule;
}

// src/emulator/local-date.ts
function localDateIn(ms, zone) {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit"
  }).formatToParts(new Date(ms));
  const get = (t) => parts.find((p) => p.type === t)?.value ?? "00";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

// src/emulator/quota.ts
function countCall(account, path, settings, nowMs, key = "quota") {
  const usageKey = `${path}|${localDateIn(nowMs, settings.timezone)}`;
  const used = account.usage.get(usageKey) ?? 0;
  const limit = settings.quotas[path];
  if (limit !== void 0 && used >= limit) fail(key);
  account.usage.set(usageKey, used + 1);
}

// src/emulator/multipart.ts
function parseMultipart(body, contentType) {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const boundary = m?.[1] ?? m?.[2];
  if (!boundary) return [];
  const delimiter = Buffer.from(`--${boundary.trim()}`);
  const parts = [];
  let start = body.indexOf(delimiter);
  while (start >= 0) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next < 0) break;
    let chunk = body.subarray(start + delimiter.length, next);
    if (chunk[0] === 13 && chunk[1] === 10) chunk = chunk.subarray(2);
    else if (chunk[0] === 10) chunk = chunk.subarray(1);
    if (chunk.at(-2) === 13 && chunk.at(-1) === 10) chunk = chunk.subarray(0, -2);
    else if (chunk.at(-1) === 10) chunk = chunk.subarray(0, -1);
    let split = chunk.indexOf("\r\n\r\n");
    let sepLen = 4;
    if (split < 0) {
      split = chunk.indexOf("\n\n");
      sepLen = 2;
    }
    if (split >= 0) {
      const head = chunk.subarray(0, split).toString("utf8");
      const disposition = /content-disposition:[^\n]*/i.exec(head)?.[0] ?? "";
      const name = /\bname="([^"]*)"/i.exec(disposition)?.[1] ?? "";
      const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1] ?? "";
      const type = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1]?.trim() ?? "application/octet-stream";
      parts.push({ name, filename, contentType: type, data: Buffer.from(chunk.subarray(split + sepLen)) });
    }
    start = next;
  }
  return parts;
}
function sniffImage(data) {
  if (data[0] === 255 && data[1] === 216 && data[2] === 255) return "jpeg";
  if (data[0] === 137 && data[1] === 80 && data[2] === 78 && data[3] === 71) return "png";
  if (data[0] === 71 && data[1] === 73 && data[2] === 70 && data[3] === 56) return "gif";
  if (data[0] === 66 && data[1] === 77) return "bmp";
  return void 0;
}

// src/emulator/parse-request-body.ts
function parseRequestBody(raw, type) {
  let json;
  let media2;
  if (/multipart\/form-data/i.test(type)) {
    const file = parseMultipart(raw, type).find((p) => p.name === "media");
    if (file) media2 = { data: file.data, filename: file.filename, contentType: file.contentType };
  } else if (raw.length > 0) {
    try {
      json = JSON.parse(raw.toString("utf8"));
    } catch {
      throw wechatError("badJson");
    }
  }
  return { json, media: media2 };
}

// src/emulator/send.ts
async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}
function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
    Connection: "close"
  });
  res.end(text);
}

// src/emulator/media.ts
import { createHash as createHash2 } from "node:crypto";

// src/emulator/state.ts
import { createHash } from "node:crypto";
function idTag(appid) {
  return createHash("sha256").update(appid).digest("hex").slice(0, 10);
}
function bizOf(appid) {
  const n = 3e9 + createHash("sha256").update(appid).digest().readUInt32BE(0) % 9e8;
  return Buffer.from(String(n)).toString("base64");
}
function articleUrl(appid, msgDataId, idx) {
  const sn = createHash("sha256").update(`${appid}|${msgDataId}|${idx}`).digest("hex").slice(0, 32);
  return `https://mp.weixin.qq.com/s?__biz=${bizOf(appid)}&mid=${msgDataId}&idx=${idx}&sn=${sn}`;
}
function createAccount(appid, secret, kind, tags = [], verified = true) {
  return {
    appid,
    secret,
    kind,
    verified,
    whitelist: void 0,
    tokens: /* @__PURE__ */ new Map(),
    stable: void 0,
    forceRefresh: void 0,
    images: [],
    materials: [],
    drafts: [],
    published: [],
    massSends: [],
    tags: [
      { id: 2, name: "\u661F\u6807\u7EC4", count: 0 },
      ...tags.map((name, i) => ({ id: 100 + i, name, count: 1e3 + i * 137 }))
    ],
    usage: /* @__PURE__ */ new Map(),
    seq: 0
  };
}
var summary = (articles, urls) => articles.map((a, i) => ({ title: a.title, author: a.author, digest: a.digest, url: urls[i] ?? "" }));
function dumpState(state, nowMs) {
  const accounts = {};
  for (const [appid, a] of state.accounts) {
    accounts[appid] = {
      kind: a.kind,
      verified: a.verified,
      images: a.images,
      materials: a.materials,
      drafts: a.drafts.filter((d) => !d.deleted),
      published: a.published.map(({ articles, settled: _settled, ...p }) => ({
        ...p,
        publish_status: p.finishAt <= nowMs ? p.status : 1,
        articles: summary(articles, p.article_urls)
      })),
      massSends: a.massSends.map(({ articles, article_urls, ...m }) => ({
        ...m,
        filter: m.is_to_all ? { is_to_all: true } : { is_to_all: false, tag_id: m.tag_id },
        articles: summary(articles, article_urls)
      })),
      tags: a.tags
    };
  }
  return { version: 1, now: new Date(nowMs).toISOString(), accounts, calls: state.calls };
}
var PUBLISHING_HINT = "hint: draft is being published";
function isPublishing(account, mediaId, nowMs) {
  return account.published.some((p) => p.media_id === mediaId && !p.settled && p.finishAt > nowMs);
}

// src/emulator/media.ts
var sha = (d) => createHash2("sha256").update(d).digest("hex");
function media(ctx) {
  if (!ctx.media || ctx.media.data.length === 0) fail("missingMedia");
  return ctx.media;
}
function uploadImg(ctx) {
  const file = media(ctx);
  const kind = sniffImage(file.data);
  if (kind !== "jpeg" && kind !== "png") fail("invalidFileType");
  if (file.data.length >= 1024 * 1024) fail("invalidFileSize");
  const hash = sha(file.data);
  const url = `http://mmbiz.qpic.cn/mmbiz_${kind === "png" ? "png" : "jpg"}/${hash.slice(0, 32)}/0?wx_fmt=${kind}`;
  ctx.account.images.push({ url, bytes: file.data.length, mime: `image/${kind}`, sha256: hash });
  return { url };
}
function addMaterial(ctx) {
  const type = ctx.query.get("type");
  if (!type || !["image", "thumb", "voice", "video"].includes(type)) fail("invalidMediaType");
  if (type === "voice" || type === "video")
    fail("invalidMediaType", "(the emulator stores images and thumbs only)");
  const file = media(ctx);
  const kind = sniffImage(file.data);
  if (type === "thumb" ? kind !== "jpeg" : !kind) fail("invalidFileType");
  if (type === "thumb" && file.data.length > 64 * 1024) fail("invalidThumbSize");
  if (file.data.length > 10 * 1024 * 1024) fail("invalidFileSize");
  const hash = sha(file.data);
  const account = ctx.account;
  const media_id = `${type === "thumb" ? "THUMB" : "IMG"}_${idTag(account.appid)}_${++account.seq}_${hash.slice(0, 12)}`;
  const url = type === "image" ? `http://mmbiz.qpic.cn/mmbiz_${kind === "png" ? "png" : "jpg"}/${hash.slice(0, 32)}/0?wx_fmt=${kind}` : void 0;
  account.materials.push({
    media_id,
    type,
    ...url ? { url } : {},
    bytes: file.data.length,
    mime: `image/${kind}`,
    sha256: hash
  });
  return url ? { media_id, url } : { media_id };
}
function materialCount(ctx) {
  const images = ctx.account.materials.filter((m) => m.type === "image").length;
  return { voice_count: 0, video_count: 0, image_count: images, news_count: 0 };
}
function getMaterial(ctx) {
  const id = ctx.json?.media_id;
  const m = ctx.account.materials.find((x) => x.media_id === id);
  if (!m) fail("invalidMediaId");
  return { media_id: m.media_id, url: m.url ?? "", type: m.type };
}
function delMaterial(ctx) {
  const id = ctx.json?.media_id;
  const i = ctx.account.materials.findIndex((x) => x.media_id === id);
  if (i < 0) fail("invalidMediaId");
  ctx.account.materials.splice(i, 1);
  return { errcode: 0, errmsg: "ok" };
}
function batchGetMaterial(ctx) {
  const body = ctx.json ?? {};
  if (body.type !== "image" && body.type !== "thumb" && body.type !== "news" && body.type !== "video" && body.type !== "voice")
    fail("invalidMediaType");
  const count = body.count ?? 20;
  if (count < 1 || count > 20) fail("badJson", "hint: count must be 1-20");
  const list = ctx.account.materials.filter((m) => m.type === body.type);
  const page2 = list.slice(body.offset ?? 0, (body.offset ?? 0) + count);
  return {
    total_count: list.length,
    item_count: page2.length,
    item: page2.map((m) => ({
      media_id: m.media_id,
      name: `${m.media_id}.${m.mime.split("/")[1]}`,
      update_time: 0,
      url: m.url ?? ""
    }))
  };
}

// src/emulator/article-fields.ts
var STRINGS = [
  "article_type",
  "title",
  "author",
  "digest",
  "content",
  "content_source_url",
  "thumb_media_id",
  "pic_crop_235_1",
  "pic_crop_1_1"
];
var INTEGERS = ["show_cover_pic", "need_open_comment", "only_fans_can_comment"];
var TYPES = ["news", "newspic"];
var MAX_IMAGES = 20;
var len = (s) => typeof s === "string" ? [...s].length : 0;
var present = (v) => v !== void 0 && v !== null;
var blank = (v) => typeof v !== "string" || v.trim() === "";
var isMaterial = (ctx, id) => typeof id === "string" && ctx.account.materials.some((m) => m.media_id === id);
function imageInfo(ctx, raw) {
  if (!present(raw)) fail("emptyNews", hintToken());
  const list = raw.image_list;
  if (typeof raw !== "object" || Array.isArray(raw) || present(list) && !Array.isArray(list))
    fail("badJson", hintToken());
  if (!Array.isArray(list) || list.length === 0) fail("emptyNews", hintToken());
  if (list.length > MAX_IMAGES) fail("tooManyImages", hintToken());
  const image_list = list.map((item) => {
    const id = item?.image_media_id;
    if (!isMaterial(ctx, id)) fail("invalidMediaId", hintToken());
    return { image_media_id: id };
  });
  return { image_list };
}
function checkArticleFields(ctx, a) {
  for (const key of STRINGS) if (present(a[key]) && typeof a[key] !== "string") fail("badJson", hintToken());
  for (const key of INTEGERS) if (present(a[key]) && !Number.isInteger(a[key])) fail("badJson", hintToken());
  const type = a.article_type || "news";
  if (!TYPES.includes(type)) fail("badJson", hintToken());
  if (blank(a.title) || typeof a.content !== "string") fail("emptyNews", hintToken());
  if (type === "news" && a.content.trim() === "") fail("emptyNews", hintToken());
  if (len(a.title) > 64) fail("titleTooLong", hintToken());
  if (len(a.author) > 16) fail("authorTooLong", hintToken());
  if (len(a.digest) > 120) fail("digestTooLong", hintToken());
  if (Buffer.byteLength(a.content_source_url ?? "") > 1024)
    fail("urlTooLong", hintToken());
  const thumb = a.thumb_media_id;
  const fields = { title: a.title, content: a.content };
  if (type === "newspic") {
    if (present(thumb) && thumb !== "" && !isMaterial(ctx, thumb)) fail("invalidMediaId", hintToken());
    const image_info = imageInfo(ctx, a.image_info);
    return { ...fields, article_type: type, thumb_media_id: thumb ?? "", image_info };
  }
  if (!isMaterial(ctx, thumb)) fail("invalidMediaId", hintToken());
  return { ...fields, article_type: "news", thumb_media_id: thumb };
}

// src/emulator/draft.ts
function visibleText(html) {
  return html.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi, "").replace(/<(?:[^>"']|"[^"]*"|'[^']*')*>/g, "").replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, "_");
}
var JS_HREF = /\shref\s*=\s*(?:"\s*javascript:[^"]*"|'\s*javascript:[^']*'|javascript:[^\s>]*)/gi;
function cleanContent(html) {
  return html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, "").replace(/<style\b[\s\S]*?<\/style\s*>/gi, "").replace(
    /<[a-z][^>]*>/gi,
    (tag) => tag.replace(/\sid\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, "").replace(JS_HREF, "")
  ).replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, "").replace(
    /<img\b[^>]*>/gi,
    (tag) => /\ssrc\s*=\s*["']?https?:\/\/mmbiz\.q(?:pic|logo)\.cn\//i.test(tag) ? tag : ""
  );
}
function plainText(html) {
  const named = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return html.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi, "").replace(/<(?:[^>"']|"[^"]*"|'[^']*')*>/g, " ").replace(
    /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi,
    (m, e) => e[0] === "#" ? String.fromCodePoint(
      e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1))
    ) : named[e.toLowerCase()] ?? m
  ).replace(/\s+/g, " ").trim();
}
var str = (v) => typeof v === "string" ? v : "";
var int = (v) => typeof v === "number" && Number.isFinite(v) ? v : 0;
function validArticle(ctx, raw, single) {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) fail("badJson", hintToken());
  const a = raw;
  const checked = checkArticleFields(ctx, a);
  const text = [...visibleText(checked.content)].length;
  if (text >= ctx.settings.contentTextMax) fail("contentTooLong", `hint: ${text} characters of text`);
  if (Buffer.byteLength(checked.content) >= ctx.settings.contentBytesMax)
    fail("contentTooLong", `hint: ${Buffer.byteLength(checked.content)} bytes`);
  const content = cleanContent(checked.content);
  const digest = !single ? "" : str(a.digest) || [...plainText(content)].slice(0, 54).join("");
  const article = {
    article_type: checked.article_type,
    title: checked.title,
    author: str(a.author),
    digest,
    content,
    content_source_url: str(a.content_source_url),
    thumb_media_id: checked.thumb_media_id,
    show_cover_pic: int(a.show_cover_pic),
    need_open_comment: int(a.need_open_comment),
    only_fans_can_comment: int(a.only_fans_can_comment)
  };
  for (const key of ["pic_crop_235_1", "pic_crop_1_1"])
    if (typeof a[key] === "string") article[key] = a[key];
  if (checked.image_info) article.image_info = checked.image_info;
  return article;
}
function find(ctx, id) {
  const draft = ctx.account.drafts.find((d) => d.media_id === id && !d.deleted);
  if (!draft) fail("invalidMediaId");
  return draft;
}
function findUnlocked(ctx, id) {
  const draft = find(ctx, id);
  if (isPublishing(ctx.account, draft.media_id, ctx.now())) fail("invalidMediaId", PUBLISHING_HINT);
  return draft;
}
function draftAdd(ctx) {
  const body = ctx.json ?? {};
  if (!Array.isArray(body.articles) || body.articles.length === 0) fail("emptyNews");
  if (body.articles.length > 8) fail("tooManyArticles");
  const single = body.articles.length === 1;
  const articles = body.articles.map((a) => validArticle(ctx, a, single));
  const now = Math.floor(ctx.now() / 1e3);
  const media_id = `DRAFT_${idTag(ctx.account.appid)}_${++ctx.account.seq}`;
  ctx.account.drafts.push({ media_id, articles, create_time: now, update_time: now, deleted: false });
  return { media_id };
}
function draftUpdate(ctx) {
  const body = ctx.json ?? {};
  const draft = findUnlocked(ctx, body.media_id);
  if (body.index !== void 0 && !Number.isInteger(body.index)) fail("badJson", hintToken());
  const index = typeof body.index === "number" ? body.index : -1;
  if (index < 0 || index >= draft.articles.length) fail("invalidMediaId", "hint: index out of range");
  draft.articles[index] = validArticle(ctx, body.articles, draft.articles.length === 1);
  draft.update_time = Math.floor(ctx.now() / 1e3);
  return { errcode: 0, errmsg: "ok" };
}
var preview = (ctx, d) => d.articles.map((a, i) => ({
  ...a,
  url: `${ctx.baseUrl}/s?__biz=${bizOf(ctx.account.appid)}&mid=${d.media_id}&idx=${i + 1}&tempkey=preview`,
  thumb_url: ctx.account.materials.find((m) => m.media_id === a.thumb_media_id)?.url ?? ""
}));
function draftGet(ctx) {
  const draft = find(ctx, ctx.json?.media_id);
  return { news_item: preview(ctx, draft) };
}
function draftDelete(ctx) {
  findUnlocked(ctx, ctx.json?.media_id).deleted = true;
  return { errcode: 0, errmsg: "ok" };
}
function draftCount(ctx) {
  return { total_count: ctx.account.drafts.filter((d) => !d.deleted).length };
}
function draftBatchGet(ctx) {
  const body = ctx.json ?? {};
  const count = body.count ?? 20;
  if (count < 1 || count > 20) fail("badJson", "hint: count must be 1-20");
  const live = ctx.account.drafts.filter((d) => !d.deleted).reverse();
  const page2 = live.slice(body.offset ?? 0, (body.offset ?? 0) + count);
  return {
    total_count: live.length,
    item_count: page2.length,
    item: page2.map((d) => ({
      media_id: d.media_id,
      content: { news_item: preview(ctx, d).map((a) => body.no_content ? { ...a, content: "" } : a) },
      update_time: d.update_time
    }))
  };
}

// src/emulator/freepublish.ts
function settle(account, p, nowMs) {
  if (p.finishAt > nowMs || p.settled) return;
  p.settled = true;
  if (p.status === 0 || p.status === 5 || p.status === 6) {
    p.article_id = `ARTICLE_${p.publish_id}`;
    p.article_urls = p.articles.map((_, i) => articleUrl(account.appid, p.msg_data_id, i + 1));
    const draft = account.drafts.find((d) => d.media_id === p.media_id);
    if (draft) draft.deleted = true;
  }
}
function settleDue(state, nowMs) {
  for (const account of state.accounts.values()) for (const p of account.published) settle(account, p, nowMs);
}
function publishSubmit(ctx) {
  const mediaId = ctx.json?.media_id;
  const draft = ctx.account.drafts.find((d) => d.media_id === mediaId && !d.deleted);
  if (!draft) fail("invalidMediaId");
  if (isPublishing(ctx.account, draft.media_id, ctx.now())) fail("invalidMediaId", PUBLISHING_HINT);
  const n = ++ctx.account.seq;
  const p = {
    publish_id: String(224748e4 + n),
    msg_data_id: String(245589e4 + n),
    media_id: draft.media_id,
    submitted: ctx.now(),
    finishAt: ctx.now() + ctx.settings.publishDelayMs,
    status: ctx.settings.publishStatus,
    article_urls: [],
    // what is published is the draft as submitted
    articles: draft.articles.map((article) => ({ ...article }))
  };
  ctx.account.published.push(p);
  settle(ctx.account, p, ctx.now());
  return { errcode: 0, errmsg: "ok", publish_id: p.publish_id, msg_data_id: p.msg_data_id };
}
function publishGet(ctx) {
  const id = String(ctx.json?.publish_id ?? "");
  const p = ctx.account.published.find((x) => x.publish_id === id);
  if (!p) fail("invalidPublishId", "hint: publish_id");
  if (p.finishAt > ctx.now()) return { publish_id: p.publish_id, publish_status: 1, fail_idx: [] };
  if (!p.article_id)
    return {
      publish_id: p.publish_id,
      publish_status: p.status,
      fail_idx: p.status === 2 || p.status === 4 ? [1] : []
    };
  return {
    publish_id: p.publish_id,
    publish_status: p.status,
    article_id: p.article_id,
    article_detail: {
      count: p.article_urls.length,
      item: p.article_urls.map((article_url, i) => ({ idx: i + 1, article_url }))
    },
    fail_idx: []
  };
}
function publishBatchGet(ctx) {
  const body = ctx.json ?? {};
  const count = body.count ?? 20;
  if (typeof count !== "number" || count < 1 || count > 20) fail("badJson", "hint: count must be 1-20");
  const done = ctx.account.published.filter((p) => p.article_id).reverse();
  const page2 = done.slice(body.offset ?? 0, (body.offset ?? 0) + count);
  return {
    total_count: done.length,
    item_count: page2.length,
    item: page2.map((p) => ({
      article_id: p.article_id,
      content: {
        news_item: p.articles.map((a, i) => ({
          ...a,
          content: body.no_content ? "" : a.content,
          url: p.article_urls[i],
          is_deleted: false
        }))
      },
      update_time: Math.floor(p.finishAt / 1e3)
    }))
  };
}
function publishGetArticle(ctx) {
  const id = ctx.json?.article_id;
  const p = ctx.account.published.find((x) => x.article_id === id);
  if (!p) fail("invalidPublishId", "hint: article_id");
  return { news_item: p.articles.map((a, i) => ({ ...a, url: p.article_urls[i], is_deleted: false })) };
}

// src/emulator/mass-message.ts
var MASS_TYPES = ["mpnews", "text", "voice", "image", "mpvideo", "wxcard"];
var field = (body, part, key) => body[part]?.[key];
var filled = (v) => typeof v === "string" && v.trim() !== "";
function massType(body) {
  const type = body.msgtype;
  if (!MASS_TYPES.includes(type)) fail("invalidMessageType", hintToken());
  return type;
}
function massMessage(ctx, body) {
  const msgtype = massType(body);
  const isMaterial2 = (id) => ctx.account.materials.some((m) => m.media_id === id);
  switch (msgtype) {
    case "mpnews": {
      const id = field(body, "mpnews", "media_id");
      const draft = ctx.account.drafts.find((d) => d.media_id === id && !d.deleted);
      if (!draft) fail("invalidMediaId", hintToken());
      if (isPublishing(ctx.account, draft.media_id, ctx.now())) fail("invalidMediaId", PUBLISHING_HINT);
      return { msgtype, media_id: draft.media_id, draft };
    }
    case "text": {
      if (!filled(field(body, "text", "content"))) fail("emptyContent", hintToken());
      return { msgtype, media_id: "" };
    }
    case "image": {
      const ids = field(body, "images", "media_ids") ?? [field(body, "image", "media_id")];
      if (!Array.isArray(ids) || ids.length === 0 || !ids.every(isMaterial2))
        fail("invalidMediaId", hintToken());
      return { msgtype, media_id: ids[0] };
    }
    case "voice":
    case "mpvideo": {
      const id = field(body, msgtype, "media_id");
      if (!filled(id)) fail("invalidMediaId", hintToken());
      return { msgtype, media_id: id };
    }
    case "wxcard": {
      if (!filled(field(body, "wxcard", "card_id"))) fail("invalidCardId", hintToken());
      return { msgtype, media_id: "" };
    }
  }
}

// src/emulator/mass.ts
function checkQuota(ctx, toAll, tagId, today) {
  const account = ctx.account;
  if (account.kind === "subscription") {
    if (account.massSends.some((m) => m.localDate === today)) fail("noMassQuota");
    return;
  }
  if (toAll && account.massSends.some((m) => m.localDate === today && m.is_to_all)) fail("noMassQuota");
  const month = account.massSends.filter((m) => m.localDate.startsWith(today.slice(0, 7)));
  const reach = month.filter((m) => m.is_to_all || !toAll && m.tag_id === tagId).length;
  if (reach >= 4) fail("noMassQuota");
}
function sendAll(ctx) {
  const body = ctx.json ?? {};
  const account = ctx.account;
  const now = ctx.now();
  massType(body);
  const clientmsgid = typeof body.clientmsgid === "string" ? body.clientmsgid : null;
  if (clientmsgid && Buffer.byteLength(clientmsgid) > 64) fail("clientMsgIdTooLong");
  if (clientmsgid) {
    const earlier = account.massSends.find((m) => m.clientmsgid === clientmsgid && now - m.at < 864e5);
    if (earlier) fail("clientMsgIdExists", "", { msg_id: earlier.msg_id });
  }
  const message = massMessage(ctx, body);
  const toAll = body.filter?.is_to_all === true;
  const tagId = toAll ? null : body.filter?.tag_id ?? null;
  if (!toAll && (tagId === null || !account.tags.some((t) => t.id === tagId))) fail("invalidTag");
  const today = localDateIn(now, ctx.settings.timezone);
  checkQuota(ctx, toAll, tagId, today);
  const n = ++account.seq;
  const articles = message.draft?.articles ?? [];
  const msgDataId = message.draft ? String(245589e4 + n) : "";
  const send2 = {
    msg_id: 314748e4 + n,
    msg_data_id: msgDataId,
    msgtype: message.msgtype,
    media_id: message.media_id,
    is_to_all: toAll,
    tag_id: tagId,
    clientmsgid,
    at: now,
    localDate: today,
    articles,
    article_urls: articles.map((_, i) => articleUrl(account.appid, msgDataId, i + 1))
  };
  account.massSends.push(send2);
  if (message.draft) message.draft.deleted = true;
  return {
    errcode: 0,
    errmsg: "send job submission success",
    msg_id: send2.msg_id,
    ...message.draft ? { msg_data_id: Number(msgDataId) } : {}
  };
}
function massGet(ctx) {
  const id = Number(ctx.json?.msg_id);
  const send2 = ctx.account.massSends.find((m) => m.msg_id === id);
  if (!send2) fail("invalidMsgId");
  return { msg_id: send2.msg_id, msg_status: "SEND_SUCCESS" };
}
function massPreview(ctx) {
  const body = ctx.json ?? {};
  if (!body.touser && !body.towxname) fail("badJson", "hint: touser or towxname");
  if (!ctx.account.drafts.some((d) => d.media_id === body.mpnews?.media_id && !d.deleted))
    fail("invalidMediaId");
  return { errcode: 0, errmsg: "preview success", msg_id: 3147e6 + ++ctx.account.seq };
}

// src/emulator/datacube.ts
import { createHash as createHash3 } from "node:crypto";
var DAY = 864e5;
var DATACUBE_START = "2025-11-01";
var TRACKED_DAYS = 30;
function num(seed, max) {
  return createHash3("sha256").update(seed).digest().readUInt32BE(0) % max;
}
var isDate = (s) => {
  if (typeof s !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const ms = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === s;
};
var addDays = (date, n) => new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
function sentItems(ctx) {
  const zone = ctx.settings.timezone;
  const items = ctx.account.massSends.map((m) => ({
    date: m.localDate,
    msgDataId: m.msg_data_id,
    type: 0,
    titles: m.articles.map((a) => a.title),
    urls: m.article_urls
  }));
  for (const p of ctx.account.published) {
    if (p.article_id)
      items.push({
        date: localDateIn(p.finishAt, zone),
        msgDataId: p.msg_data_id,
        type: 1,
        titles: p.articles.map((a) => a.title),
        urls: p.article_urls
      });
  }
  return items;
}
function detail(msgid, statDate, k) {
  const base = num(msgid, 900) + 100;
  let read = 0;
  for (let d = 0; d <= k; d++) read += Math.round(base * 0.55 ** d);
  const part = (salt, per1000) => Math.round(read * (per1000 + num(msgid + salt, per1000)) / 1e3);
  const finish = 0.4 + num(`${msgid}f`, 40) / 100;
  return {
    stat_date: statDate,
    read_user: read,
    read_user_source: [
      { scene_desc: "\u5168\u90E8", user_count: read },
      { scene_desc: "\u516C\u4F17\u53F7\u6D88\u606F", user_count: Math.round(read * 0.6) },
      { scene_desc: "\u804A\u5929\u4F1A\u8BDD", user_count: Math.round(read * 0.25) },
      { scene_desc: "\u670B\u53CB\u5708", user_count: read - Math.round(read * 0.6) - Math.round(read * 0.25) }
    ],
    share_user: part("s", 40),
    zaikan_user: part("z", 15),
    like_user: part("l", 25),
    comment_count: part("c", 8),
    collection_user: part("f", 10),
    praise_money: 0,
    read_subscribe_user: part("u", 6),
    read_delivery_rate: Math.round((0.05 + num(`${msgid}d`, 10) / 100) * 1e4) / 1e4,
    read_finish_rate: Math.round(finish * 1e4) / 1e4,
    read_avg_activetime: Math.round((1 + num(`${msgid}t`, 400) / 100) * 100) / 100,
    read_jump_position: [1, 2, 3, 4, 5].map((position) => ({
      position,
      rate: Math.round((1 - finish) * 2e3 / position) / 1e4
    }))
  };
}
function articleTotalDetail(ctx) {
  const body = ctx.json ?? {};
  if (!isDate(body.begin_date) || !isDate(body.end_date))
    fail("dateFormat", "hint: begin_date and end_date as YYYY-MM-DD");
  const yesterday = addDays(localDateIn(ctx.now(), ctx.settings.timezone), -1);
  if (body.begin_date !== body.end_date) fail("dateRange", "hint: one day per call (begin_date = end_date)");
  if (body.end_date > yesterday) fail("dateRange", `hint: end_date at most yesterday (${yesterday})`);
  const date = body.begin_date;
  if (date < DATACUBE_START) return { list: [], is_delay: false };
  const list = sentItems(ctx).filter((i) => i.date === date).flatMap(
    (i) => i.titles.map((title, idx) => {
      const msgid = `${i.msgDataId}_${idx + 1}`;
      const days = [];
      for (let k = 0; k < TRACKED_DAYS && addDays(date, k) <= yesterday; k++)
        days.push(detail(msgid, addDays(date, k), k));
      return {
        ref_date: date,
        msgid,
        publish_type: i.type,
        title,
        content_url: i.urls[idx] ?? "",
        detail_list: days
      };
    })
  );
  return { list, is_delay: false };
}

// src/emulator/tags-datacube.ts
function tagsGet(ctx) {
  return { tags: ctx.account.tags.map((t) => ({ ...t })) };
}
function tagsCreate(ctx) {
  const name = ctx.json?.tag?.name;
  if (typeof name !== "string" || name.trim() === "" || ctx.account.tags.some((t) => t.name === name))
    fail("tagNameInvalid");
  if ([...name].length > 30) fail("tagNameTooLong");
  const id = Math.max(99, ...ctx.account.tags.map((t) => t.id)) + 1;
  ctx.account.tags.push({ id, name, count: 0 });
  return { tag: { id, name } };
}
function quotaGet(ctx) {
  const path = String(
    ctx.json?.cgi_path ?? ctx.query.get("cgi_path") ?? ""
  );
  const limit = ctx.settings.quotas[path];
  if (limit === void 0) fail("invalidPublishId", "hint: cgi_path");
  const used = ctx.account.usage.get(`${path}|${localDateIn(ctx.now(), ctx.settings.timezone)}`) ?? 0;
  return { errcode: 0, errmsg: "ok", quota: { daily_limit: limit, used, remain: Math.max(0, limit - used) } };
}

// src/emulator/token.ts
import { randomBytes as randomBytes2 } from "node:crypto";

// src/emulator/auth.ts
function checkWhitelist(ctx, account) {
  if (!account.whitelist) return;
  const ip = ctx.remoteAddress.replace(/^::ffff:/, "");
  if (!account.whitelist.includes(ip)) fail("ipNotWhitelisted", `${ip} ipv6 ::ffff:${ip}, not in whitelist`);
}
function accountForToken(ctx) {
  const token = ctx.query.get("access_token");
  if (!token) fail("missingToken");
  const now = ctx.now();
  for (const account of ctx.state.accounts.values()) {
    const info = account.tokens.get(token);
    if (!info) continue;
    const revokedAt = info.revokedAt ?? Infinity;
    if (revokedAt <= now && revokedAt < info.expiresAt) fail("invalidCredential");
    if (info.expiresAt <= now) fail("expiredToken");
    checkWhitelist(ctx, account);
    return account;
  }
  fail("invalidCredential");
}

// src/emulator/token.ts
function credentials(ctx, grantType, appid, secret) {
  if (grantType !== "client_credential") fail("invalidGrantType");
  if (typeof appid !== "string" || appid === "") fail("missingAppid");
  if (typeof secret !== "string" || secret === "") fail("missingSecret");
  const account = typeof appid === "string" ? ctx.state.accounts.get(appid) : void 0;
  if (!account) fail("invalidAppid", `hint: [${String(appid)}]`);
  checkWhitelist(ctx, account);
  if (secret !== account.secret) fail("invalidSecret");
  return account;
}
var newToken = () => randomBytes2(48).toString("base64url");
function classicToken(ctx) {
  const q = ctx.query;
  const account = credentials(
    ctx,
    q.get("grant_type"),
    q.get("appid") ?? void 0,
    q.get("secret") ?? void 0
  );
  const now = ctx.now();
  countCall(account, ctx.path, ctx.settings, now, "tokenQuota");
  for (const [t, info] of account.tokens)
    if (info.kind === "classic")
      account.tokens.set(t, { ...info, revokedAt: Math.min(info.revokedAt ?? Infinity, now + 3e5) });
  const token = newToken();
  account.tokens.set(token, { expiresAt: now + ctx.settings.tokenTtlSeconds * 1e3, kind: "classic" });
  return { access_token: token, expires_in: ctx.settings.tokenTtlSeconds };
}
var FORCE_INTERVAL_MS = 3e4;
var FORCE_PER_DAY = 20;
function stableToken(ctx) {
  if (ctx.json === void 0) fail("emptyPostData");
  const body = ctx.json ?? {};
  const account = credentials(ctx, body.grant_type, body.appid, body.secret);
  const now = ctx.now();
  countCall(account, ctx.path, ctx.settings, now);
  const current = account.stable;
  const last = account.forceRefresh;
  const force = body.force_refresh === true && !(last && now - last.at < FORCE_INTERVAL_MS);
  if (force) {
    const today = localDateIn(now, ctx.settings.timezone);
    const count = last?.date === today ? last.count : 0;
    if (count >= FORCE_PER_DAY) fail("quota");
    account.forceRefresh = { at: now, date: today, count: count + 1 };
    if (current) account.tokens.delete(current.token);
  } else if (current && current.expiresAt - now > 3e5) {
    return { access_token: current.token, expires_in: Math.floor((current.expiresAt - now) / 1e3) };
  } else if (current) {
    account.tokens.set(current.token, { expiresAt: current.expiresAt, kind: "stable" });
  }
  const token = newToken();
  const expiresAt = now + ctx.settings.tokenTtlSeconds * 1e3;
  account.stable = { token, expiresAt };
  account.tokens.set(token, { expiresAt, kind: "stable" });
  return { access_token: token, expires_in: ctx.settings.tokenTtlSeconds };
}

// src/emulator/routes.ts
var post = (handler) => ({ method: "POST", auth: true, handler });
var ROUTES = {
  "/cgi-bin/token": { method: "GET", auth: false, handler: classicToken },
  "/cgi-bin/stable_token": { method: "POST", auth: false, handler: stableToken },
  "/cgi-bin/media/uploadimg": post(uploadImg),
  "/cgi-bin/material/add_material": post(addMaterial),
  "/cgi-bin/material/get_materialcount": { method: "GET", auth: true, handler: materialCount },
  "/cgi-bin/material/get_material": post(getMaterial),
  "/cgi-bin/material/del_material": post(delMaterial),
  "/cgi-bin/material/batchget_material": post(batchGetMaterial),
  // the old article statistics, switched off by WeChat: clients get the real answer
  ...Object.fromEntries(
    [
      "getarticlesummary",
      "getarticletotal",
      "getuserread",
      "getuserreadhour",
      "getusershare",
      "getusersharehour"
    ].map((name) => [`/datacube/${name}`, post(() => fail("apiOffline"))])
  ),
  "/cgi-bin/draft/add": post(draftAdd),
  "/cgi-bin/draft/update": post(draftUpdate),
  "/cgi-bin/draft/get": post(draftGet),
  "/cgi-bin/draft/delete": post(draftDelete),
  "/cgi-bin/draft/batchget": post(draftBatchGet),
  "/cgi-bin/draft/count": { method: "GET", auth: true, handler: draftCount },
  "/cgi-bin/freepublish/submit": post(publishSubmit),
  "/cgi-bin/freepublish/get": post(publishGet),
  "/cgi-bin/freepublish/batchget": post(publishBatchGet),
  "/cgi-bin/freepublish/getarticle": post(publishGetArticle),
  "/cgi-bin/message/mass/sendall": post(sendAll),
  "/cgi-bin/message/mass/get": post(massGet),
  "/cgi-bin/message/mass/preview": post(massPreview),
  "/cgi-bin/tags/get": { method: "GET", auth: true, handler: tagsGet },
  "/cgi-bin/tags/create": post(tagsCreate),
  "/datacube/getarticletotaldetail": post(articleTotalDetail),
  "/cgi-bin/openapi/quota/get": { method: "ANY", auth: true, handler: quotaGet }
};
var DEFAULT_QUOTAS = {
  "/cgi-bin/token": 2e3,
  "/cgi-bin/stable_token": 5e5,
  "/cgi-bin/media/uploadimg": 1e5,
  "/cgi-bin/material/add_material": 1e5,
  "/cgi-bin/draft/add": 1e3,
  "/cgi-bin/draft/update": 1e3,
  "/cgi-bin/draft/get": 500,
  "/cgi-bin/draft/delete": 1e3,
  "/cgi-bin/draft/batchget": 1e3,
  "/cgi-bin/draft/count": 1e3,
  "/cgi-bin/freepublish/submit": 100,
  "/cgi-bin/freepublish/get": 100,
  "/cgi-bin/freepublish/batchget": 100,
  "/cgi-bin/freepublish/getarticle": 100,
  "/cgi-bin/message/mass/sendall": 100
};

// src/emulator/config-body.ts
var FINISHED_STATUSES = [0, 2, 3, 4, 5, 6];
var configBody = external_exports.object({
  publishStatus: external_exports.number().int().refine((n) => FINISHED_STATUSES.includes(n), "must be 0, 2, 3, 4, 5 or 6"),
  publishDelayMs: external_exports.number().int().min(0),
  tokenTtlSeconds: external_exports.number().int().min(1),
  quotas: external_exports.record(external_exports.string(), external_exports.number().int().min(0)),
  whitelist: external_exports.array(external_exports.string()).nullable(),
  kind: external_exports.enum(["service", "subscription"]),
  verified: external_exports.boolean()
}).partial().strict();
function parseConfigBody(json) {
  const parsed = configBody.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  if (issue.code === "unrecognized_keys")
    return {
      ok: false,
      error: `unknown field ${issue.keys.join(", ")}; expected ${Object.keys(configBody.shape).join(", ")}`
    };
  return { ok: false, error: `${issue.path.join(".") || "the body"}: ${issue.message}` };
}

// src/emulator/admin.ts
function handleAdmin(input) {
  const { method, path, state, settings, faults } = input;
  let json = {};
  try {
    json = input.raw.length ? JSON.parse(input.raw.toString("utf8")) : {};
  } catch {
    return { status: 400, body: { error: "body is not JSON" } };
  }
  const key = `${method} ${path}`;
  switch (key) {
    case "GET /__emulator/state":
      return { status: 200, body: dumpState(state, input.now()) };
    case "POST /__emulator/clock": {
      const ms = typeof json.now === "string" ? Date.parse(json.now) : NaN;
      if (Number.isNaN(ms)) return { status: 400, body: { error: 'expected {"now":"<iso>"}' } };
      input.setClock(ms);
      return { status: 200, body: { now: new Date(input.now()).toISOString() } };
    }
    case "POST /__emulator/faults": {
      const error = applyFaults(faults, json, (ms) => settings.publishDelayMs = ms);
      if (error) return { status: 400, body: { error } };
      return { status: 200, body: { ...faults, publishDelayMs: settings.publishDelayMs } };
    }
    case "GET /__emulator/faults":
      return { status: 200, body: { ...faults, publishDelayMs: settings.publishDelayMs } };
    case "DELETE /__emulator/faults":
      faults.delayMs = 0;
      faults.failNext.length = 0;
      faults.dropNext.length = 0;
      faults.answerLost.length = 0;
      return { status: 200, body: { ...faults, publishDelayMs: settings.publishDelayMs } };
    case "POST /__emulator/config": {
      const parsed = parseConfigBody(json);
      if (!parsed.ok) return { status: 400, body: { error: parsed.error } };
      const body = parsed.value;
      if (body.publishStatus !== void 0) settings.publishStatus = body.publishStatus;
      if (body.publishDelayMs !== void 0) settings.publishDelayMs = body.publishDelayMs;
      if (body.tokenTtlSeconds !== void 0) settings.tokenTtlSeconds = body.tokenTtlSeconds;
      if (body.quotas) Object.assign(settings.quotas, body.quotas);
      for (const account of state.accounts.values()) {
        if (body.whitelist !== void 0) account.whitelist = body.whitelist ?? void 0;
        if (body.kind) account.kind = body.kind;
        if (body.verified !== void 0) account.verified = body.verified;
      }
      return { status: 200, body: { settings } };
    }
    default:
      return { status: 404, body: { error: `unknown emulator control ${key}` } };
  }
}

// src/emulator/permissions.ts
var VERIFIED_ONLY = [
  /^\/cgi-bin\/freepublish\//,
  /^\/cgi-bin\/message\/mass\/sendall$/,
  /^\/cgi-bin\/tags\//,
  /^\/datacube\//
];
function checkPermission(path, account) {
  if (!account.verified && VERIFIED_ONLY.some((p) => p.test(path)))
    fail("unauthorized", "hint: this account is not verified");
}

// src/emulator/preview-page.ts
var escapeText = (text) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
var page = (title, body) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeText(title)}</title><style>body{margin:0 auto;max-width:677px;padding:20px 16px;font-family:-apple-system,"PingFang SC",sans-serif}h1{font-size:22px;line-height:1.4}.meta{color:#888;font-size:15px}</style></head><body>${body}</body></html>`;
function previewPage(state, query) {
  const biz = query.get("__biz") ?? "";
  const account = [...state.accounts.values()].find((a) => bizOf(a.appid) === biz);
  const draft = account?.drafts.find((d) => d.media_id === query.get("mid") && !d.deleted);
  const article = draft?.articles[Number(query.get("idx") ?? "1") - 1];
  if (!article || query.get("tempkey") !== "preview")
    return { status: 404, html: page("\u94FE\u63A5\u5DF2\u8FC7\u671F", "<p>\u6B64\u5185\u5BB9\u56E0\u9884\u89C8\u94FE\u63A5\u5DF2\u8FC7\u671F\u6216\u5DF2\u88AB\u5220\u9664\uFF0C\u65E0\u6CD5\u67E5\u770B\u3002</p>") };
  const meta = [article.author, "\u9884\u89C8"].filter(Boolean).map(escapeText).join(" \xB7 ");
  return {
    status: 200,
    html: page(
      article.title,
      `<h1>${escapeText(article.title)}</h1><p class="meta">${meta}</p><div id="js_content">${article.content}</div>`
    )
  };
}

// src/emulator/create-emulator.ts
var UPLOADS = /* @__PURE__ */ new Set(["/cgi-bin/media/uploadimg", "/cgi-bin/material/add_material"]);
var DEFAULT_APP_ID = "wx0000000000emulator";
var DEFAULT_APP_SECRET = "emulator-secret";
async function createEmulator(options = {}) {
  let offset = options.clock === void 0 ? 0 : (typeof options.clock === "number" ? options.clock : Date.parse(options.clock)) - Date.now();
  const now = () => Date.now() + offset;
  const settings = {
    publishDelayMs: 1500,
    publishStatus: 0,
    quotas: { ...DEFAULT_QUOTAS },
    timezone: "Asia/Shanghai",
    tokenTtlSeconds: 7200,
    contentTextMax: 2e4,
    contentBytesMax: 1024 * 1024,
    ...options.settings
  };
  const state = { accounts: /* @__PURE__ */ new Map(), calls: [] };
  const appId = options.appId ?? DEFAULT_APP_ID;
  state.accounts.set(
    appId,
    createAccount(
      appId,
      options.appSecret ?? DEFAULT_APP_SECRET,
      options.kind ?? "subscription",
      options.tags ?? [],
      options.verified ?? true
    )
  );
  const faults = createFaults();
  let baseUrl = "";
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = url.pathname;
    const method = req.method ?? "GET";
    try {
      const raw = await readBody(req);
      settleDue(state, now());
      if (path.startsWith("/__emulator/")) {
        const answer = handleAdmin({
          method,
          path,
          raw,
          state,
          settings,
          faults,
          now,
          setClock: (ms) => offset = ms - Date.now()
        });
        return send(res, answer.status, answer.body);
      }
      if (faults.delayMs > 0) {
        await new Promise((r) => setTimeout(r, faults.delayMs));
        settleDue(state, now());
      }
      if (take(faults.dropNext, path)) {
        state.calls.push({ method, path, errcode: -2, at: new Date(now()).toISOString() });
        req.socket.destroy();
        return;
      }
      const forced = take(faults.failNext, path);
      if (forced) {
        state.calls.push({ method, path, errcode: forced.errcode, at: new Date(now()).toISOString() });
        return send(res, 200, errorForCode(forced.errcode));
      }
      if (path === "/s" && method === "GET") {
        const answer = previewPage(state, url.searchParams);
        res.writeHead(answer.status, { "Content-Type": "text/html; charset=utf-8", Connection: "close" });
        return res.end(answer.html);
      }
      const route = ROUTES[path];
      let body;
      try {
        if (!route) throw wechatError("invalidUrl", `hint: ${path}`);
        if (route.method === "POST" && method !== "POST") throw wechatError("requirePost");
        if (route.method === "GET" && method !== "GET") throw wechatError("requireGet");
        const { json, media: media2 } = parseRequestBody(raw, req.headers["content-type"] ?? "");
        const base = {
          method,
          path,
          query: url.searchParams,
          json,
          media: media2,
          remoteAddress: req.socket.remoteAddress ?? "",
          state,
          settings,
          now,
          baseUrl
        };
        const account = route.auth ? accountForToken(base) : void 0;
        if (account) checkPermission(path, account);
        if (account) countCall(account, path, settings, now());
        if (method === "POST" && raw.length === 0 && !UPLOADS.has(path)) throw wechatError("emptyPostData");
        body = route.handler({ ...base, account });
        if (take(faults.answerLost, path)) {
          state.calls.push({ method, path, errcode: 0, at: new Date(now()).toISOString(), answerLost: true });
          req.socket.destroy();
          return;
        }
        state.calls.push({ method, path, errcode: 0, at: new Date(now()).toISOString() });
      } catch (error) {
        if (!(error instanceof WechatError)) throw error;
        state.calls.push({ method, path, errcode: error.errcode, at: new Date(now()).toISOString() });
        body = { errcode: error.errcode, errmsg: error.errmsg, ...error.extra };
      }
      send(res, 200, body);
    } catch (error) {
      state.calls.push({ method, path, errcode: -1, at: new Date(now()).toISOString() });
      send(res, 500, { errcode: -1, errmsg: `system error: ${error.message}` });
    }
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const port = server.address().port;
  baseUrl = `http://${options.host ?? "127.0.0.1"}:${port}`;
  return {
    url: baseUrl,
    port,
    now,
    setClock: (ms) => {
      offset = ms - Date.now();
    },
    state: () => {
      settleDue(state, now());
      return dumpState(state, now());
    },
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    })
  };
}

export {
  DEFAULT_APP_ID,
  DEFAULT_APP_SECRET,
  createEmulator
};
