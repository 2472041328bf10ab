// SDK: windmill-client 1.818.0 waitForApproval({key, timeout}) timeout in seconds; getApprovalUrls(key) in a step (guide: generate resume URLs inside step())
// Database failover runbook, correct version.
import { task, step, waitForApproval, getApprovalUrls, workflow } from "windmill-client";

const APPROVAL_TIMEOUT_S = 30 * 60;

const replicaLag = task(async (cluster: string) => {
  const r = await fetch(`https://dbops.internal/clusters/${cluster}/replicas`);
  return (await r.json()) as { replica: string; lagSeconds: number }[];
});

const pageDba = task(async (cluster: string, approve: string, reject: string) => {
  await fetch("https://pager.internal/v2/enqueue", {
    method: "POST",
    body: JSON.stringify({ summary: `Failover ${cluster}?`, links: [{ href: approve }, { href: reject }] }),
  });
  return true;
});

const promoteReplica = task(async (cluster: string, replica: string) => {
  const r = await fetch(`https://dbops.internal/clusters/${cluster}/promote`, { method: "POST", body: JSON.stringify({ replica }) });
  return (await r.json()) as { newPrimary: string };
});

export const main = workflow(async (cluster: string, maxLagSeconds: number = 5) => {
  const replicas = await replicaLag(cluster);
  const best = replicas.filter((r) => r.lagSeconds <= maxLagSeconds).sort((a, b) => a.lagSeconds - b.lagSeconds)[0];
  if (!best) return { promoted: false, reason: "no replica within lag budget" };

  const urls = await step("dba_urls", () => getApprovalUrls("dba"));
  await pageDba(cluster, urls.resume, urls.cancel);
  const decision = await waitForApproval({
    key: "dba",
    timeout: APPROVAL_TIMEOUT_S,
    description: { markdown: `Promote **${best.replica}** (lag ${best.lagSeconds}s) in ${cluster}` },
  });
  if (!decision.approved) return { promoted: false, reason: `rejected by ${decision.approver}` };

  const { newPrimary } = await promoteReplica(cluster, best.replica);
  return { promoted: true, newPrimary };
});
