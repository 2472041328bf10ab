// SDK: windmill-client 1.818.0 client.mjs workflow(): environment reads must go through step(); Bun's import.meta.env is process.env.
import { step, task, workflow } from "windmill-client";

const scale = task(async (deployment: string, replicas: number) => ({ deployment, replicas }));

export const main = workflow(async (deployment: string) => {
  const max = Number(import.meta.env.MAX_REPLICAS ?? 10); // expect: WAC102
  const current = await step("current", async () => {
    const res = await fetch(`https://k8s.example.com/api/deployments/${deployment}`);
    return ((await res.json()) as { replicas: number }).replicas;
  });
  return await scale(deployment, Math.min(current * 2, max));
});
