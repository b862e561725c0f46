import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  MAX_MARKDOWN_CHARS,
  parseSource
} from "./chunk-S5OFMRMW.js";
import "./chunk-AIIAS2E5.js";
import "./chunk-DLA7MNRC.js";
import "./chunk-2DVWRVNC.js";
import "./chunk-7M4XFPZV.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-DYDMDMU4.js";
import "./chunk-IG4EDCR2.js";
import "./chunk-O5JSVDFR.js";
import "./chunk-DS2PTOKG.js";
import "./chunk-HQTF5GXH.js";
import "./chunk-EP4KRDZC.js";
export {
  MAX_MARKDOWN_CHARS,
  parseSource
};
