import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);

// src/core/conflict-markers.ts
var CONFLICT = /^(<{7}|>{7})( |$)|^={7}$/m;
function conflictMarkers(text) {
  const marker = CONFLICT.exec(text);
  if (!marker) return void 0;
  const line = text.slice(0, marker.index).split("\n").length;
  return `it holds git conflict markers (line ${line}: \`${marker[0].trim()}\`)`;
}

export {
  conflictMarkers
};
