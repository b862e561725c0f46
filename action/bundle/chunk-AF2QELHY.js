import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  didYouMean
} from "./chunk-2HE3LQZM.js";
import {
  quoteValue,
  report
} from "./chunk-HXRLG5P4.js";
import {
  commonMessages,
  configMessages
} from "./chunk-LGQ3JMAU.js";
import "./chunk-W666XFH3.js";
import "./chunk-PK2X7JIC.js";
import "./chunk-RGBDA2DB.js";
import {
  configSchema,
  defaultConfig,
  suggestRuleLevel
} from "./chunk-G5RI4KAW.js";
import "./chunk-L5CD6X34.js";
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
        msg.invalid({ at, problem: issue.message, value: shown }),
        {
          place: locate?.(issue.path)?.start,
          field: at || void 0,
          value,
          hint: issue.path[0] === "rules" && issue.path.length === 2 ? ruleSettingHint(String(issue.path[1]), value) : commonMessages.msg.seeConfigDoc()
        }
      );
    }
  }
  return { config: result.success ? result.data : defaultConfig(), failed };
}
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
