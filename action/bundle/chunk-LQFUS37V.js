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
} from "./chunk-DS2PTOKG.js";
import "./chunk-HQTF5GXH.js";
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
