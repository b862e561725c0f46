import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  conflictMarkers
} from "./chunk-5VEVMHFP.js";
import {
  zodProblem
} from "./chunk-TLVM3YAI.js";
import "./chunk-6YQ3DZCD.js";
import {
  external_exports
} from "./chunk-HQTF5GXH.js";
import "./chunk-EP4KRDZC.js";

// src/publish/ledger-schema.ts
var STATES = ["drafting", "drafted", "sending", "sent", "failed"];
var upload = external_exports.looseObject({ url: external_exports.string().optional(), mediaId: external_exports.string().optional() });
var entrySchema = external_exports.looseObject({
  version: external_exports.literal(1),
  slug: external_exports.string().min(1),
  state: external_exports.enum(STATES),
  pushId: external_exports.string().optional(),
  account: external_exports.string().optional(),
  mode: external_exports.enum(["draft", "publish", "broadcast"]).optional(),
  contentHash: external_exports.string().optional(),
  // older ledgers may lack these two: empty is what they meant
  uploads: external_exports.record(external_exports.string(), upload).default({}),
  draftMediaId: external_exports.string().optional(),
  draftIndex: external_exports.number().int().min(0).optional(),
  draftTitles: external_exports.array(external_exports.string()).optional(),
  publishId: external_exports.string().optional(),
  articleId: external_exports.string().optional(),
  msgId: external_exports.number().optional(),
  msgDataId: external_exports.string().optional(),
  confirmedBy: external_exports.literal("45065").optional(),
  clientmsgid: external_exports.string().optional(),
  articleUrl: external_exports.string().optional(),
  sentAt: external_exports.string().optional(),
  previews: external_exports.record(external_exports.string(), external_exports.string()).optional(),
  error: external_exports.looseObject({ errcode: external_exports.number().optional(), errmsg: external_exports.string() }).optional(),
  timestamps: external_exports.record(external_exports.string(), external_exports.string()).default({})
});
var BOM = "it starts with a byte-order mark (BOM), which some editors add: save it as UTF-8 without BOM";
function parseLedger(text, slug) {
  const markers = conflictMarkers(text);
  if (markers) return { ok: false, problem: markers };
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    if (text.startsWith("\uFEFF")) return { ok: false, problem: BOM };
    const why = error.message.replace(/\s+/g, " ").replace(/\uFEFF/g, "");
    return { ok: false, problem: `it is not valid JSON (${why})` };
  }
  if (!json || typeof json !== "object" || Array.isArray(json)) {
    return { ok: false, problem: "it is not a JSON object" };
  }
  const version = json.version;
  if (version === void 0) return { ok: false, problem: "it has no `version`" };
  if (version !== 1) {
    return {
      ok: false,
      problem: `its \`version\` is ${JSON.stringify(version)}; this wxpress reads version 1`
    };
  }
  const parsed = entrySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? `\`${issue.path.join(".")}\`` : "the entry";
    return { ok: false, problem: `${where}: ${zodProblem(issue).problem}` };
  }
  if (parsed.data.slug !== slug) {
    return { ok: false, problem: `it is the ledger of \`${parsed.data.slug}\`, not of \`${slug}\`` };
  }
  return { ok: true, entry: parsed.data };
}
export {
  parseLedger
};
