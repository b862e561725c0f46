import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  createLinter
} from "./chunk-SJ5KCXK2.js";
import "./chunk-BISYUUHA.js";
import "./chunk-7KUQ5OJV.js";
import "./chunk-TONQ2QWC.js";
import "./chunk-SUXKJEYH.js";
import "./chunk-VZWPW2PM.js";
import "./chunk-X4OV62ST.js";
import "./chunk-MDZAZRJS.js";
import "./chunk-42Z7RVBT.js";
import "./chunk-LDYINIK6.js";
import "./chunk-RCZ4IK7M.js";
import "./chunk-DRIR6OAT.js";
import "./chunk-AKPTWPSE.js";
import "./chunk-YYQ4LPWG.js";
import "./chunk-UYG5ZJ2M.js";
import "./chunk-FEN2LMT4.js";
import "./chunk-EP4KRDZC.js";
export {
  createLinter
};
