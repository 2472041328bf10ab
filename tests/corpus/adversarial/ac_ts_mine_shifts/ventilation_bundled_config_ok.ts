// SDK: windmill-client 1.818.0 client.mjs: thresholds are a frozen table in the module; the remote override is read inside step() and replayed from the checkpoint
import { task, step, sleep, workflow } from "windmill-client";

type Thresholds = { coPpm: number; ch4Pct: number; airflowMs: number };

const DEFAULTS: Readonly<Record<string, Thresholds>> = Object.freeze({
  default: { coPpm: 25, ch4Pct: 1.0, airflowMs: 0.5 },
  l840: { coPpm: 20, ch4Pct: 0.8, airflowMs: 0.8 },
});

const readStation = task(async (stationId: string) => {
  const r = await fetch(`https://scada.deepcore.example/api/stations/${stationId}/latest`);
  return (await r.json()) as { coPpm: number; ch4Pct: number; airflowMs: number };
});

const setFanSpeed = task(async (fanId: string, rpm: number) => {
  const r = await fetch(`https://scada.deepcore.example/api/fans/${fanId}`, { method: "PATCH", body: JSON.stringify({ rpm }) });
  return { fanId, rpm, ok: r.ok };
});

export const main = workflow(async (level: string, stations: string[], fanId: string) => {
  const override = await step("override", async () => {
    const r = await fetch(`https://config.deepcore.example/ventilation/${level}.json`);
    return r.ok ? ((await r.json()) as Partial<Thresholds>) : {};
  });
  const limits = { ...(DEFAULTS[level] ?? DEFAULTS.default), ...override };

  let rpm = 900;
  for (let check = 0; check < 8; check++) {
    const readings = await Promise.all(stations.map((s) => readStation(s)));
    const co = Math.max(...readings.map((r) => r.coPpm));
    if (co < limits.coPpm) break;
    rpm = Math.min(1800, rpm + 150);
    await setFanSpeed(fanId, rpm);
    await sleep(120);
  }
  return { level, rpm };
});
