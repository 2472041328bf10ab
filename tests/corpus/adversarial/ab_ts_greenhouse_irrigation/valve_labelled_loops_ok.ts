// SDK: windmill-client 1.818.0 client.mjs: keys follow call order; labelled break/continue decided by task results replay the same way every round
import { task, step, sleep, workflow } from "windmill-client";

type Zone = { zoneId: string; valves: string[]; targetMoisture: number };

const readMoisture = task(async (zoneId: string) => {
  const res = await fetch(`https://gh.verdant.example/api/zones/${zoneId}/moisture`);
  return ((await res.json()) as { percent: number }).percent;
});

const pulseValve = task(async (valveId: string, seconds: number) => {
  const res = await fetch(`https://gh.verdant.example/api/valves/${valveId}/pulse`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ seconds }),
  });
  return { valveId, ok: res.ok };
});

export const main = workflow(async (zones: Zone[], pulseSeconds: number = 20, maxRounds: number = 4) => {
  const faulty: string[] = [];
  const watered: Record<string, number> = {};

  zones: for (const zone of zones) {
    for (let round = 0; round < maxRounds; round++) {
      const moisture = await readMoisture(zone.zoneId);
      if (moisture >= zone.targetMoisture) continue zones;

      for (const valve of zone.valves) {
        const r = await pulseValve(valve, pulseSeconds);
        if (!r.ok) {
          faulty.push(valve);
          continue zones;
        }
      }
      watered[zone.zoneId] = (watered[zone.zoneId] ?? 0) + 1;
      await sleep(120);
    }
  }

  return { watered, faulty };
});
