import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  zodProblem
} from "./chunk-TLVM3YAI.js";
import {
  didYouMean
} from "./chunk-HD5MTZOP.js";
import {
  quoteValue,
  report
} from "./chunk-ATHEYLYN.js";
import {
  commonMessages,
  configMessages
} from "./chunk-OWIXN4P4.js";
import "./chunk-W666XFH3.js";
import "./chunk-6YQ3DZCD.js";
import "./chunk-S4VC6IKX.js";
import "./chunk-RGBDA2DB.js";
import {
  configSchema,
  defaultConfig,
  suggestRuleLevel
} from "./chunk-DS2PTOKG.js";
import "./chunk-HQTF5GXH.js";
import "./chunk-EP4KRDZC.js";

// src/config/parse-config.ts
var { msg } = configMessages;
function parseConfig(raw, file, locate) {
  const result = configSchema.safeParse(raw);
  let failed = false;
  if (!result.success) {
    failed = true;
    for (const issue of result.error.issues) {
      const at = issue.path.join(".");
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) {
          const s = didYouMean(key, Object.keys(configSchema.shape));
          report(
            file,
            "error",
            "config/unknown-key",
            "config",
            msg.unknownKey({ key: [...issue.path, key].join(".") }),
            {
              place: locate?.([...issue.path, key])?.start,
              value: key,
              hint: s ? commonMessages.msg.didYouMean({ s }) : commonMessages.msg.seeConfigDoc()
            }
          );
        }
        continue;
      }
      const value = valueAt(raw, issue.path);
      const shown = value === void 0 ? "" : quoteValue(value) ?? "";
      report(
        file,
        "error",
        "config/invalid",
        "config",
        msg.invalid({ at, ...zodProblem(issue), value: shown }),
        {
          place: locate?.(issue.path)?.start,
          field: at || void 0,
          value,
          hint: issue.path[0] === "rules" && issue.path.length === 2 ? ruleSettingHint(String(issue.path[1]), value) : chineseName(value) ? commonMessages.msg.didYouMean({ s: chineseName(value) }) : commonMessages.msg.seeConfigDoc()
        }
      );
    }
  }
  if (result.success)
    return { config: result.data, failed: !knownDefaultAccount(raw, result.data, file, locate) };
  const unknownOnly = result.error.issues.every((i) => i.code === "unrecognized_keys");
  const pruned = unknownOnly ? configSchema.safeParse(withoutKeys(raw, result.error.issues)) : void 0;
  if (pruned?.success) return { config: pruned.data, failed: false };
  const fallback = defaultConfig();
  const locale = raw?.locale;
  if (locale === "zh-CN" || locale === "en") fallback.locale = locale;
  return { config: fallback, failed };
}
function knownDefaultAccount(raw, config, file, locate) {
  const written = raw?.defaultAccount;
  if (typeof written !== "string" || written in config.accounts) return true;
  const known = Object.keys(config.accounts);
  report(
    file,
    "error",
    "config/invalid",
    "config",
    msg.invalid({
      at: "defaultAccount",
      problem: known.length ? `must be one of the accounts (${known.join(", ")})` : "`accounts` is empty",
      problemZh: known.length ? `\u5E94\u4E3A\u5DF2\u914D\u7F6E\u7684\u8D26\u53F7\u4E4B\u4E00\uFF1A${known.join("\u3001")}` : "`accounts` \u662F\u7A7A\u7684",
      value: written
    }),
    {
      place: locate?.(["defaultAccount"])?.start,
      field: "defaultAccount",
      value: written,
      hint: commonMessages.msg.seeConfigDoc()
    }
  );
  return false;
}
function withoutKeys(raw, issues) {
  const copy = structuredClone(raw);
  for (const issue of issues) {
    const node = valueAt(copy, issue.path);
    if (node && typeof node === "object") for (const key of issue.keys ?? []) delete node[key];
  }
  return copy;
}
var CHINESE_NAMES = {
  \u8BA2\u9605\u53F7: "subscription",
  \u670D\u52A1\u53F7: "service",
  \u7FA4\u53D1: "broadcast",
  \u53D1\u8868: "publish",
  \u53D1\u5E03: "publish",
  \u8349\u7A3F: "draft"
};
var chineseName = (value) => typeof value === "string" ? CHINESE_NAMES[value.trim()] : void 0;
function valueAt(raw, at) {
  let node = raw;
  for (const key of at) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[key];
  }
  return node;
}
function ruleSettingHint(id, value) {
  const level = Array.isArray(value) ? value[0] : value;
  return msg.ruleSettingHint({ s: suggestRuleLevel(level) ?? "", id });
}
export {
  parseConfig
};
