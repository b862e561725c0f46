import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);

// src/publish/push-result.ts
function needsAttention(result) {
  if (!result.due) return false;
  return result.status === "missed" || result.status === "blocked" || result.status === "failed";
}
function failsRun(result) {
  if ((result.status === "missed" || result.status === "blocked") && result.old) return false;
  if (result.status === "pending") return result.due && result.unconfirmed === true;
  return needsAttention(result);
}
function latenessMinutes(push, atMs) {
  return Math.max(0, Math.round((atMs - push.slotMs) / 6e4));
}

export {
  needsAttention,
  failsRun,
  latenessMinutes
};
