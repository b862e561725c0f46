import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  createLinter
} from "./chunk-SXJFXMQZ.js";
import "./chunk-FXN3YTO6.js";
import "./chunk-RYFZRC3N.js";
import "./chunk-YGPIVZG3.js";
import "./chunk-7A7MKUFT.js";
import "./chunk-SUXKJEYH.js";
import "./chunk-MDZAZRJS.js";
import "./chunk-VZWPW2PM.js";
import "./chunk-X4OV62ST.js";
import "./chunk-NZIE4A7T.js";
import "./chunk-LDYINIK6.js";
import "./chunk-JQLIWCQT.js";
import "./chunk-OYU3B4N4.js";
import "./chunk-7M4XFPZV.js";
import "./chunk-2HE3LQZM.js";
import "./chunk-DPX4QY53.js";
import "./chunk-BS4L3UJI.js";
import "./chunk-OZN5AX7B.js";
import "./chunk-PK2X7JIC.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-G5RI4KAW.js";
import "./chunk-L5CD6X34.js";
import "./chunk-EP4KRDZC.js";
export {
  createLinter
};
