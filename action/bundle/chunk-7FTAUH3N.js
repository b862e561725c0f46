import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  formatLocalHuman,
  stateMessages
} from "./chunk-OWIXN4P4.js";

// src/state/is-due.ts
var MISSED_ALERT_MS = 24 * 36e5;
async function isDue(input) {
  const reasons = [];
  for (const push of input.pushes) {
    const slugs = push.articles.map((a) => a.slug);
    const views = await Promise.all(slugs.map(async (slug) => [slug, await input.ledgerOf(slug)]));
    const label = `${formatLocalHuman(push.slotMs, input.timezone, input.locale)} ${slugs.join(" + ")}`;
    const unreadable = views.find(([, v]) => v.kind === "unreadable");
    if (unreadable) {
      reasons.push(stateMessages.msg.dueUnreadable({ label, slug: unreadable[0] }));
      continue;
    }
    const entries = views.map(([, v]) => v.kind === "entry" ? v : void 0);
    if (entries.every((e) => e?.state === "sent")) continue;
    const late = input.nowMs - push.slotMs;
    if (push.mode === "draft" && late >= 0 && entries.every((e) => e?.draftMediaId)) continue;
    if (entries.some((e) => e?.state === "sending")) reasons.push(stateMessages.msg.dueInterrupted({ label }));
    else if (late >= 0 && late <= input.maxLatenessMs) reasons.push(stateMessages.msg.dueNow({ label }));
    else if (late > input.maxLatenessMs && late <= input.maxLatenessMs + MISSED_ALERT_MS) {
      reasons.push(stateMessages.msg.dueMissed({ label }));
    } else if (late < 0) {
      const unprepared = views.filter(
        ([, v]) => v.kind === "missing" || v.kind === "entry" && !v.draftMediaId
      );
      if (unprepared.length > 0)
        reasons.push(stateMessages.msg.dueDraft({ label, slugs: unprepared.map(([s]) => s).join(", ") }));
    }
  }
  return { due: reasons.length > 0, reasons };
}

export {
  MISSED_ALERT_MS,
  isDue
};
