import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  codePoints
} from "./chunk-7M4XFPZV.js";
import {
  ruleSettingSchema
} from "./chunk-G5RI4KAW.js";
import {
  external_exports
} from "./chunk-L5CD6X34.js";

// src/content/frontmatter-schema.ts
function text(opts) {
  let schema = external_exports.string({ error: "expected text" });
  if (opts.nonEmpty)
    schema = schema.refine((s) => s.trim() !== "", {
      message: "must not be empty",
      params: { rule: "empty" }
    });
  if (opts.max !== void 0) {
    const max = opts.max;
    schema = schema.refine((s) => codePoints(s) <= max, {
      params: { rule: "max-length", max },
      message: `is longer than ${max} characters`
    });
  }
  return schema;
}
var REQUIRED_KEYS = ["title", "topic", "audience", "cover"];
var TEXT_KEYS = /* @__PURE__ */ new Set([
  "title",
  "topic",
  "slot",
  "audience",
  "slogan",
  "author",
  "digest",
  "cover",
  "id",
  "account",
  "theme"
]);
function hardMaxLength(config, key) {
  const { titleMax, authorMax, digestMax } = config.limits;
  const max = { title: titleMax, author: authorMax, digest: digestMax };
  return Object.hasOwn(max, key) ? max[key] : void 0;
}
var built = /* @__PURE__ */ new WeakMap();
function frontmatterSchemas(config) {
  let schemas = built.get(config);
  if (!schemas) built.set(config, schemas = buildSchemas(config));
  return schemas;
}
function buildSchemas(config) {
  return {
    title: text({ max: hardMaxLength(config, "title"), nonEmpty: true }),
    topic: text({ nonEmpty: true }),
    slot: text({ nonEmpty: true }),
    audience: text({ nonEmpty: true }),
    slogan: text({ max: hardMaxLength(config, "slogan") }),
    author: text({ max: hardMaxLength(config, "author") }),
    digest: text({ max: hardMaxLength(config, "digest") }),
    cover: text({ nonEmpty: true }),
    id: text({ nonEmpty: true }),
    account: text({ nonEmpty: true }).refine((s) => Object.hasOwn(config.accounts, s), {
      params: { rule: "unknown-account" },
      message: "is not an account of the site config"
    }),
    mode: external_exports.enum(["draft", "publish", "broadcast"], { error: "must be one of draft, publish, broadcast" }),
    theme: text({ nonEmpty: true }),
    source_url: external_exports.string({ error: "expected text" }).refine((s) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(s), {
      message: "must be an http(s) URL"
    }),
    comments: external_exports.enum(["off", "all", "followers"], { error: "must be one of off, all, followers" }),
    lint: external_exports.record(external_exports.string(), ruleSettingSchema, {
      error: 'must map rule ids to "off" | "warn" | "error" | [severity, options]'
    }),
    order: external_exports.number({ error: "expected a whole number" }).int({ error: "expected a whole number" }),
    position: external_exports.number({ error: "expected a whole number" }).int({ error: "expected a whole number" })
  };
}

export {
  REQUIRED_KEYS,
  TEXT_KEYS,
  hardMaxLength,
  frontmatterSchemas
};
