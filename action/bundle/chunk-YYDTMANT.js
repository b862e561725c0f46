import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  DEFAULT_APP_ID,
  DEFAULT_APP_SECRET,
  createEmulator
} from "./chunk-66JG2QRS.js";
import "./chunk-HQTF5GXH.js";
import "./chunk-EP4KRDZC.js";
export {
  DEFAULT_APP_ID,
  DEFAULT_APP_SECRET,
  createEmulator
};
