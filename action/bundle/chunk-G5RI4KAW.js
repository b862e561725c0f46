import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  external_exports
} from "./chunk-L5CD6X34.js";

// src/config/schema.ts
var severity = external_exports.enum(["off", "warn", "error", "info"]);
var RULE_SETTING_HELP = '"off" | "warn" | "error" (or "info"), or [severity, { options }]';
function suggestRuleLevel(level) {
  const aliases = {
    "0": "off",
    "1": "warn",
    "2": "error",
    warning: "warn",
    err: "error",
    false: "off",
    none: "off",
    disable: "off",
    disabled: "off",
    on: "error"
  };
  const text = String(level).toLowerCase();
  if (typeof level !== "string" && typeof level !== "number" && typeof level !== "boolean") return void 0;
  return aliases[text] ?? ["off", "warn", "error", "info"].find((l) => l !== text && (l.startsWith(text) || text.startsWith(l)));
}
var ruleSettingSchema = external_exports.union(
  [severity, external_exports.tuple([severity]), external_exports.tuple([severity, external_exports.record(external_exports.string(), external_exports.unknown())])],
  { error: `must be ${RULE_SETTING_HELP}` }
);
var hhmm = external_exports.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected HH:MM (24-hour clock)");
var windowSchema = external_exports.object({ start: hhmm, end: hhmm });
var accountSchema = external_exports.object({
  /** Display name, used in reports. */
  name: external_exports.string().optional(),
  /** 订阅号 (one mass send per day) or 服务号 (4 per follower per month). */
  kind: external_exports.enum(["subscription", "service"]).default("subscription"),
  /** What happens at the slot: keep a draft, `freepublish`, or mass-send (`sendall`). */
  mode: external_exports.enum(["draft", "publish", "broadcast"]).default("draft"),
  /** Follower tag names known for this account; audiences are checked against them when given. */
  tags: external_exports.array(external_exports.string().min(1)).optional(),
  /** Environment variable names holding this account's credentials (defaults WECHAT_APP_ID/SECRET). */
  appIdEnv: external_exports.string().default("WECHAT_APP_ID"),
  appSecretEnv: external_exports.string().default("WECHAT_APP_SECRET"),
  /** WeChat IDs that get `mass/preview` after the draft is made. */
  previewTo: external_exports.array(external_exports.string()).default([])
});
var configSchema = external_exports.object({
  $schema: external_exports.string().optional(),
  /** Language of messages, hints and summaries (`zh-CN` or `en`); rule ids and JSON fields never change. */
  locale: external_exports.enum(["en", "zh-CN"]).default("en"),
  /** IANA time zone for naive slots, local days and windows. */
  timezone: external_exports.string().default("Asia/Shanghai"),
  /** Content folder, relative to the site root. */
  content: external_exports.string().default("content"),
  /** Default theme id (`themes/<id>/`). */
  theme: external_exports.string().default("default"),
  /** Extra folders searched for themes, relative to the site root (`themes/` always is). */
  themeDirs: external_exports.array(external_exports.string()).default([]),
  limits: external_exports.object({
    titleMax: external_exports.number().int().positive().default(64),
    titleWarn: external_exports.number().int().positive().default(32),
    /** An error above (DESIGN §2: 54 by default; WeChat's own limit is 120). */
    digestMax: external_exports.number().int().positive().default(54),
    /** What a share card shows: `length/digest-length` warns above. */
    digestWarn: external_exports.number().int().positive().default(54),
    authorMax: external_exports.number().int().positive().default(8),
    /** Visible text of the rendered article, in characters: error at or above (WeChat's 20,000). */
    contentTextMax: external_exports.number().int().positive().default(2e4),
    /** Rendered HTML in bytes (UTF-8): error at or above (WeChat's 1 MB). */
    contentBytesMax: external_exports.number().int().positive().default(1024 * 1024),
    /** Rendered HTML in characters: warning (`render/html-long`) at or above. */
    htmlCharsWarn: external_exports.number().int().positive().default(2e5)
  }).prefault({}),
  schedule: external_exports.object({
    /** Preferred send windows, local time. */
    windows: external_exports.array(windowSchema).default([
      { start: "07:30", end: "09:00" },
      { start: "19:30", end: "21:30" }
    ]),
    /** A slot closer than this to now warns (minutes). */
    leadMinutes: external_exports.number().nonnegative().default(30),
    /** A slot further than this in the future is reported as info (days). */
    horizonDays: external_exports.number().positive().default(180),
    /** `publish --now T` still sends a push whose slot is at most this late (minutes). */
    maxLatenessMinutes: external_exports.number().nonnegative().default(180),
    /** Articles in one push. */
    maxArticlesPerPush: external_exports.number().int().min(1).max(8).default(8),
    /** Head article of a push: by `order`/`position` then slug, or by slug only. */
    headOrder: external_exports.enum(["order", "slug"]).default("order")
  }).prefault({}),
  accounts: external_exports.record(external_exports.string(), accountSchema).default({ main: accountSchema.parse({}) }),
  /** Account used by articles without an `account` key. */
  defaultAccount: external_exports.string().default("main"),
  /** Lint rules, ESLint style. */
  rules: external_exports.record(external_exports.string(), ruleSettingSchema).default({}),
  /** Lint preset to start from. */
  preset: external_exports.enum(["recommended", "none"]).default("recommended"),
  /** Extra words for `typography/product-name` (correct spelling, e.g. "GitLab"). */
  terms: external_exports.array(external_exports.string()).default([]),
  /**
   * unified plugins: `plugin`, `[plugin, options]`, or a path inside the site (`"./plugins/remark-x.mjs"`,
   * `["./plugins/remark-x.mjs", options]`), which a JSON config can use too.
   */
  markdown: external_exports.object({
    remarkPlugins: external_exports.array(external_exports.unknown()).default([]),
    rehypePlugins: external_exports.array(external_exports.unknown()).default([])
  }).prefault({})
}).strict();
function defaultConfig() {
  return configSchema.parse({});
}
function configJsonSchema() {
  const schema = external_exports.toJSONSchema(configSchema, { io: "input", unrepresentable: "any" });
  return {
    ...schema,
    title: "wxpress.config.json",
    description: "wxpress site configuration; see the Configuration section of README.md."
  };
}

export {
  RULE_SETTING_HELP,
  suggestRuleLevel,
  ruleSettingSchema,
  windowSchema,
  accountSchema,
  configSchema,
  defaultConfig,
  configJsonSchema
};
