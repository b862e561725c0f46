import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  RULE_SETTING_HELP,
  accountSchema,
  configJsonSchema,
  configSchema,
  defaultConfig,
  ruleSettingSchema,
  suggestRuleLevel,
  windowSchema
} from "./chunk-G5RI4KAW.js";
import "./chunk-L5CD6X34.js";
import "./chunk-EP4KRDZC.js";
export {
  RULE_SETTING_HELP,
  accountSchema,
  configJsonSchema,
  configSchema,
  defaultConfig,
  ruleSettingSchema,
  suggestRuleLevel,
  windowSchema
};
