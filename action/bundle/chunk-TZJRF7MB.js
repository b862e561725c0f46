import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  MAX_MARKDOWN_CHARS,
  parseSource
} from "./chunk-G6T3CGSR.js";
import "./chunk-DLA7MNRC.js";
import "./chunk-2DVWRVNC.js";
import "./chunk-7M4XFPZV.js";
import "./chunk-7VXFPHBU.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-ATHEYLYN.js";
import "./chunk-OWIXN4P4.js";
import "./chunk-W666XFH3.js";
import "./chunk-6YQ3DZCD.js";
import "./chunk-S4VC6IKX.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-DS2PTOKG.js";
import "./chunk-HQTF5GXH.js";
import "./chunk-EP4KRDZC.js";
export {
  MAX_MARKDOWN_CHARS,
  parseSource
};
