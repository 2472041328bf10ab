// SDK: windmill-client 1.818.0 client.mjs + wacError.mjs: getApprovalUrls(key) inside step, waitForApproval({ key }), and a catch that rethrows StepSuspend first.
import {
  getApprovalUrls,
  parallel,
  sleep,
  step,
  task,
  taskScript,
  waitForApproval,
  workflow,
} from "windmill-client";

type Service = { name: string; owner: string };

const pageOwner = taskScript("f/oncall/page_owner", { timeout: 120 });

const listAffected = task(async (incidentId: string): Promise<Service[]> => {
  const res = await fetch(`https://status.example.com/api/incidents/${incidentId}/services`);
  return await res.json();
});

const restart = task(async (service: string) => {
  const res = await fetch(`https://ops.example.com/api/services/${service}/restart`, { method: "POST" });
  if (!res.ok) throw new Error(`restart ${service}: ${res.status}`);
  return service;
});

const healthy = task(async (service: string) => (await fetch(`https://${service}.internal/health`)).ok);

const postUpdate = task(async (incidentId: string, text: string) => ({ incidentId, text }));

export const main = workflow(async (incidentId: string) => {
  const services = await listAffected(incidentId);
  const openedAt = await step("opened_at", () => new Date().toISOString());
  await Promise.all(services.map((s) => pageOwner({ owner: s.owner, incidentId })));

  const urls = await step("urls", () => getApprovalUrls("restart"));
  await postUpdate(incidentId, `Restart ${services.length} services? ${urls.resume}`);
  await waitForApproval({ key: "restart", timeout: 1800 });

  let restarted: string[] = [];
  try {
    restarted = await parallel(services.map((s) => s.name), restart, { concurrency: 3 });
  } catch (e: any) {
    if (e?.name === "StepSuspend") throw e;
    await postUpdate(incidentId, `restart failed: ${e?.message}`);
  }

  for (let i = 0; i < 5; i++) {
    const checks = await Promise.all(restarted.map((s) => healthy(s)));
    if (checks.every(Boolean)) break;
    await sleep(60);
  }
  await postUpdate(incidentId, `resolved; opened at ${openedAt}`);
  return { restarted, openedAt };
});
