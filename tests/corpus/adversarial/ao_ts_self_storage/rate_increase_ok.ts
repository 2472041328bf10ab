// SDK: windmill-client 1.818.0: a failed task rejects with an Error named "TaskError"; a catch that handles only that name and rethrows everything else passes StepSuspend on; Promise.all over task calls built with .map is awaited; a sleep in a loop gets numbered keys
import { sleep, step, task, workflow } from "windmill-client";
import * as wmill from "windmill-client";

type Lease = { id: string; tenantId: string; unit: string; rateCents: number; startedOn: string; lastIncreaseOn: string | null };
type Market = { unitType: string; streetRateCents: number };

const PMS = "https://pms.example-storage.com/api";
const NOTICE_DAYS = 30;
const CAP_PCT = 12;
const BATCH = 25;

const enum Channel {
  Email = "email",
  Sms = "sms",
}

const leasesDue = task(async (facility: string, minTenureMonths: number): Promise<Lease[]> => {
  const r = await fetch(`${PMS}/facilities/${facility}/leases?tenureMonths=${minTenureMonths}`);
  if (!r.ok) throw new Error(`leases ${r.status}`);
  return (await r.json()) as Lease[];
});

const streetRates = task(async (facility: string): Promise<Market[]> => {
  const r = await fetch(`${PMS}/facilities/${facility}/street-rates`);
  if (!r.ok) throw new Error(`rates ${r.status}`);
  return (await r.json()) as Market[];
});

const sendNotice = task(async (lease: Lease, newRateCents: number, effective: string, channel: Channel) => {
  const r = await fetch(`${PMS}/tenants/${lease.tenantId}/notices`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ kind: "rate_increase", lease: lease.id, newRateCents, effective, channel }),
  });
  if (r.status === 422) throw new Error(`notice rejected for ${lease.id}`);
  return lease.id;
});

const scheduleRate = task(async (leaseId: string, newRateCents: number, effective: string) => {
  const r = await fetch(`${PMS}/leases/${leaseId}/rate-schedule`, {
    method: "POST",
    body: JSON.stringify({ newRateCents, effective }),
  });
  if (!r.ok) throw new Error(`schedule ${r.status}`);
  return { leaseId, newRateCents, effective };
});

function unitType(unit: string): string {
  return unit.split("-")[0];
}

function proposed(lease: Lease, market: Market | undefined): number {
  if (!market || market.streetRateCents <= lease.rateCents) return lease.rateCents;
  const cap = Math.round(lease.rateCents * (1 + CAP_PCT / 100));
  return Math.min(cap, market.streetRateCents);
}

function effectiveDate(noticeIso: string): string {
  const d = new Date(noticeIso);
  d.setUTCDate(d.getUTCDate() + NOTICE_DAYS);
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
}

export const main = workflow(async (facility: string, minTenureMonths = 9, preferSms = false) => {
  const [leases, market] = await Promise.all([leasesDue(facility, minTenureMonths), streetRates(facility)]);
  const marketByType = Object.fromEntries(market.map((m) => [m.unitType, m]));
  const noticeDay = await step("notice_day", () => new Date().toISOString());
  const effective = effectiveDate(noticeDay);
  const channel = preferSms ? Channel.Sms : Channel.Email;

  const changes = leases
    .map((l) => ({ lease: l, next: proposed(l, marketByType[unitType(l.unit)]) }))
    .filter((c) => c.next > c.lease.rateCents);

  const noticed: string[] = [];
  const rejected: string[] = [];
  for (let i = 0; i < changes.length; i += BATCH) {
    const batch = changes.slice(i, i + BATCH);
    for (const c of batch) {
      try {
        noticed.push(await sendNotice(c.lease, c.next, effective, channel));
      } catch (e) {
        if (!(e instanceof Error) || e.name !== "TaskError") throw e;
        rejected.push(c.lease.id);
      }
    }
    if (i + BATCH < changes.length) await sleep(60);
  }

  const scheduled = await Promise.all(
    changes.filter((c) => noticed.includes(c.lease.id)).map((c) => scheduleRate(c.lease.id, c.next, effective)),
  );
  return { facility, effective, scheduled: scheduled.length, rejected };
});
