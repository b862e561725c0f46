import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  CHROMIUM_CANDIDATES,
  findChromium,
  launchBrowser
} from "./chunk-ZWQHASPG.js";
import "./chunk-EP4KRDZC.js";
export {
  CHROMIUM_CANDIDATES,
  findChromium,
  launchBrowser
};
