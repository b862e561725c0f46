import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  messageIds,
  renderText,
  t
} from "./chunk-IG4EDCR2.js";
import "./chunk-O5JSVDFR.js";
import "./chunk-EP4KRDZC.js";
export {
  messageIds,
  renderText,
  t
};
