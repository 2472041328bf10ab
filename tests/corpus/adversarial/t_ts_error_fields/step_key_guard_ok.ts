// SDK: dist/wacError.mjs 1.818.0 taskErrorFromMarker sets `step_key` on every task failure; client.mjs StepSuspend carries only `dispatchInfo`, so `if (!e?.step_key) throw e` rethrows the suspension and keeps task failures
import { task, workflow } from "windmill-client";

type Deployment = { service: string; version: string; cluster: string };

const deploy = task(async function deploy(service: string, version: string, cluster: string) {
  const res = await fetch(`https://argocd.internal/api/v1/applications/${service}-${cluster}/sync`, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.ARGOCD_TOKEN}` },
    body: JSON.stringify({ revision: version }),
  });
  if (!res.ok) throw new Error(`sync ${service}@${cluster}: ${res.status}`);
  return { service, cluster, version };
});

const rollback = task(async function rollback(service: string, cluster: string) {
  const res = await fetch(`https://argocd.internal/api/v1/applications/${service}-${cluster}/rollback`, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.ARGOCD_TOKEN}` },
    body: JSON.stringify({ id: 0 }),
  });
  return { service, cluster, rolledBack: res.ok };
});

export const main = workflow(async (deployments: Deployment[]) => {
  const done: Deployment[] = [];
  for (const d of deployments) {
    try {
      done.push(await deploy(d.service, d.version, d.cluster));
    } catch (e: any) {
      if (!e?.step_key) throw e;
      console.log(`deploy failed at ${e.step_key} (job ${e.child_job_id}): ${e.message}`);
      for (const prev of done.reverse()) {
        await rollback(prev.service, prev.cluster);
      }
      return { ok: false, failedAt: d.service, rolledBack: done.length };
    }
  }
  return { ok: true, deployed: done.length };
});
