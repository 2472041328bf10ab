// SDK: windmill-client 1.818.0 task() (client.mjs: only a task call returns the bare `{ then }` thenable); zod 3 `schema.catch(value)` is a schema method that substitutes a value on a parse failure, no Promise involved
import { z } from "zod";
import { task, step, workflow } from "windmill-client";

const RetentionSchema = z
  .object({
    days: z.number().int().min(1).max(3650).catch(90),
    legalHold: z.boolean().catch(false),
    buckets: z.array(z.string()).catch([]),
  })
  .catch({ days: 90, legalHold: false, buckets: [] });

const readPolicy = task(async function readPolicy(tenant: string) {
  const res = await fetch(`https://policies.internal/tenants/${tenant}/retention`);
  return (await res.json()) as unknown;
});

const purgeBucket = task(async function purgeBucket(bucket: string, olderThanDays: number) {
  const res = await fetch(`https://storage.internal/buckets/${bucket}/purge`, {
    method: "POST",
    body: JSON.stringify({ olderThanDays }),
  });
  return { bucket, deleted: ((await res.json()) as { deleted: number }).deleted };
});

export const main = workflow(async (tenant: string) => {
  const policy = RetentionSchema.parse(await readPolicy(tenant));
  if (policy.legalHold) return { tenant, purged: [] };
  const cutoff = await step("cutoff_label", () => `older than ${policy.days}d`);
  const purged = [];
  for (const bucket of policy.buckets) {
    purged.push(await purgeBucket(bucket, policy.days));
  }
  return { tenant, cutoff, purged };
});
