// SDK: windmill-client 1.818.0 client.mjs: `Promise.all` keeps input order and every probe is awaited; picking the fastest from the checkpointed results is deterministic.
import { task, workflow } from "windmill-client";

type Probe = { region: string; url: string };

const probeRegion = task(async (probe: Probe) => ({ region: probe.region, ms: 120 }));
const routeTraffic = task(async (region: string) => ({ routed: region }));
const recordLatency = task(async (region: string, ms: number) => ({ ok: true }));

export const main = workflow(async (probes: Probe[]) => {
  const results = await Promise.all(probes.map((p) => probeRegion(p)));
  const fastest = results.reduce((best, r) => (r.ms < best.ms ? r : best));
  await recordLatency(fastest.region, fastest.ms);
  return await routeTraffic(fastest.region);
});
