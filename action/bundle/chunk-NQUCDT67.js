import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  MAX_MARKDOWN_CHARS,
  parseSource
} from "./chunk-S6HAQD6F.js";
import "./chunk-NZIE4A7T.js";
import "./chunk-2DVWRVNC.js";
import "./chunk-7M4XFPZV.js";
import "./chunk-AAS5RZ52.js";
import "./chunk-2HE3LQZM.js";
import "./chunk-HXRLG5P4.js";
import "./chunk-LGQ3JMAU.js";
import "./chunk-W666XFH3.js";
import "./chunk-PK2X7JIC.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-G5RI4KAW.js";
import "./chunk-L5CD6X34.js";
import "./chunk-EP4KRDZC.js";
export {
  MAX_MARKDOWN_CHARS,
  parseSource
};
