import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  messageIds,
  renderText,
  t
} from "./chunk-ZSCO65PS.js";
import "./chunk-EQ63TVKZ.js";
import "./chunk-EP4KRDZC.js";
export {
  messageIds,
  renderText,
  t
};
