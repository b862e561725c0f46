import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  external_exports
} from "./chunk-L5CD6X34.js";
import "./chunk-EP4KRDZC.js";

// src/themes/theme.ts
var themeMetaSchema = external_exports.object({
  id: external_exports.string().regex(/^[a-z0-9][a-z0-9-]*$/, "expected a kebab-case id"),
  name: external_exports.string().min(1),
  description: external_exports.string().default(""),
  author: external_exports.string().default(""),
  codeStyle: external_exports.enum(["light", "dark"]).default("light")
});
export {
  themeMetaSchema
};
