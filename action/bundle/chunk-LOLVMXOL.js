import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  DEFAULT_APP_ID,
  DEFAULT_APP_SECRET,
  createEmulator
} from "./chunk-F4Y3VZER.js";
import "./chunk-L5CD6X34.js";
import "./chunk-EP4KRDZC.js";
export {
  DEFAULT_APP_ID,
  DEFAULT_APP_SECRET,
  createEmulator
};
