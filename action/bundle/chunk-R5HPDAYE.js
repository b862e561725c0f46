import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  createLinter
} from "./chunk-6UK2QOC5.js";
import "./chunk-UXOYY7P3.js";
import "./chunk-TX7QZBU4.js";
import "./chunk-IVFQSADF.js";
import "./chunk-SUXKJEYH.js";
import "./chunk-MDZAZRJS.js";
import "./chunk-VZWPW2PM.js";
import "./chunk-X4OV62ST.js";
import "./chunk-NZIE4A7T.js";
import "./chunk-LDYINIK6.js";
import "./chunk-ADCGF4S7.js";
import "./chunk-3AAIYNWU.js";
import "./chunk-7M4XFPZV.js";
import "./chunk-2HE3LQZM.js";
import "./chunk-54ZJNHTM.js";
import "./chunk-ET4HVTHE.js";
import "./chunk-OZN5AX7B.js";
import "./chunk-PK2X7JIC.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-G5RI4KAW.js";
import "./chunk-L5CD6X34.js";
import "./chunk-EP4KRDZC.js";
export {
  createLinter
};
