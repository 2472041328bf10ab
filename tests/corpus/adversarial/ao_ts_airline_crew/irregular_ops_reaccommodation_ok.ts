// SDK: windmill-client 1.818.0: a task's options object is read once at task() (timeout / tag / retry with attempts and delay); approvals keyed by literals in exclusive branches; parallel(items, fn, { concurrency }) of a task by reference; a catch that rethrows through a guard helper before any other statement; a generator of the file only slices arrays; values crossing tasks are plain JSON
import { getApprovalUrls, parallel, sleep, step, task, taskFlow, waitForApproval, workflow } from "windmill-client";
import * as wmill from "windmill-client";

type Disruption = { flight: string; station: string; kind: "cancel" | "delay"; delayMinutes: number; crew: string[] };
type Pax = { pnr: string; name: string; tier: "gold" | "silver" | "none"; connecting: boolean };
type Option_ = { flight: string; departs: string; seats: number };

const RES = "https://res.example-air.com/api";
const RETRY = { attempts: 3, delay: 30 } as const;
const BATCH = 25;

const notifyCrewScheduling = taskFlow("f/crew/notify_scheduling", { timeout: 600 });

const manifest = task(
  async (flight: string): Promise<Pax[]> => {
    const r = await fetch(`${RES}/flights/${flight}/manifest`);
    if (!r.ok) throw new Error(`manifest ${r.status}`);
    return (await r.json()) as Pax[];
  },
  { timeout: 120, retry: RETRY },
);

const options = task(
  async (station: string, after: string): Promise<Option_[]> => {
    const r = await fetch(`${RES}/stations/${station}/departures?after=${encodeURIComponent(after)}`);
    if (!r.ok) throw new Error(`options ${r.status}`);
    return (await r.json()) as Option_[];
  },
  { timeout: 120, tag: "res" },
);

const rebook = task(async (p: { pnr: string; flight: string }) => {
  const r = await fetch(`${RES}/pnr/${p.pnr}/rebook`, { method: "POST", body: JSON.stringify({ flight: p.flight }) });
  if (!r.ok) throw new Error(`rebook ${p.pnr}: ${r.status}`);
  return { pnr: p.pnr, flight: p.flight };
});

const issueVoucher = task(async (pnr: string, amountUsd: number) => {
  const key = await wmill.getVariable("f/crew/voucher_key");
  const r = await fetch(`${RES}/vouchers`, { method: "POST", headers: { "x-api-key": key }, body: JSON.stringify({ pnr, amountUsd }) });
  if (!r.ok) throw new Error(`voucher ${r.status}`);
  return ((await r.json()) as { code: string }).code;
});

const askDutyManager = task(async (flight: string, count: number, links: { resume: string; cancel: string }) => {
  await fetch("https://chat.example-air.com/hooks/ioc", {
    method: "POST",
    body: JSON.stringify({ text: `${flight}: ${count} pax need hotel. Approve ${links.resume} / deny ${links.cancel}` }),
  });
});

function* batches<T>(xs: T[], size: number): Generator<T[]> {
  for (let i = 0; i < xs.length; i += size) yield xs.slice(i, i + size);
}

function isSuspend(e: unknown): boolean {
  return !!e && typeof e === "object" && (e as { name?: string }).name === "StepSuspend";
}

function priority(p: Pax): number {
  return (p.tier === "gold" ? 0 : p.tier === "silver" ? 1 : 2) * 2 + (p.connecting ? 0 : 1);
}

export const main = workflow(async (d: Disruption, voucherUsd = 150) => {
  const pax = (await manifest(d.flight)).sort((a, b) => priority(a) - priority(b) || a.pnr.localeCompare(b.pnr));
  const after = await step("search_after", () => new Date(Date.now() + d.delayMinutes * 60_000).toISOString());
  const opts = (await options(d.station, after)).filter((o) => o.seats > 0);

  const plan: { pnr: string; flight: string }[] = [];
  const stranded: string[] = [];
  const seatsLeft = Object.fromEntries(opts.map((o) => [o.flight, o.seats]));
  for (const p of pax) {
    const o = opts.find((x) => seatsLeft[x.flight] > 0);
    if (!o) {
      stranded.push(p.pnr);
      continue;
    }
    seatsLeft[o.flight] -= 1;
    plan.push({ pnr: p.pnr, flight: o.flight });
  }

  const rebooked: { pnr: string; flight: string }[] = [];
  for (const chunk of batches(plan, BATCH)) {
    try {
      rebooked.push(...(await parallel(chunk, rebook, { concurrency: 5 })));
    } catch (e) {
      if (isSuspend(e)) throw e;
      console.error(`a rebooking batch failed: ${(e as Error).message}`);
      stranded.push(...chunk.map((c) => c.pnr));
    }
    await sleep(5);
  }

  let hotel: { approved: boolean; by: string } | null = null;
  if (stranded.length > 0 && d.kind === "cancel") {
    const urls = await step("hotel_urls", () => getApprovalUrls("hotel_block"));
    await askDutyManager(d.flight, stranded.length, urls);
    const h = await waitForApproval({ key: "hotel_block", timeout: 2 * 3600 });
    hotel = { approved: h.approved, by: h.approver };
  } else if (stranded.length > 0) {
    const urls = await step("voucher_urls", () => getApprovalUrls("voucher_only"));
    await askDutyManager(d.flight, stranded.length, urls);
    const v = await waitForApproval({ key: "voucher_only", timeout: 3600 });
    hotel = { approved: false, by: v.approver };
  }

  const vouchers: string[] = [];
  for (const pnr of stranded) vouchers.push(await issueVoucher(pnr, voucherUsd));
  await notifyCrewScheduling({ flight: d.flight, crew: d.crew, kind: d.kind });
  return { flight: d.flight, rebooked: rebooked.length, stranded, hotel, vouchers: vouchers.length };
});
