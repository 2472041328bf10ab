// SDK: windmill-client 1.818.0 workflow() body replays from the top every round; sleep(seconds) takes seconds
// Canary rollout: shift traffic in steps while the error rate stays low.
import { task, sleep, workflow } from "windmill-client";
import ms from "ms";

const PROM = "https://prometheus.internal/api/v1/query";
const BAKE = ms("10m");

async function errorRate(service: string): Promise<number> {
  const q = encodeURIComponent(`sum(rate(http_errors_total{service="${service}"}[5m])) / sum(rate(http_requests_total{service="${service}"}[5m]))`);
  const r = await fetch(`${PROM}?query=${q}`);
  const j = (await r.json()) as { data: { result: { value: [number, string] }[] } };
  return Number(j.data.result[0]?.value[1] ?? 0);
}

const setWeight = task(async (service: string, weight: number) => {
  await fetch(`https://mesh.internal/routes/${service}`, { method: "PATCH", body: JSON.stringify({ canaryWeight: weight }) });
  return weight;
});

export const main = workflow(async (service: string, maxErrorRate: number = 0.01) => {
  const steps = [5, 25, 50, 100];
  for (const weight of steps) {
    await setWeight(service, weight);
    await sleep(BAKE); // expect: WAC301
    if ((await errorRate(service)) > maxErrorRate) { // expect: WAC101
      await setWeight(service, 0);
      return { rolledBack: true, at: weight };
    }
  }
  return { rolledBack: false, at: 100 };
});
