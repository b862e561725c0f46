import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  MAX_MARKDOWN_CHARS,
  parseSource
} from "./chunk-NDHQ5UAR.js";
import "./chunk-XQE7PJIJ.js";
import "./chunk-UUP6M637.js";
import "./chunk-2DV7PIHG.js";
import "./chunk-RYILCIE3.js";
import "./chunk-MXA6QT2P.js";
import "./chunk-HQTF5GXH.js";
import "./chunk-5DCHGX6X.js";
import "./chunk-TWX6WRLW.js";
import "./chunk-PWRWBWTB.js";
import "./chunk-EP4KRDZC.js";
export {
  MAX_MARKDOWN_CHARS,
  parseSource
};
