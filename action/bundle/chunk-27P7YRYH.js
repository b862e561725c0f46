import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  MAX_MARKDOWN_CHARS,
  parseSource
} from "./chunk-MRWAIXTJ.js";
import "./chunk-AIIAS2E5.js";
import "./chunk-2DVWRVNC.js";
import "./chunk-RCZ4IK7M.js";
import "./chunk-MXA6QT2P.js";
import "./chunk-MQ4MJEKL.js";
import "./chunk-LA7XCRP3.js";
import "./chunk-D62GFRDD.js";
import "./chunk-FEN2LMT4.js";
import "./chunk-DS2PTOKG.js";
import "./chunk-HQTF5GXH.js";
import "./chunk-EP4KRDZC.js";
export {
  MAX_MARKDOWN_CHARS,
  parseSource
};
