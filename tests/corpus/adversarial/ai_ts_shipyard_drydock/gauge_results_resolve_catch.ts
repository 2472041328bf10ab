// SDK: windmill-client 1.818.0 client.mjs _nextStep(): the first `then` on a pending task raises StepSuspend; Promise.resolve(...) adopts the thenable, so the suspension arrives as a rejection and `.catch(() => null)` turns it into a null reading
import { task, workflow } from "windmill-client";

type Reading = { tank: string; soundingCm: number };

const soundTank = task(async (vessel: string, tank: string): Promise<Reading> => {
  const r = await fetch(`https://ballast.drydock-ops.example/v1/vessels/${vessel}/tanks/${tank}/sound`, { method: "POST" });
  if (!r.ok) throw new Error(`sounding ${tank}: ${r.status}`);
  return (await r.json()) as Reading;
});

const fileBallastLog = task(async (vessel: string, readings: Reading[], missing: string[]) => {
  const r = await fetch("https://ballast.drydock-ops.example/v1/logs", {
    method: "POST",
    body: JSON.stringify({ vessel, readings, missing }),
  });
  return (await r.json()).logId as string;
});

export const main = workflow(async (vessel: string, tanks: string[]) => {
  const results = await Promise.all(
    tanks.map((t) => Promise.resolve(soundTank(vessel, t)).catch(() => null)), // expect: WAC202
  );
  const readings = results.filter((r): r is Reading => r !== null);
  const missing = tanks.filter((_, i) => results[i] === null);
  const logId = await fileBallastLog(vessel, readings, missing);
  return { vessel, sounded: readings.length, missing, logId };
});
