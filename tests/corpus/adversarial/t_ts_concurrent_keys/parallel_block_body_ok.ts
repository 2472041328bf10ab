// SDK: client.mjs 1.818.0 parallel() awaits Promise.all(batch.map((item) => fn(item))): every branch of the callback returns the task call, so each batch waits for its tasks
import { parallel, task, workflow } from "windmill-client";

type Tenant = { id: string; region: "eu" | "us"; plan: string };

const rotateApiKeys = task(async function rotateApiKeys(tenantId: string, region: string) {
  const res = await fetch(`https://${region}.admin.acme.cloud/tenants/${tenantId}/keys:rotate`, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.ADMIN_TOKEN}` },
  });
  if (!res.ok) throw new Error(`rotate ${tenantId} failed: ${res.status}`);
  return { tenantId, rotated: true };
});

export const main = workflow(async (tenants: Tenant[], dry_run = false) => {
  const targets = tenants.filter((t) => t.plan !== "free");
  if (dry_run) {
    return { wouldRotate: targets.map((t) => t.id) };
  }
  const results = await parallel(
    targets,
    (t) => {
      if (t.region === "us") {
        return rotateApiKeys(t.id, "us-east-1");
      }
      return rotateApiKeys(t.id, "eu-west-1");
    },
    { concurrency: 8 },
  );
  return { rotated: results.filter((r) => r.rotated).length };
});
