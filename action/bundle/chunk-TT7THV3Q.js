import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  MAX_MARKDOWN_CHARS,
  parseSource
} from "./chunk-LKS36BZ3.js";
import "./chunk-AIIAS2E5.js";
import "./chunk-2DVWRVNC.js";
import "./chunk-RCZ4IK7M.js";
import "./chunk-MXA6QT2P.js";
import "./chunk-G576H6B5.js";
import "./chunk-MQ4MJEKL.js";
import "./chunk-ZSCO65PS.js";
import "./chunk-EQ63TVKZ.js";
import "./chunk-DS2PTOKG.js";
import "./chunk-HQTF5GXH.js";
import "./chunk-EP4KRDZC.js";
export {
  MAX_MARKDOWN_CHARS,
  parseSource
};
