// SDK: windmill-client 1.818.0 index.js: building `new StationCheck(...)` runs its field initializer `warm = warmCache(...)`, a task call: `_nextStep` queues a `warmCache` step and returns a bare `{ then }` kept in `warm`, which nothing in the file reads, so its result and failure are never observed
// Team code: a per-station check object that "pre-warms" the tariff cache when it is built.
import { task, workflow } from "windmill-client";

const warmCache = task(async function warmCache(region: string) {
  const r = await fetch(`https://pricing.voltyard.example/api/regions/${region}/warm`, { method: "POST" });
  return r.ok;
});

const checkStation = task(async function checkStation(stationId: string) {
  const r = await fetch(`https://ocpp.voltyard.example/api/stations/${stationId}/status`);
  return (await r.json()) as { online: boolean };
});

class StationCheck {
  readonly warm = warmCache("nl-north");
  constructor(readonly stationId: string) {}
}

export const main = workflow(async (stationIds: string[]) => {
  const online: string[] = [];
  for (const stationId of stationIds) {
    const check = new StationCheck(stationId); // expect: WAC106
    if ((await checkStation(check.stationId)).online) online.push(stationId);
  }
  return { online };
});
