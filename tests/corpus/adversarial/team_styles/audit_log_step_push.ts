// SDK: windmill-client 1.818.0 client.mjs `_runInlineStep`: a checkpointed step's callback is not called again on replay, so the push it makes into `audit` is gone after the next suspension (WAC104).
import { sleep, step, task, workflow } from "windmill-client";

type AuditEntry = { at: string; event: string };

const rotateCredentials = task(async (service: string) => ({ service, rotated: true }));
const verifyService = task(async (service: string) => ({ healthy: true }));

export const main = workflow(async (services: string[], settleSeconds = 120) => {
  const audit: AuditEntry[] = [];
  for (const service of services) {
    await rotateCredentials(service);
    await step("audit_rotation", () => audit.push({ at: new Date().toISOString(), event: `rotated ${service}` })); // expect: WAC104
  }
  await sleep(settleSeconds);
  const checks = [];
  for (const service of services) checks.push(await verifyService(service));
  return { audit, checks };
});
