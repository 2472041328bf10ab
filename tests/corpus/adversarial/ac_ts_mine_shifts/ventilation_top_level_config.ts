// SDK: windmill-client 1.818.0 client.mjs: every round (and every task's child job) imports the module again, so a top-level await fetch runs once per replay before the body starts
import { task, step, sleep, workflow } from "windmill-client";

type Thresholds = { coPpm: number; ch4Pct: number; airflowMs: number };

const CONFIG = (await (await fetch("https://config.deepcore.example/ventilation/thresholds.json")).json()) as Record<string, Thresholds>; // expect: WAC101

const readStation = task(async (stationId: string) => {
  const r = await fetch(`https://scada.deepcore.example/api/stations/${stationId}/latest`);
  return (await r.json()) as { coPpm: number; ch4Pct: number; airflowMs: number };
});

const setFanSpeed = task(async (fanId: string, rpm: number) => {
  const r = await fetch(`https://scada.deepcore.example/api/fans/${fanId}`, {
    method: "PATCH",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ rpm }),
  });
  return { fanId, rpm, ok: r.ok };
});

export const main = workflow(async (level: string, stations: string[], fanId: string) => {
  const limits = CONFIG[level] ?? CONFIG.default;
  let rpm = 900;
  for (let check = 0; check < 8; check++) {
    const readings = await Promise.all(stations.map((s) => readStation(s)));
    const worst = await step("worst", () => ({
      co: Math.max(...readings.map((r) => r.coPpm)),
      ch4: Math.max(...readings.map((r) => r.ch4Pct)),
      air: Math.min(...readings.map((r) => r.airflowMs)),
    }));
    if (worst.co < limits.coPpm && worst.ch4 < limits.ch4Pct && worst.air >= limits.airflowMs) break;
    rpm = Math.min(1800, rpm + 150);
    await setFanSpeed(fanId, rpm);
    await sleep(120);
  }
  return { level, rpm };
});
