// SDK: windmill-client 1.818.0 client.mjs: the promise chain built by `reduce` is never awaited, so the body returns before the first task's `then` raises the suspension; the report is built from the empty array
import { task, workflow } from "windmill-client";

type DockReport = { stationId: string; faultyDocks: number[]; firmware: string };

const checkDock = task(async (stationId: string): Promise<DockReport> => {
  const r = await fetch(`https://iot.citycycle.example/stations/${stationId}/diagnostics`, {
    headers: { authorization: `Bearer ${process.env.IOT_TOKEN}` },
  });
  if (!r.ok) throw new Error(`diagnostics ${stationId}: ${r.status}`);
  return (await r.json()) as DockReport;
});

const publishFirmwareAudit = task(async (outdated: string[]) => {
  await fetch("https://maint.citycycle.example/firmware-audit", {
    method: "POST",
    body: JSON.stringify({ outdated }),
  });
  return outdated.length;
});

const LATEST_FIRMWARE = "4.12.0";

export const main = workflow(async (stationIds: string[]) => {
  const reports: DockReport[] = [];
  stationIds.reduce( // expect: WAC106
    (acc, id) => acc.then(async () => {
      reports.push(await checkDock(id));
    }),
    Promise.resolve(),
  );
  const outdated = reports.filter((r) => r.firmware !== LATEST_FIRMWARE).map((r) => r.stationId);
  const flagged = await publishFirmwareAudit(outdated);
  return { checked: reports.length, flagged };
});
