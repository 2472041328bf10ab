// SDK: windmill-client 1.818.0 sleep(seconds) suspends server-side and is replayed from its checkpoint; Bun.sleep inside a task only delays that task's job
import { sleep, task, workflow } from "windmill-client";

type Health = { errorRate: number; p95Ms: number };

const setPercent = task(async (flag: string, percent: number) => {
  const res = await fetch(`${process.env.UNLEASH_URL}/api/admin/projects/default/features/${flag}/environments/production/strategies`, {
    method: "POST",
    headers: { authorization: process.env.UNLEASH_ADMIN_TOKEN!, "content-type": "application/json" },
    body: JSON.stringify({ name: "flexibleRollout", parameters: { rollout: String(percent), stickiness: "default", groupId: flag } }),
  });
  // give Unleash's edge cache a moment before the next call reads it back
  await Bun.sleep(2_000);
  return res.status;
});

const health = task(async (service: string): Promise<Health> => {
  const q = encodeURIComponent(`sum(rate(http_requests_total{service="${service}",code=~"5.."}[5m])) / sum(rate(http_requests_total{service="${service}"}[5m]))`);
  const res = await fetch(`${process.env.PROM_URL}/api/v1/query?query=${q}`);
  const j = (await res.json()) as any;
  return { errorRate: Number(j.data.result[0]?.value[1] ?? 0), p95Ms: 0 };
});

export const main = workflow(async (flag: string, service: string, bakeMinutes: number = 15) => {
  const stages = [5, 20, 50, 100];
  for (const percent of stages) {
    await setPercent(flag, percent);
    await sleep(bakeMinutes * 60);
    const h = await health(service);
    if (h.errorRate > 0.02) {
      await setPercent(flag, 0);
      return { flag, rolledBackAt: percent, errorRate: h.errorRate };
    }
  }
  return { flag, completed: true };
});
