// SDK: windmill-client 1.818.0 keys calls in call order; Object.entries order and sort() without comparator are deterministic for the same input
import { task, workflow } from "windmill-client";

const resizeShard = task(async (cluster: string, shard: string, replicas: number) => {
  const res = await fetch(`https://kafka-admin.internal/${cluster}/shards/${shard}`, {
    method: "PATCH",
    body: JSON.stringify({ replicas }),
  });
  return res.status;
});

const loadTargets = task(async (cluster: string): Promise<Record<string, number>> => {
  const res = await fetch(`https://kafka-admin.internal/${cluster}/targets`);
  return (await res.json()) as Record<string, number>;
});

const recordPlan = task(async (cluster: string, plan: string[]) => {
  await fetch(`https://kafka-admin.internal/${cluster}/plans`, { method: "POST", body: JSON.stringify(plan) });
  return plan.length;
});

export const main = workflow(async (cluster: string, priority: number[]) => {
  const targets = await loadTargets(cluster);
  const plan = Object.keys(targets).sort();
  const order = [...priority].sort();
  await recordPlan(cluster, plan.concat(order.map(String)));
  const statuses: Record<string, number> = {};
  for (const [shard, replicas] of Object.entries(targets)) {
    statuses[shard] = await resizeShard(cluster, shard, replicas);
  }
  return statuses;
});
