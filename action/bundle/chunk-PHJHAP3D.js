import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  MAX_MARKDOWN_CHARS,
  parseSource
} from "./chunk-W42JBSAM.js";
import "./chunk-CVS4BFN3.js";
import "./chunk-2DVWRVNC.js";
import "./chunk-RCZ4IK7M.js";
import "./chunk-AKPTWPSE.js";
import "./chunk-7JW22OVU.js";
import "./chunk-YYQ4LPWG.js";
import "./chunk-UYG5ZJ2M.js";
import "./chunk-FEN2LMT4.js";
import "./chunk-G5RI4KAW.js";
import "./chunk-L5CD6X34.js";
import "./chunk-EP4KRDZC.js";
export {
  MAX_MARKDOWN_CHARS,
  parseSource
};
