// SDK: windmill-client 1.818.0 client.mjs `_allocKey`: keys follow call order; which promise wins `Promise.race` is timing, and the task dispatched after it depends on the winner, so keys can swap between replays (WAC105).
import { task, workflow } from "windmill-client";

type Probe = { region: string; url: string };

const probeRegion = task(async (probe: Probe) => ({ region: probe.region, ms: 120 }));
const routeTraffic = task(async (region: string) => ({ routed: region }));
const recordLatency = task(async (region: string, ms: number) => ({ ok: true }));

export const main = workflow(async (probes: Probe[]) => {
  const fastest = await Promise.race(probes.map((p) => probeRegion(p))); // expect: WAC105
  await recordLatency(fastest.region, fastest.ms);
  return await routeTraffic(fastest.region);
});
