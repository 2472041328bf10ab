// SDK: windmill-client 1.818.0 client.mjs workflow(): the body is rerun after every task; the accessor defined with Object.defineProperty reads Date.now() each time `status.hoursInDock` is read, so the branch below can go the other way on a replay
import { task, workflow } from "windmill-client";

type DockEntry = { vessel: string; dockedAt: string; plannedDays: number };

const loadEntry = task(async (vessel: string): Promise<DockEntry> => {
  const r = await fetch(`https://yard.drydock-ops.example/v1/vessels/${vessel}/dock-entry`);
  return (await r.json()) as DockEntry;
});

const chargeOverstay = task(async (vessel: string, hours: number) => {
  const r = await fetch("https://billing.drydock-ops.example/v1/overstay", {
    method: "POST",
    body: JSON.stringify({ vessel, hours }),
  });
  return (await r.json()).invoiceId as string;
});

const scheduleUndock = task(async (vessel: string) => {
  await fetch(`https://yard.drydock-ops.example/v1/vessels/${vessel}/undock`, { method: "POST" });
  return { scheduled: true };
});

function withClock(entry: DockEntry) {
  const status = { ...entry } as DockEntry & { readonly hoursInDock: number };
  Object.defineProperty(status, "hoursInDock", {
    enumerable: true,
    get: () => (Date.now() - Date.parse(entry.dockedAt)) / 3_600_000,
  });
  return status;
}

export const main = workflow(async (vessel: string) => {
  const status = withClock(await loadEntry(vessel));
  const allowed = status.plannedDays * 24;
  const overHours = status.hoursInDock - allowed; // expect: WAC102
  if (overHours > 0) {
    const invoiceId = await chargeOverstay(vessel, Math.ceil(overHours));
    return { vessel, overstay: true, invoiceId };
  }
  return { vessel, overstay: false, ...(await scheduleUndock(vessel)) };
});
