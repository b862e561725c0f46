import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  MAX_MARKDOWN_CHARS,
  parseSource
} from "./chunk-YH4DPLZN.js";
import "./chunk-AIIAS2E5.js";
import "./chunk-UI5AUGOU.js";
import "./chunk-2DVWRVNC.js";
import "./chunk-RCZ4IK7M.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-3THEZRCE.js";
import "./chunk-K7TYVW6Z.js";
import "./chunk-2W6RZ76N.js";
import "./chunk-DS2PTOKG.js";
import "./chunk-HQTF5GXH.js";
import "./chunk-EP4KRDZC.js";
export {
  MAX_MARKDOWN_CHARS,
  parseSource
};
