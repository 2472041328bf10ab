// SDK: windmill-client 1.818.0 client.mjs: waitForApproval either returns the checkpointed answer at once or raises StepSuspend (the round ends, the worker is released); the node:timers/promises timer racing it never fires, the bound is waitForApproval({ timeout })
import { task, workflow, waitForApproval, step, getResumeUrls } from "windmill-client";
import { setTimeout as delay } from "node:timers/promises";

type Incident = { room: string; kind: "prop-broken" | "player-injury" | "lock-jammed"; note: string };

const pageGameMaster = task(async (gm: string, incident: Incident, approvalPage: string) => {
  await fetch("https://hooks.lockbox-escapes.example/pager", {
    method: "POST",
    body: JSON.stringify({ gm, incident, approvalPage }),
  });
});

const closeRoom = task(async (room: string, reason: string) => {
  const r = await fetch(`https://bookings.lockbox-escapes.example/rooms/${room}/close`, {
    method: "POST",
    body: JSON.stringify({ reason }),
  });
  return (await r.json()).cancelledBookings as number;
});

export const main = workflow(async (incident: Incident, gm: string, waitMinutes = 20) => {
  const urls = await step("gm_urls", () => getResumeUrls(gm));
  await pageGameMaster(gm, incident, urls.approvalPage);
  const answer = await Promise.race([ // expect: WAC108
    waitForApproval({ timeout: 24 * 3600 }),
    delay(waitMinutes * 60_000, { approved: false, approver: "timeout", value: null }),
  ]);
  if (answer.approved) return { room: incident.room, closed: false };
  const cancelled = await closeRoom(incident.room, `${incident.kind}: ${incident.note}`);
  return { room: incident.room, closed: true, cancelled };
});
