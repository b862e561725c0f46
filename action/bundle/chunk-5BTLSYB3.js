import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);

// src/cli/io.ts
var EXIT = { ok: 0, errors: 1, usage: 2 };
function useColor(io, stream = io.stdout) {
  if (io.env.NO_COLOR !== void 0 && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== void 0 && io.env.FORCE_COLOR !== "0") return true;
  return stream.isTTY === true;
}

export {
  EXIT,
  useColor
};
