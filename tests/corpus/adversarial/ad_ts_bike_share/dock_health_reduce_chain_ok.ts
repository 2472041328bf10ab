// SDK: windmill-client 1.818.0 client.mjs: each `acc.then(() => checkDock(id))` resolves with the task's thenable, whose `then` either hands back the checkpointed value or raises `StepSuspend`, which rejects the chain the body awaits: one task per round, in a fixed order
import { task, sleep, workflow } from "windmill-client";
import pino from "pino";

const log = pino({ name: "dock-health" });

type DockReport = { stationId: string; faultyDocks: number[]; firmware: string };

const checkDock = task(async (stationId: string): Promise<DockReport> => {
  const r = await fetch(`https://iot.citycycle.example/stations/${stationId}/diagnostics`, {
    headers: { authorization: `Bearer ${process.env.IOT_TOKEN}` },
  });
  if (!r.ok) throw new Error(`diagnostics ${stationId}: ${r.status}`);
  return (await r.json()) as DockReport;
});

const openWorkOrder = task(async (stationId: string, docks: number[]) => {
  const r = await fetch("https://maint.citycycle.example/work-orders", {
    method: "POST",
    body: JSON.stringify({ stationId, docks, priority: docks.length > 3 ? "high" : "normal" }),
  });
  return (await r.json()).id as string;
});

export const main = workflow(async (stationIds: string[], recheckAfterMinutes = 30) => {
  const reports: DockReport[] = [];
  await stationIds.reduce<Promise<void>>(
    (acc, id) => acc.then(() => checkDock(id)).then((rep) => { reports.push(rep); }),
    Promise.resolve(),
  );
  const broken = reports.filter((r) => r.faultyDocks.length > 0);
  log.info({ checked: reports.length, broken: broken.length }, "first pass");

  await sleep(recheckAfterMinutes * 60);

  const orders: string[] = [];
  for (const b of broken) {
    const again = await checkDock(b.stationId);
    if (again.faultyDocks.length > 0) orders.push(await openWorkOrder(b.stationId, again.faultyDocks));
  }
  return { checked: reports.length, orders };
});
