import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  CHROMIUM_ARGS,
  CHROMIUM_CANDIDATES,
  findChromium,
  isBrowserEndpoint,
  launchBrowser
} from "./chunk-N6J4RCF4.js";
import "./chunk-EP4KRDZC.js";
export {
  CHROMIUM_ARGS,
  CHROMIUM_CANDIDATES,
  findChromium,
  isBrowserEndpoint,
  launchBrowser
};
