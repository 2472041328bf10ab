// SDK: windmill-client 1.818.0 client.mjs: only task/step results are checkpointed; a sensor read in the body can differ on replay and reroute the loop
import { task, step, sleep, workflow } from "windmill-client";

type Zone = { zoneId: string; valves: string[]; targetMoisture: number };

const pulseValve = task(async (valveId: string, seconds: number) => {
  const res = await fetch(`https://gh.verdant.example/api/valves/${valveId}/pulse`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ seconds }),
  });
  return { valveId, ok: res.ok };
});

async function currentMoisture(zoneId: string): Promise<number> {
  const res = await fetch(`https://gh.verdant.example/api/zones/${zoneId}/moisture`);
  return ((await res.json()) as { percent: number }).percent;
}

export const main = workflow(async (zones: Zone[], pulseSeconds: number = 20, maxRounds: number = 4) => {
  const faulty: string[] = [];

  zones: for (const zone of zones) {
    let round = 0;
    while (round++ < maxRounds) {
      if ((await currentMoisture(zone.zoneId)) >= zone.targetMoisture) continue zones; // expect: WAC101
      for (const valve of zone.valves) {
        const r = await pulseValve(valve, pulseSeconds);
        if (!r.ok) {
          faulty.push(valve);
          break zones;
        }
      }
      await sleep(120);
    }
  }

  return { faulty };
});
