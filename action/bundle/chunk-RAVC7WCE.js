import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  messageIds,
  renderText,
  t
} from "./chunk-TWX6WRLW.js";
import "./chunk-PWRWBWTB.js";
import "./chunk-EP4KRDZC.js";
export {
  messageIds,
  renderText,
  t
};
