// SDK: windmill-client 1.818.0 client.mjs `_nextStep`: task calls settle in the order listed when the body replays, so `Promise.race` over the probes always takes the first region, never the fastest (WAC105).
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
