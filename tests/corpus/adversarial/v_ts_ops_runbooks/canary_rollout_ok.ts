// SDK: windmill-client 1.818.0 sleep(seconds); task results are checkpointed, so branching on them is stable across replays
// Canary rollout, correct version: the metric is read in a task and the bake time is in seconds.
import { task, sleep, workflow } from "windmill-client";

const PROM = "https://prometheus.internal/api/v1/query";
const BAKE_SECONDS = 10 * 60;

const errorRate = task(async (service: string) => {
  const q = encodeURIComponent(`sum(rate(http_errors_total{service="${service}"}[5m])) / sum(rate(http_requests_total{service="${service}"}[5m]))`);
  const r = await fetch(`${PROM}?query=${q}`);
  const j = (await r.json()) as { data: { result: { value: [number, string] }[] } };
  return Number(j.data.result[0]?.value[1] ?? 0);
});

const setWeight = task(async (service: string, weight: number) => {
  await fetch(`https://mesh.internal/routes/${service}`, { method: "PATCH", body: JSON.stringify({ canaryWeight: weight }) });
  return weight;
});

export const main = workflow(async (service: string, maxErrorRate: number = 0.01) => {
  for (const weight of [5, 25, 50, 100]) {
    await setWeight(service, weight);
    await sleep(BAKE_SECONDS);
    if ((await errorRate(service)) > maxErrorRate) {
      await setWeight(service, 0);
      return { rolledBack: true, at: weight };
    }
  }
  return { rolledBack: false, at: 100 };
});
