import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  messageIds,
  renderText,
  t
} from "./chunk-UYG5ZJ2M.js";
import "./chunk-FEN2LMT4.js";
import "./chunk-EP4KRDZC.js";
export {
  messageIds,
  renderText,
  t
};
