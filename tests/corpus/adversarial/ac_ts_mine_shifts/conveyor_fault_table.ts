// SDK: windmill-client 1.818.0 client.mjs: a task looked up by a computed key is still a task; called without await in the loop, its `{ then }` is never driven, so its failure is lost and the summary claims every belt was handled
import { task, step, workflow } from "windmill-client";

type FaultKind = "jam" | "overheat" | "misalign" | "tear";
type Fault = { beltId: string; kind: FaultKind; raisedAt: string };

const SCADA = "https://scada.deepcore.example/api/belts";

const clearJam = task(async (beltId: string) => {
  const r = await fetch(`${SCADA}/${beltId}/reverse-pulse`, { method: "POST" });
  return { beltId, action: "reverse-pulse", ok: r.ok };
});

const coolDown = task(async (beltId: string) => {
  const r = await fetch(`${SCADA}/${beltId}/speed`, { method: "PATCH", body: JSON.stringify({ pct: 40 }) });
  return { beltId, action: "slow", ok: r.ok };
});

const realign = task(async (beltId: string) => {
  const r = await fetch(`${SCADA}/${beltId}/tracking/auto`, { method: "POST" });
  return { beltId, action: "auto-track", ok: r.ok };
});

const stopAndTicket = task(async (beltId: string) => {
  await fetch(`${SCADA}/${beltId}/stop`, { method: "POST" });
  const t = await fetch("https://cmms.deepcore.example/workorders", {
    method: "POST",
    body: JSON.stringify({ asset: beltId, priority: 1, title: "Belt tear" }),
  });
  return { beltId, action: "stop", ok: t.ok };
});

const HANDLERS: Record<FaultKind, (beltId: string) => Promise<{ beltId: string; action: string; ok: boolean }>> = {
  jam: clearJam,
  overheat: coolDown,
  misalign: realign,
  tear: stopAndTicket,
};

const postShiftLog = task(async (entries: string[]) => {
  await fetch("https://shiftlog.deepcore.example/entries", { method: "POST", body: JSON.stringify({ entries }) });
  return entries.length;
});

export const main = workflow(async (faults: Fault[]) => {
  const ordered = await step("ordered", () => faults.toSorted((a, b) => a.raisedAt.localeCompare(b.raisedAt)));
  const handled: string[] = [];

  for (const f of ordered) {
    if (f.kind === "tear") {
      const res = await HANDLERS.tear(f.beltId);
      handled.push(`${res.beltId}:${res.action}`);
      continue;
    }
    HANDLERS[f.kind](f.beltId); // expect: WAC106
    handled.push(`${f.beltId}:${f.kind}`);
  }

  const logged = await postShiftLog(handled);
  return { handled, logged };
});
