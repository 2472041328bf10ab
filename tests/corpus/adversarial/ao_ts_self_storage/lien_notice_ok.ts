// SDK: windmill-client 1.818.0: a catch that logs and always rethrows passes StepSuspend on; sleep(seconds) suspends server-side; step(name, fn) checkpoints fn's JSON; dates parsed from inputs (Date.parse, new Date(iso)) read no clock
import { sleep, step, task, workflow } from "windmill-client";
import * as wmill from "windmill-client";

type Tenant = { id: string; name: string; address: string; email: string; unit: string; balanceCents: number; paidThrough: string };

const FACILITY_API = "https://pms.example-storage.com/api";
const DAY = 86_400;
const STAGES = [
  { name: "late_fee", afterDays: 5 },
  { name: "overlock", afterDays: 15 },
  { name: "preliminary_lien", afterDays: 30 },
  { name: "final_lien", afterDays: 45 },
] as const;

const tenant = task(async (tenantId: string): Promise<Tenant> => {
  const r = await fetch(`${FACILITY_API}/tenants/${tenantId}`);
  if (!r.ok) throw new Error(`tenant ${r.status}`);
  return (await r.json()) as Tenant;
});

const applyStage = task(async (tenantId: string, stage: string, noticeDate: string) => {
  const r = await fetch(`${FACILITY_API}/tenants/${tenantId}/delinquency`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ stage, noticeDate }),
  });
  if (!r.ok) throw new Error(`stage ${stage}: ${r.status}`);
  return stage;
});

const certifiedMail = task(async (t: Tenant, stage: string, noticeDate: string) => {
  const lob = await wmill.getResource("f/storage/lob");
  const r = await fetch("https://api.lob.com/v1/letters", {
    method: "POST",
    headers: { authorization: `Basic ${btoa(`${lob.key}:`)}`, "content-type": "application/json" },
    body: JSON.stringify({
      to: { name: t.name, address_line1: t.address },
      extra_service: "certified",
      merge_variables: { stage, noticeDate, unit: t.unit, balance: (t.balanceCents / 100).toFixed(2) },
    }),
  });
  if (!r.ok) throw new Error(`lob ${r.status}`);
  return ((await r.json()) as { id: string }).id;
});

function daysSince(fromIso: string, toIso: string): number {
  return Math.floor((Date.parse(toIso) - Date.parse(fromIso)) / (DAY * 1000));
}

function addDays(iso: string, days: number): string {
  const d = new Date(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString();
}

export const main = workflow(async (tenantId: string) => {
  const t0 = performance.now();
  const first = await tenant(tenantId);
  const letters: string[] = [];

  for (const stage of STAGES) {
    const due = addDays(first.paidThrough, stage.afterDays);
    const now = await step("now", () => new Date().toISOString());
    const wait = daysSince(now, due);
    if (wait > 0) await sleep(wait * DAY);

    const current = await tenant(tenantId);
    if (current.balanceCents <= 0 || current.paidThrough !== first.paidThrough) {
      console.log(`tenant ${tenantId} paid; stopped before ${stage.name} (${Math.round(performance.now() - t0)}ms)`);
      return { tenantId, stoppedAt: stage.name, letters };
    }

    try {
      await applyStage(tenantId, stage.name, due);
      if (stage.name !== "late_fee") letters.push(await certifiedMail(current, stage.name, due));
    } catch (err) {
      console.error(`stage ${stage.name} failed for ${tenantId}`, err);
      throw err;
    }
  }
  return { tenantId, stoppedAt: null, letters };
});
