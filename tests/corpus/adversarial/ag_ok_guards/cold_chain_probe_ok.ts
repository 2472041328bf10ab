// SDK: windmill-client 1.818.0 task results are checkpointed; the helper reads the clock only when `at` is undefined, and the body passes a module const string, a task result typed Promise<string> and a toISOString() of an input
import { step, task, workflow } from "windmill-client";

const PROBES_API = "https://coldchain.logistics.internal/probes";
export const AUDIT_EPOCH = "2024-01-01T00:00:00Z";

function readingWindow(probe: string, at?: string): { probe: string; until: string } {
  if (at === undefined) {
    at = new Date().toISOString();
  }
  return { probe, until: at };
}

const lastCalibration = task(async (probe: string): Promise<string> => {
  const r = await fetch(`${PROBES_API}/${probe}/calibration`);
  if (!r.ok) throw new Error(`calibration ${r.status}`);
  const body = (await r.json()) as { at: string };
  return body.at;
});

const readings = task(async (window: { probe: string; until: string }): Promise<number[]> => {
  const r = await fetch(`${PROBES_API}/${window.probe}/readings?until=${window.until}`);
  if (!r.ok) throw new Error(`readings ${r.status}`);
  return (await r.json()) as number[];
});

export const main = workflow(async (probes: string[], shipmentDeparted: string) => {
  const excursions: Record<string, number> = {};
  for (const probe of probes) {
    const calibrated = await lastCalibration(probe);
    const sinceCalibration = await readings(readingWindow(probe, calibrated));
    const sinceAudit = await readings(readingWindow(probe, AUDIT_EPOCH));
    const transit = await readings(readingWindow(probe, new Date(shipmentDeparted).toISOString()));
    const all = [...sinceCalibration, ...sinceAudit, ...transit];
    excursions[probe] = all.filter((c) => c > 8 || c < 2).length;
  }
  return await step("summary", () => ({ excursions, probes: probes.length }));
});
